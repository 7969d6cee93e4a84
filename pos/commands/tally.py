"""`pos tally --day YYYY-MM-DD --venue VENUE --pdf OUT.pdf [--db DB]`: the day-end tally as a PDF.

VENUE is the venue's name or its report label. Any day, open or closed: an open day prints as
点検（X） marked as not closed, a closed day as 精算（Z） (a reprint).
"""

from __future__ import annotations

import argparse

from pos.commands import add_db_option, add_force_option, checked_output, open_db, write_file
from pos.domain.fiscal import format_date_ja
from pos.reports.tally_pdf import tally_pdf, tally_title
from pos.services.day_report import day_report
from pos.services.lookup import find_day, parse_day


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("tally", help="day-end tally PDF of a sales day (X while open, Z once closed)")
    p.add_argument("--day", required=True, metavar="YYYY-MM-DD", help="the sales day's date")
    p.add_argument("--venue", required=True, metavar="VENUE", help="venue name or its report label")
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="where to write the PDF")
    add_force_option(p)
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    on = parse_day(args.day)
    checked_output(args, args.pdf)
    db = open_db(args, read_only=True)
    try:
        day = find_day(db, on, args.venue)
        report = day_report(db, day.id)
        pdf = tally_pdf(report)
    finally:
        db.dispose()
    out = write_file(args, args.pdf, pdf)
    t = report.tally
    print(
        f"{tally_title(report)}を書き出しました: {out}（{day.venue.name} {format_date_ja(day.day)}、"
        f"取引 {t.sales_count:,}件、売上 ¥{t.total:,}、{len(report.slips)}事業所）"
    )
    return 0
