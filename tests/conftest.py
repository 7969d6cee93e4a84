"""Shared fixtures: every test gets a fresh SQLite file, upgraded through the alembic revisions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pos.db.engine import Database, open_database


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
