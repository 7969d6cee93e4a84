"""`pos import-history FILE.csv [--db DB]`: bring in past years' records."""

from __future__ import annotations

import argparse

from pos.commands import add_db_option, cli_who
from pos.services.history import import_history
from pos.services.store import open_database


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = verbs.add_parser("import-history", help="import past records from a CSV file (all or nothing)")
    p.add_argument("file", metavar="FILE.csv", help="UTF-8 CSV with header date,kind,label,workshop,note")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        r = import_history(db, args.file, who=cli_who())
    finally:
        db.dispose()
    print(
        f"{r.rows}行を読み込みました。新規: 販売日 {r.sales_days}、出店 {r.participations}、"
        f"事業所 {r.workshops}、会場 {r.venues}、会議・活動 {r.activities}"
    )
    return 0
