"""Tile captions break as Japanese is set, but never inside a number or a Latin word."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from pos.ui.tile_grid import wrap_line


def _metrics() -> QFontMetrics:
    font = QFont(QApplication.font())
    font.setPointSize(12)
    return QFontMetrics(font)


def test_a_stock_line_breaks_at_its_space_not_inside_the_count(qapp: object) -> None:
    m = _metrics()
    text = "本日期限 残り18"
    width = m.horizontalAdvance("本日期限 残り1")  # one pixel short of the whole line, as on a narrow tile
    assert wrap_line(text, width, m) == ["本日期限", "残り18"]


def test_prices_and_latin_words_stay_whole(qapp: object) -> None:
    m = _metrics()
    assert wrap_line("¥1,200", m.horizontalAdvance("¥1,2"), m) == ["¥1,200"]  # too wide: the font shrinks instead
    assert wrap_line("au PAY QUICPay", m.horizontalAdvance("au PAY QUIC"), m) == ["au PAY", "QUICPay"]


def test_a_long_japanese_name_breaks_between_characters(qapp: object) -> None:
    m = _metrics()
    text = "地域活動ホームたんぽぽの手作りクッキー詰め合わせ"
    width = m.horizontalAdvance("地域活動ホーム")
    lines = wrap_line(text, width, m)
    assert "".join(lines) == text and len(lines) >= 3
    assert all(m.horizontalAdvance(line) <= width for line in lines)
