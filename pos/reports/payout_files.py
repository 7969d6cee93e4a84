"""Writing a month's payout statements to files: the PDF (transfer list and statements) and the CSV.

Rendered in memory first; the paths are checked before anything is written, so a refusal leaves
nothing behind. Used by `pos payouts` and the 月次精算 screen with the figures of
`pos.services.payouts.month_payouts`.
"""

from __future__ import annotations

from pathlib import Path

from pos.domain.errors import PosError
from pos.output_files import check_output, write_owner_only
from pos.reports.csv_export import csv_text
from pos.reports.payout_pdf import payout_pdf
from pos.services.payouts import CSV_HEADERS, MonthPayouts, payout_csv_rows


def render_payout_files(
    payouts: MonthPayouts, *, pdf: bool, csv: bool, transfer_list: bool = True
) -> tuple[bytes | None, bytes | None]:
    """The PDF (transfer list and statements) and the CSV as bytes (None where not asked for)."""
    pdf_bytes = payout_pdf(payouts, transfer_list=transfer_list) if pdf else None
    csv_bytes = csv_text(CSV_HEADERS, payout_csv_rows(payouts)).encode("utf-8") if csv else None
    return pdf_bytes, csv_bytes


def write_payout_files(
    payouts: MonthPayouts,
    *,
    pdf: str | Path | None = None,
    csv: str | Path | None = None,
    transfer_list: bool = True,
) -> list[Path]:
    """Render, then write owner-only (the screen's save dialog has chosen and confirmed the paths)."""
    for path in (pdf, csv):
        if path is not None:
            check_output(path, force=True)  # a folder, a missing folder, a device: refused before rendering
    pdf_bytes, csv_bytes = render_payout_files(
        payouts, pdf=pdf is not None, csv=csv is not None, transfer_list=transfer_list
    )
    written = []
    for path, data in ((pdf, pdf_bytes), (csv, csv_bytes)):
        if path is None or data is None:
            continue
        try:
            written.append(write_owner_only(path, data))
        except OSError as e:
            raise PosError(f"ファイルを書き込めません: {path}（{e.strerror or e}）", f"Cannot write {path}: {e}") from e
    return written
