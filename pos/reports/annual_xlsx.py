"""The annual report (様式第２号 部会年間報告書) as an .xlsx sheet laid out like the ward's form.

The ward's forms are spreadsheets, so the sheet mirrors the PDF: merged cells, thin borders, wrapped
text, column widths and row heights that fit the text, A4 portrait fitted to one page wide. Eight
columns, A to H:

    A          labels (部会名, 構成機関, 年間目標, 月 …)
    B C        構成機関 category and count (first pair)        │ 活動内容 = B:G merged
    D:E F      second pair                                   │ 会議開催日時 = H
    G H        third pair (合計 is the last pair)              │
    A:D / E:H  シェアしたい取組 / 市域で共有・検討したい課題

Row heights are estimated from the text (Excel does not grow merged cells by itself): a full-width
character counts two width units, others one.
"""

from __future__ import annotations

import io
import math
import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from pos.domain.annual_report import (
    FORM_NUMBER,
    H_ACHIEVEMENTS,
    H_ACTIVITY,
    H_CHAIR,
    H_CITYWIDE,
    H_COLLABORATION_LINES,
    H_GOAL,
    H_MEETING,
    H_MEMBERS,
    H_MONTH,
    H_PROBLEMS,
    H_SHARE,
    H_SUBCOMMITTEE,
    H_TOTAL,
    H_VICE_CHAIR,
    AnnualReport,
    month_cell,
    text_lines,
)
from pos.output_files import write_owner_only

SHEET_TITLE = "部会年間報告書"
FONT_NAME = "ＭＳ Ｐゴシック"
FONT_SIZE = 10
LABEL_SIZE = 9
WIDTHS = {"A": 16, "B": 20, "C": 6, "D": 10, "E": 10, "F": 6, "G": 20, "H": 13}
# 構成機関 pairs: (first column, last column) of the category, count column.
MEMBER_PAIRS = ((2, 2, 3), (4, 5, 6), (7, 7, 8))
LINE_PT = 13  # height of one text line at FONT_SIZE
CHAR_UNITS = 0.95  # column-width units per display-width unit at FONT_SIZE (a kanji ≈ 1.9)
PAD_PT = 5
MAX_ROW_PT = 409  # Excel's limit

