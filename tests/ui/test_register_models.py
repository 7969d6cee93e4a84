"""The register's Qt models without widgets: cart lines and product tiles."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

from pos.domain.cart import Cart, CartItem
from pos.services.catalog import ProductInfo
from pos.services.stock import StockLevel
from pos.ui.register_models import CartColumn, CartTableModel, Tile, TileListModel, TileRole

WS = uuid.uuid4()


def _product(name: str, price: int, rate: int) -> ProductInfo:
    return ProductInfo(uuid.uuid4(), WS, "工房", name, "", price, rate, rate == 8, 3 if rate == 8 else None, "P1", True)


def test_cart_model_shows_lines_with_reduced_mark_and_amounts(qtmodeltester) -> None:
    cart = Cart()
    model = CartTableModel(cart)
    cart.add(CartItem(uuid.uuid4(), WS, "クッキー", "工房A", 300, 8), 2)
    cart.add(CartItem(uuid.uuid4(), WS, "石けん", "工房B", 500, 10))
    model.refresh()
    assert model.rowCount() == 2
    cell = lambda r, c: model.index(r, c).data()  # noqa: E731
    assert [cell(0, c) for c in CartColumn] == ["クッキー ※", "工房A", "¥300", "2", "¥600"]
    assert [cell(1, c) for c in CartColumn] == ["石けん", "工房B", "¥500", "1", "¥500"]
    assert model.headerData(CartColumn.QUANTITY, Qt.Orientation.Horizontal) == "数量"
    qtmodeltester.check(model)


def test_tile_model_marks_sold_out_tiles_as_not_addable(qtmodeltester) -> None:
    bread, jam, soap = _product("パン", 200, 8), _product("ジャム", 600, 8), _product("石けん", 500, 10)
    model = TileListModel()
    model.set_tiles(
        [
            Tile(bread, StockLevel(bread.id, 10, 10, None)),
            Tile(jam, StockLevel(jam.id, 5, 2, None)),
            Tile(soap, None),
        ]
    )
    texts = [model.index(r).data() for r in range(3)]
    assert texts == ["パン\n¥200 ※\n売切", "ジャム\n¥600 ※\n残り3", "石けん\n¥500"]
    assert [model.index(r).data(TileRole.SOLD_OUT) for r in range(3)] == [True, False, False]
    assert model.flags(model.index(0)) == Qt.ItemFlag.NoItemFlags
    assert model.flags(model.index(2)) & Qt.ItemFlag.ItemIsEnabled
    assert model.index(1).data(TileRole.PRODUCT_ID) == jam.id
    qtmodeltester.check(model)
