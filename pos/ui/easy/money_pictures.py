"""Pictures of yen notes and coins for かんたんレジ, drawn by this project with QPainter.

Stylised on purpose and clearly not money: plain colour fields, the value in large digits, the word
「みほん」 across each note and no portrait, pattern, serial number or seal (reproducing or imitating
banknotes is restricted in Japan: 通貨及証券模造取締法). The colours follow the real notes and coins
loosely so that a cashier can match them at a glance, and the coins are drawn at their relative
sizes (500 yen the largest, 1 yen the smallest); 5 and 50 yen have their hole. Licence: part of this
project, same licence as the code (nothing copied from elsewhere).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QRadialGradient

from pos.domain.change_breakdown import NOTES

#: (paper colour, ink colour) of each note.
NOTE_COLOURS = {
    10_000: ("#d8c49a", "#4a3514"),
    5_000: ("#cdbfe0", "#35204f"),
    2_000: ("#b9d9be", "#1d4a27"),
    1_000: ("#b6d3ec", "#163a5c"),
}
#: (face colour, edge colour, diameter in mm) of each coin.
COINS = {
    500: ("#e3c46a", "#8a6a12", 26.5),
    100: ("#d9d9d9", "#6b6b6b", 22.6),
    50: ("#e6e6e6", "#7a7a7a", 21.0),
    10: ("#c8814a", "#6e3a14", 23.5),
    5: ("#e8c95a", "#8c6c0c", 22.0),
    1: ("#f2f2f2", "#9a9a9a", 20.0),
}
HOLED = (50, 5)
NOTE_RATIO = 2.0  # width : height


def picture_size(value: int, height: int) -> tuple[int, int]:
    """Width and height of the picture of `value` when notes are `height` px tall."""
    if value in NOTES:
        return int(height * NOTE_RATIO), height
    diameter = int(height * COINS[value][2] / 26.5)
    return diameter, diameter


@cache
def money_pixmap(value: int, height: int = 96) -> QPixmap:
    """The picture of one note or coin (transparent around coins)."""
    width, h = picture_size(value, height)
    pixmap = QPixmap(width, h)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if value in NOTES:
        _note(painter, value, width, h)
    else:
        _coin(painter, value, width)
    painter.end()
    return pixmap


def _note(p: QPainter, value: int, w: int, h: int) -> None:
    paper, ink = NOTE_COLOURS[value]
    rect = QRectF(1, 1, w - 2, h - 2)
    p.setPen(QPen(QColor(ink), 2))
    p.setBrush(QColor(paper))
    p.drawRoundedRect(rect, h * 0.08, h * 0.08)
    p.setPen(QPen(QColor(ink), 1, Qt.PenStyle.DashLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(rect.adjusted(h * 0.08, h * 0.08, -h * 0.08, -h * 0.08), h * 0.05, h * 0.05)
    # the value, large, and 円
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(h * (0.34 if value >= 10_000 else 0.42)))
    p.setFont(font)
    p.setPen(QColor(ink))
    p.drawText(QRectF(0, h * 0.12, w * 0.78, h * 0.62), Qt.AlignmentFlag.AlignCenter, f"{value:,}")
    font.setPixelSize(int(h * 0.28))
    p.setFont(font)
    p.drawText(QRectF(w * 0.72, h * 0.2, w * 0.22, h * 0.5), Qt.AlignmentFlag.AlignCenter, "円")
    # "みほん" (specimen) across the lower part: never mistakable for a real note
    font.setBold(False)
    font.setPixelSize(int(h * 0.16))
    p.setFont(font)
    p.drawText(QRectF(0, h * 0.68, w, h * 0.24), Qt.AlignmentFlag.AlignCenter, "みほん・レジ練習用")


def _coin(p: QPainter, value: int, d: int) -> None:
    face, edge, _mm = COINS[value]
    centre = QPointF(d / 2, d / 2)
    gradient = QRadialGradient(centre * 0.8, d * 0.6)
    gradient.setColorAt(0, QColor(face).lighter(125))
    gradient.setColorAt(1, QColor(face))
    path = QPainterPath()
    path.addEllipse(QRectF(1, 1, d - 2, d - 2))
    if value in HOLED:
        hole = d * 0.22
        path.addEllipse(centre, hole / 2, hole / 2)  # odd-even fill leaves the hole open
    p.setPen(QPen(QColor(edge), max(2, d // 30)))
    p.setBrush(gradient)
    p.drawPath(path)
    font = QFont()
    font.setBold(True)
    digits = str(value)
    font.setPixelSize(int(d * (0.34 if len(digits) < 3 else 0.3)))
    p.setFont(font)
    p.setPen(QColor(edge).darker(160))
    area = QRectF(0, d * 0.05, d, d * 0.45) if value in HOLED else QRectF(0, d * 0.12, d, d * 0.5)
    p.drawText(area, Qt.AlignmentFlag.AlignCenter, digits)
    font.setPixelSize(int(d * 0.18))
    p.setFont(font)
    lower = QRectF(0, d * 0.62, d, d * 0.28)
    p.drawText(lower, Qt.AlignmentFlag.AlignCenter, "円")
