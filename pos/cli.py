"""The `pos` command: with no verb it opens the app; verbs work on the database from a terminal.

    pos [--db DB] [--lang ja|en] [--seed-demo-if-new]   open the app
    pos demo [--db DB] [--years N] [--seed S]            create a lived-in demo database
    pos import-history FILE.csv [--db DB]               bring in past years' records
    pos report lines --fy 2024 [--db DB]                the twelve monthly activity lines

DB is a file path or an SQLAlchemy URL; without it, `POS_DB`, then the file in the user's data
folder. Every verb upgrades the schema first (after a backup of the file). Refusals print a message
in Japanese (and exit status 2); nothing is half-written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pos.domain.errors import ImportErrors, PosError


def _add_db(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--db", default=default, metavar="DB",
        help="database file or SQLAlchemy URL (default: $POS_DB, else the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pos", description="Booth POS — 自主製品販売ブースのレジと報告書")
    _add_db(parser, default=None)
    parser.add_argument("--lang", choices=["ja", "en"], default=None, help="interface language (default ja)")
    parser.add_argument(
        "--seed-demo-if-new", action="store_true", help="fill an empty database with demo data before opening"
    )
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    demo = verbs.add_parser("demo", help="create a lived-in demo database (refuses a database that has data)")
    _add_db(demo)
    demo.add_argument("--years", type=int, default=1, help="full past fiscal years to generate (default 1)")
    demo.add_argument("--seed", type=int, default=2024)

    history = verbs.add_parser("import-history", help="import past records from a CSV file")
    history.add_argument("file", metavar="FILE.csv", help="UTF-8 CSV with header date,kind,label,workshop,note")
    _add_db(history)

    report = verbs.add_parser("report", help="reports")
    kinds = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    lines = kinds.add_parser("lines", help="the twelve monthly activity lines of a fiscal year")
    lines.add_argument("--fy", type=int, required=True, help="fiscal year by its starting year (2024 = 令和6年度)")
    _add_db(lines)
    return parser


def _print(text: str = "") -> None:
    print(text, flush=True)


def _run_verb(args: argparse.Namespace) -> int:
    from pos.db.engine import open_database

    db = open_database(args.db)
    try:
        if args.verb == "demo":
            from pos.domain.clock import today_local
            from pos.services.demo import seed_demo

            summary = seed_demo(db, today=today_local(), years=args.years, seed=args.seed)
            _print(
                f"デモデータを作成しました: 事業所 {summary.workshops}、商品 {summary.products}、"
                f"会場 {summary.venues}、販売日 {summary.sales_days}、取引 {summary.sales:,}、"
                f"明細 {summary.sale_lines:,}、会議等 {summary.activities}"
            )
            _print(f"データベース: {db.url}")
        elif args.verb == "import-history":
            from pos.services.history import import_history

            result = import_history(db, args.file)
            _print(
                f"{result.rows}行を読み込みました。新規: 販売日 {result.sales_days}、出店 {result.participations}、"
                f"事業所 {result.workshops}、会場 {result.venues}、会議・活動 {result.activities}"
            )
        elif args.verb == "report" and args.report == "lines":
            from pos.domain.report_lines import format_lines
            from pos.services.report_lines import report_lines

            _print(format_lines(report_lines(db, args.fy)))
        return 0
    finally:
        db.dispose()


def _run_app(args: argparse.Namespace) -> int:
    from pos.ui.app import run_app

    return run_app(db=args.db, language=args.lang, seed_demo_if_new=args.seed_demo_if_new)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    args = build_parser().parse_args(argv)
    try:
        return _run_verb(args) if args.verb else _run_app(args)
    except ImportErrors as e:
        print(str(e), file=sys.stderr)
        return 2
    except PosError as e:
        print(f"エラー: {e.ja}", file=sys.stderr)
        return 2
    except FileNotFoundError as e:
        print(f"エラー: ファイルが見つかりません: {e.filename}", file=sys.stderr)
        return 2
