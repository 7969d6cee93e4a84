"""Product tiles: one tab per participating workshop (its colour and its name), a grid of big buttons.

The buttons are made from a `TileListModel`; a sold-out tile stays visible, disabled and marked 売切;
a tile with only expired units left likewise, marked 期限切れ in red; a tile with units expiring today
says 本日期限 and carries an orange edge.

A long name is never cut off: `TileButton` wraps it (Japanese breaks between any two characters) and
shrinks the font step by step until every line fits the tile's width and height; the full caption
stays the accessible name.
"""

from __future__ import annotations

import re
from uuid import UUID

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QPushButton, QScrollArea, QSizePolicy, QTabWidget, QWidget

from pos.services.catalog import WorkshopInfo
from pos.ui.operations import next_turn
from pos.ui.register_models import Tile, TileListModel

TILE_HEIGHT = 84  # above the 64 px the booth needs for a sure tap
TILE_MIN_WIDTH = 150
TILE_PADDING = 6
EXPIRES_TODAY_COLOUR = "#e67e22"


def colour_icon(colour: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def _tint(colour: str, factor: int = 150) -> str:
    """A light tint of the workshop colour for tile backgrounds (text stays dark and readable)."""
    return QColor(colour).lighter(factor).name()


def wrap_line(text: str, width: int, metrics: QFontMetrics) -> list[str]:
    """Break `text` into lines no wider than `width`, as Japanese is set: between any two characters,
    but never inside a number or a Latin word (残り18, ¥1,200, QUICPay stay whole), and at the line's
    last space when it has one (本日期限 / 残り18). A token wider than `width` alone keeps its own line
    (the caller then shrinks the font)."""
    lines: list[str] = []
    current = ""
    for token in _TOKENS.findall(text):
        if current and metrics.horizontalAdvance(current + token) > width:
            cut = current.rfind(" ")
            if cut > 0 and not token.isspace():
                lines.append(current[:cut])
                current = current[cut + 1 :] + token
            else:
                lines.append(current)
                current = "" if token.isspace() else token
        else:
            current += token
    return [*lines, current] if current else lines or [""]


_TOKENS = re.compile(r"[0-9A-Za-z¥,.%+\-]+|\s|.")


def _side_borders(tile: Tile) -> int:
    """px taken by the coloured edges: the workshop's on the left, the orange 本日期限 one on the right."""
    return 8 + (8 if tile.expires_today else 0)


class TileButton(QPushButton):
    """A product tile whose caption always fits: wrapped, then a smaller font if it must."""

    MIN_POINT_SIZE = 8

    def __init__(self, caption: str, side_borders: int) -> None:
        super().__init__(caption)
        self.caption = caption
        self.side_borders = side_borders  # px taken by the coloured edges
        self.fitted_lines: list[str] = caption.split("\n")

    def set_caption(self, caption: str, side_borders: int) -> None:
        """A tile whose stock changed (残り, 売切): new text, fitted again only when it changed."""
        if caption == self.caption and side_borders == self.side_borders:
            return
        self.caption, self.side_borders = caption, side_borders
        self.setText(caption)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        width = self.width() - self.side_borders - 2 * TILE_PADDING - 4
        height = TILE_HEIGHT - 2 * TILE_PADDING - 2
        if width <= 20:
            return
        font = QFont(QApplication.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 12.0
        while True:
            font.setPointSizeF(size)
            metrics = QFontMetrics(font)
            lines = [part for line in self.caption.split("\n") for part in wrap_line(line, width, metrics)]
            fits = len(lines) * metrics.lineSpacing() <= height
            fits = fits and all(metrics.horizontalAdvance(line) <= width for line in lines)
            if fits or size <= self.MIN_POINT_SIZE:
                break
            size -= 1
        self.fitted_lines = lines
        self.setFont(font)
        self.setText("\n".join(lines))


class TileGrid(QScrollArea):
    """The tiles of one workshop."""

    product_clicked = Signal(object)  # product id

    def __init__(self, workshop: WorkshopInfo, model: TileListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.model = model
        self._buttons: list[TileButton] = []
        self._built = False  # the buttons are made when the tab is first shown (or asked for)
        self.setWidgetResizable(True)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._columns = 3
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._update_rows)

    @property
    def buttons(self) -> list[TileButton]:
        """The tiles, made now if this tab has not been shown yet."""
        if not self._built:
            self.rebuild()
        return self._buttons

    def showEvent(self, event: QShowEvent) -> None:
        # Opening a day makes the shown workshop's tiles only, the others on their first show; in the
        # next turn of the event loop, so the register (or the tab) is laid out and painted first.
        if not self._built:
            next_turn(self, self._build_once)
        super().showEvent(event)

    def _build_once(self) -> None:
        if not self._built:
            self.rebuild()

    def _reset(self) -> None:
        if self._built:
            self.rebuild()

    def columns_for_width(self) -> int:
        return max(2, self.viewport().width() // TILE_MIN_WIDTH)

    def rebuild(self) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._built = True
        self._buttons = [self._make_button(self.model.tile(row)) for row in range(self.model.rowCount())]
        self._place()

    def _update_rows(self, top: QModelIndex, bottom: QModelIndex, _roles: object = None) -> None:
        """Tiles whose stock changed after a sale: updated in place (no new buttons, the focus stays)."""
        if not self._built:
            return  # made from the model when first shown
        for row in range(top.row(), bottom.row() + 1):
            self._apply(self._buttons[row], self.model.tile(row))

    def _place(self) -> None:
        for i, button in enumerate(self._buttons):
            self._grid.addWidget(button, i // self._columns, i % self._columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        columns = self.columns_for_width()
        if columns != self._columns:
            self._columns = columns
            for button in self._buttons:
                self._grid.removeWidget(button)
            self._place()

    def _make_button(self, tile: Tile) -> TileButton:
        button = TileButton(tile.caption, _side_borders(tile))
        button.setObjectName("tile")
        button.setFixedHeight(TILE_HEIGHT)
        button.setMinimumWidth(TILE_MIN_WIDTH - 12)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._apply(button, tile)
        product_id: UUID = tile.product.id
        button.clicked.connect(lambda: self.product_clicked.emit(product_id))
        return button

    def _apply(self, button: TileButton, tile: Tile) -> None:
        """What a tile shows of its product's state: caption, enabled, colours and edges."""
        button.set_caption(tile.caption, _side_borders(tile))
        button.setEnabled(tile.addable)
        button.setProperty("soldOut", tile.sold_out)
        button.setProperty("expired", tile.expired)
        button.setProperty("expiresToday", tile.expires_today)
        button.setAccessibleName(tile.caption.replace("\n", " "))
        high_contrast = bool(QApplication.instance().property("highContrast"))
        background, text = _tint(self.workshop.colour), "#000000"
        if tile.expired:
            background, text = "#f1d4d4", "#8b0000"
        elif tile.sold_out:
            background = "#d8d8d8"
        if high_contrast:
            background, text = ("#333333", "#bbbbbb") if not tile.addable else ("#000000", "#ffff00")
        edge = f"border-left: 8px solid {self.workshop.colour};"
        if tile.expires_today:
            edge += f" border-right: 8px solid {EXPIRES_TODAY_COLOUR};"
        # data, not a role: the workshop's own colour (and the tile's state) computed per tile
        sheet = (
            f"QPushButton#tile {{ background: {background}; color: {text}; {edge}"
            f" border-radius: 6px; padding: {TILE_PADDING}px; text-align: left; }}"
            f" QPushButton#tile:focus {{ border: 3px solid #1a1a1a; {edge} }}"
        )
        if button.styleSheet() != sheet:  # parsing a sheet is the dear part of a tile
            button.setStyleSheet(sheet)


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
