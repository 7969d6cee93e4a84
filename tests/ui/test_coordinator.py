"""The coordinator PIN gate on real widgets and a real temp database: voids, close/reopen, master data,
settings; wrong PINs change nothing, right ones act and leave an audit entry."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import DayEvent, Sale
from pos.services import auth, catalog
from pos.services.register import Register
from pos.services.settings import get_settings
from pos.ui import print_actions
from pos.ui.close_dialog import CloseDialog, ReopenDialog
from pos.ui.coordinator import UNLOCK_SECONDS, CoordinatorGate, gate_for
from pos.ui.day_actions import install_day_actions
from pos.ui.master_data import MasterDataWidget
from pos.ui.pin_dialog import PinDialog
from pos.ui.register_screen import RegisterScreen
from pos.ui.settings_dialog import SettingsDialog, open_settings_dialog
from tests.services.helpers import Booth
from tests.ui.conftest import in_modal

PIN = "2580"


def _sell_soap(db: Database, booth: Booth) -> None:
    reg = Register(db, booth.day.id)
    reg.add_product(booth.soap.id)
    reg.checkout(cash_tendered=500)


def _screen(qtbot: QtBot, db: Database, booth: Booth, gate: CoordinatorGate | None = None) -> RegisterScreen:
    screen = RegisterScreen(db, booth.day.id, gate=gate)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _states(db: Database) -> list[str]:
    with db.sessions() as s:
        return list(s.scalars(select(Sale.state).order_by(Sale.number)))


def give_pin(qtbot: QtBot, pin: str, who: str = "山田", then: Any = None, seen: list[str] | None = None) -> None:
    """Answer the next PIN dialog with the keyboard; `then` acts on the dialog after it (if any)."""

    def act(dialog: PinDialog) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.name.setText(who)
        dialog.pin.setFocus()
        qtbot.keyClicks(dialog.pin, pin)
        assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password  # masked
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        if seen is not None:
            seen.append(dialog.error_label.text())
        if dialog.isVisible():  # refused: still asking; Esc cancels
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Escape)
        elif then is not None:
            in_modal(qtbot, then)

    in_modal(qtbot, act)


def _reason(dialog: QInputDialog) -> None:
    dialog.setTextValue("打ち間違い")
    dialog.accept()


# -- voids ---------------------------------------------------------------------------------------------


def test_a_wrong_pin_refuses_the_void_and_changes_nothing(qtbot: QtBot, db: Database, booth: Booth) -> None:
    _sell_soap(db, booth)
    auth.set_pin(db, PIN, who="山田")
    screen = _screen(qtbot, db, booth, CoordinatorGate(db))
    seen: list[str] = []
    give_pin(qtbot, "1111", seen=seen)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F8)
    assert "PINが違います" in seen[0]
    assert _states(db) == ["paid"]
    assert [e.action for e in auth.list_audit(db)] == ["pin_set"]  # nothing new
    assert screen.void_button.isEnabled()


def test_the_right_pin_voids_and_is_audited_then_stays_unlocked(qtbot: QtBot, db: Database, booth: Booth) -> None:
    _sell_soap(db, booth)
    auth.set_pin(db, PIN, who="山田")
    screen = _screen(qtbot, db, booth)  # the gate shared on the database
    give_pin(qtbot, PIN, who="佐藤", then=_reason)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F8)
    assert _states(db) == ["voided"]
    entry = auth.list_audit(db)[0]
    assert (entry.who, entry.action) == ("佐藤", "void_sale")
    assert entry.target.startswith("No.1") and "ゆめが丘SC" in entry.target
    assert "¥500" in entry.detail and "打ち間違い" in entry.detail

    # a second guarded action within 5 minutes, on another screen of the same database: not asked again
    widget = MasterDataWidget(db)
    qtbot.addWidget(widget)
    panel = widget.products
    row = [panel.model.row(r).name for r in range(panel.model.rowCount())].index("手作り石けん")
    panel.view.selectRow(row)
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    assert gate_for(db) is screen.gate and gate_for(db) is widget.gate and widget.gate.is_unlocked()
    panel.toggle_active()  # no PIN dialog: it would wait here for an answer
    assert not next(p for p in catalog.list_products(db, active_only=False) if p.name == "手作り石けん").active
    entry = auth.list_audit(db)[0]
    assert (entry.who, entry.action, entry.target, entry.detail) == (
        "佐藤",
        "master_active",
        "商品「手作り石けん」",
        "販売停止",
    )
    gate_for(db).lock()


def test_cancelling_the_pin_cancels_the_void(qtbot: QtBot, db: Database, booth: Booth) -> None:
    _sell_soap(db, booth)
    auth.set_pin(db, PIN)
    screen = _screen(qtbot, db, booth, CoordinatorGate(db))
    in_modal(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    qtbot.keyClick(screen.scan, Qt.Key.Key_F8)
    assert _states(db) == ["paid"]


def test_five_wrong_pins_lock_the_dialog(qtbot: QtBot, db: Database, booth: Booth) -> None:
    _sell_soap(db, booth)
    auth.set_pin(db, PIN)
    screen = _screen(qtbot, db, booth, CoordinatorGate(db))
    seen: list[str] = []

    def five_wrong_then_right(dialog: PinDialog) -> None:
        dialog.name.setText("山田")
        for _ in range(5):
            qtbot.keyClicks(dialog.pin, "0000")
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
            seen.append(dialog.error_label.text())
        qtbot.keyClicks(dialog.pin, PIN)  # the right PIN, but locked now
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        seen.append(dialog.error_label.text())
        assert dialog.isVisible() and dialog.pin.text() == ""
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Escape)

    in_modal(qtbot, five_wrong_then_right)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F8)
    assert "あと4回" in seen[0] and "あと1回" in seen[3]
    assert "5回続けて間違えました" in seen[4] and "60秒" in seen[4]
    assert "秒は入力できません" in seen[5]
    assert _states(db) == ["paid"]


def test_the_keypad_types_the_pin(qtbot: QtBot, db: Database, booth: Booth) -> None:
    auth.set_pin(db, PIN)
    dialog = PinDialog(db, "テスト", "山田")
    qtbot.addWidget(dialog)
    for key in ("2", "5", "9", "←", "8", "0"):
        dialog.findChild(type(dialog.ok_button), f"key_{key}").click()
    assert dialog.pin.text() == PIN
    dialog.ok_button.click()
    assert dialog.who == "山田" and dialog.result() == PinDialog.DialogCode.Accepted


# -- the gate --------------------------------------------------------------------------------------------


def test_the_gate_locks_again_after_5_minutes_and_on_lock(qtbot: QtBot, db: Database) -> None:
    auth.set_pin(db, PIN)
    now = [100.0]
    gate = CoordinatorGate(db, clock=lambda: now[0])
    give_pin(qtbot, PIN, who="山田")
    assert gate.require(None, "テスト") == "山田"
    now[0] += UNLOCK_SECONDS - 1
    assert gate.require(None, "テスト") == "山田"  # no dialog: nothing answers one here
    now[0] += 2
    in_modal(qtbot, lambda d: (d.name.text() == "山田" or pytest.fail("name not remembered"), d.reject()))
    assert gate.require(None, "テスト") is None  # asked again, cancelled
    give_pin(qtbot, PIN, who="山田")
    assert gate.require(None, "テスト") == "山田"
    gate.lock()
    in_modal(qtbot, lambda d: d.reject())
    assert gate.require(None, "テスト") is None


def test_without_a_pin_actions_are_allowed_and_the_gate_says_so_once(qtbot: QtBot, db: Database) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    child = QWidget()
    window.setCentralWidget(child)
    gate = CoordinatorGate(db)
    assert gate.require(child, "テスト") == "（PIN未設定）"
    assert window.statusBar().currentMessage() == "コーディネーターPINが未設定です（設定から登録してください）"
    window.statusBar().clearMessage()
    assert gate.require(child, "テスト") == "（PIN未設定）"
    assert window.statusBar().currentMessage() == ""


# -- close and reopen ------------------------------------------------------------------------------------


def _day_actions(qtbot: QtBot, db: Database, booth: Booth, gate: CoordinatorGate) -> Any:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    return install_day_actions(menu, parent, db, lambda: booth.day.id, gate=gate)


def _day_state(db: Database, booth: Booth) -> str:
    from pos.services import days

    return days.get_day(db, booth.day.id).state


def test_closing_is_guarded_and_audited(qtbot: QtBot, db: Database, booth: Booth) -> None:
    auth.set_pin(db, PIN)
    actions = _day_actions(qtbot, db, booth, CoordinatorGate(db))
    seen: list[str] = []
    give_pin(qtbot, "9999", seen=seen)  # wrong, then Esc: no close dialog at all
    actions.actions["close"].trigger()
    assert "PINが違います" in seen[0] and _day_state(db, booth) == "open"

    def count_and_close(dialog: CloseDialog) -> None:
        assert isinstance(dialog, CloseDialog)
        dialog.spins[10_000].setValue(3)  # the 30,000 change fund, nothing sold
        dialog.confirm.click()

    give_pin(qtbot, PIN, who="佐藤", then=count_and_close)
    actions.actions["close"].trigger()
    assert _day_state(db, booth) == "closed"
    qtbot.waitUntil(lambda: not print_actions._RUNNING, timeout=60_000)  # the Z tally opened after the close
    entry = auth.list_audit(db)[0]
    assert (entry.who, entry.action) == ("佐藤", "close_day")
    assert "ゆめが丘SC" in entry.target and entry.detail == "現金 ¥30,000"

    def reopen(dialog: ReopenDialog) -> None:  # unlocked still: straight to the reopen dialog
        assert isinstance(dialog, ReopenDialog) and dialog.by.text() == "佐藤"
        dialog.reason.setText("打ち漏れ")
        dialog.confirm.click()

    in_modal(qtbot, reopen)
    actions.actions["reopen"].trigger()
    assert _day_state(db, booth) == "open"
    entry = auth.list_audit(db)[0]
    assert (entry.who, entry.action, entry.detail) == ("佐藤", "reopen_day", "理由: 打ち漏れ")
    with db.sessions() as s:
        assert s.scalars(select(DayEvent.by).where(DayEvent.kind == "reopen")).one() == "佐藤"


# -- master data -------------------------------------------------------------------------------------------


def test_a_master_data_edit_is_guarded(qtbot: QtBot, db: Database, booth: Booth) -> None:
    auth.set_pin(db, PIN)
    widget = MasterDataWidget(db, gate=CoordinatorGate(db))
    qtbot.addWidget(widget)
    widget.show()
    panel = widget.workshops
    names = [panel.model.row(r).name for r in range(panel.model.rowCount())]
    panel.view.selectRow(names.index("パン工房こむぎ"))
    panel.view.setCurrentIndex(panel.model.index(names.index("パン工房こむぎ"), 0))

    give_pin(qtbot, "0000")  # wrong, then Esc: no form
    panel.edit()
    assert panel.dialog is None

    give_pin(qtbot, PIN, who="山田")
    panel.edit()
    form = panel.dialog
    assert form is not None and form.isVisible()
    form.fields["kana"].setText("ぱんこうぼうこむぎ")
    form.accept()
    entry = auth.list_audit(db)[0]
    assert (entry.who, entry.action, entry.target) == ("山田", "master_edit", "事業所「パン工房こむぎ」")

    widget.venues.move_by(+1)  # still unlocked: moves at once
    assert auth.list_audit(db)[0].action == "master_move"


# -- settings --------------------------------------------------------------------------------------------


def test_settings_dialog_sets_the_pin_saves_settings_and_shows_the_log(qtbot: QtBot, db: Database) -> None:
    gate = CoordinatorGate(db)
    dialog = SettingsDialog(db, gate=gate)
    qtbot.addWidget(dialog)
    assert "未設定" in dialog.pin_state.text() and dialog.old_pin.isHidden()
    dialog.pin_who.setText("山田")
    dialog.new_pin.setText(PIN)
    dialog.new_pin2.setText("2581")
    dialog.change_pin()
    assert "一致しません" in dialog.pin_message.text() and not auth.pin_is_set(db)
    dialog.new_pin.setText(PIN)
    dialog.new_pin2.setText(PIN)
    dialog.change_pin()
    assert auth.pin_is_set(db) and "登録しました" in dialog.pin_message.text()
    assert not dialog.old_pin.isHidden()

    dialog.fields["commission_percent"].setText("101")
    give_pin(qtbot, PIN, who="山田")  # the PIN is set now: saving asks for it
    dialog.save()
    assert "0から100まで" in dialog.message.text() and get_settings(db)["commission_percent"] == "0"
    dialog.fields["commission_percent"].setText("15")
    dialog.save()  # unlocked: not asked again
    assert get_settings(db)["commission_percent"] == "15"
    assert dialog.audit.rowCount() == 2
    assert [dialog.audit.item(0, c).text() for c in (1, 2)] == ["山田", "設定の変更"]
    assert "手数料（%）: 0 → 15" in dialog.audit.item(0, 4).text()

    dialog.old_pin.setText("1111")  # changing needs the right current PIN
    dialog.new_pin.setText("1357")
    dialog.new_pin2.setText("1357")
    dialog.change_pin()
    assert "PINが違います" in dialog.pin_message.text()
    auth.check_pin(db, PIN)


def test_opening_settings_needs_the_pin(qtbot: QtBot, db: Database) -> None:
    auth.set_pin(db, PIN)
    gate = CoordinatorGate(db)
    in_modal(qtbot, lambda d: d.reject())
    assert open_settings_dialog(None, db, gate) is False
    give_pin(qtbot, PIN, then=lambda d: (isinstance(d, SettingsDialog) or pytest.fail(str(d)), d.reject()))
    assert open_settings_dialog(None, db, gate) is True
