"""The printable scanner self-test card: one QR (pos.domain.scanner_test.SELFTEST_TEXT) and what to do.

Scanned into the register, the QR is not a product: the app answers with a report (input mode,
Enter suffix, case, keyboard layout). One A6 page so it fits in the booth box.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pos.domain.scanner_test import SELFTEST_TEXT
from pos.reports.fonts import register_font
from pos.reports.labels import draw_qr

LINES = (
    "スキャナーの自己診断カード",
    "",
    "レジ画面でこの QR を読んでください。",
    "商品は追加されず、診断結果が表示されます:",
    "・入力モード（IME）がオンか",
    "・Enter（サフィックス）が届くか",
    "・大文字/小文字、Caps Lock",
    "・キーボード配列（US / JIS）の違い",
)


def scanner_card_pdf() -> bytes:
    font = register_font()
    out = BytesIO()
    width, height = A6
    c = Canvas(out, pagesize=A6)
    c.setTitle("スキャナーの自己診断カード")
    c.setFont(font, 13)
    c.drawString(10 * mm, height - 14 * mm, LINES[0])
    c.setFont(font, 9)
    for i, line in enumerate(LINES[2:]):
        c.drawString(10 * mm, height - (24 + 5 * i) * mm, line)
    size = 55 * mm
    draw_qr(c, SELFTEST_TEXT, (width - size) / 2, 12 * mm, size)
    c.setFont(font, 7)
    c.drawCentredString(width / 2, 8 * mm, SELFTEST_TEXT)
    c.showPage()
    c.save()
    return out.getvalue()
