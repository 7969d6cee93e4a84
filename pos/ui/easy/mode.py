"""Switching a till between the standard register and かんたんレジ, remembered per laptop (till).

In かんたんレジ the main window shows only the easy register: the tabs, the menus and every menu
shortcut (voids, the close, settings, merges …) are out of reach. Entering and leaving the mode are
the coordinator's: both go through the coordinator gate (the PIN, when one is set) and are written
to the audit log. The mode is kept in the laptop's settings, so a till left in かんたんレジ starts
in it again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from pos.services import auth
from pos.services.changes import Changes
from pos.services.store import Database
from pos.ui.coordinator import CoordinatorGate
from pos.ui.easy.palette import INK, PAPER
from pos.ui.easy.widgets import big_button
from pos.ui.operations import on_changes, run_op

if TYPE_CHECKING:
    from pos.ui.easy.easy_register import EasyRegister

MODE_SETTING = "register/mode"
EASY, STANDARD = "easy", "standard"


def saved_mode() -> str:
    return EASY if QSettings().value(MODE_SETTING, STANDARD) == EASY else STANDARD


class EasyMode(QObject):
    """Puts `window` into かんたんレジ and back; `day_id()` gives today's open sales day or None."""

    def __init__(
        self, window: QMainWindow, db: Database, gate: CoordinatorGate, day_id: Callable[[], UUID | None]
    ) -> None:
        super().__init__(window)
        self.window, self.db, self.gate, self.day_id = window, db, gate, day_id
        self.active = False
        self.page: QWidget | None = None
        self.register: EasyRegister | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction] = []
        on_changes(db, self, self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.days:
            self.refresh()

    def enter(self, *, ask: bool = True) -> bool:
        """Switch to かんたんレジ (asking the coordinator unless restoring the saved mode)."""
        if self.active:
            return True
        if ask and not self._coordinator(self.tr("かんたんレジに切り替え"), "かんたんレジ"):
            return False
        QSettings().setValue(MODE_SETTING, EASY)
        self.active = True
        layout = self.window.centralWidget().layout()
        self._hidden = [
            w for w in (layout.itemAt(i).widget() for i in range(layout.count())) if w is not None and not w.isHidden()
        ]  # also before the window is first shown
        for w in self._hidden:
            w.setVisible(False)
        self._disabled = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)  # their shortcuts too: nothing of the coordinator's is reachable
        self.window.menuBar().setVisible(False)
        self.window.statusBar().setVisible(False)
        self.page = QWidget()
        self.page.setObjectName("easyModePage")
        QVBoxLayout(self.page).setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.page.show()
        self.refresh()
        return True

    def leave(self) -> bool:
        """Back to the standard register: the coordinator's PIN first."""
        if not self.active:
            return True
        if not self._coordinator(self.tr("ふつうのレジにもどす"), "ふつうのレジ"):
            return False
        QSettings().setValue(MODE_SETTING, STANDARD)
        self.active = False
        if self.page is not None:
            self.page.setParent(None)
            self.page.deleteLater()
        self.page, self.register = None, None
        for w in self._hidden:
            w.setVisible(True)
        for action in self._disabled:
            action.setEnabled(True)
        self.window.menuBar().setVisible(True)
        self.window.statusBar().setVisible(True)
        return True

    def refresh(self) -> None:
        """Show the easy register on today's open day, or a note asking for the coordinator."""
        if not self.active or self.page is None:
            return
        day_id = self.day_id()
        if self.register is not None and self.register.day_id == day_id:
            return
        layout = self.page.layout()
        while layout.count():
            old = layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        if day_id is None:
            self.register = None
            layout.addWidget(self._no_day_page())
            return
        from pos.ui.easy.easy_register import EasyRegister  # imported when かんたんレジ is first shown

        self.register = EasyRegister(self.db, day_id)
        self.register.coordinator_requested.connect(self.leave)
        layout.addWidget(self.register)
        self.register.show()

    def _no_day_page(self) -> QWidget:
        page = QWidget()
        page.setStyleSheet(f"background: {PAPER};")  # the かんたんレジ palette (palette.py), not a role
        note = QLabel(self.tr("きょうの はんばいは まだ はじまっていません。\nコーディネーターを よんでください。"))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet(f"font-size: 26pt; font-weight: bold; color: {INK};")  # the palette, as above
        button = big_button(self.tr("コーディネーター"), "easyCoordinator", height=72)
        button.clicked.connect(self.leave)
        layout = QVBoxLayout(page)
        layout.addWidget(note, 1)
        layout.addWidget(button)
        return page

    def _coordinator(self, label: str, to: str) -> bool:
        who = self.gate.require(self.window, label)
        if who is None:
            return False
        run_op(self.window, self.db, lambda: auth.record(self.db, who, "register_mode", to))
        return True
