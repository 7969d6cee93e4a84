"""Pages are built when first shown (売上分析, 事業所の在庫, the master data and the reports), and then
reload from the change record, not on every show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.changes import Changes
from pos.ui.analytics import AnalyticsWidget
from pos.ui.main_window import MainWindow
from pos.ui.operations import announce


def test_analytics_are_built_on_first_show_and_refreshed_after_a_change(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.analytics is None  # not built at start
    assert window._built == {}  # nor the master data and the report screens
    window.tabs.setCurrentWidget(window.reports)
    window.reports.setCurrentWidget(window.analytics_page)
    assert window.analytics is None  # built in the next turn of the event loop, shown in the one after
    qtbot.waitUntil(lambda: window.analytics is not None and window.analytics.isVisible())
    analytics = window.analytics
    assert isinstance(analytics, AnalyticsWidget)
    assert analytics.parent() is window.analytics_page
    qtbot.waitUntil(lambda: not analytics.loading)
    loads = analytics.loads  # how many times it read the figures
    window.reports.setCurrentIndex(0)
    window.reports.setCurrentWidget(window.analytics_page)
    assert window.analytics is analytics and analytics.loads == loads  # shown again, nothing changed: no reload
    window.reports.setCurrentIndex(0)
    announce(db, Changes(sales=True))  # a sale while another page shows
    assert analytics.loads == loads
    window.reports.setCurrentWidget(window.analytics_page)
    assert window.analytics is analytics and analytics.loads == loads + 1  # shown again: refreshed, not rebuilt
    qtbot.waitUntil(lambda: not analytics.loading)


def test_the_workshops_stock_view_is_built_on_first_show(qtbot: QtBot, db: Database) -> None:
    from pos.ui.workshop_stock import WorkshopStockView

    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.stock_view is None
    window.tabs.setCurrentWidget(window.stock_tabs)
    window.stock_tabs.setCurrentWidget(window.stock_view_page)
    qtbot.waitUntil(lambda: window.stock_view is not None)
    view = window.stock_view
    assert isinstance(view, WorkshopStockView) and view.parent() is window.stock_view_page
    window.stock_tabs.setCurrentIndex(0)
    window.stock_tabs.setCurrentWidget(window.stock_view_page)
    assert window.stock_view is view  # built once per sales day
