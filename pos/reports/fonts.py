"""The Japanese font for PDFs: the bundled IPAex Gothic, embedded (subset) in every PDF we write.

reportlab's built-in CID fonts are not embedded and render as nothing or as substitutes in common
viewers; the TrueType file is embedded and its text extracts cleanly.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from pos.paths import FONT_FILE

FONT = "IPAexGothic"


def register_font() -> str:
    """Register the font with reportlab once; returns its name for `setFont` / paragraph styles."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))
    return FONT
