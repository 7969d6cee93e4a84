"""Writing the month's sales calendar to a file: the PDF for the meeting and the .ics for phones.

Used by `pos calendar` and the 予定・人員 tab alike, with the month's plan they read from
`pos.services.calendar.month_plan`. The file is rendered in memory first and written in one go,
owner-only (`pos.output_files`): a refusal or a rendering failure leaves nothing behind. The command
line checks the path with the shared output check (never a folder, the database or an existing file
without --force); the screen's save dialog has already chosen and confirmed it. Both insist on the
right extension (`check_suffix`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pos.domain.calendar import Gap
from pos.domain.errors import InvalidInput, PosError
from pos.output_files import check_output, write_owner_only

if TYPE_CHECKING:
    from pos.services.calendar import PlannedDayInfo


@dataclass(frozen=True)
class CalendarFile:
    path: Path
    days: int  # planned days written
    gaps: tuple[Gap, ...]


def check_suffix(path: str | Path, suffix: str) -> Path:
    """Refuse a name not ending in `suffix` (.pdf / .ics)."""
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise InvalidInput(
            f"出力先「{path.name}」は {suffix} で終わる名前にしてください", f"{path} must end in {suffix}"
        )
    return path


def render_month_pdf(plans: Sequence[PlannedDayInfo], year: int, month: int) -> bytes:
    """The month calendar (A4 landscape) as PDF bytes."""
    from pos.reports.calendar_pdf import render_pdf

    return render_pdf(year, month, plans)


def render_month_ics(plans: Sequence[PlannedDayInfo], year: int, month: int) -> bytes:
    """The month's planned days as iCalendar events (Asia/Tokyo)."""
    from pos.reports.calendar_ics import render_ics

    return render_ics(plans, f"販売予定 {year}年{month}月")


def calendar_file(plans: Sequence[PlannedDayInfo], path: Path) -> CalendarFile:
    return CalendarFile(path, len(plans), tuple(g for p in plans for g in p.gaps()))


def _save(plans: Sequence[PlannedDayInfo], path: str | Path, suffix: str, render: Callable[[], bytes]) -> CalendarFile:
    target = check_suffix(check_output(path, force=True), suffix)  # the save dialog asked about replacing
    data = render()
    try:
        write_owner_only(target, data)
    except OSError as e:
        raise PosError(f"ファイルを書き込めません: {target}（{e.strerror or e}）", f"Cannot write {target}: {e}") from e
    return calendar_file(plans, target)


def export_pdf(plans: Sequence[PlannedDayInfo], year: int, month: int, path: str | Path) -> CalendarFile:
    """Save the month calendar PDF where the screen's save dialog said."""
    return _save(plans, path, ".pdf", lambda: render_month_pdf(plans, year, month))


def export_ics(plans: Sequence[PlannedDayInfo], year: int, month: int, path: str | Path) -> CalendarFile:
    """Save the month's .ics where the screen's save dialog said."""
    return _save(plans, path, ".ics", lambda: render_month_ics(plans, year, month))
