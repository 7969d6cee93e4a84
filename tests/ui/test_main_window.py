"""The main window on a real temp database: it shows the open day, its figures and the records."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.register import Register
from pos.ui.main_window import MainWindow
from tests.services.helpers import make_booth


def _cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_window_shows_the_open_day_and_its_workshops(qtbot: QtBot, db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.add_product(b.soap.id)
    reg.checkout(cash_tendered=2000)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert "ゆめが丘SC" in window.header.text() and "営業中" in window.header.text()
    with qtbot.waitSignal(window.figures_loaded):  # read in the background when the tab is shown
        window.tabs.setCurrentWidget(window.today_page)
    assert "¥1,930" in window.summary.text()
    assert sorted(_cells(window.settlement_model, 0)) == ["パン工房こむぎ", "工房ひだまり"]
    assert "¥1,430" in _cells(window.settlement_model, 2)
    products = window.master_data.products.model
    names = sorted(products.row(r).name for r in range(products.rowCount()))
    assert names == sorted(["食パン詰め合わせ", "クッキー", "手作り石けん", "ポストカード"])
    assert _cells(window.days_model, 5) == ["¥1,930"]


def test_window_without_an_open_day_says_so(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.header.text() == "営業中の販売日はありません"
    with qtbot.waitSignal(window.figures_loaded):
        window.tabs.setCurrentWidget(window.today_page)
    assert window.settlement_model.rowCount() == 0


def test_the_bundled_font_is_the_app_font(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from pos.ui.app import load_font

    app = QApplication.instance()
    family = load_font(app)  # type: ignore[arg-type]
    assert family == "IPAexGothic"
    assert app.font().family() == "IPAexGothic"  # type: ignore[union-attr]
