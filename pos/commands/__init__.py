"""The verbs of the `pos` command, one module each.

A verb module has `register(verbs)` (adds its sub-parser, with `set_defaults(run=...)`) and the
`run(args) -> int` it names. `pos.cli` lists the modules in `VERB_MODULES`.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, metavar="DB",
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
    """Refuse a bad output path before any work (`pos.reports.output.check_output`)."""
    from pos.reports.output import check_output

    return check_output(path, force=getattr(args, "force", False), protect=database_files(args))


def write_file(args: argparse.Namespace, path: str | Path, data: bytes) -> Path:
    """Write an output file owner-only, all or nothing (`pos.reports.output.write_output`)."""
    from pos.reports.output import write_output

    return write_output(path, data, force=getattr(args, "force", False), protect=database_files(args))


def cli_who() -> str:
    """Who the audit log names for a change made from the command line: the login name."""
    import getpass

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = "?"
    return f"{user}（コマンド）"
