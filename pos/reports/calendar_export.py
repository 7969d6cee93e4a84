"""Writing the month's sales calendar to a file: the PDF for the meeting and the .ics for phones.

Used by `pos calendar` and the 予定・人員 tab alike, with the month's plan they read from
`pos.services.calendar.month_plan`. The output path is checked before any work
(`check_output_path`: not a folder, the folder exists, the right extension); the file is rendered in
memory first and written in one go, so a refusal or a rendering failure leaves nothing behind; a
write failure (read-only folder, disk full) is a `PosError` with the path. An existing file is
replaced (the coordinator re-prints the month after changes). A local check for now: issue 14's
shared output-path check will replace it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pos.domain.calendar import Gap
from pos.domain.errors import InvalidInput, PosError

if TYPE_CHECKING:
    from pos.services.calendar import PlannedDayInfo


@dataclass(frozen=True)
class CalendarFile:
    path: Path
    days: int  # planned days written
    gaps: tuple[Gap, ...]


def check_output_path(path: str | Path, suffix: str) -> Path:
    """Refuse a folder, a file in a missing folder, or a name not ending in `suffix`."""
    path = Path(path)
    if path.is_dir():
        raise InvalidInput(f"出力先「{path}」はフォルダです。ファイル名（例 calendar{suffix}）を指定してください",
                           f"{path} is a folder")
    if not path.parent.is_dir():
        raise InvalidInput(f"出力先のフォルダ「{path.parent}」がありません", f"Folder {path.parent} does not exist")
    if path.suffix.lower() != suffix:
        raise InvalidInput(f"出力先「{path.name}」は {suffix} で終わる名前にしてください",
                           f"{path} must end in {suffix}")
    return path


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as e:
        raise PosError(f"ファイルを書き込めません: {path}（{e.strerror or e}）", f"Cannot write {path}: {e}") from e


def export_pdf(plans: Sequence[PlannedDayInfo], year: int, month: int, path: str | Path) -> CalendarFile:
    """The month calendar (A4 landscape) as PDF."""
    from pos.reports.calendar_pdf import render_pdf

    target = check_output_path(path, ".pdf")
    _write(target, render_pdf(year, month, plans))
    return CalendarFile(target, len(plans), tuple(g for p in plans for g in p.gaps()))


def export_ics(plans: Sequence[PlannedDayInfo], year: int, month: int, path: str | Path) -> CalendarFile:
    """The month's planned days as iCalendar events (Asia/Tokyo)."""
    from pos.reports.calendar_ics import render_ics

    target = check_output_path(path, ".ics")
    _write(target, render_ics(plans, f"販売予定 {year}年{month}月"))
    return CalendarFile(target, len(plans), tuple(g for p in plans for g in p.gaps()))
