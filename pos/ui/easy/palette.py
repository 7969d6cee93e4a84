"""Colours of かんたんレジ, checked for WCAG AA contrast (4.5:1 for text) by the tests.

Each cashless brand has a button colour close to the brand's own; its text is black or white,
whichever contrasts more. Colour is never the only signal: every button also says its name.
"""

from __future__ import annotations

INK = "#111111"
PAPER = "#fffdf5"
FOCUS = "#0047ab"
SOLD_OUT_INK = "#4d4d4d"
GO = "#1b5e20"  # the step forward (おかいけい, けってい)
BACK = "#fff3c4"  # もどる
WARN_BG = "#b00020"  # "あと ○○えん" shown on this, in white, with words

#: Button colour per cashless brand key (see pos.domain.payments.CASHLESS_BRANDS).
BRAND_COLOURS = {
    "credit": "#1a3d7c",
    "transit_ic": "#2e7d32",
    "id": "#37474f",
    "quicpay": "#0d47a1",
    "paypay": "#d50000",
    "d_barai": "#c62828",
    "rakuten_pay": "#bf0000",
    "au_pay": "#e65100",
    "other_qr": "#455a64",
    "emoney": "#6a1b9a",
    "gift_voucher": "#795548",
    "other": "#546e7a",
}


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two #rrggbb colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def contrast_text(background: str) -> str:
    """Black or white text, whichever reads better on `background`."""
    return INK if contrast_ratio(background, INK) >= contrast_ratio(background, "#ffffff") else "#ffffff"
