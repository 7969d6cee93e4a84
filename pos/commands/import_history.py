"""`pos import-history FILE.csv [--create] [--db DB]`: bring in past years' records.

A missing database file is refused (a mistyped --db); `--create` makes a new one on purpose.
"""

from __future__ import annotations

import argparse

from pos.commands import add_db_option, cli_who, open_db
from pos.services.history import import_history


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("import-history", help="import past records from a CSV file (all or nothing)")
    p.add_argument("file", metavar="FILE.csv", help="UTF-8 CSV with header date,kind,label,workshop,note")
    p.add_argument("--create", action="store_true", help="create the database file if it does not exist yet")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args, create=args.create)
    try:
        r = import_history(db, args.file, who=cli_who())
    finally:
        db.dispose()
    print(
        f"{r.rows}行を読み込みました。新規: 販売日 {r.sales_days}、出店 {r.participations}、"
        f"事業所 {r.workshops}、会場 {r.venues}、会議・活動 {r.activities}"
    )
    return 0
