"""The register screen on a real temp database, driven with keys and clicks like a volunteer would.

Every test checks what the database holds afterwards.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine
from pos.services.stock import check_in_lot
from pos.ui.payment_dialog import PaymentDialog
from pos.ui.register_screen import RegisterScreen
from tests.services.helpers import Booth
from tests.ui.conftest import in_modal


def _sales(db: Database) -> list[tuple]:
    with db.sessions() as s:
        return [tuple(r) for r in s.execute(select(Sale.number, Sale.total, Sale.state).order_by(Sale.number))]


def _payments(db: Database) -> list[tuple]:
    with db.sessions() as s:
        rows = s.execute(
            select(Payment.method, Payment.amount, Payment.tendered, Payment.change).order_by(Payment.method)
        )
        return [tuple(r) for r in rows]


def _tile(screen: RegisterScreen, name: str) -> QPushButton:
    for grid in screen.tabs.grids.values():
        for button in grid.buttons:
            if button.text().startswith(name + "\n"):
                return button
    raise AssertionError(f"no tile {name}")


def _type(qtbot: QtBot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _wedge(qtbot: QtBot, text: str) -> None:
    """A keyboard-wedge scanner: each key, then Enter, goes to the widget that has the focus when it
    arrives (as the window system sends them), wherever the first one moved it."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _pay_cash(qtbot: QtBot, screen: RegisterScreen, tendered: str) -> None:
    in_modal(qtbot, lambda d: _type(qtbot, d, tendered))
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)


