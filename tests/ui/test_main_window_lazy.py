"""Pages that read years of data are built when first shown: 売上分析 and 事業所の在庫."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.ui.analytics import AnalyticsWidget
from pos.ui.main_window import MainWindow


def test_analytics_are_built_on_first_show_and_refreshed_after(
    qtbot: QtBot, db: Database, monkeypatch
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.analytics is None  # not built at start
    window.tabs.setCurrentWidget(window.reports)
    window.reports.setCurrentWidget(window.analytics_page)
    analytics = window.analytics
    assert isinstance(analytics, AnalyticsWidget)
    assert analytics.parent() is window.analytics_page
    refreshed: list[bool] = []
    monkeypatch.setattr(analytics, "refresh", lambda: refreshed.append(True))
    window.reports.setCurrentIndex(0)
    window.reports.setCurrentWidget(window.analytics_page)
    assert window.analytics is analytics and refreshed == [True]  # shown again: refreshed, not rebuilt


def test_the_workshops_stock_view_is_built_on_first_show(qtbot: QtBot, db: Database) -> None:
    from pos.ui.workshop_stock import WorkshopStockView

    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.stock_view is None
    window.tabs.setCurrentWidget(window.stock_tabs)
    window.stock_tabs.setCurrentWidget(window.stock_view_page)
    view = window.stock_view
    assert isinstance(view, WorkshopStockView) and view.parent() is window.stock_view_page
    window.stock_tabs.setCurrentIndex(0)
    window.stock_tabs.setCurrentWidget(window.stock_view_page)
    assert window.stock_view is view  # built once per sales day
