"""The quick "already at the newest schema?" check that spares alembic at start agrees with alembic."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pos.db.migrate import head_revision
from pos.db.revisions import head_from_files, sqlite_is_at_head
from pos.services.store import open_database


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    assert head_from_files() == head_revision()


def test_a_current_file_is_at_head_and_an_older_or_missing_one_is_not(tmp_path: Path) -> None:
    path = tmp_path / "pos.db"
    assert not sqlite_is_at_head(path)  # no file yet: alembic creates it
    open_database(path).dispose()
    assert sqlite_is_at_head(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert not sqlite_is_at_head(path)  # an older file: open_database goes through alembic


def test_two_heads_or_an_odd_revision_file_mean_ask_alembic(tmp_path: Path) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "0001"\ndown_revision = None\n', encoding="utf-8")
    (versions / "b.py").write_text('revision = "0002"\ndown_revision = "0001"\n', encoding="utf-8")
    assert head_from_files(versions) == "0002"
    (versions / "c.py").write_text('revision = "0003"\ndown_revision = "0001"\n', encoding="utf-8")
    assert head_from_files(versions) is None  # 0002 and 0003 both head: not simple
    (versions / "c.py").write_text('revision = "0003"\ndown_revision = ("0001", "0002")\n', encoding="utf-8")
    assert head_from_files(versions) is None


def test_a_file_without_a_revision_table_is_not_at_head(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert not sqlite_is_at_head(path)