def test_ring_up_by_tile_and_pay_cash_with_change(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    qtbot.mouseClick(_tile(screen, "食パン詰め合わせ"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_tile(screen, "クッキー"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(_tile(screen, "クッキー"), Qt.MouseButton.LeftButton)
    assert screen.cart_model.rowCount() == 2
    assert screen.total_label.text() == "合計 ¥2,030"
    assert screen.count_label.text() == "3点"
    _pay_cash(qtbot, screen, "3000")
    assert _sales(db) == [(1, 2030, "paid")]
    assert _payments(db) == [("cash", 2030, 3000, 970)]
    assert "お釣り ¥970" in screen.last_label.text()
    assert screen.cart_model.rowCount() == 0 and screen.focusWidget() is screen.scan


def test_a_scan_lands_in_the_cart_wherever_the_focus_is(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    tile = _tile(screen, "クッキー")
    tile.setFocus()
    assert QApplication.focusWidget() is tile
    _wedge(qtbot, "P0003")  # the keyboard wedge types into whatever has focus
    assert [screen.cart_model.line(r).item.name for r in range(screen.cart_model.rowCount())] == ["手作り石けん"]
    screen.cart_view.setFocus()
    assert QApplication.focusWidget() is screen.cart_view
    _wedge(qtbot, "p0002")  # lower case: codes are compared upper-cased
    assert screen.cart_model.rowCount() == 2


def test_unknown_code_gives_a_message_and_a_sound_and_adds_nothing(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    with qtbot.waitSignal(screen.alerted) as alert:
        _type(qtbot, screen.scan, "X9999")
    assert "X9999" in alert.args[0] and "ありません" in alert.args[0]
    assert "X9999" in screen.message.text()
    assert screen.cart_model.rowCount() == 0


def _ime_type(widget, text: str) -> None:
    """Japanese arrives through the input method as a committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_search_by_name_or_kana_and_pick_with_the_keyboard(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _ime_type(screen.scan, "ぱん")  # the kana of 食パン詰め合わせ is not set: no match by kana here
    assert not screen.results.isVisible()
    screen.scan.clear()
    _ime_type(screen.scan, "ー")  # クッキー (name) matches
    assert [screen.results.item(i).text().split("　")[0] for i in range(screen.results.count())] == ["クッキー"]
    screen.scan.clear()
    _ime_type(screen.scan, "石けん")
    assert screen.results.isVisible() and screen.results.count() == 1
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.cart_model.line(0).item.name == "手作り石けん"
    _ime_type(screen.scan, "ク")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Down)  # into the results
    qtbot.keyClick(screen.results, Qt.Key.Key_Return)
    assert [screen.cart_model.line(r).item.name for r in range(2)] == ["手作り石けん", "クッキー"]


def test_quantity_keys_remove_and_undo(qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen) -> None:
    _type(qtbot, screen.scan, "P0002")
    qtbot.keyClick(screen.scan, Qt.Key.Key_F2)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F2)
    assert screen.cart_model.line(0).quantity == 3
    qtbot.keyClick(screen.scan, Qt.Key.Key_F3)
    assert screen.cart_model.line(0).quantity == 2
    screen.cart_view.setFocus()
    qtbot.keyClick(screen.cart_view, Qt.Key.Key_Delete)
    assert screen.cart_model.rowCount() == 0
    qtbot.keyClick(screen.cart_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.cart_model.line(0).quantity == 2
    qtbot.keyClick(screen.scan, Qt.Key.Key_F4)
    assert screen.cart_model.rowCount() == 0
    assert _sales(db) == []


def test_cashless_brand_pays_the_total(qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen) -> None:
    _type(qtbot, screen.scan, "P0003")
    in_modal(qtbot, lambda d: qtbot.mouseClick(d.brand_buttons["paypay"], Qt.MouseButton.LeftButton))
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)  # Enter on an empty field opens the payment
    assert _sales(db) == [(1, 500, "paid")]
    assert _payments(db) == [("paypay", 500, 500, 0)]
    assert "PayPay" in screen.last_label.text()


def test_mixed_payment_cashless_part_and_cash_for_the_rest(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _type(qtbot, screen.scan, "P0001")

    def pay(d: PaymentDialog) -> None:
        d.split_check.setChecked(True)
        d.split_amount.setValue(1000)
        qtbot.keyClick(d, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: 交通系IC
        assert "残り ¥430" in d.due_label.text()
        _type(qtbot, d, "500")

    in_modal(qtbot, pay)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert _sales(db) == [(1, 1430, "paid")]
    assert _payments(db) == [("cash", 430, 500, 70), ("transit_ic", 1000, 1000, 0)]


def test_short_cash_is_refused_with_a_clear_message(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _type(qtbot, screen.scan, "P0001")
    seen: dict[str, str] = {}

    def pay(d: PaymentDialog) -> None:
        _type(qtbot, d, "1000")
        seen["error"] = d.error_label.text()
        seen["visible"] = str(d.isVisible())
        qtbot.keyClick(d, Qt.Key.Key_Escape)

    in_modal(qtbot, pay)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert "430円不足" in seen["error"] and seen["visible"] == "True"
    assert _sales(db) == []
    assert screen.cart_model.rowCount() == 1  # the cart is still there


def test_exact_amount_with_the_quick_key(qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen) -> None:
    _type(qtbot, screen.scan, "P0002")

    def pay(d: QDialog) -> None:
        qtbot.keyClick(d, Qt.Key.Key_F5)  # ちょうど
        qtbot.keyClick(d, Qt.Key.Key_Return)

    in_modal(qtbot, pay)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert _payments(db) == [("cash", 300, 300, 0)]


def test_sold_out_tile_is_shown_and_cannot_be_added(qtbot: QtBot, db: Database, booth: Booth) -> None:
    check_in_lot(db, booth.day.id, booth.bread.id, 1)
    screen = RegisterScreen(db, booth.day.id)
    qtbot.addWidget(screen)
    screen.show()
    before = _tile(screen, "食パン詰め合わせ")
    assert before.text().endswith("残り1")
    _type(qtbot, screen.scan, "P0001")
    _pay_cash(qtbot, screen, "2000")
    tile = _tile(screen, "食パン詰め合わせ")
    assert tile.text().endswith("売切") and not tile.isEnabled()
    assert tile is before  # updated in place after the sale: no new buttons (a touch mid-reload hits the same tile)
    _type(qtbot, screen.scan, "P0001")  # scanning it anyway
    assert "売り切れ" in screen.message.text()
    assert screen.cart_model.rowCount() == 0
    with db.sessions() as s:
        assert s.scalar(select(func.sum(SaleLine.quantity))) == 1


def test_void_the_last_sale_with_a_reason(qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen) -> None:
    _type(qtbot, screen.scan, "P0003")
    _pay_cash(qtbot, screen, "500")

    def give_reason(d: QInputDialog) -> None:
        d.setTextValue("二重に登録")
        d.accept()

    in_modal(qtbot, give_reason)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F8)
    assert _sales(db) == [(1, 500, "voided")]
    with db.sessions() as s:
        assert s.scalar(select(Sale.void_reason)) == "二重に登録"
    assert "取消済み" in screen.last_label.text()
    assert not screen.void_button.isEnabled()


def test_the_whole_sale_without_a_mouse(qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen) -> None:
    for code in ("P0002", "P0002", "P0003"):
        _type(qtbot, screen.scan, code)
    assert screen.total_label.text() == "合計 ¥1,100"
    in_modal(qtbot, lambda d: _type(qtbot, d, "10000"))
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert _payments(db) == [("cash", 1100, 10000, 8900)]
    assert QApplication.activeModalWidget() is None
