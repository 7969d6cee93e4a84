"""PostgreSQL itself: the alembic revisions, every verb of `pos` with a postgresql+psycopg URL, and the
council's use of it — booths on laptops (SQLite files) merged into the central database.

Figures by hand (make_booth's products): sale 1 = 食パン 1,430 + クッキー 300 = 1,730 cash (2,000
tendered, 270 change); sale 2 = 石けん 500 PayPay. Day total 2,230; cash in the drawer 30,000 + 1,730.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from pos.cli import main
from pos.db.engine import Database, open_database
from pos.db.migrate import alembic_config, current_revision, head_revision
from pos.db.models import Base
from pos.services.closing import close_day
from pos.services.days import days_on
from pos.services.merge import merge_file
from pos.services.register import Register
from pos.services.verify import check_database
from tests.pg_server import PgServer
from tests.services.helpers import Booth, make_booth


def _ring_up(db: Database, b: Booth) -> None:
    first = Register(db, b.day.id)
    first.add_code("P0001")
    first.add_code("P0002")
    first.checkout(cash_tendered=2_000)
    second = Register(db, b.day.id)
    second.add_code("P0003")
    second.checkout(cashless=[("paypay", 500)])


def _paid_total(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT COALESCE(SUM(total), 0) FROM sales WHERE state = 'paid'").scalar_one()


def test_the_revisions_run_down_and_up_and_match_the_models(pg_server: PgServer) -> None:
    url = pg_server.create("pos_revisions")
    try:
        open_database(url).dispose()
        assert current_revision(url) == head_revision()
        command.downgrade(alembic_config(url), "base")
        assert current_revision(url) is None
        command.upgrade(alembic_config(url), "head")
        db = open_database(url)
        try:
            with db.engine.connect() as conn:
                assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        finally:
            db.dispose()
    finally:
        pg_server.drop("pos_revisions")


def test_booth_files_merge_into_the_central_database_twice(pg_db: Database, tmp_path: Path) -> None:
    make_booth(pg_db)  # the council's database knows the venue and products already
    assert _paid_total(pg_db) == 0
    laptop = open_database(tmp_path / "laptop.db")
    try:
        b = make_booth(laptop, on=date(2024, 6, 16))  # same names and codes, its own ids
        _ring_up(laptop, b)
        close_day(laptop, b.day.id, {10_000: 3, 1_000: 1, 500: 1, 100: 2, 10: 3})  # 31,730
    finally:
        laptop.dispose()
    first = merge_file(pg_db, tmp_path / "laptop.db")
    assert first.days_added == ("2024-06-16 ゆめが丘SC",)
    assert first.added["sales"] == 2 and first.added["cash_counts"] == 5
    assert "事業所「パン工房こむぎ」: IDが違うため名前で対応付けました" in first.master_matched_by_key
    assert merge_file(pg_db, tmp_path / "laptop.db").nothing_new
    assert _paid_total(pg_db) == 2_230
    assert check_database(pg_db).ok
    assert merge_file(pg_db, tmp_path / "laptop.db", preview=True).nothing_new
    assert len(days_on(pg_db, date(2024, 6, 15)) + days_on(pg_db, date(2024, 6, 16))) == 2


def test_every_verb_runs_against_postgresql(
    pg_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_db.url
    b = make_booth(pg_db)
    _ring_up(pg_db, b)
    close_day(pg_db, b.day.id, {10_000: 3, 1_000: 1, 500: 1, 100: 2, 10: 3})
    history = tmp_path / "history.csv"
    history.write_text("date,kind,label,workshop,note\n2023-05-20,sale,区役所販売,パン工房こむぎ,\n", encoding="utf-8")
    ok = [
        ["verify"],
        ["report", "lines", "--fy", "2024"],
        ["report", "annual", "--fy", "2024", "--pdf", str(tmp_path / "a.pdf"), "--xlsx", str(tmp_path / "a.xlsx")],
        ["tally", "--day", "2024-06-15", "--venue", "ゆめが丘SC", "--pdf", str(tmp_path / "t.pdf")],
        ["receipt", "--day", "2024-06-15", "--venue", "ゆめが丘SC", "--number", "1", "--pdf", str(tmp_path / "r.pdf")],
        ["labels", "--workshop", "パン工房こむぎ", "--pdf", str(tmp_path / "l.pdf")],
        ["stock", "waste", "--fy", "2024"],
        ["stock", "suggest", "--venue", "ゆめが丘SC", "--product", "P0001"],
        ["import-history", str(history)],
        ["export", "--day", "2024-06-15", "--out", str(tmp_path / "x.db")],
        ["export", "--since-last", "--out", str(tmp_path / "all.db")],
        ["simulate", "--sales", "3", "--seed", "1"],
    ]
    for args in ok:
        assert main([*args, "--db", url]) == 0, (args, capsys.readouterr())
    assert "問題はありません（取引 2件" in capsys.readouterr().out
    # file backups are SQLite's: refused on PostgreSQL (docs/postgresql.md: pg_dump on the server)
    for args in (["backup"], ["restore", str(tmp_path / "x.db")]):
        assert main([*args, "--db", url]) == 2
        assert "SQLiteのデータベースファイルだけ" in capsys.readouterr().err
    assert check_database(pg_db).ok
    laptop = open_database(tmp_path / "laptop.db")  # the central records, exported, on a laptop
    try:
        report = merge_file(laptop, tmp_path / "all.db")
        assert report.kind == "export" and report.added["sales"] == 2  # exported before simulate ran
        assert check_database(laptop).ok
    finally:
        laptop.dispose()
