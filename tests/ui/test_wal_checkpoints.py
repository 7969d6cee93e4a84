"""The WAL is copied into the database file after the booth pauses, in a worker — never inside a sale."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from pos.services.changes import Changes
from pos.services.register import Register
from pos.services.store import Database
from pos.ui import checkpoints
from pos.ui.main_window import MainWindow
from pos.ui.operations import run_op
from tests.services.helpers import make_booth


def _sales_in_the_file_alone(db_path: Path, tmp_path: Path) -> int:
    """What a copy of the .db file without its -wal holds (as a careless copy to a USB stick would)."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(db_path, copy)
    with sqlite3.connect(copy) as conn:
        return int(conn.execute("SELECT count(*) FROM sales").fetchone()[0])


def _autocheckpoint(db: Database) -> int:
    raw = db.engine.raw_connection()
    try:
        return int(raw.driver_connection.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    finally:
        raw.close()


def test_a_sale_reaches_the_database_file_after_a_pause(
    qtbot: QtBot, db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checkpoints, "DELAY_MS", 200)
    booth = make_booth(db)
    owner = QObject()
    wal = checkpoints.WalCheckpoints(owner, db)
    assert wal.enabled
    assert _autocheckpoint(db) == 0  # a commit (a sale on the GUI thread) never copies the log itself
    register = Register(db, booth.day.id)
    register.add_code("P0003")
    run_op(None, db, lambda: register.checkout(cash_tendered=500), changes=Changes(sales=True))
    assert _sales_in_the_file_alone(db_path, tmp_path) == 0  # still only in the -wal file
    qtbot.waitUntil(lambda: wal.done == 1, timeout=5000)
    assert _sales_in_the_file_alone(db_path, tmp_path) == 1


def test_the_main_window_keeps_checkpoints_off_the_gui_thread(qtbot: QtBot, db: Database) -> None:
    make_booth(db)
    window = MainWindow(db, ask_to_open=False)
    qtbot.addWidget(window)
    assert window.checkpoints.enabled
    assert _autocheckpoint(db) == 0
