"""Output files of issue 14: formula text stays text, files are owner-only, one path check for all verbs.

- every text cell of the annual report's .xlsx is a string cell (a history label
  `=HYPERLINK("http://…","x")` is shown, never run); CSV cells that a spreadsheet would run get a
  leading apostrophe, also after leading spaces and for full-width ＝;
- PDF, xlsx and CSV files are written 0600, like the database;
- every verb that writes a file refuses a folder, a missing folder, a device and an existing file
  (without --force) with a Japanese message, exit 2, before doing any work.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pos.cli import main
from pos.db.engine import open_database
from pos.domain.spreadsheet import neutralize, unneutralize
from pos.reports.csv_export import csv_text
from pos.services.history import import_history
from tests.annual_fixture import two_years_file
from tests.services.helpers import make_booth

HYPERLINK = '=HYPERLINK("http://example.invalid/?q=x","x")'


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_formula_text_in_history_stays_text_in_the_xlsx(tmp_path: Path) -> None:
    db_file = two_years_file(tmp_path)
    db = open_database(db_file)
    csv = tmp_path / "h.csv"
    csv.write_text(
        "date,kind,label,workshop,note\n"
        f'2025-05-10,meeting,"{HYPERLINK.replace(chr(34), chr(34) * 2)}",,\n'
        "2025-05-11,other,=1+1,,\n",
        encoding="utf-8",
    )
    import_history(db, csv)
    db.dispose()
    xlsx = tmp_path / "r.xlsx"
    assert main(["report", "annual", "--fy", "2025", "--xlsx", str(xlsx), "--db", str(db_file)]) == 0
    ws = load_workbook(xlsx).active
    assert ws is not None
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)  # no formula anywhere in the sheet
    texts = "\n".join(str(c.value) for c in cells)
    assert HYPERLINK in texts and "=1+1" in texts  # shown as written
    assert _mode(xlsx) == 0o600


@pytest.mark.parametrize("text", ["=1+1", "+81", "-5", "@SUM(A1)", "\tx", " =1+1", "\u3000=1+1", "＝1+1", "'quoted"])
def test_csv_cells_that_would_run_are_neutralised_and_come_back(text: str) -> None:
    cell = neutralize(text)
    assert cell.startswith("'") and unneutralize(cell) == text
    assert csv_text(["h"], [[text]]).splitlines()[1].lstrip('"').startswith("'")


def test_plain_text_and_numbers_are_left_alone() -> None:
    assert neutralize("クッキー") == "クッキー" and neutralize("P-0001") == "P-0001"
    assert csv_text(["h"], [[-5]]).splitlines()[1] == "-5"


def test_cli_outputs_are_owner_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_file = two_years_file(tmp_path)
    out = {k: tmp_path / f"r.{k}" for k in ("pdf", "xlsx", "csv")}
    assert (
        main(
            [
                "report",
                "annual",
                "--fy",
                "2025",
                "--pdf",
                str(out["pdf"]),
                "--xlsx",
                str(out["xlsx"]),
                "--db",
                str(db_file),
            ]
        )
        == 0
    )
    assert main(["stock", "waste", "--fy", "2025", "--csv", str(out["csv"]), "--db", str(db_file)]) == 0
    assert {k: _mode(p) for k, p in out.items()} == {"pdf": 0o600, "xlsx": 0o600, "csv": 0o600}
    assert not list(tmp_path.glob(".*.part"))


@pytest.fixture
def booth_file(tmp_path: Path, db_path: Path) -> tuple[str, str, str]:
    db = open_database(db_path)
    booth = make_booth(db)
    from pos.services.register import Register

    register = Register(db, booth.day.id)
    register.add_code("P0003")
    register.checkout(cash_tendered=500)
    db.dispose()
    return str(db_path), booth.day.day.isoformat(), booth.venue.name


def _writers(db: str, day: str, venue: str, out: str) -> list[list[str]]:
    return [
        ["tally", "--day", day, "--venue", venue, "--pdf", out, "--db", db],
        ["receipt", "--day", day, "--venue", venue, "--number", "1", "--pdf", out, "--db", db],
        ["labels", "--pdf", out, "--db", db],
        ["export", "--day", day, "--out", out, "--db", db],
        ["report", "annual", "--fy", "2024", "--pdf", out, "--db", db],
        ["report", "annual", "--fy", "2024", "--xlsx", out, "--db", db],
        ["stock", "waste", "--fy", "2024", "--csv", out, "--db", db],
    ]


@pytest.mark.parametrize(
    "where, words",
    [
        ("folder", "フォルダーです"),
        ("missing", "フォルダー"),
        ("device", "普通のファイルではありません"),
        ("existing", "--force"),
        ("database", "データベース"),
    ],
)
def test_every_writing_verb_checks_its_output_path(
    booth_file: tuple[str, str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str, words: str
) -> None:
    db, day, venue = booth_file
    existing = tmp_path / "existing.pdf"
    existing.write_bytes(b"keep me")
    (tmp_path / "folder").mkdir()
    target = {
        "folder": str(tmp_path / "folder"),
        "missing": str(tmp_path / "nope" / "x.pdf"),
        "device": "/dev/null",
        "existing": str(existing),
        "database": db,
    }[where]
    db_bytes = Path(db).read_bytes()
    for argv in _writers(db, day, venue, target):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err, (argv, err)
    assert existing.read_bytes() == b"keep me" and Path(db).read_bytes() == db_bytes
    assert sorted(p.name for p in (tmp_path / "folder").iterdir()) == [] and not (tmp_path / "nope").exists()
