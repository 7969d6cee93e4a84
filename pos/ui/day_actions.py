"""The coordinator's day-end actions as ready-made QActions, for a window's menu or toolbar.

`install_day_actions(menu, parent, db, current_day_id)` adds
点検（X）を印刷 (Ctrl+Shift+X), 精算（Z）… (Ctrl+Shift+Z), 精算（Z）を再印刷 and 締めた販売日を再開…; each is
enabled according to the state of the day `current_day_id()` returns (checked when the menu opens,
after each action, and whenever the window calls `DayActions.update()`, e.g. from its refresh).
After a close the Z tally opens for printing. The close and reopen dialogs announce `days` on the
change bus (pos.ui.operations); the actions follow it, and so does every screen showing days.
Closing and reopening ask for the coordinator PIN first (`pos.ui.coordinator`, the gate shared on the
database unless one is given) and write an audit entry once done; X and the Z reprint only print.
`todays_day_id(db)` is a sensible `current_day_id`: today's day at the first venue, open or closed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from pos.domain.clock import today_local
from pos.domain.day_state import DayState
from pos.services import days, events, tills
from pos.services.days import DayInfo
from pos.services.store import Database
from pos.ui.coordinator import NO_PIN_WHO, CoordinatorGate, gate_for
from pos.ui.operations import on_changes, read_op


def todays_day_id(db: Database) -> UUID | None:
    """Today's sales day that is still open, else today's first closed one, else None."""
    today = read_op(None, db, lambda: days.days_on(db, today_local()), list[days.DayInfo]())
    not_closed = [d for d in today if d.state != DayState.CLOSED.value]
    chosen = not_closed or today
    return chosen[0].id if chosen else None


@dataclass
class DayActions:
    actions: dict[str, QAction]  # x_tally, close, reprint, reopen
    update: Callable[[], None]  # re-read the current day's state and enable the actions accordingly


def install_day_actions(
    menu: QMenu,
    parent: QWidget,
    db: Database,
    current_day_id: Callable[[], UUID | None],
    gate: CoordinatorGate | None = None,
) -> DayActions:
    """Add the day-end actions to `menu` (after a separator)."""
    guard = gate if gate is not None else gate_for(db)

    def get_day(day_id: UUID) -> DayInfo | None:
        return read_op(parent, db, lambda: days.get_day(db, day_id), None)

    def with_day(fn: Callable[[UUID], object]) -> Callable[[], None]:
        def run() -> None:
            day_id = current_day_id()
            if day_id is not None:
                fn(day_id)
            update()

        return run

    def close(day_id: UUID) -> None:
        who = guard.require(parent, QCoreApplication.translate("DayActions", "精算（Z）・レジ締め"))
        if who is None:
            return
        # unsold food first: taken back / disposed — except on a day of an event before its last day,
        # when the food stays for tomorrow (opening the next day checks it in again; docs/tills.md)
        stays = read_op(parent, db, lambda: events.leftovers_stay(db, day_id), False)
        from pos.ui.close_dialog import open_close_dialog
        from pos.ui.dispositions_dialog import open_dispositions_dialog

        if not stays and not open_dispositions_dialog(parent, db, day_id):
            return
        closed = open_close_dialog(parent, db, day_id, who=who)  # audited in the close's transaction
        if closed and (info := get_day(day_id)) is not None and (blocker := info.close_blocker()):
            # this till is closed; another till keeps the day open
            QMessageBox.information(parent, QCoreApplication.translate("DayActions", "レジを締めました"), blocker)
        if closed:
            _print_tally(parent, db, day_id)

    def reopen(day_id: UUID) -> None:
        who = guard.require(parent, QCoreApplication.translate("DayActions", "締めた販売日の再開"))
        if who is None:
            return
        from pos.ui.close_dialog import ReopenDialog

        dialog = ReopenDialog(db, day_id, parent, who=who)
        if who != NO_PIN_WHO:
            dialog.by.setText(who)
        dialog.exec()  # audited in the reopen's transaction; the runner announces the change
        dialog.deleteLater()

    specs = [
        (
            "x_tally",
            QCoreApplication.translate("DayActions", "点検（X）を印刷…"),
            "Ctrl+Shift+X",
            lambda d: _print_tally(parent, db, d),
        ),
        ("close", QCoreApplication.translate("DayActions", "精算（Z）・レジ締め…"), "Ctrl+Shift+Z", close),
        (
            "reprint",
            QCoreApplication.translate("DayActions", "精算（Z）を再印刷…"),
            None,
            lambda d: _print_tally(parent, db, d),
        ),
        ("reopen", QCoreApplication.translate("DayActions", "締めた販売日を再開…"), None, reopen),
    ]
    actions: dict[str, QAction] = {}
    menu.addSeparator()
    for key, text, shortcut, fn in specs:
        action = QAction(text, parent)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(with_day(fn))
        menu.addAction(action)
        actions[key] = action

    def update() -> None:
        day_id = current_day_id()
        info = get_day(day_id) if day_id is not None else None
        state = None
        if info is not None:  # this laptop's till's state when it is one of the day's tills (docs/tills.md)
            name = read_op(parent, db, lambda: tills.this_till_name(db), "") if len(info.tills) > 1 else ""
            mine = info.till_named(name) if name else None
            state = mine.state if mine is not None else info.state
        closed = state == DayState.CLOSED.value
        actions["x_tally"].setEnabled(state is not None and not closed)
        actions["close"].setEnabled(state is not None and not closed)
        actions["reprint"].setEnabled(closed)
        actions["reopen"].setEnabled(closed)

    menu.aboutToShow.connect(update)
    # after a change to the days, in the next turn of the event loop: not in the one that wrote it
    soon = QTimer(menu)
    soon.setSingleShot(True)
    soon.setInterval(0)
    soon.timeout.connect(update)
    on_changes(db, menu, lambda changes: soon.start() if changes.days else None)
    update()
    return DayActions(actions, update)


def _print_tally(parent: QWidget, db: Database, day_id: UUID) -> None:
    from pos.ui.print_actions import print_tally  # the PDF and printing modules: at the first tally

    print_tally(parent, db, day_id)
