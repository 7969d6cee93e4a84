"""QR price tags as PDF: A4 sheets of 12 or 24 labels, or one label per 50 × 30 mm page.

Each label shows, from the left: the QR code (encoding exactly the product code, nothing else, so a
keyboard-wedge scanner types what the register's scanner field expects) inside a white quiet zone
of four modules; then the product name (shrunk and wrapped to at most three lines, cut with … only
if even the smallest size cannot hold it — text never leaves its box), the tax-inclusive price with
"税込", ※ after the price for the reduced rate (8 %) with the legend "※軽減税率" under it, and the
workshop's name at the bottom. Sheets have light grey cut lines around every label and, in the
bottom margin, the legend and the page number. Labels fill a page row by row; a label is never
split across pages.

| layout | page           | grid  | label (mm) | QR area incl. quiet zone (mm) |
|--------|----------------|-------|------------|-------------------------------|
| 12     | A4 portrait    | 2 × 6 | 90 × 45    | 36                            |
| 24     | A4 portrait    | 3 × 8 | 63 × 33    | 27                            |
| single | 50 × 30 mm     | 1 × 1 | 50 × 30    | 27                            |

Plain data in, PDF out: nothing here reads the database.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pos.domain.errors import InvalidInput
from pos.domain.labels import LabelItem
from pos.domain.money import format_yen
from pos.output_files import write_owner_only
from pos.reports.fonts import register_font

QUIET_ZONE_MODULES = 4
CUT_LINE_GREY = Color(0.72, 0.72, 0.72)
TEXT_GREY = Color(0.3, 0.3, 0.3)
REDUCED_MARK = "※"
REDUCED_LEGEND = "※軽減税率"
SHEET_LEGEND = "※は軽減税率（8%）対象商品　価格はすべて税込"
ELLIPSIS = "…"
ORPHAN = 3  # characters on a last line that a slightly smaller size should avoid
_NO_LINE_END = set("（「『【〔〈《([{")
_CLOSING = set("）」』】〕〉》)]}")
_NO_LINE_START = set("、。，．・：；？！）」』】〕〉》ー～ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ!),.:;?]}")


@dataclass(frozen=True)
class LabelLayout:
    """A page of `columns` × `rows` labels; lengths in points (1/72 inch)."""

    key: str
    title: str
    page_width: float
    page_height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    qr_size: float  # the QR's white square, quiet zone included
    padding: float
    name_size: tuple[float, float]  # largest and smallest font size of the product name
    price_size: float
    small_size: float  # workshop name, legend
    sheet: bool  # cut lines and the legend/page number in the bottom margin

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def left(self) -> float:
        return (self.page_width - self.columns * self.label_width) / 2

    @property
    def top(self) -> float:
        return (self.page_height - self.rows * self.label_height) / 2

    def pages_for(self, labels: int) -> int:
        return math.ceil(labels / self.per_page)

    def origin(self, slot: int) -> tuple[float, float]:
        """Bottom-left corner of the label in slot 0 .. per_page-1 (row by row from the top left)."""
        row, column = divmod(slot, self.columns)
        x = self.left + column * self.label_width
        y = self.page_height - self.top - (row + 1) * self.label_height
        return x, y


A4_WIDTH, A4_HEIGHT = A4
LAYOUTS: dict[str, LabelLayout] = {
    "12": LabelLayout(
        "12",
        "A4 12面（2列×6段、90×45mm）",
        A4_WIDTH,
        A4_HEIGHT,
        2,
        6,
        90 * mm,
        45 * mm,
        qr_size=36 * mm,
        padding=3 * mm,
        name_size=(12, 6),
        price_size=17,
        small_size=7.5,
        sheet=True,
    ),
    "24": LabelLayout(
        "24",
        "A4 24面（3列×8段、63×33mm）",
        A4_WIDTH,
        A4_HEIGHT,
        3,
        8,
        63 * mm,
        33 * mm,
        qr_size=27 * mm,
        padding=2 * mm,
        name_size=(9.5, 5.5),
        price_size=13,
        small_size=6,
        sheet=True,
    ),
    "single": LabelLayout(
        "single",
        "1枚ずつ（50×30mmのラベル）",
        50 * mm,
        30 * mm,
        1,
        1,
        50 * mm,
        30 * mm,
        qr_size=27 * mm,
        padding=1.5 * mm,
        name_size=(8, 5),
        price_size=11,
        small_size=5,
        sheet=False,
    ),
}


def layout(key: str) -> LabelLayout:
    try:
        return LAYOUTS[key]
    except KeyError:
        raise InvalidInput(
            f"ラベルの種類「{key}」はありません（12・24・single）", f"Unknown label layout {key!r}"
        ) from None


# -- QR ---------------------------------------------------------------------------------------


def qr_matrix(code: str) -> list[list[bool]]:
    """The QR symbol's modules (True = dark) for exactly `code`, without the quiet zone."""
    qr = qrcode.QRCode(border=0, error_correction=ERROR_CORRECT_M)
    qr.add_data(code)
    qr.make(fit=True)
    return qr.get_matrix()