_thin = Side(style="thin", color="000000")
BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")
WRAP = Alignment(wrap_text=True, vertical="top")
WRAP_MIDDLE = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def display_width(text: str) -> int:
    """Width units of `text`: 2 for full-width (East Asian wide) characters, 1 for the others."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def lines_needed(text: str, units: float, size: float = FONT_SIZE) -> int:
    """Lines `text` takes when wrapped in a cell `units` wide at font `size` (at least 1)."""
    usable = max(units - 1, 1)
    per_unit = CHAR_UNITS * size / FONT_SIZE
    return max(1, sum(max(1, math.ceil(display_width(line) * per_unit / usable)) for line in text.split("\n")))


def _span_units(first: int, last: int) -> float:
    return sum(WIDTHS[get_column_letter(c)] for c in range(first, last + 1))


class _Sheet:
    """Writes cells, merges with borders, and keeps each row tall enough for its text."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.heights: dict[int, float] = {}

    def put(
        self,
        row: int,
        first: int,
        last: int,
        value: str | int | None,
        *,
        align: Alignment = WRAP_MIDDLE,
        head: bool = False,
        bold: bool = False,
        size: float = FONT_SIZE,
        border: bool = True,
        rows: int = 1,
    ) -> None:
        """Write `value` into the range (row, first)..(row + rows - 1, last), merged when larger than a cell."""
        bottom = row + rows - 1
        if last > first or rows > 1:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=bottom, end_column=last)
        cell = self.ws.cell(row=row, column=first, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # text stays text: "=HYPERLINK(…)" is shown, never run as a formula
        cell.alignment = align
        cell.font = Font(name=FONT_NAME, size=size, bold=bold)
        for r in range(row, bottom + 1):
            for c in range(first, last + 1):
                target = self.ws.cell(row=r, column=c)
                if border:
                    target.border = BORDER
                if head:
                    target.fill = HEAD_FILL
        if rows == 1 and isinstance(value, str) and value:
            need = lines_needed(value, _span_units(first, last), size) * LINE_PT * size / FONT_SIZE + PAD_PT
            self.heights[row] = max(self.heights.get(row, 0), need)

    def fit_rows(self, minimum: float = 18) -> None:
        for row, height in self.heights.items():
            self.ws.row_dimensions[row].height = min(max(height, minimum), MAX_ROW_PT)


def _chunks(lines: list[str], units: float) -> list[str]:
    """Join lines into cell texts that each stay under Excel's row height limit."""
    chunks: list[list[str]] = [[]]
    used = 0.0
    for line in lines:
        need = lines_needed(line, units) * LINE_PT
        if chunks[-1] and used + need + PAD_PT > MAX_ROW_PT:
            chunks.append([])
            used = 0.0
        chunks[-1].append(line)
        used += need
    return ["\n".join(c) for c in chunks]


def _head(sh: _Sheet, r: AnnualReport) -> int:
    sh.put(1, 1, 2, FORM_NUMBER, align=Alignment(vertical="center"), border=False)
    sh.put(2, 1, 8, r.title, align=CENTER, bold=True, size=14, border=False)
    sh.put(3, 1, 1, H_SUBCOMMITTEE, head=True)
    sh.put(3, 2, 8, r.subcommittee)
    sh.put(4, 1, 1, H_CHAIR.replace("（", "\n（"), head=True, size=LABEL_SIZE)
    sh.put(4, 2, 4, r.chair.text())
    sh.put(4, 5, 6, H_VICE_CHAIR.replace("（", "\n（"), head=True, size=LABEL_SIZE)
    sh.put(4, 7, 8, r.vice_chair.text())
    return 5


def _members(sh: _Sheet, r: AnnualReport, top: int) -> int:
    cells: list[tuple[str, int | None, bool]] = [(m.category, m.count or None, False) for m in r.members]
    cells.append((H_TOTAL, r.member_total, True))
    n_rows = math.ceil(len(cells) / len(MEMBER_PAIRS))
    sh.put(top, 1, 1, H_MEMBERS, head=True, rows=n_rows)
    for i, (category, count, is_total) in enumerate(cells):
        row = top + i // len(MEMBER_PAIRS)
        first, last, count_col = MEMBER_PAIRS[i % len(MEMBER_PAIRS)]
        sh.put(row, first, last, category, head=is_total, size=LABEL_SIZE)
        sh.put(row, count_col, count_col, count, align=CENTER, head=is_total)
    for j in range(len(cells), n_rows * len(MEMBER_PAIRS)):  # empty pairs after 合計 keep their borders
        row = top + j // len(MEMBER_PAIRS)
        first, last, count_col = MEMBER_PAIRS[j % len(MEMBER_PAIRS)]
        sh.put(row, first, last, None)
        sh.put(row, count_col, count_col, None)
    return top + n_rows


def _goal(sh: _Sheet, r: AnnualReport, top: int) -> int:
    sh.put(top, 1, 1, H_GOAL, head=True)
    sh.put(top, 2, 8, "\n".join(text_lines(r.goal)), align=WRAP_MIDDLE)
    return top + 1


def _months(sh: _Sheet, r: AnnualReport, top: int) -> int:
    sh.put(top, 1, 1, H_MONTH, align=CENTER, head=True)
    sh.put(top, 2, 7, H_ACTIVITY, align=CENTER, head=True)
    sh.put(top, 8, 8, H_MEETING, align=CENTER, head=True)
    for i, line in enumerate(r.months, start=1):
        sh.put(top + i, 1, 1, month_cell(line.month), align=CENTER)
        sh.put(top + i, 2, 7, line.activity, align=WRAP_MIDDLE)
        sh.put(top + i, 8, 8, line.meeting_days, align=CENTER)
        sh.heights[top + i] = max(sh.heights.get(top + i, 0), 2 * LINE_PT)
    return top + len(r.months) + 1


def _collaboration(sh: _Sheet, r: AnnualReport, top: int) -> int:
    units = _span_units(2, 8)
    blocks = [
        (H_ACHIEVEMENTS, _chunks(text_lines(r.achievements), units) or [""]),
        (H_PROBLEMS, _chunks(r.problem_items, units) or [""]),
    ]
    row = top
    for heading, texts in blocks:
        sh.put(row, 2, 8, heading, head=True)
        row += 1
        for text in texts:
            sh.put(row, 2, 8, text, align=WRAP)
            sh.heights[row] = max(sh.heights.get(row, 0), 3 * LINE_PT)
            row += 1
    label = "\n".join(H_COLLABORATION_LINES)
    sh.put(top, 1, 1, label, align=Alignment(wrap_text=True, vertical="top"), head=True, rows=row - top)
    return row


def _share(sh: _Sheet, r: AnnualReport, top: int) -> int:
    sh.put(top, 1, 4, H_SHARE, align=CENTER, head=True)
    sh.put(top, 5, 8, H_CITYWIDE, align=CENTER, head=True)
    sh.put(top + 1, 1, 4, "\n".join(text_lines(r.share)), align=WRAP)
    sh.put(top + 1, 5, 8, "\n".join(text_lines(r.citywide)), align=WRAP)
    sh.heights[top + 1] = max(sh.heights.get(top + 1, 0), 4 * LINE_PT)
    return top + 2


def _print_setup(ws: Worksheet, last_row: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_area = f"A1:H{last_row}"
    footer = ws.oddFooter
    assert footer is not None and footer.center is not None  # openpyxl creates them with the sheet
    footer.center.text = "- &P -"
    ws.sheet_view.showGridLines = False


def build_workbook(r: AnnualReport) -> Workbook:
    """The report as an openpyxl workbook with one sheet."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET_TITLE
    for letter, width in WIDTHS.items():
        ws.column_dimensions[letter].width = width
    sh = _Sheet(ws)
    row = _head(sh, r)
    row = _members(sh, r, row)
    row = _goal(sh, r, row)
    row = _months(sh, r, row)
    row = _collaboration(sh, r, row)
    row = _share(sh, r, row)
    sh.fit_rows()
    _print_setup(ws, row - 1)
    wb.properties.title = r.title
    wb.properties.creator = "Booth POS"
    return wb


def render_xlsx(r: AnnualReport) -> bytes:
    out = io.BytesIO()
    build_workbook(r).save(out)
    return out.getvalue()


def write_xlsx(r: AnnualReport, path: str | Path) -> Path:
    """Write the report to `path`; nothing is written when building fails."""
    return write_owner_only(path, render_xlsx(r))
