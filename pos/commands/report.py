"""`pos report lines --fy 2024 [--db DB]`: the monthly activity lines (more reports join here)."""

from __future__ import annotations

import argparse

from pos.commands import add_db_option
from pos.domain.report_lines import format_lines
from pos.services.report_lines import report_lines
from pos.services.store import open_database


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = verbs.add_parser("report", help="reports of a fiscal year")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    lines = kinds.add_parser("lines", help="the twelve monthly activity lines, tab-separated")
    lines.add_argument("--fy", type=int, required=True, help="fiscal year by its starting year (2024 = 令和6年度)")
    add_db_option(lines)
    lines.set_defaults(run=run_lines)


def run_lines(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        print(format_lines(report_lines(db, args.fy)))
    finally:
        db.dispose()
    return 0
