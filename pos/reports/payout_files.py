"""Writing a month's payout statements to files: the PDF (transfer list and statements) and the CSV.

Rendered in memory first; the paths are checked before anything is written, so a refusal leaves
nothing behind. Used by `pos payouts` and the 月次精算 screen with the figures of
`pos.services.payouts.month_payouts`.
"""

from __future__ import annotations

from pathlib import Path

from pos.domain.errors import InvalidInput, PosError
from pos.reports.csv_export import csv_text
from pos.reports.payout_pdf import payout_pdf
from pos.services.payouts import CSV_HEADERS, MonthPayouts, payout_csv_rows


def write_payout_files(
    payouts: MonthPayouts, *, pdf: str | Path | None = None, csv: str | Path | None = None,
    transfer_list: bool = True,
) -> list[Path]:
    """Render the PDF and/or CSV, then write them (nothing is written when rendering fails)."""
    files: list[tuple[Path, bytes]] = []
    if pdf is not None:
        files.append((Path(pdf), payout_pdf(payouts, transfer_list=transfer_list)))
    if csv is not None:
        files.append((Path(csv), csv_text(CSV_HEADERS, payout_csv_rows(payouts)).encode("utf-8")))
    for path, _ in files:
        if path.is_dir():
            raise InvalidInput(f"出力先「{path}」はフォルダです。ファイル名を指定してください",
                               f"{path} is a folder: give a file name")
        if not path.parent.is_dir():
            raise InvalidInput(f"出力先のフォルダ「{path.parent}」がありません", f"No folder {path.parent}")
    for path, data in files:
        try:
            path.write_bytes(data)
        except OSError as e:
            raise PosError(f"ファイルを書き込めません: {path}（{e.strerror or e}）", f"Cannot write {path}: {e}") from e
    return [p for p, _ in files]
