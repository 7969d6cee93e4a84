"""かんたんレジ on real widgets and a real temp database: picture tiles, paying by tapping notes and
coins, the change as pictures, cashless, undo, and a mode that cannot reach voids or the close."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Payment, Sale
from pos.domain.clock import today_local
from pos.domain.payments import CASHLESS_BRANDS
from pos.services import auth, stock
from pos.ui.easy.easy_register import EasyRegister
from pos.ui.easy.mode import saved_mode
from pos.ui.easy.palette import BACK, BRAND_COLOURS, GO, INK, PAPER, WARN_BG, contrast_ratio, contrast_text
from pos.ui.main_window import MainWindow
from tests.services.helpers import Booth, make_booth
from tests.ui.conftest import in_modal
from tests.ui.test_coordinator import PIN, give_pin


@pytest.fixture
def easy(qtbot: QtBot, db: Database, booth: Booth) -> Iterator[EasyRegister]:
    widget = EasyRegister(db, booth.day.id)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def _sales(db: Database) -> list[tuple[int, str, list[tuple[str, int, int, int]]]]:
    with db.sessions() as s:
        rows = []
        for sale in s.scalars(select(Sale).order_by(Sale.number)):
            payments = [
                (p.method, p.amount, p.tendered, p.change)
                for p in s.scalars(select(Payment).where(Payment.sale_id == sale.id))
            ]
            rows.append((sale.total, sale.state, payments))
        return rows


def _change_pictures(easy: EasyRegister) -> list[str]:
    box = easy.findChild(QWidget, "easyChangePictures")
    return [w.accessibleName() for w in box.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]


def test_two_items_paid_with_a_1000_note_and_a_500_coin(
    qtbot: QtBot, db: Database, booth: Booth, easy: EasyRegister
) -> None:
    qtbot.mouseClick(easy.tiles[booth.cookie.id], Qt.MouseButton.LeftButton)  # ¥300
    qtbot.mouseClick(easy.tiles[booth.soap.id], Qt.MouseButton.LeftButton)  # ¥500
    assert easy.total_label.text() == "ごうけい ¥800"
    qtbot.mouseClick(easy.to_pay_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(easy.cash_button, Qt.MouseButton.LeftButton)
    assert not easy.confirm_cash_button.isEnabled()  # nothing handed over yet
    qtbot.mouseClick(easy.money_buttons[1_000], Qt.MouseButton.LeftButton)
    assert easy.cash_status.text() == "おつり ¥200"
    qtbot.mouseClick(easy.money_buttons[500], Qt.MouseButton.LeftButton)
    assert easy.tendered_label.text() == "あずかり ¥1,500"
    assert easy.cash_status.text() == "おつり ¥700"
    qtbot.mouseClick(easy.confirm_cash_button, Qt.MouseButton.LeftButton)

    assert _sales(db) == [(800, "paid", [("cash", 800, 1_500, 700)])]
    assert easy.stack.currentIndex() == easy.DONE
    assert _change_pictures(easy) == ["500円玉 1まい", "100円玉 2まい"]  # 700 = 500 + 2 × 100
    assert "500円玉 1まい、100円玉 2まい" in easy.change_words.text()
    assert easy.phrase.text() == "おつりは700円です"
    assert easy.sounds.played == ["success"]
    qtbot.mouseClick(easy.next_button, Qt.MouseButton.LeftButton)
    assert easy.stack.currentIndex() == easy.PICK and easy.total_label.text() == "ごうけい ¥0"


def test_a_whole_sale_by_keyboard_alone(qtbot: QtBot, db: Database, booth: Booth, easy: EasyRegister) -> None:
    """Tab to a control, Enter or Space presses it; Esc goes back a step."""
    tile = easy.tiles[booth.soap.id]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: easy.total_label.text() == "ごうけい ¥1,000")
    easy.to_pay_button.setFocus()
    qtbot.keyClick(easy.to_pay_button, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is easy.cash_button
    qtbot.keyClick(easy.cash_button, Qt.Key.Key_Escape)  # back to the basket
    assert easy.stack.currentIndex() == easy.PICK
    easy.to_pay_button.setFocus()
    qtbot.keyClick(easy.to_pay_button, Qt.Key.Key_Return)
    qtbot.keyClick(easy.cash_button, Qt.Key.Key_Return)
    note = QApplication.focusWidget()
    assert note is easy.money_buttons[1_000]
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: easy.confirm_cash_button.isEnabled())
    easy.confirm_cash_button.setFocus()
    qtbot.keyClick(easy.confirm_cash_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: easy.stack.currentIndex() == easy.DONE)
    assert _sales(db) == [(1_000, "paid", [("cash", 1_000, 1_000, 0)])]
    assert easy.change_words.text() == "おつりは ありません"


def test_undo_removes_the_last_tap_and_the_last_item(
    qtbot: QtBot, db: Database, booth: Booth, easy: EasyRegister
) -> None:
    easy.tiles[booth.cookie.id].click()
    easy.tiles[booth.cookie.id].click()
    easy.tiles[booth.soap.id].click()
    easy.take_back_button.click()  # the soap goes back
    assert easy.total_label.text() == "ごうけい ¥600"
    easy.to_pay_button.click()
    easy.cash_button.click()
    easy.money_buttons[5_000].click()
    easy.money_buttons[1_000].click()
    easy.undo_tap_button.click()  # the 1000 note was a slip
    assert easy.tendered_label.text() == "あずかり ¥5,000"
    assert easy.cash_status.text() == "おつり ¥4,400"
    easy.confirm_cash_button.click()
    assert _sales(db) == [(600, "paid", [("cash", 600, 5_000, 4_400)])]
    assert _change_pictures(easy) == ["1000円札 4まい", "100円玉 4まい"]


def test_too_little_money_is_said_in_words_and_cannot_be_confirmed(
    qtbot: QtBot, db: Database, booth: Booth, easy: EasyRegister
) -> None:
    easy.tiles[booth.bread.id].click()  # ¥1,430
    easy.to_pay_button.click()
    easy.cash_button.click()
    easy.money_buttons[1_000].click()
    assert easy.cash_status.text() == "あと ¥430 たりません"
    assert not easy.confirm_cash_button.isEnabled()
    easy.confirm_cash()  # even if pressed somehow: refused, said in words, with the error sound
    assert _sales(db) == []
    assert easy.message.isVisible() and "430円不足" in easy.message.text()
    assert easy.sounds.played == ["error"]


def test_sounds_and_phrases_can_be_switched_off(qtbot: QtBot, db: Database, booth: Booth, easy: EasyRegister) -> None:
    easy.sounds.enabled = False
    easy.show_phrases(False)
    easy.take_back()  # a mistake: nothing to take back
    assert easy.sounds.played == [] and not easy.phrase.isVisible()
    again = EasyRegister(db, booth.day.id)  # the choice is kept for the next start
    qtbot.addWidget(again)
    assert not again.sounds.enabled and again.phrase.isHidden()


def test_a_cashless_sale(qtbot: QtBot, db: Database, booth: Booth, easy: EasyRegister) -> None:
    easy.tiles[booth.soap.id].click()
    easy.to_pay_button.click()
    easy.cashless_button.click()
    qtbot.mouseClick(easy.brand_buttons["paypay"], Qt.MouseButton.LeftButton)
    assert easy.stack.currentIndex() == easy.CASHLESS_WAIT
    assert _sales(db) == []  # nothing recorded until the terminal has finished
    qtbot.mouseClick(easy.paid_button, Qt.MouseButton.LeftButton)
    assert _sales(db) == [(500, "paid", [("paypay", 500, 500, 0)])]
    assert _change_pictures(easy) == []


def test_a_sold_out_product_says_so_and_cannot_be_added(qtbot: QtBot, db: Database, booth: Booth) -> None:
    from pos.services.check_in import check_in_lot

    check_in_lot(db, booth.day.id, booth.cookie.id, 1)
    widget = EasyRegister(db, booth.day.id)
    qtbot.addWidget(widget)
    widget.show()  # on screen, as when selling (a hidden screen reads its tiles when next shown)
    assert widget.tiles[booth.cookie.id].isEnabled()
    widget.tiles[booth.cookie.id].click()
    widget.to_pay_button.click()
    widget.cash_button.click()
    widget.money_buttons[500].click()
    widget.confirm_cash_button.click()
    assert stock.stock_levels(db, booth.day.id)[booth.cookie.id].sold_out
    tile = widget.tiles[booth.cookie.id]
    assert not tile.isEnabled() and "うりきれ" in tile.accessibleName()


def test_every_control_has_a_name_for_screen_readers(easy: EasyRegister) -> None:
    controls = [w for w in easy.findChildren(QAbstractButton)]
    assert len(controls) > 20
    unnamed = [w.objectName() or w.text() for w in controls if not w.accessibleName().strip()]
    assert unnamed == []
    assert easy.phrase.accessibleName() == "いらっしゃいませ"


def test_text_and_button_colours_meet_wcag_aa() -> None:
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0  # the formula's known end points
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48  # WCAG's classic just-failing grey
    pairs = [(INK, PAPER), ("#ffffff", GO), (INK, BACK), ("#ffffff", WARN_BG)]
    pairs += [(contrast_text(colour), colour) for colour in BRAND_COLOURS.values()]
    assert {brand for brand, _ in CASHLESS_BRANDS} == set(BRAND_COLOURS)
    assert [p for p in pairs if contrast_ratio(*p) < 4.5] == []


# -- the mode in the main window -----------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, db: Database) -> MainWindow:
    make_booth(db, on=today_local())
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    return w


def test_easy_mode_hides_voids_the_close_and_settings(qtbot: QtBot, db: Database, window: MainWindow) -> None:
    assert window.easy_mode.enter()  # no PIN registered: the coordinator is not asked
    assert saved_mode() == "easy"
    assert window.easy_mode.register is not None and window.easy_mode.register.isVisible()
    assert not window.menuBar().isVisible() and not window.tabs.isVisible()
    assert [a.text() for a in window.findChildren(QAction) if a.isEnabled()] == []
    # the close and the void shortcuts do nothing in this mode
    opened: list[QWidget] = []
    in_modal(qtbot, opened.append)
    qtbot.keyClick(
        window.easy_mode.register, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.keyClick(window.easy_mode.register, Qt.Key.Key_F8)
    qtbot.wait(100)
    assert opened == []


def test_leaving_easy_mode_needs_the_coordinator_pin(qtbot: QtBot, db: Database, window: MainWindow) -> None:
    auth.set_pin(db, PIN, who="山田")
    give_pin(qtbot, PIN)
    assert window.easy_mode.enter()
    register = window.easy_mode.register
    assert register is not None
    from pos.ui.coordinator import gate_for

    gate_for(db).lock()
    seen: list[str] = []
    give_pin(qtbot, "0000", seen=seen)  # wrong PIN: still in かんたんレジ
    register.coordinator_button.click()
    assert window.easy_mode.active and seen and seen[0]
    give_pin(qtbot, PIN)
    register.coordinator_button.click()
    assert not window.easy_mode.active and window.menuBar().isVisible() and window.tabs.isVisible()
    assert saved_mode() == "standard"
    modes = [a.target for a in auth.list_audit(db) if a.action == "register_mode"]
    assert modes == ["ふつうのレジ", "かんたんレジ"]  # newest first


def test_the_till_starts_again_in_the_mode_it_was_left_in(qtbot: QtBot, db: Database, window: MainWindow) -> None:
    window.easy_mode.enter()
    again = MainWindow(db)  # the mode is restored while the window is built, before it is shown
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.easy_mode.active
    assert not again.menuBar().isVisible() and not again.tabs.isVisible() and not again.header.isVisible()
    assert again.easy_mode.register is not None and again.easy_mode.register.isVisible()


def test_tile_names_use_the_largest_size_that_fits(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont

    from pos.ui.easy.widgets import fitted_font

    area = QRectF(0, 0, 188, 50)
    assert fitted_font(QFont(), "石けん", area).pointSize() == 18  # short names at the 特大 size
    long_name = fitted_font(QFont(), "ドリップコーヒー（5袋入り・深煎り）", area)
    assert 11 <= long_name.pointSize() < 18


def test_easy_mode_sells_on_this_laptops_till(qtbot: QtBot, db: Database) -> None:
    """This laptop is レジ2 and joined today's day with ¥5,000: かんたんレジ sells on レジ2 (its own
    numbering, No.レジ2-1); once レジ2 is closed, it no longer sells, though レジ1 keeps the day open."""
    from pos.services import days
    from pos.services.closing import close_day
    from pos.services.tills import set_this_till_name

    b = make_booth(db, on=today_local())
    set_this_till_name(db, "レジ2")
    joined = days.join_day(db, b.day.id, 5_000)
    mine = next(t for t in joined.tills if t.name == "レジ2")
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.easy_mode.enter()
    easy = window.easy_mode.register
    assert easy is not None and easy.register.till_id == mine.id
    qtbot.mouseClick(easy.tiles[b.soap.id], Qt.MouseButton.LeftButton)  # ¥500
    qtbot.mouseClick(easy.to_pay_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(easy.cash_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(easy.money_buttons[500], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(easy.confirm_cash_button, Qt.MouseButton.LeftButton)
    with db.sessions() as s:
        [sale] = s.scalars(select(Sale)).all()
        assert (sale.till_id, sale.number, sale.total) == (mine.id, 1, 500)
    close_day(db, b.day.id, {1_000: 5, 500: 1})  # this laptop's till: 5,000 + 500
    assert days.get_day(db, b.day.id).state == "open"  # レジ1 still open
    window.easy_mode.refresh()
    assert window.easy_mode.register is None  # no more sales on this laptop
