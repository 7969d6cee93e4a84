"""`pos export (--day YYYY-MM-DD [--venue NAME] | --since-last) --out FILE [--db DB]`: sales days to one file.

The file (an SQLite database with only those days and the master rows they use) goes to the
coordinator, who brings it in with `pos merge FILE`. `--since-last` exports every day with something
recorded since the previous `--since-last` export (the first time: every day). See
`pos.services.export`.
"""

from __future__ import annotations

import argparse
from datetime import date

from pos.commands import add_db_option, open_db
from pos.domain.errors import InvalidInput
from pos.services.export import export_days


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("export", help="write sales days to one file for `pos merge` (a USB stick)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--day", metavar="YYYY-MM-DD", help="the date of the days to export")
    which.add_argument("--since-last", action="store_true", help="every day with records since the last export")
    p.add_argument("--venue", metavar="NAME", help="only this venue's day (with --day)")
    p.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists (never the database)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    on = None
    if args.day:
        try:
            on = date.fromisoformat(args.day)
        except ValueError:
            raise InvalidInput(f"日付は YYYY-MM-DD で指定してください: {args.day}", f"Bad date: {args.day}") from None
    if args.venue and on is None:
        raise InvalidInput("--venue は --day と一緒に指定してください", "--venue needs --day")
    db = open_db(args, read_only=not args.since_last)
    try:
        result = export_days(db, args.out, on=on, venue=args.venue, since_last=args.since_last, force=args.force)
    finally:
        db.dispose()
    print(f"書き出しました: {result.path}（販売日 {len(result.days)}日、取引 {result.sales:,}件）")
    for label in result.days:
        print(f"  {label}")
    return 0