def draw_qr(c: Canvas, code: str, x: float, y: float, size: float) -> float:
    """Draw the QR centred in the white square (x, y, size) with a quiet zone of 4 modules or more.

    Returns the module size in points. Dark modules are one filled path (runs merged) so that no
    hairline seams appear between neighbours when rendered.
    """
    matrix = qr_matrix(code)
    n = len(matrix)
    module = size / (n + 2 * QUIET_ZONE_MODULES)
    x0 = x + (size - n * module) / 2
    top = y + size - (size - n * module) / 2
    path = c.beginPath()
    for r, row in enumerate(matrix):
        col = 0
        while col < n:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < n and row[col]:
                col += 1
            path.rect(x0 + start * module, top - (r + 1) * module, (col - start) * module, module)
    c.setFillColor(black)
    c.drawPath(path, stroke=0, fill=1)
    return module


# -- text fitting -----------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width` (by character, as Japanese is written). Closing
    punctuation and small kana never start a line, opening brackets never end one, when the line
    before can give or take a character."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if not line and ch == " ":
            continue
        if stringWidth(line + ch, font, size) <= width or not line:
            line += ch
            continue
        carry = ""
        if ch in _NO_LINE_START and len(line) > 1:
            line, carry = line[:-1], line[-1]
        while len(line) > 1 and line[-1] in _NO_LINE_END:
            line, carry = line[:-1], line[-1] + carry
        opening = _open_bracket(line)
        if opening > 0:  # keep a bracketed group such as （4個） together on the next line
            line, carry = line[:opening], line[opening:] + carry
        lines.append(line.rstrip())
        line = carry + ("" if ch == " " and not carry else ch)
    if line:
        lines.append(line)
    return lines


def _open_bracket(line: str) -> int:
    """Index of the last opening bracket in `line` that is not closed in it (-1: none)."""
    for i in range(len(line) - 1, -1, -1):
        if line[i] in _CLOSING:
            return -1
        if line[i] in _NO_LINE_END:
            return i
    return -1


