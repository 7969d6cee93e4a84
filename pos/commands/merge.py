"""`pos merge FILE [--preview] [--accept-voids --by NAME] [--db DB]`: bring another booth's export or
database file into this one.

Prints the report: the rule for master data, the days added, joined (another laptop's till of the
same venue and date) or updated, the rows added and every difference in master data. A refusal (a
conflict: the same id with other content, two tills of one name) prints why and changes nothing
(exit status 2). A sale voided in the file that is paid here is applied only with `--accept-voids`
(the coordinator's consent; each gets an audit entry naming `--by`). `--preview` shows the report
without changing anything. See `pos.services.merge`.
"""

from __future__ import annotations

import argparse

from pos.commands import add_db_option, open_db
from pos.services.merge import merge_file


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("merge", help="merge another booth's export (pos export) or database file into this one")
    p.add_argument("file", metavar="FILE", help="the export or database file (it is never changed)")
    p.add_argument("--preview", action="store_true", help="show what would be merged, change nothing")
    p.add_argument(
        "--accept-voids",
        action="store_true",
        help="apply voids made in the file to sales paid here (coordinator's consent, audited)",
    )
    p.add_argument("--by", default="", metavar="NAME", help="who consents (kept in the audit log)")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        report = merge_file(db, args.file, preview=args.preview, accept_voids=args.accept_voids, who=args.by)
    finally:
        db.dispose()
    for line in report.lines_ja():
        print(line)
    return 0
