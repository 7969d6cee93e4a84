"""Cells of CSV files that people open in spreadsheets: keep text from running as a formula.

Excel, LibreOffice and Google Sheets treat a cell that begins with = + - @ (and, in some versions, a
tab or carriage return) as a formula, so a product named ``=HYPERLINK("http://…")`` would become a
live link or worse (CSV injection). On export such text gets a single quote in front, which
spreadsheets show as plain text. A cell that already begins with a quote gets one more, so that
`unneutralize` (used on import, which removes exactly one leading quote) gives back every text as it
was:

| stored text        | exported cell       | imported again     |
|--------------------|---------------------|--------------------|
| =HYPERLINK("x")    | '=HYPERLINK("x")    | =HYPERLINK("x")    |
| -ミニ-              | '-ミニ-              | -ミニ-              |
| 'quoted            | ''quoted            | 'quoted            |
| クッキー            | クッキー             | クッキー            |
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
QUOTE = "'"


def is_formula_like(text: str) -> bool:
    """Would a spreadsheet take this text for a formula? Leading spaces are skipped (LibreOffice and
    some Excel imports trim them), full-width ＝＋－＠ count (a Japanese IME may turn them into ASCII)."""
    return text.lstrip(" \u3000").startswith(FORMULA_STARTS)


def neutralize(text: str) -> str:
    """The cell to write for `text` so that no spreadsheet evaluates it."""
    if is_formula_like(text) or text.startswith(QUOTE):
        return QUOTE + text
    return text


def unneutralize(cell: str) -> str:
    """The text a cell stands for: one leading quote (the export's mark) removed."""
    return cell[1:] if cell.startswith(QUOTE) else cell
