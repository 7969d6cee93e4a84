"""UI test helpers: a register on a real temp database, and a way to act inside modal dialogs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.ui.register_screen import RegisterScreen
from tests.services.helpers import Booth, make_booth


def in_modal(qtbot: QtBot, action: Callable[[QWidget], None]) -> None:
    """Run `action` on the modal dialog that the next call opens (exec() blocks until it closes)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        try:
            action(dialog)
        finally:  # never leave a test hanging on a dialog that stayed open
            if dialog.isVisible() and dialog is QApplication.activeModalWidget():
                dialog.close()

    QTimer.singleShot(0, attempt)


@pytest.fixture
def booth(db: Database) -> Booth:
    return make_booth(db)


@pytest.fixture
def screen(qtbot: QtBot, db: Database, booth: Booth) -> RegisterScreen:
    widget = RegisterScreen(db, booth.day.id)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
