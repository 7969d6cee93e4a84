"""Recording an event over several days from the 販売日 menu's dialog (docs/tills.md)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services import catalog, days
from pos.ui.event_dialog import EventDialog


def test_an_event_is_recorded_and_its_days_join_it(qtbot: QtBot, db: Database) -> None:
    venue = catalog.create_venue(db, "星川駅", "星川駅出張販売", display_order=1)
    shop = catalog.create_workshop(db, "工房A")
    day = days.open_day(db, venue.id, date(2024, 9, 30), [shop.id])
    dialog = EventDialog(db, date(2024, 9, 30))
    qtbot.addWidget(dialog)
    assert dialog.last.date() == QDate(2024, 10, 2)  # three days by default
    dialog.notes.setText("他区から1事業所がゲスト出店")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == EventDialog.DialogCode.Accepted and dialog.created is not None
    assert dialog.created.day_ids == (day.id,) and dialog.created.notes == "他区から1事業所がゲスト出店"


def test_a_wrong_range_is_refused_in_the_dialog(qtbot: QtBot, db: Database) -> None:
    catalog.create_venue(db, "星川駅", "星川駅出張販売", display_order=1)
    dialog = EventDialog(db, date(2024, 9, 30))
    qtbot.addWidget(dialog)
    dialog.last.setDate(QDate(2024, 9, 29))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() != EventDialog.DialogCode.Accepted
    assert "最終日は初日より後" in dialog.error.text()
