"""`pos backup [--to DIR] [--db DB]`: a consistent copy of the database file (SQLite online backup).

Without --to the copy goes into the `backups/` folder next to the database, which keeps the newest
`backup_keep` copies (setting, default 10); with --to (a USB stick, say) nothing is rotated away.
"""

from __future__ import annotations

import argparse

from pos.commands import add_db_option, open_db
from pos.services.backup import make_backup


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("backup", help="copy the database into backups/ next to it (or --to DIR)")
    p.add_argument("--to", metavar="DIR", help="folder to write the copy into (default: backups/ next to the db)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args, read_only=True)
    try:
        path = make_backup(db, to=args.to)
    finally:
        db.dispose()
    print(f"バックアップを作成しました: {path}")
    return 0
