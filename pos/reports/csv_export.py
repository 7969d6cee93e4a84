"""CSV files for spreadsheets: UTF-8 with a BOM (Excel opens it as UTF-8), formula injection neutralised.

A text cell that begins with `=`, `+`, `-`, `@` (or a tab / carriage return) would be run as a
formula by a spreadsheet; such cells get a leading apostrophe. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """`=1+1` → `'=1+1`; other text and all numbers unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(headers: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """The table as CSV text with a BOM and CRLF line ends (as Excel writes them)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows([neutralise(c) for c in row] for row in rows)
    return BOM + out.getvalue()


def write_csv(path: str | Path, headers: Sequence[object], rows: Iterable[Sequence[object]]) -> Path:
    """Write the table to `path` (UTF-8 with BOM)."""
    path = Path(path)
    path.write_bytes(csv_text(headers, rows).encode("utf-8"))
    return path
