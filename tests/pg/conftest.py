"""Tests of this folder run on PostgreSQL: `db` is a fresh database on the throwaway server.

The modules here re-run service and report tests of tests/services unchanged (they import them), so
every such test runs on SQLite there and on PostgreSQL here. `db_path` (an SQLite file) has no
meaning on PostgreSQL: a test that asks for it fails here instead of silently testing SQLite.
"""

from __future__ import annotations

import pytest

from pos.db.engine import Database


@pytest.fixture
def db(pg_db: Database) -> Database:
    return pg_db


@pytest.fixture
def db_path() -> None:
    pytest.fail("db_path is an SQLite file: this test cannot run on PostgreSQL", pytrace=False)
