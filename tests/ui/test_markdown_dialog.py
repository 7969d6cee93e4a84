"""値引 (F6) and open-price items on the real register screen and a real temp database, by keyboard:
typed digits then Enter, Esc to cancel; the coordinator PIN guards markdowns as it guards voids."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import SaleLine
from pos.services import auth, catalog
from pos.ui.markdown_dialog import MarkdownDialog, OpenPriceDialog
from pos.ui.pin_dialog import PinDialog
from pos.ui.register_screen import RegisterScreen
from tests.services.helpers import Booth
from tests.ui.conftest import in_modal

PIN = "2580"


def _type(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _ime(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """What a Japanese input method does: commit the composed (full-width) text."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _scan(qtbot: QtBot, screen: RegisterScreen, code: str) -> None:
    _type(qtbot, screen.scan, code)


def _lines(db: Database) -> list[tuple]:  # type: ignore[type-arg]
    with db.sessions() as s:
        rows = s.execute(
            select(
                SaleLine.product_name, SaleLine.unit_price, SaleLine.discount, SaleLine.discount_reason, SaleLine.amount
            ).order_by(SaleLine.line_no)
        )
        return [tuple(r) for r in rows]


def test_f6_marks_down_by_percent_and_the_sale_keeps_list_price_and_discount(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _scan(qtbot, screen, "P0001")  # 食パン詰め合わせ 1,430
    seen: list[str] = []

    def markdown(dialog: MarkdownDialog) -> None:
        assert isinstance(dialog, MarkdownDialog)
        _ime(dialog.amount, "３０％")  # full-width digits and ％ as a Japanese IME commits them
        seen.append(dialog.preview.text())
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)

    in_modal(qtbot, markdown)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
    # floor(1,430 × 30 / 100) = 429 off → 1,001
    assert seen == ["値引 ¥429 → ¥1,001"]
    assert screen.total_label.text() == "合計 ¥1,001"
    assert "（値引 −¥429）" in screen.cart_model.index(0, 0).data()
    entry = auth.list_audit(db)[0]
    assert (entry.action, entry.who) == ("markdown", "（PIN未設定）")
    assert "30%（−¥429）" in entry.detail and "見切り" in entry.detail
    in_modal(qtbot, lambda d: _type(qtbot, d, "1001"))
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert _lines(db) == [("食パン詰め合わせ", 1430, 429, "mikiri", 1001)]


def test_with_a_pin_the_markdown_needs_it_and_a_refusal_keeps_the_dialog_open(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    auth.set_pin(db, PIN, who="山田")
    _scan(qtbot, screen, "P0003")  # 手作り石けん 500
    errors: list[str] = []

    def markdown(dialog: MarkdownDialog) -> None:
        assert isinstance(dialog, MarkdownDialog)
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Down)  # 見切り → 試食
        _type(qtbot, dialog.amount, "600")  # more than the line's ¥500
        errors.append(dialog.error_label.text())
        assert dialog.isVisible()
        dialog.amount.clear()
        _type(qtbot, dialog.amount, "<b>1</b>")
        errors.append(dialog.error_label.text())
        dialog.amount.clear()
        _type(qtbot, dialog.amount, "50")

    def pin(dialog: PinDialog) -> None:
        assert isinstance(dialog, PinDialog)
        dialog.name.setText("佐藤")
        qtbot.keyClicks(dialog.pin, PIN)
        in_modal(qtbot, markdown)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)

    in_modal(qtbot, pin)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
    assert errors == [
        "値引の金額は1円から500円（この行の金額）までです",
        "値引は金額（例: 100）か割合（例: 30%）で入力してください",
    ]
    assert screen.register.cart.lines[0].discount_reason == "shishoku"
    assert screen.total_label.text() == "合計 ¥450"
    assert auth.list_audit(db)[0].who == "佐藤"


def test_a_wrong_pin_or_esc_marks_nothing_down(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen
) -> None:
    _scan(qtbot, screen, "P0003")
    in_modal(qtbot, lambda d: (qtbot.keyClicks(d.amount, "100"), qtbot.keyClick(d.amount, Qt.Key.Key_Escape)))
    qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
    assert screen.total_label.text() == "合計 ¥500"
    auth.set_pin(db, PIN, who="山田")
    screen.gate.lock()

    def wrong(dialog: PinDialog) -> None:
        qtbot.keyClicks(dialog.pin, "1111")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Escape)

    in_modal(qtbot, wrong)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F6)
    assert screen.total_label.text() == "合計 ¥500"
    assert [e.action for e in auth.list_audit(db)] == ["pin_set"]


def test_an_open_price_item_asks_its_price(qtbot: QtBot, db: Database, booth: Booth) -> None:
    catalog.create_product(db, booth.bakery.id, "朝どれ野菜", 100, 8, code="P0200", open_price=True)
    screen = RegisterScreen(db, booth.day.id)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    titles: list[str] = []

    def price(dialog: OpenPriceDialog) -> None:
        assert isinstance(dialog, OpenPriceDialog)
        titles.append(dialog.findChild(type(dialog.error_label), "openPriceTitle").text())
        _type(qtbot, dialog.entry, "abc")
        titles.append(dialog.error_label.text())
        dialog.entry.clear()
        _ime(dialog.entry, "２５０")
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)

    in_modal(qtbot, price)
    _scan(qtbot, screen, "P0200")
    assert titles == [
        "「朝どれ野菜」の価格を入力してください（いつもは ¥100）",
        "価格は円単位の整数で入力してください（例: 250）",
    ]
    assert screen.total_label.text() == "合計 ¥250"
    in_modal(qtbot, lambda d: qtbot.keyClick(d.entry, Qt.Key.Key_Escape))
    _scan(qtbot, screen, "P0200")
    assert screen.total_label.text() == "合計 ¥250" and screen.cart_model.rowCount() == 1
