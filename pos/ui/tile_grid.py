"""Product tiles: one tab per participating workshop (its colour and its name), a grid of big buttons.

The buttons are made from a `TileListModel`; a sold-out tile stays visible, disabled and marked 売切.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QGridLayout, QPushButton, QScrollArea, QSizePolicy, QTabWidget, QWidget

from pos.services.catalog import WorkshopInfo
from pos.ui.register_models import Tile, TileListModel

TILE_MIN_HEIGHT = 72  # above the 64 px the booth needs for a sure tap
COLUMNS = 4


def colour_icon(colour: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _tint(colour: str, factor: int = 185) -> str:
    """A light tint of the workshop colour for tile backgrounds (text stays dark and readable)."""
    return QColor(colour).lighter(factor).name()


class TileGrid(QScrollArea):
    """The tiles of one workshop."""

    product_clicked = Signal(object)  # product id

    def __init__(self, workshop: WorkshopInfo, model: TileListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.model = model
        self.buttons: list[QPushButton] = []
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        model.modelReset.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for row in range(self.model.rowCount()):
            button = self._make_button(self.model.tile(row))
            self._grid.addWidget(button, row // COLUMNS, row % COLUMNS)
            self.buttons.append(button)

    def _make_button(self, tile: Tile) -> QPushButton:
        button = QPushButton(tile.caption)
        button.setObjectName("tile")
        button.setMinimumHeight(TILE_MIN_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        button.setEnabled(not tile.sold_out)
        button.setProperty("soldOut", tile.sold_out)
        button.setAccessibleName(tile.caption.replace("\n", " "))
        high_contrast = bool(QApplication.instance().property("highContrast"))  # type: ignore[union-attr]
        background = "#d8d8d8" if tile.sold_out else _tint(self.workshop.colour)
        text = "#000000"
        if high_contrast:
            background, text = ("#333333", "#bbbbbb") if tile.sold_out else ("#000000", "#ffff00")
        button.setStyleSheet(
            f"QPushButton#tile {{ background: {background}; color: {text}; border-left: 8px solid {self.workshop.colour};"
            " border-radius: 6px; padding: 6px; text-align: left; }"
            " QPushButton#tile:focus { border: 3px solid #1a1a1a; border-left: 8px solid "
            f"{self.workshop.colour}; }}"
        )
        product_id: UUID = tile.product.id
        button.clicked.connect(lambda: self.product_clicked.emit(product_id))
        return button


class WorkshopTabs(QTabWidget):
    """One tab per participating workshop, named and coloured."""

    product_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.models: dict[UUID, TileListModel] = {}
        self.grids: dict[UUID, TileGrid] = {}
        self.setDocumentMode(True)

    def set_workshops(self, workshops: list[WorkshopInfo], tiles: dict[UUID, list[Tile]]) -> None:
        self.clear()
        self.models.clear()
        self.grids.clear()
        for w in workshops:
            model = TileListModel(self)
            model.set_tiles(tiles.get(w.id, []))
            grid = TileGrid(w, model)
            grid.product_clicked.connect(self.product_clicked)
            self.models[w.id] = model
            self.grids[w.id] = grid
            self.addTab(grid, colour_icon(w.colour), w.name)

    def update_tiles(self, tiles: dict[UUID, list[Tile]]) -> None:
        for wid, model in self.models.items():
            model.set_tiles(tiles.get(wid, []))
