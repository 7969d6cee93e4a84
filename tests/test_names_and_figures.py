"""Wrong figures of issue 14: one name normalisation everywhere; analytics workshop-days labelled.

- Look-alike names (decomposed kana, half-width kana, the ideographic space, doubled spaces) are one
  workshop for the history import, the master-data form, the master-data CSV and the CLI lookups, so
  the monthly line counts one workshop, not four.
- The analytics venue table counts guest workshop-days in its workshop-days and says so, with the
  guests in a column of their own: workshop-days − guests is the members-only count of the lines.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos.cli import main
from pos.db.engine import Database
from pos.db.models import Participation, Workshop
from pos.domain.errors import PosError
from pos.domain.master import WorkshopDraft, canonical_name, same_text
from pos.services import master_csv, master_data
from pos.services.history import import_history
from pos.services.report_lines import report_lines

NAME = "パン工房こむぎ"
LOOK_ALIKES = (
    unicodedata.normalize("NFD", NAME),  # パ as ハ + combining ゜ (macOS file names, some IMEs)
    "ﾊﾟﾝ工房こむぎ",  # half-width kana
    "パン工房\u3000こむぎ",  # an ideographic space inside
    "\u3000パン工房  こむぎ ",  # leading ideographic space, a doubled space, a trailing space
)


def test_the_look_alikes_are_one_name() -> None:
    for other in LOOK_ALIKES:
        assert same_text(other, NAME), other
    assert canonical_name("ﾊﾟﾝ工房\u3000こむぎ") == "パン工房 こむぎ"
    assert not same_text("パン工房こむぎ", "パン工房こむぎ2")


def _workshops(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Workshop)) or 0


def test_history_import_finds_the_workshop_the_form_created(db: Database, tmp_path: Path) -> None:
    master_data.add_workshop(db, WorkshopDraft(name=NAME))
    rows = [f"2024-07-0{n},sale,区役所販売,{name}," for n, name in enumerate((NAME, *LOOK_ALIKES), start=1)]
    rows.append("2024-07-06,sale,区役所販売,ﾊﾟﾝ工房こむぎ,")
    rows.append("2024-07-06,sale,区役所販売,パン工房　こむぎ,")  # the same day twice: one participation
    csv = tmp_path / "history.csv"
    csv.write_text("date,kind,label,workshop,note\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = import_history(db, csv)
    assert result.workshops == 0 and _workshops(db) == 1
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Participation)) == 6  # six days, one workshop each
    july = report_lines(db, 2024)[3]
    # six consecutive days at one venue, one workshop on each: 1 workshop, 6 workshop-days (not 4 workshops)
    assert "区役所販売（1日～6日、1事業所、延6事業所出店）" in july.as_row(), july.as_row()


@pytest.mark.parametrize("other", LOOK_ALIKES)
def test_the_form_refuses_a_look_alike(db: Database, other: str) -> None:
    master_data.add_workshop(db, WorkshopDraft(name=NAME))
    with pytest.raises(PosError) as refused:
        master_data.add_workshop(db, WorkshopDraft(name=other))
    assert "すでにあります" in refused.value.ja
    assert _workshops(db) == 1


def test_the_master_csv_updates_the_workshop_instead_of_adding_a_look_alike(db: Database, tmp_path: Path) -> None:
    master_data.add_workshop(db, WorkshopDraft(name=NAME))
    csv = tmp_path / "workshops.csv"
    csv.write_text(
        "name,kana,category,colour,joined_on,invoice_number,is_guest,active\n"
        "ﾊﾟﾝ工房\u3000こむぎ,ぱんこうぼうこむぎ,,,,,0,1\n",
        encoding="utf-8",
    )
    result = master_csv.import_workshops(db, csv)
    assert (result.created, result.updated) == (0, 1) and _workshops(db) == 1


def test_the_cli_finds_a_venue_typed_with_other_widths(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.services.helpers import make_booth

    booth = make_booth(db)  # ゆめが丘SC
    out = tmp_path / "t.pdf"
    day = booth.day.day.isoformat()
    assert main(["tally", "--day", day, "--venue", "ゆめが丘ＳＣ\u3000", "--pdf", str(out), "--db", str(db_path)]) == 0
    assert out.exists()
