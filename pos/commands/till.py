"""`pos till [--name NAME] [--db DB]`: show or set this laptop's till name (レジ1, レジ2 …; docs/tills.md).

The name is kept in the database for this machine (`till_name@<host name>`); the open-day dialog shows
and sets the same. Two laptops selling at one venue need different names before they open the day,
or `pos merge` refuses to combine them. A name that is empty or too long is refused (exit 2).
"""

from __future__ import annotations

import argparse

from pos.commands import add_db_option, open_db
from pos.services.tills import set_this_till_name, this_till_name


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("till", help="show or set this laptop's till name (レジ1, レジ2 …)")
    p.add_argument("--name", metavar="NAME", help="the new name of this laptop's till")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args, read_only=args.name is None)  # showing the name only reads
    try:
        if args.name is not None:
            print(f"このパソコンのレジ名を「{set_this_till_name(db, args.name)}」にしました")
        else:
            print(f"このパソコンのレジ名: {this_till_name(db)}")
    finally:
        db.dispose()
    return 0
