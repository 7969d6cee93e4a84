"""`pos signups import FILE.csv [--db DB]`: add staffing sign-ups from a CSV file (all or nothing).

Columns `date,venue,start,end,name,workshop,contact` (pos.services.signups_csv). Any problem is
listed with its line number and nothing is written (exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pos.commands import add_db_option, open_db
from pos.domain.errors import InvalidInput


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("signups", help="staffing sign-ups of the sales calendar")
    actions = p.add_subparsers(dest="signups", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="add sign-ups from a CSV file (date,venue,start,end,name,workshop,contact)")
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    add_db_option(imp)
    imp.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    from pos.services.signups_csv import import_signups

    if args.file.is_dir():
        raise InvalidInput(f"「{args.file}」はフォルダです。CSVファイルを指定してください", f"{args.file} is a folder")
    if not args.file.is_file():
        raise InvalidInput(f"ファイル「{args.file}」が見つかりません", f"{args.file} not found")
    db = open_db(args)
    try:
        result = import_signups(db, args.file)
    finally:
        db.dispose()
    print(result.summary_ja())
    return 0
