"""The verbs of the `pos` command, one module each.

A verb module has `register(verbs)` (adds its sub-parser, with `set_defaults(run=...)`) and the
`run(args) -> int` it names. `pos.cli` lists the modules in `VERB_MODULES`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pos.services.store import Database


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="DB",
        help="database file or SQLAlchemy URL (default: $POS_DB, else the user data folder)",
    )


def add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="replace the output file if it exists (never the database)"
    )


def database_files(args: argparse.Namespace) -> list[Path]:
    """The SQLite file `--db` names (none for PostgreSQL): output paths must never be it."""
    from pos.services.store import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(getattr(args, "db", None)))
    return [path] if path is not None else []


def checked_output(args: argparse.Namespace, path: str | Path) -> Path:
    """Refuse a bad output path before any work (`pos.output_files.check_output`)."""
    from pos.output_files import check_output

    return check_output(path, force=getattr(args, "force", False), protect=database_files(args))


def write_file(args: argparse.Namespace, path: str | Path, data: bytes) -> Path:
    """Write an output file owner-only, all or nothing (`pos.output_files.write_output`)."""
    from pos.output_files import write_output

    return write_output(path, data, force=getattr(args, "force", False), protect=database_files(args))


def cli_who() -> str:
    """Who the audit log names for a change made from the command line: the login name."""
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = "?"
    return f"{user}（コマンド）"


# -- argument types: a bad value is an argparse error (exit 2, Japanese message), never a traceback --

FY_MIN, FY_MAX = 1989, 2200  # 平成元年度 .. well past any booth's records


def _int_in(text: str, low: int, high: int, what: str) -> int:
    value = text.strip()
    if not (value.lstrip("-").isdigit() and len(value) <= len(str(high)) + 1) or not low <= int(value) <= high:
        raise argparse.ArgumentTypeError(f"{what}「{text}」は{low}から{high}までの整数で指定してください")
    return int(value)


def fiscal_year(text: str) -> int:
    """--fy: 1989 (平成元年度) to 2200."""
    return _int_in(text, FY_MIN, FY_MAX, "年度")


def int_range(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type for a whole number from `low` to `high`."""

    def parse(text: str) -> int:
        return _int_in(text, low, high, what)

    parse.__name__ = what
    return parse


def open_db(args: argparse.Namespace, *, create: bool = False, read_only: bool = False) -> Database:
    """Open `--db` for a verb: a missing file is refused unless the verb creates one (`pos demo`);
    a verb that only reads also works on a file or folder it cannot write (`read_only`)."""
    from pos.services.store import open_database

    return open_database(getattr(args, "db", None), must_exist=not create, read_only=read_only)
