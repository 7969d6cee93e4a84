"""The `pos` command: with no verb it opens the app; verbs work on the database from a terminal.

    pos [--db DB] [--lang ja|en] [--seed-demo-if-new]   open the app
    pos --self-check [--db NEW-FILE]                    ring up one sale offscreen and report (make dist-check)
    pos VERB ... [--db DB]                              see `pos --help`: demo, import-history,
        report (lines, annual), labels, tally, receipt, simulate, verify, backup, restore, stock,
        export, merge

DB is a file path or an SQLAlchemy URL; without it, `POS_DB`, then the file in the user's data
folder. Every verb upgrades the schema first (after a backup of the file). Refusals print a message
in Japanese and exit with status 2; nothing is half-written. The verbs live in `pos.commands`.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
from collections.abc import Sequence

from pos.domain.errors import ImportErrors, PosError

#: Modules of `pos.commands`, one per verb, in the order `pos --help` lists them.
VERB_MODULES = (
    "demo",
    "import_history",
    "report",
    "labels",
    "tally",
    "receipt",
    "simulate",
    "verify",
    "backup",
    "restore",
    "stock",
    "export",
    "merge",
    "payouts",
    "calendar",
    "requests",
    "signups",
    "scanner_card",
    "event",
    "till",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pos", description="Booth POS — 自主製品販売ブースのレジと報告書")
    parser.add_argument(
        "--db",
        default=None,
        metavar="DB",
        help="database file or SQLAlchemy URL (default: $POS_DB, else the user data folder)",
    )
    parser.add_argument("--lang", choices=["ja", "en"], default=None, help="interface language (default ja)")
    parser.add_argument(
        "--seed-demo-if-new", action="store_true", help="fill an empty database with demo data before opening"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="ring up one sale through the window on a NEW database and report (the built app's check)",
    )
    parser.add_argument("--self-check-screenshot", default=None, metavar="PNG", help=argparse.SUPPRESS)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")
    for name in VERB_MODULES:
        importlib.import_module(f"pos.commands.{name}").register(verbs)
    return parser


def _run_app(args: argparse.Namespace) -> int:
    if args.self_check:
        from pos.ui.self_check import run_self_check

        return run_self_check(args.db, args.self_check_screenshot)
    from pos.ui.app import run_app

    return run_app(db=args.db, language=args.lang, seed_demo_if_new=args.seed_demo_if_new)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `pos`; the one error boundary of the command line (see `run_guarded`)."""
    for stream in (sys.stdout, sys.stderr):
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8" and isinstance(
            stream, io.TextIOWrapper
        ):
            stream.reconfigure(encoding="utf-8")
    os.umask(0o077)  # every file this process creates (temp copies too) is readable by its owner only
    args = build_parser().parse_args(argv)
    return run_guarded(lambda: args.run(args) if args.verb else _run_app(args))


def run_guarded(action) -> int:
    """Run a verb. Refusals print their Japanese message and give 2; errors of the database or the
    file system that a person can act on (read-only, disk full, damaged file, unreachable server) are
    translated the same way; anything else is logged with its traceback (`pos.applog`) and prints a
    Japanese message naming the log file, with status 3. No verb ends in a Python traceback."""
    from pos.db.engine import refusal_for

    try:
        return int(action())
    except ImportErrors as e:
        print(str(e), file=sys.stderr)
        return 2
    except PosError as e:
        print(f"エラー: {e.ja}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("中断しました（書きかけの取引や処理は記録されていません）", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except FileNotFoundError as e:
        print(f"エラー: ファイルが見つかりません: {e.filename}", file=sys.stderr)
        return 2
    except Exception as e:  # the boundary: nothing gets past as a traceback
        refusal = refusal_for(e)
        if refusal is not None:
            print(f"エラー: {refusal.ja}", file=sys.stderr)
            return 2
        from pos.applog import log_unexpected

        log = log_unexpected(e)
        print(
            f"エラー: 予期しないエラーが起きました（{type(e).__name__}）。記録は変更されていないか、"
            f"最後に完了した操作までです。詳しい内容はログファイルにあります: {log}",
            file=sys.stderr,
        )
        return 3
