"""The month calendar PDF handed out at the monthly 実行委員会 meeting (A4 landscape, Japanese).

One page: a Monday-first grid of the month; each day lists its planned days — venue, hours, the
workshops that signed up, staffing `人員 3/5` — and marks every gap in red AND with the text
`▲不足 13:00–16:00 あと2人` (colour is never the only signal). Below the grid, the list of gaps.
Text comes from plain data (`pos.domain.calendar.PlannedDayInfo`) and is escaped for reportlab's
paragraph markup, so names like `<b>` or `&` print as typed. The font is the project's embedded one.
"""

from __future__ import annotations

import calendar as _cal
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pos.domain.calendar import WEEKDAY_JA, PlannedDayInfo, hours_text
from pos.reports.pdf_common import RED, styles

GAP_MARK = "▲不足"
HEAD_BG = colors.HexColor("#e8e8e8")
WEEKEND_BG = colors.HexColor("#f6f3ea")
OTHER_MONTH = colors.HexColor("#bbbbbb")

_Cell = Flowable | list[Flowable]  # a calendar cell: one paragraph, or a day's stack of them


def _day_cell(d: date, plans: Sequence[PlannedDayInfo], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(f"<b>{d.day}</b>", st["day"])]
    for p in plans:
        out.append(Paragraph(f"<b>{escape(p.venue)}</b>", st["cell"]))
        out.append(Paragraph(escape(hours_text(p.start, p.end)), st["small"]))
        if p.workshops:
            out.append(Paragraph(escape("、".join(name for _, name in p.workshops)), st["small"]))
        if p.shifts:
            have = sum(min(len(s.signups), s.needed) for s in p.shifts)
            need = sum(s.needed for s in p.shifts)
            out.append(Paragraph(f"人員 {have}/{need}", st["small"]))
        for s in p.shifts:
            if s.missing:
                text = f"{GAP_MARK} {hours_text(s.start, s.end)} あと{s.missing}人"
                out.append(Paragraph(f'<font color="{RED.hexval()}"><b>{escape(text)}</b></font>', st["small"]))
        if p.notes:
            out.append(Paragraph(escape(p.notes), st["small"]))
    return out


def _needed(row: Sequence[_Cell], width: float) -> float:
    """The height the fullest cell of a week needs (a busy week grows; the table then runs on a 2nd page)."""
    tallest = 0.0
    for cell in row:
        parts = cell if isinstance(cell, list) else [cell]
        tallest = max(tallest, sum(p.wrap(width - 12, 10_000)[1] for p in parts))
    return tallest + 8


def render_pdf(year: int, month: int, plans: Sequence[PlannedDayInfo], title: str = "販売予定") -> bytes:
    st = styles(8)
    st["day"] = st["body"].clone("day", fontSize=9, leading=11)
    st["cell"] = st["body"].clone("cell", fontSize=7.5, leading=9)
    st["small"] = st["body"].clone("small", fontSize=6.5, leading=8)
    by_day: dict[date, list[PlannedDayInfo]] = defaultdict(list)
    for p in plans:
        by_day[p.day].append(p)
    weeks = _cal.Calendar(firstweekday=0).monthdatescalendar(year, month)
    header: list[_Cell] = [Paragraph(f"<b>{w}</b>", st["center"]) for w in WEEKDAY_JA]
    rows: list[list[_Cell]] = [header]
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("BACKGROUND", (5, 1), (6, -1), WEEKEND_BG),
    ]
    for r, week in enumerate(weeks, start=1):
        row: list[_Cell] = []
        for c, d in enumerate(week):
            if d.month != month:
                row.append(Paragraph(f'<font color="{OTHER_MONTH.hexval()}">{d.month}/{d.day}</font>', st["small"]))
            else:
                row.append(_day_cell(d, by_day.get(d, []), st))
                if any(p.missing for p in by_day.get(d, [])):
                    style.append(("BOX", (c, r), (c, r), 1.5, RED))
        rows.append(row)
    width = (landscape(A4)[0] - 20 * mm) / 7
    available = landscape(A4)[1] - 20 * mm - 30 * mm
    heights = [6 * mm] + [max(available / len(weeks), _needed(row, width)) for row in rows[1:]]
    table = Table(rows, colWidths=[width] * 7, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle(style))
    gaps = [g for p in plans for g in p.gaps()]
    story: list[Flowable] = [
        Paragraph(escape(f"{year}年{month}月 {title}"), st["title"]),
        table,
    ]
    if gaps:
        story += [
            Spacer(1, 2 * mm),
            Paragraph(
                "<b>人員の不足</b>（" + GAP_MARK + "）: " + escape("　".join(f"{g.text()}（{g.venue}）" for g in gaps)),
                st["small"],
            ),
        ]
    else:
        story += [Spacer(1, 2 * mm), Paragraph("人員の不足はありません", st["small"])]
    buf = BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=landscape(A4),
        leftMargin=10 * mm,
        rightMargin=10 * mm,
        topMargin=8 * mm,
        bottomMargin=8 * mm,
        title=f"{year}年{month}月 {title}",
    )
    doc.build(story)
    return buf.getvalue()


def write_pdf(year: int, month: int, plans: Sequence[PlannedDayInfo], path: str | Path) -> Path:
    path = Path(path)
    path.write_bytes(render_pdf(year, month, plans))
    return path
