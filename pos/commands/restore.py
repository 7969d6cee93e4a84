"""`pos restore FILE [--db DB]`: put a backup back in place of the database.

FILE must pass `pos verify`; otherwise nothing changes. The current file is kept aside as
`<name>.before-restore-<timestamp>.db` next to it. See `pos.services.backup.restore_backup`.
"""

from __future__ import annotations

import argparse

from pos.commands import add_db_option
from pos.services.backup import restore_backup


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("restore", help="replace the database by a backup that passes verify (keeps the old file)")
    p.add_argument("file", metavar="FILE", help="the backup file (.db)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    result = restore_backup(args.file, args.db)
    if result.kept_aside is not None:
        print(f"今までのデータベースを残しました: {result.kept_aside}")
    print(f"復元しました: {result.restored_from} → {result.database}")
    return 0
