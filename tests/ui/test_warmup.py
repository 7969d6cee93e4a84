"""The later pages' modules are imported in a worker thread once the window has been up for a moment."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pos.domain.clock import today_local
from pos.services.changes import Changes
from pos.services.store import Database
from pos.ui import main_window
from pos.ui.operations import announce
from pos.ui.warmup import LATER_MODULES, import_later_modules
from tests.services.helpers import make_booth


def test_every_module_named_for_warm_up_imports_in_a_thread_without_a_widget() -> None:
    # a fresh interpreter: none of them imported yet, no QApplication (so no module may need one to import)
    code = (
        "import sys\n"
        "from pos.ui.warmup import LATER_MODULES, import_later_modules\n"
        "import_later_modules().join(120)\n"
        "print('missing', [m for m in LATER_MODULES if m not in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "missing []" in done.stdout, done.stdout + done.stderr[-2000:]


def test_a_failed_import_is_logged_and_the_rest_go_on(caplog: pytest.LogCaptureFixture) -> None:
    thread = import_later_modules(("pos.ui.no_such_page", LATER_MODULES[0]))
    thread.join(60)
    assert LATER_MODULES[0] in sys.modules
    assert "warm-up import of pos.ui.no_such_page failed" in caplog.text


def test_the_window_starts_the_imports_once_the_booth_pauses(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    monkeypatch.setattr(main_window, "import_later_modules", lambda: started.append(1))
    window = main_window.MainWindow(db)
    qtbot.addWidget(window)
    window.warm_up.setInterval(300)
    window.show()
    assert window.warm_up.isActive()
    qtbot.wait(200)
    announce(db, Changes(sales=True))  # a sale: not a pause yet
    assert window.warm_up.remainingTime() > 200 and not started
    qtbot.waitUntil(lambda: started == [1], timeout=3000)
    window.hide()
    window.show()
    qtbot.wait(450)
    assert started == [1]  # once per window


def test_the_start_s_objects_are_frozen_out_of_the_collector_once_the_window_shows(qtbot: QtBot, db: Database) -> None:
    gc.unfreeze()  # whatever earlier tests froze
    window = main_window.MainWindow(db)
    qtbot.addWidget(window)
    assert gc.get_freeze_count() == 0
    window.show()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 1000)  # the app's modules, classes, the window…


def test_the_register_comes_up_without_the_libraries_of_later_pages(db_path: Path, db: Database) -> None:
    """What a volunteer waits for at start: the register, not the upgrade tool (alembic), the PDF and QR
    makers (reportlab, qrcode) or the spreadsheet writer (openpyxl) — those come with the warm-up."""
    make_booth(db, on=today_local())  # today's sales day is open
    db.dispose()
    code = (
        "import sys\n"
        "from pos.ui.app import create_application\n"
        "from pos.services.store import open_database\n"
        "from pos.ui.main_window import MainWindow\n"
        "app = create_application('ja')\n"
        f"window = MainWindow(open_database({str(db_path)!r}))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "assert window.register is not None and window.register.isVisible(), 'no register'\n"
        "later = {'alembic', 'reportlab', 'qrcode', 'openpyxl', 'mako'}\n"
        "print('loaded', sorted(later & {m.split('.')[0] for m in sys.modules}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "loaded []" in done.stdout, done.stdout + done.stderr[-2000:]
