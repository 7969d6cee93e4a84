"""A damaged record (a bit flip in a line's sale id) stops the verbs that would use it, with exit 2.

Before, `pos report` and `pos simulate` ran on with exit 0: the damaged line dropped out of the year's
figures silently, and simulate went on adding sales to the damaged day.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pos.cli import main
from pos.domain.clock import today_local
from pos.domain.fiscal import fiscal_year_of
from pos.services.register import Register
from pos.services.store import Database
from tests.services.helpers import make_booth


def _damage_one_line(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "UPDATE sale_lines SET sale_id = CAST(X'41FFFE42' AS TEXT) "
            "WHERE rowid = (SELECT max(rowid) FROM sale_lines)"
        )


def _count(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM sales").fetchone()[0])


def test_reports_and_simulate_refuse_a_damaged_period(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    booth = make_booth(db, on=today_local())
    for code in ("P0003", "P0002"):
        register = Register(db, booth.day.id)
        register.add_code(code)
        register.checkout(cash_tendered=register.cart.total)
    fy = str(fiscal_year_of(today_local()))
    assert main(["report", "lines", "--fy", fy, "--db", str(db_path)]) == 0  # sound: the report is made
    assert main(["simulate", "--sales", "1", "--db", str(db_path)]) == 0
    _damage_one_line(db_path)
    capsys.readouterr()

    assert main(["report", "lines", "--fy", fy, "--db", str(db_path)]) == 2
    assert "記録が合いません" in capsys.readouterr().err
    pdf = tmp_path / "annual.pdf"
    assert main(["report", "annual", "--fy", fy, "--pdf", str(pdf), "--db", str(db_path)]) == 2
    assert "年間報告書は作りませんでした" in capsys.readouterr().err and not pdf.exists()
    before = _count(db_path)
    assert main(["simulate", "--sales", "3", "--db", str(db_path)]) == 2
    assert _count(db_path) == before  # nothing added to the damaged day
    assert main(["report", "lines", "--fy", str(int(fy) - 1), "--db", str(db_path)]) == 0  # other years: fine


def test_a_sale_whose_day_id_was_damaged_stops_the_report(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    booth = make_booth(db, on=today_local())
    register = Register(db, booth.day.id)
    register.add_code("P0003")
    register.checkout(cash_tendered=500)
    with sqlite3.connect(db_path) as conn:  # the sale no longer belongs to any day: it would vanish unseen
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE sales SET sales_day_id = CAST(X'41FFFE42' AS TEXT)")
    assert main(["report", "lines", "--fy", str(fiscal_year_of(today_local())), "--db", str(db_path)]) == 2
    assert "記録が合いません" in capsys.readouterr().err
