"""The rates editor (設定 → 手数料率) and the 月次精算 screen on real widgets and a real temp database."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services import auth
from pos.services.settlement import get_rates
from pos.ui.payouts_screen import PayoutsWidget
from pos.ui.rates_editor import RatesEditor
from tests.services.test_settlement import _june
from tests.ui.test_coordinator import PIN, give_pin


def _type_rate(qtbot: QtBot, table: QTableWidget, row: int, text: str) -> None:
    """Select the rate cell, type over it and press Enter, as a person does."""
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))  # what F2 or a double click does
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # what an input method commits (QTest types ASCII keys only)
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _row(table: QTableWidget, name: str) -> int:
    return next(i for i in range(table.rowCount()) if table.item(i, 0).text() == name)


def test_rates_are_typed_checked_and_saved_behind_the_pin(qtbot: QtBot, db: Database, booth) -> None:  # type: ignore[no-untyped-def]
    auth.set_pin(db, PIN, None, "山田")
    editor = RatesEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert "0%" in editor.default_label.text()
    bakery = _row(editor.workshops, "パン工房こむぎ")
    _type_rate(qtbot, editor.workshops, bakery, "=1+1")
    give_pin(qtbot, PIN)
    editor.save()
    assert "パン工房こむぎの手数料" in editor.status.text() and "0から100まで" in editor.status.text()
    assert all(w.rate_bp is None for w in get_rates(db).workshops)  # nothing saved
    _type_rate(qtbot, editor.workshops, bakery, "７．５")  # full-width digits from an IME
    _type_rate(qtbot, editor.fees, _row(editor.fees, "PayPay"), "3.24")
    _type_rate(qtbot, editor.venues, 0, "5")
    editor.save()  # still unlocked: not asked again
    rates = get_rates(db)
    assert {w.name: w.rate_bp for w in rates.workshops}["パン工房こむぎ"] == 750
    assert rates.fee_bp()["paypay"] == 324 and rates.venues[0].rate_bp == 500
    assert "保存しました（3件）" in editor.status.text()
    assert editor.workshops.item(bakery, 1).text() == "7.5"  # reloaded from the records
    assert not any(label == "商品券" for _, label, _ in rates.fees)  # vouchers carry no fee
    [entry] = [e for e in auth.list_audit(db) if e.target == "手数料率"]
    assert entry.who == "山田" and "PayPay: 0% → 3.24%" in entry.detail


def test_the_month_screen_lists_transfers_and_saves_pdf_and_csv(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    _june(db)
    screen = PayoutsWidget(db)
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: not screen.loading)  # the months offered are read in a worker
    screen.month.setCurrentText("2024-06")  # while this month's (empty) answer may still be on its way
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    rows = [[screen.model.data(screen.model.index(r, c)) for c in range(9)] for r in range(2)]
    assert rows[0] == ["工房ひだまり", "T1234567890123", "2", "¥2,000", "¥115", "¥24", "¥626", "¥0", "¥1,235"]
    assert rows[1] == ["パン工房こむぎ", "—", "2", "¥4,890", "¥417", "¥46", "¥2,232", "¥500", "¥1,695"]
    assert "振込 ¥2,930" in screen.totals.text()
    screen.view.selectRow(1)
    assert screen.days_model.rowCount() == 2
    assert screen.days_model.data(screen.days_model.index(1, 8)) == "¥727"

    out = tmp_path / "june.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    screen.only_selected.setChecked(True)
    qtbot.mouseClick(screen.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "書き出しました" in screen.status.text())
    lines = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert [r[3] for r in lines[1:]] == ["パン工房こむぎ", "パン工房こむぎ"]  # the selected workshop only

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path), "")))
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "フォルダーです" in screen.status.text())
    screen.grab().save(str(tmp_path / "payouts.png"))


def test_todays_figures_show_the_split_per_workshop(qtbot: QtBot, db: Database, booth) -> None:  # type: ignore[no-untyped-def]
    """10 % commission, PayPay 1.98 %: bread 1,430 paid PayPay 1,000 + 商品券 430 →
    PayPay share 1,000, vouchers 430, cash 0; commission 143 (none of it from cash) and fee 19 (19.8)
    come off the transfer: 1,000 − 19 − 143 = 838."""
    from pos.services.register import Register
    from pos.services.settings import set_setting
    from pos.services.settlement import save_rates
    from pos.ui.main_window import MainWindow

    set_setting(db, "commission_percent", "10")
    save_rates(db, fees={"paypay": "1.98"})
    reg = Register(db, booth.day.id)
    reg.add_product(booth.bread.id)
    reg.checkout(cashless=[("paypay", 1000), ("gift_voucher", 430)])
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.figures_loaded):  # read in the background when the tab is shown
        window.tabs.setCurrentWidget(window.today_page)
    model = window.settlement_model
    [row] = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert row == ["パン工房こむぎ", "1", "¥1,430", "¥0", "¥1,000", "¥430", "¥143（10%）", "¥19", "¥0", "¥838"]


def test_the_payouts_read_again_after_a_sale_only_when_shown(qtbot: QtBot, db: Database, monkeypatch) -> None:
    from pos.services.changes import Changes
    from pos.ui import payouts_screen
    from pos.ui.operations import announce

    _june(db)
    screen = PayoutsWidget(db)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: not screen.loading)
    reads: list[int] = []
    real = payouts_screen.payout_months
    monkeypatch.setattr(payouts_screen, "payout_months", lambda d: reads.append(1) or real(d))
    screen.hide()  # the register is in front: a sale there reads nothing for this page
    announce(db, Changes(sales=True))
    announce(db, Changes(sales=True))
    assert reads == []
    screen.show()  # shown again: read once
    assert reads == [1]
    announce(db, Changes(sales=True))  # while shown: at once
    assert reads == [1, 1]
