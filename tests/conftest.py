"""Shared fixtures: every test gets a fresh SQLite file, upgraded through the alembic revisions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pos.db.engine import Database, open_database
from tests.pg_server import MISSING, TEMPLATE, PgServer, find_bin_dir


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database upgraded through every revision; tests get byte copies of it (fast, still real)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, _migrated_template: Path) -> Path:
    path = tmp_path / "pos.db"
    path.write_bytes(_migrated_template.read_bytes())
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.dispose()


@pytest.fixture(scope="session", autouse=True)
def _background_jobs_finish() -> Iterator[None]:
    """Let PDF/seed jobs on Qt's thread pool end before Qt shuts down (no crash at interpreter exit)."""
    yield
    try:
        from PySide6.QtCore import QThreadPool
    except ImportError:
        return
    QThreadPool.globalInstance().waitForDone(30_000)


# -- PostgreSQL (tests/pg) -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A throwaway PostgreSQL server on 127.0.0.1 (free port) with a migrated template database.

    Fails (never skips) when the server binaries are missing: `make test` installs them."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.fail(MISSING, pytrace=False)
    server = PgServer(bin_dir)
    try:
        server.start()
        open_database(server.create(TEMPLATE)).dispose()  # every alembic revision, on PostgreSQL
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def _pg_shared(pg_server: PgServer) -> tuple[str, str]:
    """(name, URL) of the one database (a copy of the migrated template) that pg_db empties per test."""
    return pg_server.fresh_database()


@pytest.fixture
def pg_db(pg_server: PgServer, _pg_shared: tuple[str, str]) -> Iterator[Database]:
    """An empty, migrated PostgreSQL database for this test (every row of the previous test deleted)."""
    name, url = _pg_shared
    pg_server.empty(name)
    database = open_database(url)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def _own_qt_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Each test gets its own empty QSettings (text size, register mode …), never the user's real ones."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield
