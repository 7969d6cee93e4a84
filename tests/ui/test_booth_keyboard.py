"""The register in booth conditions, driven only by key events on whatever has the focus (issue 17).

Each test reproduces one defect found with a real keyboard: Enter in the payment dialog, a mixed
payment typed, Ctrl+Shift+Z in the scan field, scans landing where they should, fixed places, tiles
that show the whole name, closing with a cart, one meaning per key. Figures are worked out by hand:
P0001 食パン詰め合わせ ¥1,430, P0002 クッキー ¥300, P0003 手作り石けん ¥500 (tests/services/helpers.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QInputMethodEvent, QInputMethodQueryEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Payment, Sale
from pos.domain.clock import today_local
from pos.services import catalog
from pos.ui.main_window import MainWindow
from pos.ui.payment_dialog import PaymentDialog
from pos.ui.register_screen import RegisterScreen
from tests.services.helpers import Booth, make_booth
from tests.ui.conftest import in_modal as _in_modal


def in_modal(qtbot: QtBot, action) -> None:  # type: ignore[no-untyped-def]
    """Act in the next modal dialog once it is the active window (as a window manager makes it)."""

    def when_active(dialog: QWidget) -> None:
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        action(dialog)

    _in_modal(qtbot, when_active)


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Show the window and make it the active one, as the window manager does when it is clicked."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _payments(db: Database) -> list[tuple]:  # type: ignore[type-arg]
    with db.sessions() as s:
        rows = s.execute(
            select(Payment.method, Payment.amount, Payment.tendered, Payment.change).order_by(Payment.method)
        )
        return [tuple(r) for r in rows]


def _sale_count(db: Database) -> int:
    with db.sessions() as s:
        return len(s.scalars(select(Sale.id)).all())


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_focused(qtbot: QtBot, text: str, enter: bool = True) -> None:
    """Type into whatever has the keyboard focus now, as the keyboard does."""
    for char in text:
        qtbot.keyClicks(_focused(), char, delay=60)  # a person's pace: the keys are not a scanner's burst
    if enter:
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)


def _ime_commit(widget: QWidget, text: str) -> None:
    """Japanese arrives through the input method as a committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _im_enabled(widget: QWidget) -> bool:
    """What Qt asks the focused widget to decide whether the platform input method (ibus + Mozc) gets
    the keys: QLineEdit answers "enabled and not read-only" unless told otherwise, whatever
    WA_InputMethodEnabled says (docs/ime.md: a real Mozc composed the scans until ScanLineEdit)."""
    query = QInputMethodQueryEvent(Qt.InputMethodQuery.ImEnabled)
    QApplication.sendEvent(widget, query)
    return bool(query.value(Qt.InputMethodQuery.ImEnabled))


_PRESSED_AT = [10_000_000]  # ms: the window system's time stamp of the last key press


def _scan(qtbot: QtBot, code: str, apart_ms: int = 5) -> None:
    """A keyboard-wedge scanner: the code in one burst, then Enter, into the focused widget. Each key
    carries the window system's time stamp of its press, `apart_ms` after the one before, as on a real
    X server; when the test process runs the keys is then no matter (a loaded CI machine). Each key goes
    where X sends it: to the widget focused when it arrives, else to the active window itself."""
    for char in [*code, "\r"]:
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None
        _send_key(widget, char, apart_ms)


def _send_key(widget: QWidget, char: str, apart_ms: int = 5) -> None:
    """One key press and release as the window system sends it ("\r" is Enter), stamped `apart_ms`
    after the one before."""
    _PRESSED_AT[0] += apart_ms
    key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
    text = "" if char == "\r" else char
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(_PRESSED_AT[0])
        QApplication.sendEvent(widget, event)


# -- 1. Enter confirms what the payment dialog shows -------------------------------------------------------


def test_typed_amount_then_enter_confirms_the_cash_sale(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _scan(qtbot, "P0001")
    seen: dict[str, object] = {}

    def pay(d: PaymentDialog) -> None:
        seen["focus"] = type(_focused()).__name__
        seen["focus_is_button"] = isinstance(_focused(), QAbstractButton)
        seen["buttons_take_focus"] = [
            b.text()
            for b in d.findChildren(QPushButton)
            if b.focusPolicy() != Qt.FocusPolicy.NoFocus or b.autoDefault()
        ]
        _type_focused(qtbot, "2000")

    in_modal(qtbot, pay)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert seen["focus_is_button"] is False, seen["focus"]
    assert seen["buttons_take_focus"] == []
    assert _payments(db) == [("cash", 1430, 2000, 570)]  # not ちょうど: 2,000 − 1,430 = 570 change


def test_after_clicking_a_quick_note_enter_confirms_it(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _scan(qtbot, "P0002")

    def pay(d: PaymentDialog) -> None:
        qtbot.mouseClick(d.quick_buttons["¥5,000"], Qt.MouseButton.LeftButton)
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)

    in_modal(qtbot, pay)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert _payments(db) == [("cash", 300, 5000, 4700)]


def test_quick_keys_have_one_meaning(qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen) -> None:
    """¥10,000 is F12 in the payment dialog; F8 stays the register's void and does nothing there."""
    _scan(qtbot, "P0002")

    def pay(d: PaymentDialog) -> None:
        qtbot.keyClick(_focused(), Qt.Key.Key_F8)
        qtbot.keyClick(_focused(), Qt.Key.Key_F7)
        assert d.tendered == ""
        qtbot.keyClick(_focused(), Qt.Key.Key_F12)
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)

    in_modal(qtbot, pay)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert _payments(db) == [("cash", 300, 10000, 9700)]


def test_brand_buttons_show_their_keys(qtbot: QtBot, db: Database, booth: Booth) -> None:
    from pos.services.register import Register

    register = Register(db, booth.day.id)
    register.add_code("P0002")
    dialog = PaymentDialog(register)
    qtbot.addWidget(dialog)
    assert dialog.brand_buttons["credit"].text().endswith("\nCtrl+1")
    assert dialog.brand_buttons["paypay"].text() == "PayPay\nCtrl+5"
    assert dialog.brand_buttons["other"].text().endswith("\nCtrl+=")


# -- 2. mixed payment typed ----------------------------------------------------------------------------------


