"""Shared pieces of the PDF reports: paragraph styles in the embedded font, money and time text,
table styles, and a canvas that prints "page n / N" with a running footer.

Everything here works on plain values; nothing reads the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import TableStyle

from pos.domain.fiscal import wareki_date, weekday_ja
from pos.domain.money import format_yen
from pos.reports.fonts import register_font

GREY = colors.HexColor("#e8e8e8")
RED = colors.HexColor("#c0392b")


def yen(amount: int) -> str:
    """¥1,234 (negative: -¥50)."""
    return format_yen(amount)


def signed_yen(amount: int) -> str:
    """An over/short amount with its sign: +¥100, -¥10, ¥0."""
    return f"+{format_yen(amount)}" if amount > 0 else format_yen(amount)


def date_both(d: date) -> str:
    """令和6年6月15日(土)（2024年6月15日）: the 和暦 date with weekday and the western date."""
    return f"{wareki_date(d)}({weekday_ja(d)})（{d.year}年{d.month}月{d.day}日）"


def date_time_ja(ts: datetime) -> str:
    """2024年6月15日(土) 10:23 (the timestamp is already local time)."""
    return f"{ts.year}年{ts.month}月{ts.day}日({weekday_ja(ts.date())}) {ts:%H:%M}"


def styles(base_size: float = 9.5) -> dict[str, ParagraphStyle]:
    """Paragraph styles in the embedded Japanese font; CJK line breaking everywhere."""
    font = register_font()

    def style(name: str, size: float, align: Literal[0, 1, 2, 4] = TA_LEFT, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.35, alignment=align, wordWrap="CJK", **kw
        )

    return {
        "title": style("title", base_size * 2.0, TA_CENTER, spaceAfter=base_size * 0.6),
        "h2": style("h2", base_size * 1.3, spaceBefore=base_size * 1.0, spaceAfter=base_size * 0.4, keepWithNext=1),
        "body": style("body", base_size),
        "indent": style("indent", base_size, leftIndent=base_size),
        "small": style("small", base_size * 0.85),
        "right": style("right", base_size, TA_RIGHT),
        "center": style("center", base_size, TA_CENTER),
        "big": style("big", base_size * 1.6),
        "big_right": style("big_right", base_size * 1.6, TA_RIGHT),
        "warning": style(
            "warning",
            base_size * 1.15,
            TA_CENTER,
            textColor=RED,
            borderColor=RED,
            borderWidth=1.2,
            borderPadding=(4, 4, 4, 4),
            spaceBefore=4,
            spaceAfter=8,
        ),
    }


def grid_style(
    *, header: bool = True, right_cols: tuple[int, ...] = (), total_row: bool = False, size: float = 9.5
) -> TableStyle:
    """A ruled table in the embedded font; header row shaded, money columns right-aligned."""
    font = register_font()
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for col in right_cols:
        cmds.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), GREY), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    if total_row:
        cmds += [("BACKGROUND", (0, -1), (-1, -1), GREY), ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black)]
    return TableStyle(cmds)


def numbered_canvas(footer: Callable[[int, int], str], font_size: float = 8) -> type[Canvas]:
    """A canvas class that writes `footer(page, pages)` at the foot of every page (two passes)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab stub lacks Canvas's private page reset

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                width, _ = self._pagesize  # type: ignore[attr-defined]  # reportlab stub lacks the private page size
                self.setFont(register_font(), font_size)
                self.setFillColor(colors.black)
                self.drawCentredString(width / 2, 10 * 72 / 25.4, footer(number, total))
                super().showPage()
            super().save()

    return NumberedCanvas