def _clip(line: str, font: str, size: float, width: float) -> str:
    """`line` cut so that it ends with … and fits `width`."""
    while line and stringWidth(line + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line + ELLIPSIS


@dataclass(frozen=True)
class Fitted:
    lines: list[str]
    size: float

    @property
    def leading(self) -> float:
        return self.size * 1.18

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def fit_text(
    text: str, font: str, width: float, height: float, largest: float, smallest: float, max_lines: int
) -> Fitted:
    """The largest size (in 0.5 pt steps) at which `text` wraps into `max_lines` lines within
    `width` × `height`; at the smallest size, the last line that fits is cut with …"""
    size = largest
    while size >= smallest:
        lines = wrap(text, font, size, width)
        fitted = Fitted(lines, size)
        if len(lines) <= max_lines and fitted.height <= height:
            return _avoid_orphan(fitted, text, font, width, max(smallest, size - 2))
        size -= 0.5
    size = smallest
    lines = wrap(text, font, size, width)
    room = max(1, min(max_lines, int(height // (size * 1.18))))
    if len(lines) > room:
        lines = [*lines[: room - 1], _clip(lines[room - 1], font, size, width)]
    lines = [ln if stringWidth(ln, font, size) <= width else _clip(ln, font, size, width) for ln in lines]
    return Fitted(lines, size)


def _avoid_orphan(fitted: Fitted, text: str, font: str, width: float, smallest: float) -> Fitted:
    """A short last line ("食パン詰め合わ / せ", "さをり織りコース / ター") is avoided by a size at most
    2 pt smaller that needs one line less."""
    if len(fitted.lines) < 2 or len(fitted.lines[-1]) > ORPHAN:
        return fitted
    size = fitted.size - 0.5
    while size >= smallest:
        lines = wrap(text, font, size, width)
        if len(lines) < len(fitted.lines):
            return Fitted(lines, size)
        size -= 0.5
    return fitted


# -- one label ----------------------------------------------------------------------------------


def draw_label(c: Canvas, item: LabelItem, lay: LabelLayout, x: float, y: float) -> None:
    """One label with its bottom-left corner at (x, y); nothing is drawn outside it."""
    font = register_font()
    pad = lay.padding
    qr_y = y + (lay.label_height - lay.qr_size) / 2
    draw_qr(c, item.code, x + pad / 2, qr_y, lay.qr_size)

    left = x + pad / 2 + lay.qr_size + pad / 2
    right = x + lay.label_width - pad
    width = right - left
    bottom, top = y + pad, y + lay.label_height - pad
    small = lay.small_size

    # bottom up: workshop name, legend, price
    shop = fit_text(item.workshop, font, width, small * 1.18 * 2, small, max(small - 2, 4), 2)
    c.setFillColor(TEXT_GREY)
    for i, line in enumerate(reversed(shop.lines)):
        c.setFont(font, shop.size)
        c.drawString(left, bottom + i * shop.leading + shop.size * 0.15, line)
    cursor = bottom + shop.height + small * 0.3

    c.setFillColor(black)
    if item.reduced:
        c.setFont(font, small)
        c.drawString(left, cursor + small * 0.15, REDUCED_LEGEND)
        cursor += small * 1.25

    price = format_yen(item.price)
    suffix_size = max(small, lay.price_size * 0.45)
    mark = REDUCED_MARK if item.reduced else ""
    price_size = lay.price_size
    while price_size > 6 and _price_width(price, mark, font, price_size, suffix_size) > width:
        price_size -= 0.5
    c.setFont(font, price_size)
    c.drawString(left, cursor + price_size * 0.12, price)
    px = left + stringWidth(price, font, price_size)
    if mark:
        c.setFont(font, price_size * 0.8)
        c.drawString(px, cursor + price_size * 0.12, mark)
        px += stringWidth(mark, font, price_size * 0.8)
    c.setFont(font, suffix_size)
    c.drawString(px + suffix_size * 0.3, cursor + price_size * 0.12, "税込")
    cursor += price_size * 1.2 + small * 0.3

    largest, smallest = lay.name_size
    name = fit_text(item.name, font, width, top - cursor, largest, smallest, 3)
    c.setFont(font, name.size)
    for i, line in enumerate(name.lines):
        c.drawString(left, top - (i + 1) * name.leading + name.size * 0.2, line)


def _price_width(price: str, mark: str, font: str, size: float, suffix_size: float) -> float:
    return (
        stringWidth(price, font, size)
        + stringWidth(mark, font, size * 0.8)
        + suffix_size * 0.3
        + stringWidth("税込", font, suffix_size)
    )


# -- sheets -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelSheet:
    """What was written: how many labels on how many pages, in which layout."""

    labels: int
    pages: int
    layout: str


def write_labels(out: str | Path | BinaryIO, items: Sequence[LabelItem], layout_key: str = "12") -> LabelSheet:
    """Write `items` (one entry per label, in order) as a PDF of the chosen layout (a file: owner-only)."""
    if isinstance(out, (str, Path)):
        buffer = io.BytesIO()
        sheet = write_labels(buffer, items, layout_key)
        write_owner_only(out, buffer.getvalue())
        return sheet
    lay = layout(layout_key)
    if not items:
        raise InvalidInput("印刷するラベルがありません", "No labels to print")
    font = register_font()
    target = str(out) if isinstance(out, Path) else out
    c = Canvas(target, pagesize=(lay.page_width, lay.page_height), pageCompression=1)
    c.setTitle("値札（QRコード）")
    c.setCreator("Booth POS")
    pages = lay.pages_for(len(items))
    for page in range(pages):
        chunk = items[page * lay.per_page : (page + 1) * lay.per_page]
        for slot, item in enumerate(chunk):
            x, y = lay.origin(slot)
            draw_label(c, item, lay, x, y)
        if lay.sheet:
            _cut_lines(c, lay, len(chunk))
            c.setFont(font, 7)
            c.setFillColor(TEXT_GREY)
            c.drawString(lay.left, lay.top / 2 - 2, SHEET_LEGEND)
            c.drawRightString(lay.page_width - lay.left, lay.top / 2 - 2, f"{page + 1} / {pages}")
        c.showPage()
    c.save()
    return LabelSheet(len(items), pages, lay.key)


def _cut_lines(c: Canvas, lay: LabelLayout, used: int) -> None:
    """Light dashed hairlines along the edges of the labels in use, each shared edge drawn once."""
    edges: set[tuple[float, float, float, float]] = set()
    for slot in range(used):
        x, y = lay.origin(slot)
        x2, y2 = x + lay.label_width, y + lay.label_height
        for edge in ((x, y, x2, y), (x, y2, x2, y2), (x, y, x, y2), (x2, y, x2, y2)):
            a, b, c2, d = (round(v, 2) for v in edge)
            edges.add((a, b, c2, d))
    c.setStrokeColor(CUT_LINE_GREY)
    c.setLineWidth(0.4)
    c.setDash(3, 2)
    for x1, y1, x2, y2 in sorted(edges):
        c.line(x1, y1, x2, y2)
    c.setDash()
