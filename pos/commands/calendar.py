"""`pos calendar --month 2026-06 (--pdf OUT.pdf | --ics OUT.ics) [--db DB]`: the month's sales calendar.

--pdf writes the A4 landscape calendar handed out at the meeting (venues, workshops, staffing, gaps
marked); --ics the planned days as iCalendar events in Asia/Tokyo for phone calendars. Both may be
given. Gaps are also listed on stdout. An output path that is a folder, lies in a missing folder,
has the wrong extension or already exists (without --force) is refused (exit 2) before anything is written.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

from pos.commands import add_db_option, add_force_option, checked_output, open_db, write_file
from pos.domain.errors import InvalidInput


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("calendar", help="the month's sales calendar as PDF and/or .ics")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-06")
    p.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the month calendar (A4 landscape)")
    p.add_argument("--ics", type=Path, metavar="OUT.ics", help="write the planned days as iCalendar events")
    add_force_option(p)
    add_db_option(p)
    p.set_defaults(run=run)


def parse_month(text: str) -> tuple[int, int]:
    """`2026-06`, `2026/6`, `２０２６-０６` → (2026, 6)."""
    m = re.fullmatch(r"(\d{4})[-/](\d{1,2})", unicodedata.normalize("NFKC", text or "").strip())
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1900:
        raise InvalidInput(f"月「{text}」は 2026-06 の形で指定してください", f"Month {text!r}: use YYYY-MM")
    return int(m.group(1)), int(m.group(2))


def run(args: argparse.Namespace) -> int:
    if args.pdf is None and args.ics is None:
        raise InvalidInput("出力先を --pdf か --ics（または両方）で指定してください", "Give --pdf and/or --ics")
    year, month = parse_month(args.month)
    from pos.reports.calendar_export import calendar_file, check_suffix, render_month_ics, render_month_pdf
    from pos.services.calendar import month_plan

    outputs = [
        (kind, path, suffix, render)
        for kind, path, suffix, render in (
            ("PDF", args.pdf, ".pdf", render_month_pdf),
            (".ics", args.ics, ".ics", render_month_ics),
        )
        if path is not None
    ]
    for _, path, suffix, _ in outputs:
        check_suffix(path, suffix)
        checked_output(args, path)
    db = open_db(args, read_only=True)
    try:
        plans = month_plan(db, year, month)
    finally:
        db.dispose()
    written = [
        (kind, calendar_file(plans, write_file(args, path, render(plans, year, month))))
        for kind, path, _, render in outputs
    ]
    for kind, f in written:
        print(f"{year}年{month}月の販売予定（{f.days}件）を{kind}に書き出しました: {f.path}")
    for g in written[0][1].gaps:
        print(f"人員不足: {g.text()}（{g.venue}）")
    return 0
