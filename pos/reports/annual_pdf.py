"""The annual report (様式第２号 部会年間報告書) as an A4 PDF laid out like the ward's form.

From top to bottom, as one continuous grid: 【様式第２号】 and the title line, 部会名 and the chair and
vice-chair, the 構成機関 grid (three categories a row with their counts, 合計 last), 年間目標, the twelve
rows 月 / 活動内容 / 会議開催日時 (header repeated on every page; long activity text wraps in its cell),
連携・協働による課題解決の仕組み with 部会でできたこと・やったこと and 運営上の課題 (numbered), and
シェアしたい取組 / 市域で共有・検討したい課題 side by side.

Long free texts are laid out one line (paragraph) per table row without inner rules, so any section
can continue on the next page cleanly. The IPAex Gothic font is embedded (`register_font`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

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
from pos.reports.fonts import register_font

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_Y = 13 * mm
WIDTH = PAGE_W - 2 * MARGIN_X  # 180 mm
LABEL_W = 30 * mm
MEMBER_COLUMNS = 3
LINE = 0.6
HEAD_BG = colors.HexColor("#eeeeee")
FONT_SIZE = 9
SMALL = 8.5


def _styles(font: str) -> dict[str, ParagraphStyle]:
    # CJK wrapping lets a closing bracket or 、 hang past the line end (kinsoku); the right indent keeps
    # that hanging character inside the cell instead of on its border.
    base = ParagraphStyle(
        "base", fontName=font, fontSize=FONT_SIZE, leading=12.5, wordWrap="CJK", rightIndent=FONT_SIZE - 2
    )
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=SMALL, leading=11.5, rightIndent=SMALL - 2),
        "indent": ParagraphStyle("indent", parent=base, leftIndent=FONT_SIZE),
        "hanging": ParagraphStyle("hanging", parent=base, leftIndent=1.6 * FONT_SIZE, firstLineIndent=-1.6 * FONT_SIZE),
        "label": ParagraphStyle("label", parent=base, alignment=TA_LEFT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER, rightIndent=0),
        "title": ParagraphStyle("title", parent=base, fontSize=13, leading=18, alignment=TA_CENTER, rightIndent=0),
        "form": ParagraphStyle("form", parent=base, fontSize=SMALL),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _two_lines(label: str, style: ParagraphStyle) -> Paragraph:
    """`部会長（氏名・所属先）` broken before its bracket, as the form prints it in a narrow cell."""
    head, bracket, rest = label.partition("（")
    return Paragraph(escape(head) + ("<br/>" + escape(bracket + rest) if bracket else ""), style)


def _text_rows(text: str, st: dict[str, ParagraphStyle], *, hanging: bool = False) -> list[Paragraph]:
    """One paragraph per line of `text`; a line indented with spaces keeps an indent."""
    rows = []
    for line in text_lines(text):
        stripped = line.lstrip(" 　\t")
        if not stripped:
            rows.append(_p(" ", st["base"]))
        elif stripped != line:
            rows.append(_p(stripped, st["indent"]))
        else:
            rows.append(_p(line, st["hanging" if hanging else "base"]))
    return rows


def _grid(extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), LINE, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )


def _head(r: AnnualReport, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    side = (WIDTH - 2 * LABEL_W) / 2
    table = Table(
        [
            [_p(H_SUBCOMMITTEE, st["label"]), _p(r.subcommittee, st["base"]), "", ""],
            [
                _two_lines(H_CHAIR, st["label"]),
                _p(r.chair.text(), st["base"]),
                _two_lines(H_VICE_CHAIR, st["label"]),
                _p(r.vice_chair.text(), st["base"]),
            ],
        ],
        colWidths=[LABEL_W, side, LABEL_W, side],
        style=_grid(
            [
                ("SPAN", (1, 0), (3, 0)),
                ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
                ("BACKGROUND", (2, 1), (2, 1), HEAD_BG),
            ]
        ),
    )
    return [_p(FORM_NUMBER, st["form"]), _p(r.title, st["title"]), Spacer(0, 3 * mm), table]


def _members(r: AnnualReport, st: dict[str, ParagraphStyle]) -> Table:
    cells: list[tuple[str, str]] = [(m.category, str(m.count) if m.count else "") for m in r.members]
    cells.append((H_TOTAL, str(r.member_total)))
    rows = []
    for i in range(0, len(cells), MEMBER_COLUMNS):
        chunk = cells[i : i + MEMBER_COLUMNS]
        chunk += [("", "")] * (MEMBER_COLUMNS - len(chunk))
        row: list[object] = ["" if i else _p(H_MEMBERS, st["label"])]
        for category, count in chunk:
            row += [_p(category, st["small"]), _p(count, st["center"])]
        rows.append(row)
    count_w = 11 * mm
    category_w = (WIDTH - LABEL_W) / MEMBER_COLUMNS - count_w
    last = len(rows) - 1
    total_col = 1 + 2 * ((len(cells) - 1) % MEMBER_COLUMNS)
    return Table(
        rows,
        colWidths=[LABEL_W, *([category_w, count_w] * MEMBER_COLUMNS)],
        style=_grid(
            [
                ("SPAN", (0, 0), (0, -1)),
                ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
                ("BACKGROUND", (total_col, last), (total_col, last), HEAD_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        ),
    )


def _goal(r: AnnualReport, st: dict[str, ParagraphStyle]) -> Table:
    body = [_p(line, st["base"]) for line in text_lines(r.goal)] or [_p(" ", st["base"])]
    return Table(
        [[_p(H_GOAL, st["label"]), body]],
        colWidths=[LABEL_W, WIDTH - LABEL_W],
        style=_grid([("BACKGROUND", (0, 0), (0, 0), HEAD_BG)]),
    )


def _months(r: AnnualReport, st: dict[str, ParagraphStyle]) -> Table:
    rows: list[list[object]] = [[_p(H_MONTH, st["center"]), _p(H_ACTIVITY, st["center"]), _p(H_MEETING, st["center"])]]
    for line in r.months:
        rows.append(
            [
                _p(month_cell(line.month), st["center"]),
                _p(line.activity or " ", st["small"]),
                _p(line.meeting_days, st["center"]),
            ]
        )
    month_w, meeting_w = 14 * mm, 26 * mm
    return Table(
        rows,
        colWidths=[month_w, WIDTH - month_w - meeting_w, meeting_w],
        rowHeights=[None] + [None] * len(r.months),
        repeatRows=1,
        style=_grid(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("TOPPADDING", (0, 1), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 4.5),
            ]
        ),
    )


def _collaboration(r: AnnualReport, st: dict[str, ParagraphStyle]) -> Table:
    """Left: the section label; right: two headed blocks of text, one line a row (splits cleanly)."""
    rows: list[list[object]] = []
    heads: list[int] = []
    for heading, lines in (
        (H_ACHIEVEMENTS, _text_rows(r.achievements, st, hanging=True)),
        (H_PROBLEMS, [_p(item, st["hanging"]) for item in r.problem_items]),
    ):
        heads.append(len(rows))
        rows.append(["", _p(heading, st["base"])])
        rows += [["", line] for line in lines] or [["", _p(" ", st["base"])], ["", _p(" ", st["base"])]]
    for i, part in enumerate(H_COLLABORATION_LINES):  # the label, one line a row, as the form breaks it
        rows[i][0] = _p(part, st["label"])
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), LINE, colors.black),
        ("LINEAFTER", (0, 0), (0, -1), LINE, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for h in heads:
        commands += [
            ("BACKGROUND", (1, h), (1, h), HEAD_BG),
            ("LINEABOVE", (1, h), (1, h), LINE, colors.black),
            ("LINEBELOW", (1, h), (1, h), LINE, colors.black),
            ("TOPPADDING", (1, h), (1, h), 2.5),
            ("BOTTOMPADDING", (1, h), (1, h), 3),
        ]
    return Table(rows, colWidths=[LABEL_W, WIDTH - LABEL_W], style=TableStyle(commands))


def _share(r: AnnualReport, st: dict[str, ParagraphStyle]) -> Table:
    left, right = _text_rows(r.share, st), _text_rows(r.citywide, st)
    n = max(len(left), len(right), 3)
    blank = _p(" ", st["base"])
    rows: list[list[object]] = [[_p(H_SHARE, st["center"]), _p(H_CITYWIDE, st["center"])]]
    rows += [[left[i] if i < len(left) else blank, right[i] if i < len(right) else blank] for i in range(n)]
    return Table(
        rows,
        colWidths=[WIDTH / 2, WIDTH / 2],
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), LINE, colors.black),
                ("LINEAFTER", (0, 0), (0, -1), LINE, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), LINE, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, 0), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
            ]
        ),
    )


def _footer(font: str) -> Callable[[Canvas, SimpleDocTemplate], None]:
    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawCentredString(PAGE_W / 2, MARGIN_Y / 2, f"- {doc.page} -")
        canvas.restoreState()

    return draw


def story(r: AnnualReport) -> list[Flowable]:
    """The flowables of the report, top to bottom."""
    st = _styles(register_font())
    return [
        *_head(r, st),
        _members(r, st),
        _goal(r, st),
        _months(r, st),
        _collaboration(r, st),
        _share(r, st),
    ]


def render_pdf(r: AnnualReport) -> bytes:
    """The report as PDF bytes (A4 portrait, fonts embedded)."""
    font = register_font()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_Y,
        bottomMargin=MARGIN_Y,
        title=r.title,
        author=r.council,
        subject=r.subcommittee,
        creator="Booth POS",
    )
    footer = _footer(font)
    doc.build(story(r), onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


def write_pdf(r: AnnualReport, path: str | Path) -> Path:
    """Write the report to `path`; nothing is written when rendering fails."""
    return write_owner_only(path, render_pdf(r))
