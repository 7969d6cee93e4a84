"""Transactions on SQLite: writers take the lock at BEGIN, readers never wait, a long lock is a message."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select

import pos.db.engine as engine_module
from pos.db.engine import Database, DatabaseBusy, open_database
from pos.db.models import Setting
from pos.services.settings import get_settings, set_setting


@contextmanager
def _other_writer(path: Path) -> Iterator[sqlite3.Connection]:
    """Another process's connection holding the write lock."""
    with closing(sqlite3.connect(path, isolation_level=None, timeout=0)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")


def test_a_write_transaction_holds_the_write_lock_from_its_begin(db: Database, db_path: Path) -> None:
    with db.sessions.begin() as s:
        s.execute(select(1))  # only a read so far
        with (
            closing(sqlite3.connect(db_path, timeout=0)) as other,
            pytest.raises(sqlite3.OperationalError, match="locked"),
        ):
            other.execute("BEGIN IMMEDIATE")


def test_readers_do_not_wait_for_a_writer(db: Database, db_path: Path) -> None:
    set_setting(db, "booth_name", "みなとブース")
    with _other_writer(db_path) as other:
        other.execute("UPDATE settings SET value = 'まだ書いていない' WHERE key = 'booth_name'")
        assert get_settings(db)["booth_name"] == "みなとブース"  # the committed value, at once


def test_a_lock_held_too_long_is_a_clear_message_and_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 20)
    db = open_database(db_path, upgrade=False)
    try:
        with _other_writer(db_path), pytest.raises(DatabaseBusy) as busy:
            set_setting(db, "booth_name", "書けないはず")
        assert "使用中のため、書き込めませんでした" in busy.value.ja and "何も変更していません" in busy.value.ja
        with db.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Setting)) == 0
        set_setting(db, "booth_name", "書ける")  # the lock is gone: writing works again
        assert get_settings(db)["booth_name"] == "書ける"
    finally:
        db.dispose()
