"""`pos verify [--db DB]`: check the database like fsck, read-only (no schema upgrade, nothing written).

Prints one line per problem in Japanese, then a summary line. Exit status 0 when everything holds,
1 when a problem was found, 2 when the file cannot be read as a database at all.
"""

from __future__ import annotations

import argparse

from pos.commands import add_db_option
from pos.services.verify import verify_file


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("verify", help="check the database (SQLite integrity, foreign keys, money invariants)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    report = verify_file(args.db)
    for line in report.lines_ja():
        print(line)
    return 0 if report.ok else 1
