"""`pos calendar --month 2026-06 (--pdf OUT.pdf | --ics OUT.ics) [--db DB]`: the month's sales calendar.

--pdf writes the A4 landscape calendar handed out at the meeting (venues, workshops, staffing, gaps
marked); --ics the planned days as iCalendar events in Asia/Tokyo for phone calendars. Both may be
given. Gaps are also listed on stdout. An output path that is a folder, lies in a missing folder or
has the wrong extension is refused (exit 2) before anything is written.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

from pos.commands import add_db_option
from pos.domain.errors import InvalidInput, PosError
from pos.services.store import open_database


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = verbs.add_parser("calendar", help="the month's sales calendar as PDF and/or .ics")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-06")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the month calendar (A4 landscape)")
    p.add_argument("--ics", type=Path, metavar="OUT.ics", help="write the planned days as iCalendar events")
    add_db_option(p)
    p.set_defaults(run=run)


def parse_month(text: str) -> tuple[int, int]:
    """`2026-06`, `2026/6`, `２０２６-０６` → (2026, 6)."""
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})", unicodedata.normalize("NFKC", text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        raise InvalidInput(f"月「{text}」は 2026-06 の形で指定してください", f"Month {text!r}: use YYYY-MM")
    return int(m.group(1)), int(m.group(2))


def check_output_path(path: Path, suffix: str) -> Path:
    """Refuse a folder, a file in a missing folder, or a wrong extension (before any work is done).

    A local check; the shared output-path check of issue 14 will replace it.
    """
    if path.is_dir():
        raise InvalidInput(f"出力先「{path}」はフォルダです。ファイル名（例 calendar{suffix}）を指定してください",
                           f"{path} is a folder")
    if not path.parent.is_dir():
        raise InvalidInput(f"出力先のフォルダ「{path.parent}」がありません", f"Folder {path.parent} does not exist")
    if path.suffix.lower() != suffix:
        raise InvalidInput(f"出力先「{path.name}」は {suffix} で終わる名前にしてください",
                           f"{path} must end in {suffix}")
    return path


def write_bytes(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as e:
        raise PosError(f"ファイルを書き込めません: {path}（{e.strerror or e}）", f"Cannot write {path}: {e}") from e


def run(args: argparse.Namespace) -> int:
    if args.pdf is None and args.ics is None:
        raise InvalidInput("出力先を --pdf か --ics（または両方）で指定してください", "Give --pdf and/or --ics")
    year, month = parse_month(args.month)
    for path, suffix in ((args.pdf, ".pdf"), (args.ics, ".ics")):
        if path is not None:
            check_output_path(path, suffix)
    from pos.reports.calendar_ics import render_ics
    from pos.reports.calendar_pdf import render_pdf
    from pos.services.calendar import month_plan

    db = open_database(args.db)
    try:
        plans = month_plan(db, year, month)
    finally:
        db.dispose()
    if args.pdf is not None:
        write_bytes(args.pdf, render_pdf(year, month, plans))
        print(f"{year}年{month}月の販売予定（{len(plans)}件）をPDFに書き出しました: {args.pdf}")
    if args.ics is not None:
        write_bytes(args.ics, render_ics(plans, f"販売予定 {year}年{month}月"))
        print(f"{year}年{month}月の販売予定（{len(plans)}件）を.icsに書き出しました: {args.ics}")
    gaps = [g for p in plans for g in p.gaps()]
    for g in gaps:
        print(f"人員不足: {g.text()}（{g.venue}）")
    return 0