def test_mixed_payment_typed_digits_go_to_the_right_box(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _scan(qtbot, "P0001")
    seen: dict[str, object] = {}

    def pay(d: PaymentDialog) -> None:
        qtbot.keyClick(_focused(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # 一部をキャッシュレス
        seen["checked"] = d.split_check.isChecked()
        seen["focus_in_split"] = _focused() is d.split_amount
        _type_focused(qtbot, "1000", enter=False)  # the cashless part
        qtbot.keyClick(_focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # 交通系IC
        seen["due"] = d.due_label.text()
        _type_focused(qtbot, "500")  # the cash for the rest, then Enter

    in_modal(qtbot, pay)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert seen["checked"] is True and seen["focus_in_split"] is True
    assert "残り ¥430" in str(seen["due"])  # 1,430 − 1,000
    assert _payments(db) == [("cash", 430, 500, 70), ("transit_ic", 1000, 1000, 0)]


# -- 3. Ctrl+Shift+Z from the scan field -------------------------------------------------------------------


def test_ctrl_shift_z_in_the_scan_field_starts_the_close(qtbot: QtBot, db: Database) -> None:
    make_booth(db, on=today_local())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    assert window.register is not None
    scan = window.register.scan
    scan.setFocus()
    qtbot.keyClicks(scan, "P00", delay=60)
    qtbot.keyClick(scan, Qt.Key.Key_Backspace)  # something to redo: the field would take Ctrl+Shift+Z
    opened: dict[str, str] = {}

    def seen(dialog: QWidget) -> None:
        opened["title"] = dialog.windowTitle()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    in_modal(qtbot, seen)
    qtbot.keyClick(scan, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert opened, "Ctrl+Shift+Z opened nothing"
    qtbot.waitUntil(lambda: window.register is not None)  # cancelled (Esc): the register is back, selling
    assert window.register is not None
    assert window.register.scan.text() != "P00"  # and the field did not take the key as its redo


# -- 5. scans in the wrong place ----------------------------------------------------------------------------


def test_a_scan_in_the_payment_dialog_is_refused_not_taken_as_cash(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _scan(qtbot, "P0001")
    seen: dict[str, object] = {}

    def pay(d: PaymentDialog) -> None:
        _type_focused(qtbot, "2000", enter=False)
        _scan(qtbot, "P0002")  # the next customer's item scanned too early
        seen["error"] = d.error_label.text()
        seen["tendered"] = d.tendered
        seen["visible"] = d.isVisible()
        _scan(qtbot, "4901234567894")  # a JAN code: digits only, still a scan
        seen["tendered2"] = d.tendered
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)

    in_modal(qtbot, pay)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert "スキャン" in str(seen["error"]) and "P0002" in str(seen["error"])
    assert seen["tendered"] == "2000" and seen["tendered2"] == "2000" and seen["visible"] is True
    assert _payments(db) == [("cash", 1430, 2000, 570)]
    assert screen.cart_model.rowCount() == 0  # the sale of the one bread; P0002 was not added


def test_a_scan_while_another_tab_is_shown_goes_to_the_register(qtbot: QtBot, db: Database) -> None:
    make_booth(db, on=today_local())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    window.tabs.setCurrentIndex(3)  # 販売日
    window.tabs.currentWidget().setFocus()
    _scan(qtbot, "P0003")
    assert window.tabs.currentWidget() is window.register_page
    assert window.register is not None
    assert [window.register.cart_model.line(r).item.name for r in range(window.register.cart_model.rowCount())] == [
        "手作り石けん"
    ]
    window.register.clear_cart()  # closing with a cart asks (tested below)


def test_a_scan_into_a_text_field_of_another_tab_goes_to_the_register_and_leaves_the_field(
    qtbot: QtBot, db: Database
) -> None:
    make_booth(db, on=today_local())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    window.tabs.setCurrentWidget(window.reports)
    window.reports.setCurrentWidget(window.activity_log)
    field = window.activity_log.note_edit  # 活動記録's note: a text field on another tab
    field.setFocus()
    field.setText("abc")
    _scan(qtbot, "P0002")
    assert field.text() == "abc"
    assert window.tabs.currentWidget() is window.register_page
    assert window.register is not None and window.register.cart_model.rowCount() == 1
    window.register.clear_cart()


def test_a_scan_after_the_focused_widget_was_deleted_is_not_lost(qtbot: QtBot, db: Database) -> None:
    """A reload replaces the table that had the focus (or a field is closed): no widget has the focus and
    X gives the scanner's keys to the window itself — on the register's tab and on another."""
    make_booth(db, on=today_local())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    register = window.register
    assert register is not None
    qtbot.waitUntil(register.isVisible)
    for tab in (window.register_page, window.days_page):
        window.tabs.setCurrentWidget(tab)
        doomed = QLineEdit(tab)
        doomed.show()
        doomed.setFocus()
        qtbot.waitUntil(doomed.hasFocus)
        doomed.deleteLater()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is None)
        _scan(qtbot, "P0003")
        assert window.tabs.currentWidget() is window.register_page
        assert register.cart_model.rowCount() == 1, tab
        register.clear_cart()


def test_a_scan_without_an_open_day_says_why_it_is_not_added(qtbot: QtBot, db: Database) -> None:
    make_booth(db)  # a day, but not today's
    window = MainWindow(db)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    window.tabs.setCurrentIndex(3)
    window.tabs.currentWidget().setFocus()
    _scan(qtbot, "P0003")
    assert "販売日" in window.statusBar().currentMessage()


# -- 6. fixed places -----------------------------------------------------------------------------------------


def test_buttons_and_tiles_stay_in_place_between_sales_and_during_a_search(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    def places() -> dict[str, int]:
        return {
            "pay": screen.pay_button.mapTo(screen, screen.pay_button.rect().topLeft()).y(),
            "plus": screen.plus_button.mapTo(screen, screen.plus_button.rect().topLeft()).y(),
            "receipt": screen.receipt_button.mapTo(screen, screen.receipt_button.rect().topLeft()).y(),
            "tiles": screen.tabs.mapTo(screen, screen.tabs.rect().topLeft()).y(),
        }

    before = places()
    _scan(qtbot, "P0002")
    in_modal(qtbot, lambda d: _type_focused(qtbot, "1000"))  # a cash sale: 直前の取引 gets its second line
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    _activate(qtbot, screen)
    assert "お釣り ¥700" in screen.last_label.text()
    assert places() == before
    _type_focused(qtbot, "x", enter=False)  # a search that finds nothing: a red message
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert places() == before
    qtbot.keyClick(screen.scan, Qt.Key.Key_Escape)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F1)  # 検索 mode: the input method commits kana
    _ime_commit(screen.scan, "ク")  # results shown over the tiles
    QApplication.processEvents()
    assert screen.results.isVisible() and screen.results.count() >= 1
    assert places() == before


# -- 7. whole tile names ------------------------------------------------------------------------------------


def test_long_tile_names_wrap_or_shrink_and_are_never_cut(qtbot: QtBot, db: Database, booth: Booth) -> None:
    catalog.create_product(db, booth.bakery.id, "ドリップコーヒー（5袋入り・深煎りブレンド）", 1200, 8, code="P0101")
    catalog.create_product(db, booth.bakery.id, "コーヒー豆（100g）", 800, 8, code="P0102")
    screen = RegisterScreen(db, booth.day.id)
    qtbot.addWidget(screen)
    screen.resize(900, 700)
    screen.show()
    qtbot.waitExposed(screen)
    grid = screen.tabs.grids[booth.bakery.id]
    checked = 0
    for button in grid.buttons:
        if "コーヒー" not in button.caption:
            continue
        metrics = QFontMetrics(button.font())
        usable = button.width() - button.side_borders - 12
        lines = button.text().split("\n")
        assert "".join(lines).replace(" ", "").startswith(button.caption.split("\n")[0].replace(" ", ""))
        assert all(metrics.horizontalAdvance(line) <= usable for line in lines), (lines, usable)
        assert len(lines) * metrics.lineSpacing() <= button.height()
        checked += 1
    assert checked == 2


# -- 8. closing with a cart, Ctrl+O with a day open -------------------------------------------------------


def test_closing_with_items_in_the_cart_asks_first(qtbot: QtBot, db: Database) -> None:
    make_booth(db, on=today_local())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    assert window.register is not None
    window.register.scan.setFocus()
    _scan(qtbot, "P0003")
    asked: dict[str, str] = {}

    def answer(box: QWidget, key: Qt.Key) -> None:
        asked["text"] = box.text() if isinstance(box, QMessageBox) else ""
        qtbot.keyClick(box, key)
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)  # a key answer clicks after a short flash

    in_modal(qtbot, lambda box: answer(box, Qt.Key.Key_Escape))  # Esc: keep the window and the cart
    kept = window.close()
    cart_after = window.register.cart_model.rowCount()
    in_modal(qtbot, lambda box: answer(box, Qt.Key.Key_Y))  # Y: はい
    closed = window.close()
    if not closed:
        window.register.clear_cart()  # never leave the teardown a question to hang on
    assert kept is False and cart_after == 1
    assert "カート" in asked["text"] and "¥500" in asked["text"]
    assert closed is True


def test_ctrl_o_with_the_day_open_says_so(qtbot: QtBot, db: Database) -> None:
    make_booth(db, on=today_local())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    window.tabs.setCurrentIndex(1)
    window.tabs.currentWidget().setFocus()
    qtbot.keyClick(_focused(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert "すでに始まっています" in window.statusBar().currentMessage()
    assert window.tabs.currentWidget() is window.register_page


# -- B. the input method: off for scans, on for the kana search ---------------------------------------------


def test_the_scan_field_has_no_input_method_until_f1_switches_to_search(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    scan = screen.scan
    assert _focused() is scan
    assert not scan.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert not _im_enabled(scan)  # what the input context is told, not only the attribute
    assert "スキャン" in screen.mode_button.text()
    qtbot.keyClick(scan, Qt.Key.Key_F1)
    assert scan.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert _im_enabled(scan)
    assert "検索" in screen.mode_button.text()
    _ime_commit(scan, "クッキー")
    assert screen.results.count() == 1
    qtbot.keyClick(scan, Qt.Key.Key_Return)  # the one result is added
    assert screen.cart_model.line(0).item.name == "クッキー"
    assert not scan.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # back to scanning at once
    assert not _im_enabled(scan)
    qtbot.keyClick(scan, Qt.Key.Key_F1)
    qtbot.keyClick(scan, Qt.Key.Key_Escape)
    assert "スキャン" in screen.mode_button.text()


def test_a_full_width_scan_is_normalised(qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen) -> None:
    _ime_commit(screen.scan, "Ｐ０００３")  # what a scanner typed through an IME in full-width mode
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.cart_model.line(0).item.name == "手作り石けん"


# -- 4. the open-day dialog -------------------------------------------------------------------------------


def test_open_day_dialog_click_ticks_enter_opens_after_a_refusal_and_the_error_clears(
    qtbot: QtBot, db: Database
) -> None:
    from pos.db.models import SalesDay
    from pos.ui.open_day_dialog import OpenDayDialog

    venue = catalog.create_venue(db, "区役所ロビー", "区役所販売")
    for name in ("工房A", "工房B"):
        catalog.create_workshop(db, name)
    assert venue is not None
    dialog = OpenDayDialog(db, today_local())
    qtbot.addWidget(dialog)
    _activate(qtbot, dialog)
    pressed_on = _focused()
    qtbot.keyClick(pressed_on, Qt.Key.Key_Return)  # nothing ticked: refused, the dialog stays
    qtbot.waitUntil(lambda: not dialog.writing)  # (the day is written in a worker; the dialog busy)
    assert "事業所を1つ以上" in dialog.error.text() and dialog.isVisible()
    assert _focused() is pressed_on  # the focus is given back where it was after the busy moment
    first = dialog.workshops.item(0)
    rect = dialog.workshops.visualItemRect(first)
    qtbot.mouseClick(dialog.workshops.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # one click
    assert first.checkState() == Qt.CheckState.Checked
    assert dialog.error.text() == ""  # fixed: the red message goes
    assert _focused() is dialog.workshops
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)  # Space ticks the current row
    assert dialog.checked_workshops() and len(dialog.checked_workshops()) == 2
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert len(dialog.checked_workshops()) == 1
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Enter opens the day, even with the list focused
    qtbot.waitUntil(lambda: not dialog.writing)
    assert dialog.result() == OpenDayDialog.DialogCode.Accepted
    with db.sessions() as s:
        assert len(s.scalars(select(SalesDay)).all()) == 1


# -- 9. the check-in grid: one Tab per field -------------------------------------------------------------


def test_check_in_one_tab_per_field_and_a_typed_date(qtbot: QtBot, db: Database, booth: Booth) -> None:
    from pos.services.stock import stock_levels
    from pos.ui.check_in import CheckInScreen

    screen = CheckInScreen(db, booth.day.id)
    qtbot.addWidget(screen)
    _activate(qtbot, screen)
    screen.select_workshop(booth.bakery.id)
    _activate(qtbot, screen)
    first, second = screen.lines[0], screen.lines[1]
    first.quantity.setFocus()
    qtbot.waitUntil(lambda: _focused() is first.quantity, timeout=2000)
    _type_focused(qtbot, "5", enter=False)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is first.expiry  # one Tab: the whole date
    day = booth.day.day
    qtbot.keyClicks(_focused(), f"{day.month}/{day.day}", delay=60)  # typing replaces it: the day itself
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is second.quantity  # the next Tab: the next product
    qtbot.keyClick(_focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # 記録
    levels = stock_levels(db, booth.day.id)
    product = first.row.product
    assert levels[product.id].remaining == 5
    assert levels[product.id].expiring_today == 5  # the typed date (the sales day) was recorded


def test_check_in_refuses_a_date_it_cannot_read(qtbot: QtBot, db: Database, booth: Booth) -> None:
    from pos.services.stock import stock_levels
    from pos.ui.check_in import CheckInScreen

    screen = CheckInScreen(db, booth.day.id)
    qtbot.addWidget(screen)
    _activate(qtbot, screen)
    screen.select_workshop(booth.bakery.id)
    line = screen.lines[0]
    line.quantity.setValue(3)
    line.expiry.setFocus()
    qtbot.keyClicks(line.expiry, "=1+1", delay=60)
    qtbot.keyClick(line.expiry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "期限の日付が読めません" in screen.message.text()
    assert stock_levels(db, booth.day.id) == {}


# -- B. the scanner self-test card ----------------------------------------------------------------------


def test_the_self_test_card_is_answered_with_a_report_not_a_product(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    from pos.domain.scanner_test import SELFTEST_TEXT

    _scan(qtbot, SELFTEST_TEXT)
    box = screen.selftest_box
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert "半角で届きました" in box.text() and "Enter（サフィックス）: 届きました" in box.text()
    assert "✖" not in box.text()
    assert screen.cart_model.rowCount() == 0
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.scan, SELFTEST_TEXT)  # a scanner without the Enter suffix
    qtbot.waitUntil(lambda: screen.selftest_box is not box and screen.selftest_box.isVisible(), timeout=3000)
    assert "Enter（サフィックス）が届きません" in screen.selftest_box.text()
    screen.selftest_box.close()


# -- D. ヘルプ → このアプリについて -----------------------------------------------------------------------


def test_about_shows_the_version_and_where_data_and_backups_are(qtbot: QtBot, db: Database) -> None:
    from pathlib import Path

    import pos
    from pos.ui.about_dialog import AboutDialog

    make_booth(db, on=today_local())
    window = MainWindow(db)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    help_menu = next(a for a in window.menuBar().actions() if a.text() == "ヘルプ(&H)").menu()
    next(a for a in help_menu.actions() if a.text() == "このアプリについて").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None
    text = dialog.text.text()
    data = Path(db.url.removeprefix("sqlite:///"))
    assert f"バージョン {pos.__version__}" in text
    assert f"データ: {data}" in text and f"バックアップ: {data.parent / 'backups'}" in text
    assert "ログファイル: " in text
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
