"""Qt models of the register: the cart lines (table) and the product tiles of one workshop (list).

Both are plain Qt models over service data, tested without widgets. The tile model exposes the
facts a tile shows through roles, so the grid widget and tests read the same thing: sold out (売切),
only expired units left (期限切れ; neither can be added), and units expiring today (本日期限).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pos.domain.cart import Cart, CartLine
from pos.domain.money import REDUCED_RATE, format_yen
from pos.services.catalog import ProductInfo
from pos.services.stock import StockLevel
from pos.ui.i18n import tr_args

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CartColumn(IntEnum):
    NAME = 0
    WORKSHOP = 1
    PRICE = 2
    QUANTITY = 3
    AMOUNT = 4


class CartTableModel(QAbstractTableModel):
    """The lines of the cart being rung up; call `refresh()` after the cart changed."""

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("商品"), self.tr("事業所"), self.tr("単価"), self.tr("数量"), self.tr("金額"))

    def __init__(self, cart: Cart, parent: Any = None) -> None:
        super().__init__(parent)
        self.cart = cart
        self._lines: tuple[CartLine, ...] = ()

    def refresh(self) -> None:
        self.beginResetModel()
        self._lines = self.cart.lines
        self.endResetModel()

    def line(self, row: int) -> CartLine:
        return self._lines[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(CartColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, column = self._lines[index.row()], CartColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                CartColumn.NAME: line.item.name
                + (" ※" if line.item.tax_rate == REDUCED_RATE else "")
                + (tr_args(self.tr("（値引 −%1）"), format_yen(line.discount)) if line.marked_down else ""),
                CartColumn.WORKSHOP: line.item.workshop_name,
                CartColumn.PRICE: format_yen(line.item.unit_price),
                CartColumn.QUANTITY: str(line.quantity),
                CartColumn.AMOUNT: format_yen(line.amount),
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= CartColumn.PRICE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers()[section]
        return None


@dataclass(frozen=True)
class Tile:
    product: ProductInfo
    stock: StockLevel | None  # None: not stock-tracked

    @property
    def sold_out(self) -> bool:
        return self.stock is not None and self.stock.sold_out

    @property
    def expired(self) -> bool:
        """Units are left, but only past their expiry date: they cannot be sold."""
        return self.stock is not None and self.stock.expired_only

    @property
    def expires_today(self) -> bool:
        """Some of the units still for sale expire today (sell these first: the till does)."""
        return self.stock is not None and self.stock.remaining > 0 and self.stock.expiring_today > 0

    @property
    def addable(self) -> bool:
        return not (self.sold_out or self.expired)

    @property
    def reduced(self) -> bool:
        return self.product.tax_rate == REDUCED_RATE

    @property
    def caption(self) -> str:
        """Name, price (※ for the reduced rate), and 売切 / 期限切れ / 本日期限 残りN / 残りN when tracked."""
        price = format_yen(self.product.price) + (" ※" if self.reduced else "")
        if self.stock is None:
            status = ""
        elif self.sold_out:
            status = "\n売切"
        elif self.expired:
            status = "\n期限切れ"
        elif self.expires_today:
            status = f"\n本日期限 残り{self.stock.remaining}"
        else:
            status = f"\n残り{self.stock.remaining}"
        return f"{self.product.name}\n{price}{status}"


class TileRole(IntEnum):
    PRODUCT_ID = Qt.ItemDataRole.UserRole + 1
    SOLD_OUT = Qt.ItemDataRole.UserRole + 2
    REDUCED = Qt.ItemDataRole.UserRole + 3
    PRICE = Qt.ItemDataRole.UserRole + 4
    EXPIRES_TODAY = Qt.ItemDataRole.UserRole + 5
    EXPIRED = Qt.ItemDataRole.UserRole + 6


class TileListModel(QAbstractListModel):
    """The product tiles of one workshop on the day."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tiles: list[Tile] = []

    def set_tiles(self, tiles: list[Tile]) -> None:
        """The same products as before (a sale changed stock): only the changed rows are announced
        (dataChanged), so views update those tiles in place; other products: a reset."""
        new = list(tiles)
        if [t.product.id for t in new] != [t.product.id for t in self._tiles]:
            self.beginResetModel()
            self._tiles = new
            self.endResetModel()
            return
        old, self._tiles = self._tiles, new
        for row, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row), self.index(row))

    def tile(self, row: int) -> Tile:
        return self._tiles[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._tiles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tile = self._tiles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tile.caption
        if role == TileRole.PRODUCT_ID:
            return tile.product.id
        if role == TileRole.SOLD_OUT:
            return tile.sold_out
        if role == TileRole.REDUCED:
            return tile.reduced
        if role == TileRole.PRICE:
            return tile.product.price
        if role == TileRole.EXPIRES_TODAY:
            return tile.expires_today
        if role == TileRole.EXPIRED:
            return tile.expired
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self._tiles[index.row()].addable:
            return Qt.ItemFlag.NoItemFlags  # sold out or expired: shown, but not selectable nor addable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
