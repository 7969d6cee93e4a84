"""The big controls of かんたんレジ: picture tiles, note and coin buttons, step buttons, brand buttons.

Every control takes the keyboard focus (Tab), is pressed with Enter or Space, carries an accessible
name for screen readers, and never relies on colour alone (each state also has words).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QAbstractButton, QPushButton, QSizePolicy, QWidget

from pos.domain.change_breakdown import piece_name
from pos.domain.money import format_yen
from pos.ui.easy.money_pictures import money_pixmap, picture_size
from pos.ui.easy.palette import FOCUS, INK, PAPER, SOLD_OUT_INK, contrast_text

TILE_SIZE = QSize(200, 236)


class _KeyButton(QAbstractButton):
    """A painted button that Enter and Return press too (Space already does)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.click()
            return
        super().keyPressEvent(event)

    def _frame(self, painter: QPainter, fill: str) -> None:
        painter.setPen(QPen(QColor(FOCUS if self.hasFocus() else INK), 5 if self.hasFocus() else 2))
        painter.setBrush(QColor(fill).darker(115) if self.isDown() else QColor(fill))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(3, 3, -3, -3), 14, 14)


class PictureTile(_KeyButton):
    """A product: its picture (or its first letter), the name with its reading above, the price large."""

    def __init__(
        self,
        name: str,
        kana: str,
        price: int,
        picture: QPixmap | None,
        parent: QWidget | None = None,
        *,
        sold_out_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.name, self.kana, self.price, self.picture = name, kana, price, picture
        self.sold_out_text = sold_out_text
        self.setFixedSize(TILE_SIZE)
        self.setEnabled(not sold_out_text)
        spoken = f"{name}（{kana}）" if kana and kana != name else name
        self.setAccessibleName(f"{spoken} {format_yen(price)}" + (f" {sold_out_text}" if sold_out_text else ""))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._frame(p, PAPER if self.isEnabled() else "#e0e0e0")
        w = self.width()
        box = QRectF(w / 2 - 60, 12, 120, 110)
        if self.picture is not None and not self.picture.isNull():
            scaled = self.picture.scaled(
                120, 110, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            p.drawPixmap(int(w / 2 - scaled.width() / 2), int(12 + (110 - scaled.height()) / 2), scaled)
        else:
            p.setPen(QPen(QColor(INK), 2))
            p.setBrush(QColor("#f1e7c8"))
            p.drawEllipse(box.adjusted(10, 0, -10, 0))
            font = QFont(self.font())
            font.setPointSize(40)
            font.setBold(True)
            p.setFont(font)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self.name[:1])
        ink = QColor(INK if self.isEnabled() else SOLD_OUT_INK)
        p.setPen(ink)
        small = QFont(self.font())
        small.setPointSize(10)
        p.setFont(small)
        if self.kana and self.kana != self.name:
            p.drawText(QRectF(6, 124, w - 12, 18), Qt.AlignmentFlag.AlignHCenter, self.kana)
        area = QRectF(6, 140, w - 12, 50)
        p.setFont(fitted_font(self.font(), self.name, area))
        p.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, self.name)
        price_font = QFont(self.font())
        price_font.setPointSize(20)
        price_font.setBold(True)
        p.setFont(price_font)
        text = self.sold_out_text or format_yen(self.price)
        p.drawText(QRectF(6, 190, w - 12, 36), Qt.AlignmentFlag.AlignHCenter, text)
        p.end()


def fitted_font(base: QFont, text: str, area: QRectF, largest: int = 18, smallest: int = 11) -> QFont:
    """The largest bold font at which `text` fits `area`: on one line down to 14 pt, else wrapped."""
    font = QFont(base)
    font.setBold(True)
    for size in range(largest, 13, -1):
        font.setPointSize(size)
        if QFontMetricsF(font).horizontalAdvance(text) <= area.width():
            return font
    for size in range(largest, smallest - 1, -1):
        font.setPointSize(size)
        needed = QFontMetricsF(font).boundingRect(area, int(Qt.TextFlag.TextWordWrap), text)
        if needed.height() <= area.height() and needed.width() <= area.width():
            break
    return font


class MoneyButton(_KeyButton):
    """A note or coin the customer handed over: its picture and its name (1000円札, 100円玉)."""

    def __init__(self, value: int, height: int = 76, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.pixmap = money_pixmap(value, height)
        width, _ = picture_size(value, height)
        self.setFixedSize(max(width, 120) + 24, height + 48)
        self.setAccessibleName(piece_name(value))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._frame(p, PAPER)
        x = (self.width() - self.pixmap.width()) // 2
        p.drawPixmap(x, 10 + (self.height() - 48 - self.pixmap.height()) // 2, self.pixmap)
        font = QFont(self.font())
        font.setPointSize(13)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(INK))
        p.drawText(
            QRectF(0, self.height() - 36, self.width(), 30), Qt.AlignmentFlag.AlignCenter, piece_name(self.value)
        )
        p.end()


def big_button(text: str, name: str, *, fill: str = PAPER, height: int = 84, size: int = 22) -> QPushButton:
    """A step button: large text, its colour's contrasting ink, focusable, Enter presses it."""
    button = _EnterPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text.replace("\n", " "))
    button.setMinimumHeight(height)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    # the かんたんレジ palette (contrast checked in palette.py), not a theme role
    button.setStyleSheet(
        f"QPushButton {{ font-size: {size}pt; font-weight: bold; background: {fill}; color: {contrast_text(fill)};"
        f" border: 2px solid {INK}; border-radius: 14px; padding: 6px 14px; }}"
        f" QPushButton:focus {{ border: 5px solid {FOCUS}; }}"
        " QPushButton:disabled { background: #d6d6d6; color: #4d4d4d; }"
    )
    return button


class _EnterPushButton(QPushButton):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            self.click()
            return
        super().keyPressEvent(event)
