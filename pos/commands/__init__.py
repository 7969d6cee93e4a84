"""The verbs of the `pos` command, one module each.

A verb module has `register(verbs)` (adds its sub-parser, with `set_defaults(run=...)`) and the
`run(args) -> int` it names. `pos.cli` lists the modules in `VERB_MODULES`.
"""

from __future__ import annotations

import argparse


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, metavar="DB",
        help="database file or SQLAlchemy URL (default: $POS_DB, else the user data folder)",
    )
