"""Text with furigana (ruby) for かんたんレジ: readings drawn small above the words they read.

Qt's rich text has no <ruby>, so `RubyLabel` paints it: each segment is (base, reading); a segment
without a reading is plain text. Phrases are written in a light markup, "{円|えん}です". The label's
accessible name is the plain text with readings in brackets, so a screen reader says it whole.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

Segment = tuple[str, str]
_MARKUP = re.compile(r"\{([^|{}]+)\|([^{}]+)\}")


def parse_ruby(text: str) -> list[Segment]:
    """ "{円|えん}です" → [("円", "えん"), ("です", "")]."""
    segments: list[Segment] = []
    at = 0
    for m in _MARKUP.finditer(text):
        if m.start() > at:
            segments.append((text[at : m.start()], ""))
        segments.append((m.group(1), m.group(2)))
        at = m.end()
    if at < len(text):
        segments.append((text[at:], ""))
    return segments


def plain_text(segments: list[Segment]) -> str:
    return "".join(base for base, _ in segments)


def spoken_text(segments: list[Segment]) -> str:
    return "".join(f"{base}（{reading}）" if reading else base for base, reading in segments)


class RubyLabel(QWidget):
    """One line of text with readings above; wraps to a second line only between segments."""

    def __init__(self, text: str = "", point_size: int = 24, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.point_size = point_size
        self.colour = QColor("#111111")
        self.segments: list[Segment] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.set_segments(parse_ruby(text))

    def set_segments(self, segments: list[Segment]) -> None:
        self.segments = segments
        self.setAccessibleName(spoken_text(segments))
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return plain_text(self.segments)

    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self.font())
        base.setPointSize(self.point_size)
        base.setBold(True)
        small = QFont(self.font())
        small.setPointSize(max(8, self.point_size // 2))
        return base, small

    def _line_height(self) -> float:
        base, small = self._fonts()
        return QFontMetricsF(base).height() + QFontMetricsF(small).height()

    def sizeHint(self) -> QSize:
        base, small = self._fonts()
        fb, fs = QFontMetricsF(base), QFontMetricsF(small)
        width = sum(max(fb.horizontalAdvance(b), fs.horizontalAdvance(r)) for b, r in self.segments)
        return QSize(int(width) + 8, int(self._line_height()) + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, int(self._line_height()) + 6)

    def paintEvent(self, _event: QPaintEvent) -> None:
        base, small = self._fonts()
        fb, fs = QFontMetricsF(base), QFontMetricsF(small)
        line = self._line_height()
        painter = QPainter(self)
        painter.setPen(self.colour)
        x, y = 4.0, 3.0
        for text, reading in self.segments:
            width = max(fb.horizontalAdvance(text), fs.horizontalAdvance(reading))
            if x + width > self.width() and x > 4:
                x, y = 4.0, y + line
            if reading:
                painter.setFont(small)
                painter.drawText(QRectF(x, y, width, fs.height()), Qt.AlignmentFlag.AlignHCenter, reading)
            painter.setFont(base)
            painter.drawText(QRectF(x, y + fs.height(), width, fb.height()), Qt.AlignmentFlag.AlignHCenter, text)
            x += width
        painter.end()

    def heightForWidth(self, width: int) -> int:
        return int(self._line_height()) + 6
