"""The close (精算) and reopen dialogs driven with the keyboard and mouse on a real temp database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import CashCount, DayEvent, SalesDay
from pos.services.closing import close_day
from pos.services.register import Register
from pos.ui.close_dialog import CloseDialog, ReopenDialog, open_close_dialog
from tests.services.helpers import Booth, make_booth


@pytest.fixture
def rung(db: Database) -> Booth:
    """#1 bread + 2 cookies + soap (2,530), cash 5,000 | #2 bread (1,430): 交通系IC 1,000 + cash 500.

    Cash taken 2,530 + 430 = 2,960 → expected 30,000 + 2,960 = 32,960; cashless 交通系IC 1 × ¥1,000.
    """
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.add_product(b.cookie.id, 2)
    reg.add_product(b.soap.id)
    reg.checkout(cash_tendered=5000)
    reg.add_product(b.bread.id)
    reg.checkout(cashless=[("transit_ic", 1000)], cash_tendered=500)
    return b


def _dialog(qtbot: QtBot, db: Database, b: Booth) -> CloseDialog:
    d = CloseDialog(db, b.day.id)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def _state(db: Database, b: Booth) -> SalesDay:
    with db.sessions() as s:
        return s.get_one(SalesDay, b.day.id)


def _type_counts(qtbot: QtBot, d: CloseDialog, counts: dict[int, int]) -> None:
    """Type each count and press Enter, as at the booth: Enter moves to the next denomination."""
    for denomination, spin in d.spins.items():
        assert d.focusWidget() is spin
        if denomination in counts:
            spin.selectAll()
            qtbot.keyClicks(spin, str(counts[denomination]))
        qtbot.keyClick(spin, Qt.Key.Key_Return)


def _texts(d: QDialog) -> list[str]:
    return [label.text() for label in d.findChildren(QLabel)]


def test_counting_a_short_drawer_needs_a_comment_then_closes(qtbot: QtBot, db: Database, rung: Booth) -> None:
    d = _dialog(qtbot, db, rung)
    assert _state(db, rung).state == "closing"  # sales stop while counting
    assert d.expected_label.text() == "¥32,960"
    texts = _texts(d)
    assert "交通系IC" in texts and "¥1,000" in texts  # cashless per brand, for the terminal's slip
    _type_counts(qtbot, d, {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1})
    # 30,000 + 2,000 + 500 + 400 + 50 = 32,950: ¥10 short
    assert d.counted_label.text() == "¥32,950" and d.counted_big.text() == "¥32,950"
    assert d.subtotals[10_000].text() == "¥30,000"
    assert d.over_short_label.text() == "-¥10　不足"
    assert not d.confirm.isEnabled()
    assert "理由を入力してください" in d.message.text()
    assert d.focusWidget() is d.comment  # Enter after the last count went to the comment, not to 精算
    assert d.isVisible() and _state(db, rung).state == "closing"
    d.comment.insert("釣銭の渡し間違い")  # Japanese arrives through the IME, not key by key
    assert d.confirm.isEnabled() and d.message.text() == ""
    d.closed_by.insert("山田")
    qtbot.keyClick(d.closed_by, Qt.Key.Key_Return)  # Enter confirms
    assert d.close_result is not None and d.close_result.over_short == -10
    day = _state(db, rung)
    assert (day.state, day.counted_cash, day.expected_cash, day.cash_comment, day.closed_by) == (
        "closed",
        32_950,
        32_960,
        "釣銭の渡し間違い",
        "山田",
    )
    with db.sessions() as s:
        counts = dict(s.execute(select(CashCount.denomination, CashCount.count)).all())
        kinds = list(s.scalars(select(DayEvent.kind).where(DayEvent.sales_day_id == rung.day.id)))
    assert counts == {10_000: 3, 5_000: 0, 2_000: 0, 1_000: 2, 500: 1, 100: 4, 50: 1, 10: 0, 5: 0, 1: 0}
    assert sorted(kinds) == ["close", "open"]


def test_an_exact_drawer_closes_without_a_comment(qtbot: QtBot, db: Database, rung: Booth) -> None:
    d = _dialog(qtbot, db, rung)
    for denomination, n in {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1, 10: 1}.items():
        d.spins[denomination].setValue(n)
    assert d.over_short_label.text() == "¥0　一致"
    assert d.confirm.isEnabled()
    qtbot.mouseClick(d.confirm, Qt.MouseButton.LeftButton)
    assert d.close_result is not None and d.close_result.counted == 32_960
    assert _state(db, rung).state == "closed"


def test_an_over_drawer_shows_plus(qtbot: QtBot, db: Database, rung: Booth) -> None:
    d = _dialog(qtbot, db, rung)
    d.spins[10_000].setValue(4)  # 40,000: 7,040 over
    assert d.over_short_label.text() == "+¥7,040　過剰"


def test_escape_cancels_and_sales_resume(qtbot: QtBot, db: Database, rung: Booth) -> None:
    d = _dialog(qtbot, db, rung)
    d.spins[10_000].setValue(3)
    qtbot.keyClick(d.spins[10_000], Qt.Key.Key_Escape)
    assert not d.isVisible() and d.close_result is None
    assert _state(db, rung).state == "open"
    reg = Register(db, rung.day.id)
    reg.add_product(rung.soap.id)
    reg.checkout(cash_tendered=500)


def test_a_sale_being_rung_up_blocks_the_close(qtbot: QtBot, db: Database, rung: Booth) -> None:
    reg = Register(db, rung.day.id)
    reg.add_product(rung.soap.id)
    d = _dialog(qtbot, db, rung)
    assert "会計途中の取引があります" in d.message.text()
    d.spins[10_000].setValue(3)
    assert not d.confirm.isEnabled()
    assert _state(db, rung).state == "open"
    d.reject()
    assert _state(db, rung).state == "open"


def test_open_close_dialog_is_modal_and_returns_true_once_closed(qtbot: QtBot, db: Database, rung: Booth) -> None:
    def fill() -> None:
        d = QApplication.activeModalWidget()
        if not isinstance(d, CloseDialog):
            QTimer.singleShot(10, fill)
            return
        d.spins[10_000].setValue(3)
        d.spins[1_000].setValue(3)  # 33,000: 40 over
        d.comment.setText("両替分が混ざった")
        d.confirm.click()

    QTimer.singleShot(0, fill)
    assert open_close_dialog(None, db, rung.day.id) is True
    assert _state(db, rung).cash_comment == "両替分が混ざった"


def test_reopen_needs_a_reason(qtbot: QtBot, db: Database, rung: Booth) -> None:
    close_day(db, rung.day.id, {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1, 10: 1})
    d = ReopenDialog(db, rung.day.id)
    qtbot.addWidget(d)
    d.show()
    assert not d.confirm.isEnabled()
    qtbot.keyClick(d.reason, Qt.Key.Key_Return)  # Enter without a reason does nothing
    assert d.isVisible() and _state(db, rung).state == "closed"
    d.reason.insert("打ち漏れの追加")
    d.by.insert("佐藤")
    qtbot.keyClick(d.by, Qt.Key.Key_Return)
    assert d.result() == QDialog.DialogCode.Accepted
    assert _state(db, rung).state == "open"
    with db.sessions() as s:
        event = s.scalars(select(DayEvent).where(DayEvent.kind == "reopen")).one()
    assert (event.reason, event.by) == ("打ち漏れの追加", "佐藤")


def test_reopen_of_an_open_day_is_not_offered(qtbot: QtBot, db: Database, rung: Booth) -> None:
    d = ReopenDialog(db, rung.day.id)
    qtbot.addWidget(d)
    d.reason.setText("理由")
    assert not d.confirm.isEnabled() and "締め済みではありません" in d.message.text()


def test_the_dialog_shows_what_each_workshop_gets_and_the_vouchers(qtbot: QtBot, db: Database, rung: Booth) -> None:
    """With 10 % commission and a 商品券 sale: #3 soap 500 paid by 商品券.
    パン工房こむぎ 3,460 = cash 2,460 + IC 1,000: commission 346 → cash 2,114, transfer 1,000.
    工房ひだまり 500 cash + 500 商品券 = 1,000: commission 100 from its cash 500 → cash 400, vouchers 500."""
    from PySide6.QtWidgets import QGroupBox

    from pos.services.settings import set_setting

    set_setting(db, "commission_percent", "10")
    reg = Register(db, rung.day.id)
    reg.add_product(rung.soap.id)
    reg.checkout(cashless=[("gift_voucher", 500)])
    d = _dialog(qtbot, db, rung)
    box = d.findChild(QGroupBox, "payouts")
    texts = [label.text() for label in box.findChildren(QLabel)]
    bakery, crafts = texts.index("パン工房こむぎ"), texts.index("工房ひだまり")
    assert texts[bakery + 1 : bakery + 4] == ["¥2,114", "¥0", "¥1,000"]
    assert texts[crafts + 1 : crafts + 4] == ["¥400", "¥500", "¥0"]
    assert d.findChild(QLabel, "vouchers").text() == "¥500"  # apart from the cash …
    assert d.findChild(QLabel, "expected").text() == "¥32,960"  # … which expects the same as before


def test_with_two_tills_this_laptop_closes_its_own_drawer_and_the_day_waits(
    qtbot: QtBot, db: Database, rung: Booth
) -> None:
    """レジ1 (rung above, expected 32,960) and レジ2 joined with ¥5,000 and one soap sale for ¥500 cash:
    this laptop is レジ2, so its close expects 5,000 + 500 = 5,500 and the day stays open for レジ1."""
    from pos.services import days
    from pos.services.tills import set_this_till_name

    set_this_till_name(db, "レジ2")
    days.join_day(db, rung.day.id, 5_000)
    reg = Register(db, rung.day.id)
    reg.add_product(rung.soap.id)
    reg.checkout(cash_tendered=500)
    d = _dialog(qtbot, db, rung)
    assert d.expected_label.text() == "¥5,500"
    assert any("レジ2" in t for t in _texts(d))
    # what each workshop gets is the whole day's (both tills, no commission): こむぎ 3,460 = cash 2,460 +
    # IC 1,000 (transfer); ひだまり: its soap on レジ1 and on レジ2, 500 + 500 cash
    from PySide6.QtWidgets import QGroupBox

    box = d.findChild(QGroupBox, "payouts")
    assert "販売日全体" in box.title()
    texts = [label.text() for label in box.findChildren(QLabel)]
    bakery, crafts = texts.index("パン工房こむぎ"), texts.index("工房ひだまり")
    assert texts[bakery + 1 : bakery + 4] == ["¥2,460", "¥0", "¥1,000"]
    assert texts[crafts + 1 : crafts + 4] == ["¥1,000", "¥0", "¥0"]
    assert d.confirm.text() == "精算する（このレジを締める）"
    _type_counts(qtbot, d, {5_000: 1, 500: 1})
    qtbot.mouseClick(d.confirm, Qt.MouseButton.LeftButton)
    assert d.close_result is not None
    assert (d.close_result.till_name, d.close_result.counted, d.close_result.expected, d.close_result.open_tills) == (
        "レジ2",
        5_500,
        5_500,
        ("レジ1",),
    )
    assert _state(db, rung).state == "open"  # レジ1 still sells
