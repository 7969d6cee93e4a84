"""Opening the day from the app, and the main window switching to the register."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Participation, SalesDay, Workshop
from pos.domain.clock import today_local
from pos.services import catalog
from pos.ui.main_window import MainWindow
from pos.ui.open_day_dialog import OpenDayDialog
from pos.ui.theme import apply_theme
from tests.ui.conftest import in_modal


def _master(db: Database) -> None:
    catalog.create_venue(db, "区役所ロビー", "区役所販売", display_order=1)
    catalog.create_venue(db, "ゆめが丘SC", "ゆめが丘SC出張販売", display_order=2)
    for name in ("工房A", "工房B", "工房C"):
        w = catalog.create_workshop(db, name)
        catalog.create_product(db, w.id, f"{name}のクッキー", 300, 8, perishable=True, shelf_life_days=7)


def test_open_day_dialog_records_venue_workshops_and_counted_fund(qtbot: QtBot, db: Database) -> None:
    _master(db)
    dialog = OpenDayDialog(db, today_local())
    qtbot.addWidget(dialog)
    dialog.venue.setCurrentIndex(1)
    dialog.set_checked(["工房A", "工房C"])
    dialog.by_count.setChecked(True)
    dialog.counts[1000].setValue(10)
    dialog.counts[100].setValue(50)
    assert dialog.fund_total.value() == 15_000
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert not dialog.isEnabled()  # busy while the day is written: a second press does nothing
    qtbot.waitUntil(lambda: not dialog.writing)  # the day is written in a worker
    assert dialog.result() == OpenDayDialog.DialogCode.Accepted
    with db.sessions() as s:
        day = s.scalars(select(SalesDay)).one()
        names = set(s.scalars(select(Workshop.name).join(Participation).where(Participation.sales_day_id == day.id)))
        assert (day.venue.name, day.day, day.change_fund, day.state) == ("ゆめが丘SC", today_local(), 15_000, "open")
    assert names == {"工房A", "工房C"}


def test_open_day_dialog_refuses_without_workshops(qtbot: QtBot, db: Database) -> None:
    _master(db)
    dialog = OpenDayDialog(db, today_local())
    qtbot.addWidget(dialog)
    dialog.open_day()
    qtbot.waitUntil(lambda: not dialog.writing)  # the day is written in a worker
    assert "事業所を1つ以上" in dialog.error.text()
    with db.sessions() as s:
        assert s.scalars(select(SalesDay)).first() is None


def test_window_asks_to_open_today_then_shows_the_register(qtbot: QtBot, db: Database) -> None:
    _master(db)

    def open_it(dialog: OpenDayDialog) -> None:
        dialog.set_checked(["工房A", "工房B"])
        qtbot.keyClick(dialog.open_button, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.writing)  # the day is written in a worker

    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.register is None and not window.start_button.isHidden()
    in_modal(qtbot, open_it)
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    assert window.register is not None
    assert [window.register.tabs.tabText(i) for i in range(window.register.tabs.count())] == ["工房A", "工房B"]
    assert "区役所ロビー" in window.header.text()


def test_text_size_and_high_contrast(qtbot: QtBot) -> None:
    app = QApplication.instance()
    apply_theme(app, "特大", True)  # type: ignore[arg-type]
    assert app.font().pointSize() == 18 and "#ffff00" in app.styleSheet()  # type: ignore[union-attr]
    apply_theme(app, "標準", False)  # type: ignore[arg-type]
    assert app.font().pointSize() == 12 and "#ffff00" not in app.styleSheet()  # type: ignore[union-attr]


def test_high_contrast_restyles_the_tiles_at_once(qtbot: QtBot, db: Database) -> None:
    from pos.services import days

    _master(db)
    days.open_day(db, catalog.list_venues(db)[0].id, today_local(), [catalog.list_workshops(db)[0].id], 10_000)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.register is not None
    app = QApplication.instance()
    try:
        window.set_high_contrast(True)
        tiles = [b for grid in window.register.tabs.grids.values() for b in grid.buttons]
        assert tiles and all("#ffff00" in b.styleSheet() for b in tiles)  # yellow on black, before any sale
    finally:
        window.set_high_contrast(False)
        apply_theme(app, "標準", False)  # type: ignore[arg-type]
    tiles = [b for grid in window.register.tabs.grids.values() for b in grid.buttons]
    assert all("#ffff00" not in b.styleSheet() for b in tiles)


def test_closing_the_day_takes_the_register_away(qtbot: QtBot, db: Database) -> None:
    from pos.services import days
    from pos.services.closing import close_day

    _master(db)
    venue = catalog.list_venues(db)[0]
    workshop = catalog.list_workshops(db)[0]
    day = days.open_day(db, venue.id, today_local(), [workshop.id], 10_000)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.register is not None
    assert window.day_end.actions["close"].isEnabled()
    close_day(db, day.id, {10_000: 1})
    window.refresh()
    assert window.register is None
    assert window.day_end.actions["reprint"].isEnabled() and window.day_end.actions["reopen"].isEnabled()


def test_reports_are_reachable_from_the_window(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[0] == "レジ" and "報告書・分析" in titles
    window.tabs.setCurrentWidget(window.reports)
    sub = [window.reports.tabText(i) for i in range(window.reports.count())]
    assert sub == ["活動記録", "月ごとの活動", "年間報告書", "売上分析", "月次精算"]


def test_closing_asks_about_unsold_food_first(qtbot: QtBot, db: Database) -> None:
    from pos.db.models import LotDisposition
    from pos.services import days
    from pos.services.stock import check_in_lot
    from pos.ui.close_dialog import CloseDialog
    from pos.ui.dispositions_dialog import DispositionsDialog

    _master(db)
    venue = catalog.list_venues(db)[0]
    workshop = catalog.list_workshops(db)[0]
    cookie = catalog.list_products(db, workshop_ids=[workshop.id])[0]
    day = days.open_day(db, venue.id, today_local(), [workshop.id], 10_000)
    check_in_lot(db, day.id, cookie.id, 5)
    window = MainWindow(db)
    qtbot.addWidget(window)
    seen: list[str] = []

    def in_close(dialog: CloseDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    def in_dispositions(dialog: DispositionsDialog) -> None:
        seen.append(type(dialog).__name__)
        in_modal(qtbot, in_close)
        qtbot.mouseClick(dialog.all_back_button, Qt.MouseButton.LeftButton)

    in_modal(qtbot, in_dispositions)
    window.day_end.actions["close"].trigger()
    assert seen == ["DispositionsDialog", "CloseDialog"]
    with db.sessions() as s:
        kinds = [(d.kind, d.quantity) for d in s.scalars(select(LotDisposition))]
    assert kinds == [("taken_back", 5)]
