"""CSV files for spreadsheets: UTF-8 with a BOM (Excel opens it as UTF-8), formula injection neutralised.

A text cell that a spreadsheet would run as a formula gets a leading apostrophe
(`pos.domain.spreadsheet`, the one rule for every CSV). Numbers are written as numbers. Files are
written owner-only (`pos.output_files.write_owner_only`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from pos.domain.spreadsheet import neutralize
from pos.output_files import write_owner_only

BOM = "\ufeff"


def neutralise(value: object) -> object:
    """`=1+1` → `'=1+1` (`pos.domain.spreadsheet.neutralize`); other text and all numbers unchanged."""
    return neutralize(value) if isinstance(value, str) else value


def csv_text(headers: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """The table as CSV text with a BOM and CRLF line ends (as Excel writes them)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows([neutralise(c) for c in row] for row in rows)
    return BOM + out.getvalue()


def write_csv(path: str | Path, headers: Sequence[object], rows: Iterable[Sequence[object]]) -> Path:
    """Write the table to `path` (UTF-8 with BOM)."""
    return write_owner_only(path, csv_text(headers, rows).encode("utf-8"))
