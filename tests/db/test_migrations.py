"""Schema: alembic revisions produce exactly the models; the app backs up before upgrading."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pos.db.engine import make_engine, open_database, resolve_url
from pos.db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from pos.db.models import Base


def test_upgrade_from_empty_matches_the_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    db.dispose()
    assert diff == []


def test_pragmas_on_every_connection(db_path: Path) -> None:
    engine = make_engine(resolve_url(db_path))
    with engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 5000
    engine.dispose()


def test_an_outdated_file_is_backed_up_before_the_upgrade(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.db"
    url = resolve_url(path)
    command.upgrade(alembic_config(url), "head")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('booth_name', '旧ブース')")
    command.downgrade(alembic_config(url), "base")  # pretend the file predates every revision …
    with sqlite3.connect(path) as conn:  # … but still holds data that must survive
        conn.execute("CREATE TABLE keepme (x TEXT)")
        conn.execute("INSERT INTO keepme VALUES ('売上')")
    backup = upgrade_to_head(url)
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT x FROM keepme").fetchall() == [("売上",)]
    assert current_revision(url) == head_revision()
    assert upgrade_to_head(url) is None  # already current: no second backup


def test_db_argument_beats_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("POS_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(tmp_path / "arg.db") == f"sqlite:///{tmp_path / 'arg.db'}"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def _populated_head_db(path: Path) -> tuple[int, int]:
    """A database at head with a day of sales; returns (paid sales, their total)."""
    from pos.services.register import Register
    from tests.services.helpers import make_booth

    db = open_database(path)
    b = make_booth(db)
    reg = Register(db, b.day.id)
    for product, tendered in ((b.bread, 2000), (b.soap, 500), (b.cookie, 1000)):
        reg.add_product(product.id, 1)
        reg.checkout(cash_tendered=tendered)
    db.dispose()
    return 3, 1430 + 500 + 300


def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return [r.revision for r in script.walk_revisions() if r.revision != script.get_current_head()]


@pytest.mark.parametrize("revision", _revisions())
def test_upgrading_a_populated_file_from_every_earlier_revision(tmp_path: Path, revision: str) -> None:
    from alembic import command

    from pos.services.verify import check_database

    path = tmp_path / "old.db"
    count, total = _populated_head_db(path)
    command.downgrade(alembic_config(resolve_url(path)), revision)  # the file as that revision left it
    assert current_revision(resolve_url(path)) == revision
    db = open_database(path)  # what the app does on start: back up, then upgrade to head
    try:
        assert current_revision(db.url) == head_revision()
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*), sum(total) FROM sales WHERE state = 'paid'").fetchone() == (
                count,
                total,
            )
        assert list(tmp_path.glob(f"old.before-{revision}-*.db")), "no backup was written before the upgrade"
        assert check_database(db).ok
    finally:
        db.dispose()


def test_a_failed_upgrade_says_so_and_leaves_the_file_and_backup(tmp_path: Path, monkeypatch) -> None:
    from alembic import command

    from pos.db.migrate import UpgradeFailed

    path = tmp_path / "old.db"
    _populated_head_db(path)
    command.downgrade(alembic_config(resolve_url(path)), "0002")
    before = path.read_bytes()

    def broken_upgrade(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(command, "upgrade", broken_upgrade)  # alembic.command, imported by the upgrade
    with pytest.raises(UpgradeFailed) as failure:
        open_database(path)
    assert "元のファイルは変更していません" in failure.value.ja and "バックアップ" in failure.value.ja
    assert path.read_bytes() == before
    [backup] = tmp_path.glob("old.before-0002-*.db")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM sales").fetchone() == (3,)


def test_days_before_tills_become_days_with_one_till_carrying_their_figures(tmp_path: Path) -> None:
    """Revision 0011 from 0010: a closed day's change fund, count and sales all go to its one till レジ1."""
    from alembic import command

    from pos.services.closing import close_day
    from pos.services.day_report import day_report
    from pos.services.register import Register
    from pos.services.tally import till_tallies
    from tests.services.helpers import make_booth

    path = tmp_path / "old.db"
    db = open_database(path)
    b = make_booth(db)  # change fund 30,000
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id, 2)
    reg.checkout(cash_tendered=1_000)  # 1,000 cash
    close_day(db, b.day.id, {10_000: 3, 1_000: 1}, comment="")  # 31,000 = expected
    db.dispose()
    command.downgrade(alembic_config(resolve_url(path)), "0010")
    with sqlite3.connect(path) as conn:
        assert "tills" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db = open_database(path)
    try:
        [till] = till_tallies(db, b.day.id)
        assert (till.till.name, till.till.state, till.change_fund, till.till.counted_cash, till.till.expected_cash) == (
            "レジ1",
            "closed",
            30_000,
            31_000,
            31_000,
        )
        assert (till.sales_count, till.total, till.cash_received) == (1, 1_000, 1_000)
        report = day_report(db, b.day.id)
        assert report.closed and {c.denomination: c.count for c in report.cash_counts if c.count} == {
            10_000: 3,
            1_000: 1,
        }
        from pos.services.closing import reopen_day

        reopen_day(db, b.day.id, "追加の販売")  # the till reopens and numbering goes on
        again = Register(db, b.day.id)
        again.add_product(b.soap.id)
        assert again.checkout(cash_tendered=500).receipt_no == "2"
    finally:
        db.dispose()
