"""Round trip through the real register screen: printed QR tags, decoded, typed as a wedge scanner would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import SaleLine
from pos.reports.labels import write_labels
from pos.services.labels import select_labels
from pos.ui.register_screen import RegisterScreen
from tests.reports.test_label_round_trip import _decode, _render
from tests.services.helpers import Booth
from tests.ui.conftest import in_modal


def test_printed_tags_scanned_into_the_register_screen(
    qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen, tmp_path: Path
) -> None:
    pdf = tmp_path / "tags.pdf"
    write_labels(pdf, select_labels(db, picks=["P0001x2", "P0002x1", "P0003x3"]), "12")
    codes = [barcode.text for png in _render(pdf) for barcode in _decode(png)]
    assert sorted(codes) == ["P0001", "P0001", "P0002", "P0003", "P0003", "P0003"]
    tile = screen.tabs.grids[booth.bakery.id].buttons[0]
    for code in codes:
        tile.setFocus()  # the volunteer last touched a tile: the scan must still land
        qtbot.keyClicks(tile, code)
        qtbot.keyClick(tile, Qt.Key.Key_Return)
    cart = {
        screen.cart_model.line(r).item.code: screen.cart_model.line(r).quantity
        for r in range(screen.cart_model.rowCount())
    }
    assert cart == {"P0001": 2, "P0002": 1, "P0003": 3}
    in_modal(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_F5) or qtbot.keyClick(d, Qt.Key.Key_Return))
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    with db.sessions() as s:
        sold = {code: qty for code, qty in s.execute(select(SaleLine.product_name, SaleLine.quantity))}
    assert sold == {"食パン詰め合わせ": 2, "クッキー": 1, "手作り石けん": 3}
