"""Schema: alembic revisions produce exactly the models; the app backs up before upgrading."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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


def test_db_argument_beats_environment(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("POS_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(tmp_path / "arg.db") == f"sqlite:///{tmp_path / 'arg.db'}"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
