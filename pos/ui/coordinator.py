"""The coordinator gate: guarded actions ask for the coordinator PIN, then stay unlocked for a while.

    who = gate.require(parent, "取引の取消")   # the 担当者 name, or None when cancelled
    if who is None:
        return
    ... call the service with who=who: it writes the audit entry in the action's own transaction

- Once the right PIN is given, the gate stays unlocked for UNLOCK_SECONDS (a booth does several
  coordinator actions in a row); `lock()` ends it at once. The name typed with the PIN is remembered
  for the session and offered the next time.
- No PIN set yet: the action is allowed (who = the remembered name, else "（PIN未設定）") and the gate
  says once per session "コーディネーターPINが未設定です（設定から登録してください）" — on the status bar
  of the window, never in a dialog, so a booth without a PIN works exactly as before.
- `gate_for(db)` is the one gate shared by every screen on the same open database (the register, the
  master data and the day-end actions use it by default), so unlocking in one unlocks all.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from pos.services import auth
from pos.services.store import Database
from pos.ui.operations import read_op
from pos.ui.pin_dialog import PinDialog

UNLOCK_SECONDS = 300.0
NO_PIN_WHO = "（PIN未設定）"


def _status_bar_notice(parent: QWidget | None, text: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 15_000)


class CoordinatorGate:
    def __init__(
        self,
        db: Database,
        clock: Callable[[], float] = time.monotonic,
        notice: Callable[[QWidget | None, str], None] = _status_bar_notice,
    ) -> None:
        self.db = db
        self.clock = clock
        self.notice = notice
        self.who = ""  # the name typed with the PIN last (kept for the session)
        self._until = 0.0
        self._told_no_pin = False
        self.dialog: PinDialog | None = None  # the PIN dialog while it is open

    def is_unlocked(self) -> bool:
        return self.clock() < self._until

    def lock(self) -> None:
        self._until = 0.0

    def require(self, parent: QWidget | None, action_label: str) -> str | None:
        """The name of who unlocked (asking for the PIN unless unlocked), or None when cancelled."""
        if not read_op(parent, self.db, lambda: auth.pin_is_set(self.db)):
            if not self._told_no_pin:
                self._told_no_pin = True
                self.notice(
                    parent,
                    QCoreApplication.translate(
                        "CoordinatorGate", "コーディネーターPINが未設定です（設定から登録してください）"
                    ),
                )
            return self.who or NO_PIN_WHO
        if self.is_unlocked():
            return self.who
        dialog = PinDialog(self.db, action_label, self.who, parent)
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            self.who = dialog.who
        finally:
            self.dialog = None
            dialog.deleteLater()
        self._until = self.clock() + UNLOCK_SECONDS
        return self.who


_gates: dict[int, tuple[weakref.ref[Database], CoordinatorGate]] = {}


def gate_for(db: Database) -> CoordinatorGate:
    """The gate shared by all screens on `db` (created on first use)."""
    for key in [k for k, (ref, _) in _gates.items() if ref() is None]:
        del _gates[key]
    entry = _gates.get(id(db))
    if entry is None or entry[0]() is not db:
        entry = (weakref.ref(db), CoordinatorGate(db))
        _gates[id(db)] = entry
    return entry[1]
