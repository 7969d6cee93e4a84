"""Screens refresh from the one change record, and only the ones the record names.

The main window on a real temp database with today's sales day open, driven as the volunteer and the
coordinator do: a sale (typed code, Enter, F9, cash) and a price edit in the master data. Each screen
counts how often it read its rows from the records; the expected counts follow from which flags a
write announces (a sale: sales + stock; a price edit: master).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.clock import today_local
from pos.services.changes import Changes
from pos.services.stock import check_in_lot
from pos.ui.main_window import MainWindow
from pos.ui.master_forms import ProductForm
from pos.ui.operations import on_changes
from pos.ui.register_screen import RegisterScreen
from tests.services.helpers import Booth, make_booth
from tests.ui.conftest import in_modal


def _tile(screen: RegisterScreen, name: str) -> QPushButton:
    for grid in screen.tabs.grids.values():
        for button in grid.buttons:
            if button.text().startswith(name + "\n"):
                return button
    raise AssertionError(f"no tile {name}")


def _type(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _window(qtbot: QtBot, db: Database) -> tuple[MainWindow, RegisterScreen, Booth]:
    booth = make_booth(db, on=today_local())
    check_in_lot(db, booth.day.id, booth.bread.id, 5)  # 食パン詰め合わせ: 5 on hand
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    register = window.register
    assert register is not None
    qtbot.waitUntil(register.isVisible)  # built in one turn, shown in the next
    return window, register, booth


def _loads(window: MainWindow, register: RegisterScreen) -> dict[str, int]:
    panels = window.master_data
    return {
        "tiles": register.tile_loads,
        "figures": window.figures_loads,
        "workshops": panels.workshops.loads,
        "products": panels.products.loads,
        "venues": panels.venues.loads,
    }


def test_a_sale_refreshes_the_stock_tiles_and_the_today_tab_and_nothing_else(qtbot: QtBot, db: Database) -> None:
    window, register, _ = _window(qtbot, db)
    heard: list[Changes] = []
    on_changes(db, window, heard.append)
    assert _tile(register, "食パン詰め合わせ").text().endswith("残り5")
    before = _loads(window, register)

    _type(qtbot, register.scan, "P0001")  # 食パン詰め合わせ ¥1,430
    _type(qtbot, register.scan, "P0001")
    in_modal(qtbot, lambda d: _type(qtbot, d, "3000"))
    qtbot.keyClick(register.scan, Qt.Key.Key_F9)

    assert heard == [Changes(sales=True, stock=True)]  # announced once, by the sale commit
    assert _tile(register, "食パン詰め合わせ").text().endswith("残り3")
    after = _loads(window, register)
    assert after["tiles"] == before["tiles"] + 1  # the tiles, once
    # the today tab is not showing: its figures are only marked stale, nothing is read after the sale
    assert after["figures"] == before["figures"] and window.figures_stale
    assert {k: after[k] for k in ("workshops", "products", "venues")} == {
        k: before[k] for k in ("workshops", "products", "venues")
    }  # master data: untouched
    assert window.analytics is None and window.stock_view is None

    with qtbot.waitSignal(window.figures_loaded):  # shown: read once, in the background
        window.tabs.setCurrentWidget(window.today_page)
    assert window.figures_loads == before["figures"] + 1
    assert "取引 1件" in window.summary.text() and "¥2,860" in window.summary.text()  # 2 × 1,430
    cells = [window.settlement_model.index(r, 2).data() for r in range(window.settlement_model.rowCount())]
    assert "¥2,860" in cells


def test_a_sale_while_the_today_tab_shows_reloads_it_once_in_the_background(qtbot: QtBot, db: Database) -> None:
    window, register, booth = _window(qtbot, db)
    with qtbot.waitSignal(window.figures_loaded):
        window.tabs.setCurrentWidget(window.today_page)
    loads = window.figures_loads
    from pos.ui.payment_dialog import PaymentDialog

    register.register.add_product(booth.soap.id)  # ¥500, rung up before the coordinator looked
    dialog = PaymentDialog(register.register, register)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.figures_loaded):
        dialog.pay_cashless("paypay")
    assert window.figures_loads == loads + 1
    assert "¥500" in window.summary.text()


def test_a_price_edit_refreshes_the_registers_tiles_and_nothing_of_the_sales(qtbot: QtBot, db: Database) -> None:
    window, register, _ = _window(qtbot, db)
    heard: list[Changes] = []
    on_changes(db, window, heard.append)
    assert "¥500" in _tile(register, "手作り石けん").text()
    before = _loads(window, register)

    window.tabs.setCurrentWidget(window.master_page)
    panel = window.master_data.products
    window.master_data.tabs.setCurrentWidget(panel)
    row = [panel.model.row(r).name for r in range(panel.model.rowCount())].index("手作り石けん")
    panel.view.selectRow(row)
    panel.edit()
    form = panel.dialog
    assert isinstance(form, ProductForm)
    form.price.setText("550")
    form.save_button.click()

    assert heard == [Changes(master=True)]
    after = _loads(window, register)
    assert after["tiles"] == before["tiles"]  # the register is not shown: nothing read for it yet
    window.tabs.setCurrentWidget(window.register_page)  # back at the register: read once
    assert "¥550" in _tile(register, "手作り石けん").text()
    after = _loads(window, register)
    assert after["tiles"] == before["tiles"] + 1
    assert after["figures"] == before["figures"]  # the figure tabs are hidden: marked stale only
    # the three panels reload once each (names, prices and workshops show across them)
    assert [after[k] - before[k] for k in ("workshops", "products", "venues")] == [1, 1, 1]
    assert panel.current() is not None and panel.current().price == 550  # type: ignore[union-attr]
    assert window.master_data.message.text() == "保存しました: 手作り石けん"


def test_a_check_in_reloads_the_tiles_only(qtbot: QtBot, db: Database) -> None:
    window, register, _ = _window(qtbot, db)
    before = _loads(window, register)
    window.tabs.setCurrentWidget(window.stock_tabs)
    screen = window.check_in
    screen.workshop.setCurrentIndex(screen.workshop.findText("パン工房こむぎ"))
    spin = next(line.quantity for line in screen.lines if line.row.product.name == "クッキー")
    spin.setValue(4)
    screen.record()
    assert _loads(window, register) == before  # the register is not shown: nothing read yet
    window.tabs.setCurrentWidget(window.register_page)
    assert _tile(register, "クッキー").text().endswith("残り4")
    after = _loads(window, register)
    assert after == {**before, "tiles": before["tiles"] + 1}
