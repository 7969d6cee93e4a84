"""The open-day dialog names this laptop's till and joins a day already open at the venue (docs/tills.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.clock import today_local
from pos.services import catalog, days
from pos.services.register import Register
from pos.services.tills import this_till_name
from pos.ui.open_day_dialog import OpenDayDialog


def _master(db: Database) -> tuple[object, object]:
    venue = catalog.create_venue(db, "ゆめが丘SC", "ゆめが丘SC出張販売", display_order=1)
    shop = catalog.create_workshop(db, "工房A")
    catalog.create_product(db, shop.id, "石けん", 500, 10, code="P0001")
    return venue, shop


def test_a_second_laptop_names_its_till_and_joins_the_open_day(qtbot: QtBot, db: Database) -> None:
    venue, shop = _master(db)
    day = days.open_day(db, venue.id, today_local(), [shop.id], 30_000)  # レジ1 opened it
    dialog = OpenDayDialog(db, today_local())
    qtbot.addWidget(dialog)
    assert dialog.till_name.text() == "レジ1"  # this laptop's name until it is set
    assert "すでに開いています" in dialog.joining.text() and "レジ1" in dialog.joining.text()
    assert dialog.open_button.text() == "この販売日に参加する" and not dialog.workshops.isEnabled()
    dialog.till_name.setText("レジ")  # typed through the input method
    qtbot.keyClicks(dialog.till_name, "2")
    dialog.fund_total.setValue(10_000)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.writing)  # the day is written in a worker
    assert dialog.result() == OpenDayDialog.DialogCode.Accepted
    assert this_till_name(db) == "レジ2"  # kept for this laptop
    info = days.get_day(db, day.id)
    assert [(t.name, t.change_fund) for t in info.tills] == [("レジ1", 30_000), ("レジ2", 10_000)]
    reg = Register(db, day.id)  # this laptop rings up on its own till
    reg.add_code("P0001")
    assert reg.checkout(cash_tendered=500).receipt_no == "レジ2-1"


def test_a_till_name_already_taken_is_refused_in_the_dialog(qtbot: QtBot, db: Database) -> None:
    venue, shop = _master(db)
    days.open_day(db, venue.id, today_local(), [shop.id], 30_000)
    dialog = OpenDayDialog(db, today_local())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # still レジ1: taken
    qtbot.waitUntil(lambda: not dialog.writing)  # the day is written in a worker
    assert dialog.result() != OpenDayDialog.DialogCode.Accepted
    assert "「レジ1」のレジがすでにあります" in dialog.error.text()
    dialog.till_name.setText("<b>&")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)  # markup is just a name
    qtbot.waitUntil(lambda: not dialog.writing)  # the day is written in a worker
    assert dialog.result() == OpenDayDialog.DialogCode.Accepted
