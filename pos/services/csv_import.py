"""Reading an import file from disk for `pos.domain.csv_table` (history and master-data imports)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path

from pos.domain.csv_table import CsvTable, read_table
from pos.domain.errors import InvalidInput


def read_csv_file(
    path: str | Path, columns: Sequence[str], *, fixed_order: bool = False, optional: Collection[str] = ()
) -> CsvTable:
    """The file's rows and problems; `InvalidInput` when it cannot be opened (missing, a folder, no
    permission), `ImportErrors` when it is not UTF-8 text."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput(
            f"ファイル「{path}」を読めません（{exc.strerror or exc}）。",
            f"Cannot read the file {path} ({exc.strerror or exc}).",
        ) from exc
    return read_table(raw, columns, fixed_order=fixed_order, optional=optional)
