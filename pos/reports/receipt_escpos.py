"""Receipts on an ESC/POS thermal printer (optional: `pip install -e '.[escpos]'`, python-escpos).

Cheap receipt printers rarely have kanji in their character sets, so the whole receipt is drawn as
one black-and-white image with the bundled IPAex Gothic (Pillow, which reportlab already brings)
and sent as a raster image. `receipt_image` needs nothing beyond Pillow; `print_receipt_escpos`
and `connect_printer` import python-escpos only when called, and say in Japanese how to install
it when it is missing.

Printer specs for `connect_printer`: `network:HOST[:PORT]`, `usb:VENDOR:PRODUCT` (hex ids),
`serial:DEVICE[:BAUD]`, `file:PATH` (e.g. /dev/usb/lp0).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PIL import Image, ImageDraw, ImageFont

from pos.domain.errors import InvalidInput, PosError
from pos.paths import FONT_FILE
from pos.reports.receipt_layout import Row, receipt_rows, ryoshusho_rows

if TYPE_CHECKING:
    from pos.services.receipts import ReceiptData
    from pos.services.ryoshusho import RyoshushoData

#: Printable width of an 80 mm roll at 203 dpi (72 mm).
WIDTH_80MM = 576
_SIZES = {"small": 20, "normal": 24, "large": 32, "huge": 60}
_MARGIN = 8


class EscposUnavailable(PosError):
    """python-escpos is not installed (it is an optional extra)."""


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_FILE), size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: float) -> list[str]:
    lines, current = [], ""
    for ch in text:
        if current and font.getlength(current + ch) > width:
            lines.append(current)
            current = ch
        else:
            current += ch
    return [*lines, current]


def _layout(rows: list[Row], width: int) -> tuple[list[tuple[str, Any]], int]:
    """Drawing operations and the total height for the rows at `width` pixels."""
    ops: list[tuple[str, Any]] = []
    y = _MARGIN
    inner = width - 2 * _MARGIN
    for row in rows:
        if row.rule:
            ops.append(("rule", y + 6))
            y += 14
            continue
        size = _SIZES[row.size]
        font = _font(size)
        indent = size if row.indent else 0
        right_w = int(font.getlength(row.right)) + 8 if row.right else 0
        lines = _wrap(row.left, font, inner - indent - right_w)
        step = int(size * 1.3)
        for i, line in enumerate(lines):
            centred = row.center and not row.right
            x = _MARGIN + ((inner - int(font.getlength(line))) // 2 if centred else indent)
            ops.append(("text", (x, y, line, font)))
            if row.right and i == len(lines) - 1:
                ops.append(("text", (width - _MARGIN - int(font.getlength(row.right)), y, row.right, font)))
            y += step
    return ops, y + _MARGIN


def receipt_image(data: ReceiptData, council: str = "", width: int = WIDTH_80MM) -> Image.Image:
    """The receipt as a 1-bit image `width` pixels wide (black text on white)."""
    return rows_image(receipt_rows(data, council), width)


def rows_image(rows: list[Row], width: int = WIDTH_80MM) -> Image.Image:
    """Printed rows (a receipt's, a 領収書's) as a 1-bit image `width` pixels wide."""
    ops, height = _layout(rows, width)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for kind, op in ops:
        if kind == "rule":
            for x in range(_MARGIN, width - _MARGIN, 12):
                draw.line([(x, op), (min(x + 6, width - _MARGIN), op)], fill=0, width=2)
        else:
            x, y, text, font = op
            draw.text((x, y), text, font=font, fill=0)
    return image.point(lambda v: 0 if v < 160 else 255, mode="1")


def _escpos_printer_module() -> Any:
    try:
        from escpos import printer
    except ImportError:
        raise EscposUnavailable(
            "レシートプリンタ（ESC/POS）を使うには python-escpos が必要です: pip install -e '.[escpos]'",
            "python-escpos is needed for ESC/POS printers: pip install -e '.[escpos]'",
        ) from None
    return printer


def connect_printer(spec: str) -> Any:
    """An escpos printer object from a spec such as `network:192.168.0.50`, `tcp:192.168.0.50:9100`
    (the same: a LAN receipt printer's raw port) or `usb:04b8:0202`."""
    kind, _, rest = spec.partition(":")
    printer = _escpos_printer_module()
    try:
        if kind in ("network", "tcp"):
            host, _, port = rest.partition(":")
            return printer.Network(host, int(port or 9100))
        if kind == "usb":
            vendor, _, product = rest.partition(":")
            return printer.Usb(int(vendor, 16), int(product, 16))
        if kind == "serial":
            device, _, baud = rest.partition(":")
            return printer.Serial(device, int(baud or 9600))
        if kind == "file" and rest:
            return printer.File(rest)
    except ValueError:
        pass
    raise InvalidInput(
        f"プリンタの指定「{spec}」が読めません（例: network:192.168.0.50、usb:04b8:0202、file:/dev/usb/lp0）",
        f"Cannot read the printer spec {spec!r}",
    )


def print_receipt_escpos(printer: Any, data: ReceiptData, council: str = "", width: int = WIDTH_80MM) -> None:
    """Reset the printer (ESC @), send the receipt as a raster image (Japanese drawn, so no kanji mode or
    code page is needed), feed past the cutter and cut the paper (GS V)."""
    printer.hw("INIT")
    printer.image(receipt_image(data, council, width), impl="bitImageRaster")
    printer.cut()


def print_ryoshusho_escpos(printer: Any, data: RyoshushoData, council: str = "", width: int = WIDTH_80MM) -> None:
    """Send a 領収書 (pos.services.ryoshusho) to an escpos printer, then cut the paper."""
    printer.image(rows_image(ryoshusho_rows(data, council), width), impl="bitImageRaster")
    printer.cut()
