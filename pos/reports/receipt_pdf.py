"""The receipt as a PDF: 80 mm roll width (page height fitted to the content) or A6.

The content comes from `pos.reports.receipt_layout.receipt_rows` (and `ryoshusho_rows` for a 領収書);
this module only sets it in the embedded IPAex Gothic with reportlab platypus.
`receipt_pdf(data, size="80mm"|"a6", council=...)` and `ryoshusho_pdf(...)` return the PDF's bytes.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, HRFlowable, KeepTogether, PageTemplate, Paragraph, Table

from pos.domain.errors import InvalidInput
from pos.reports.fonts import register_font
from pos.reports.pdf_common import RED
from pos.reports.receipt_layout import Row, receipt_rows, ryoshusho_rows

if TYPE_CHECKING:
    from pos.services.receipts import ReceiptData
    from pos.services.ryoshusho import RyoshushoData

ROLL_WIDTH = 80 * mm
SIZES = ("80mm", "a6")
_SCALE = {"small": 0.85, "normal": 1.0, "large": 1.3, "huge": 2.4}


def _flowables(rows: list[Row], width: float, base: float) -> list[Any]:
    font = register_font()
    flow: list[Any] = []
    for row in rows:
        if row.rule:
            flow.append(
                HRFlowable(width="100%", thickness=0.6, color=colors.black, dash=(2, 2), spaceBefore=2, spaceAfter=2)
            )
            continue
        size = base * _SCALE[row.size]
        style = ParagraphStyle(
            f"r{size}",
            fontName=font,
            fontSize=size,
            leading=size * 1.3,
            wordWrap="CJK",
            alignment=TA_CENTER if row.center and not row.right else TA_LEFT,
            textColor=RED if row.alert else colors.black,
            leftIndent=size if row.indent else 0,
        )
        left = Paragraph(escape(row.left), style)
        if not row.right:
            flow.append(left)
            continue
        right_width = stringWidth(row.right, font, size) + 2
        table = Table([[left, row.right]], colWidths=[width - right_width, right_width])
        table.setStyle(
            [
                ("FONT", (1, 0), (1, 0), font, size),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("TEXTCOLOR", (1, 0), (1, 0), RED if row.alert else colors.black),
            ]
        )
        flow.append(table)
    return flow


def _keep_parts_together(rows: list[Row], flow: list[Any]) -> list[Any]:
    """On A6 pages: the rows between two rules (a seller's block, the totals …) move to the next page
    whole rather than break in the middle (one flowable per row, in the same order)."""
    parts: list[Any] = []
    current: list[Any] = []
    for row, f in zip(rows, flow, strict=True):
        current.append(f)
        if row.rule:
            parts.append(KeepTogether(current))
            current = []
    if current:
        parts.append(KeepTogether(current))
    return parts


def _height(flow: list[Any], width: float) -> float:
    total = 0.0
    for f in flow:
        _, h = f.wrap(width, 10_000 * mm)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def receipt_pdf(data: ReceiptData, size: str = "80mm", *, council: str = "") -> bytes:
    """Render one receipt; `size` is "80mm" (roll, one page as long as needed) or "a6"."""
    return rows_pdf(receipt_rows(data, council), size, title=f"レシート No.{data.receipt_no}", author=data.seller)


def ryoshusho_pdf(data: RyoshushoData, size: str = "a6", *, council: str = "") -> bytes:
    """Render a 領収書 (pos.services.ryoshusho) on the 80 mm roll or A6."""
    title = f"領収書 No.{data.receipt.receipt_no}" + ("（再発行）" if data.reissued else "")
    return rows_pdf(ryoshusho_rows(data, council), size, title=title, author=data.receipt.seller)


def rows_pdf(rows: list[Row], size: str, *, title: str, author: str) -> bytes:
    size = size.lower()
    if size not in SIZES:
        raise InvalidInput(f"レシートの用紙は 80mm か a6 です（{size}）", f"Receipt size must be 80mm or a6 ({size})")
    if size == "80mm":
        margin, base = 4 * mm, 8.5
        width = ROLL_WIDTH - 2 * margin
        flow = _flowables(rows, width, base)
        page = (ROLL_WIDTH, _height(flow, width) + 2 * margin + 3 * mm)
    else:
        margin, base = 8 * mm, 9.0
        width = A6[0] - 2 * margin
        flow = _keep_parts_together(rows, _flowables(rows, width, base))
        page = A6
    buf = BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=title,
        author=author,
        creator="Booth POS",
    )
    frame = Frame(
        margin, margin, width, page[1] - 2 * margin, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0
    )
    doc.addPageTemplates([PageTemplate(id="receipt", frames=[frame])])
    doc.build(flow)
    return buf.getvalue()
