"""`pos backup [--to DIR] [--db DB]`: a consistent copy of the database file (SQLite online backup).

Without --to the copy goes into the `backups/` folder next to the database, which keeps the newest
`backup_keep` copies (setting, default 10); with --to (a USB stick, say) nothing is rotated away.

The copy is then checked as `pos verify` checks (the whole file: seconds per year of sales). A copy of a
damaged database is kept — it is the best copy there is — but the problems are printed and the exit is 1,
so nobody takes it for a good backup. `--no-check` skips the check (exit 0 once the copy is written).
"""

from __future__ import annotations

import argparse
import sys

from pos.commands import add_db_option, open_db
from pos.services.backup import make_backup
from pos.services.verify import verify_file


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("backup", help="copy the database into backups/ next to it (or --to DIR)")
    p.add_argument("--to", metavar="DIR", help="folder to write the copy into (default: backups/ next to the db)")
    p.add_argument("--no-check", action="store_true", help="do not verify the copy (pos verify) after writing it")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args, read_only=True)
    try:
        path = make_backup(db, to=args.to)
    finally:
        db.dispose()
    print(f"バックアップを作成しました: {path}")
    if args.no_check:
        return 0
    checked = verify_file(path)
    if checked.ok:
        return 0
    print(
        "ただし、データベースに問題があります（バックアップにも同じ問題があります）。"
        "正常な以前のバックアップがあれば、pos restore で戻すことを検討してください:",
        file=sys.stderr,
    )
    for line in checked.lines_ja():
        print(line, file=sys.stderr)
    return 1
