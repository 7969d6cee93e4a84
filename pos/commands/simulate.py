"""`pos simulate --sales N [--seed S] [--db DB]`: ring up N random but valid sales (load and crash tests).

Prints `committed <sale id> <total>` as soon as each sale's transaction has committed (and
`voided <sale id>` for the occasional void), flushing at once, so that a test killing the process
knows exactly which sales it must find in the database. See `pos.services.simulate`.
"""

from __future__ import annotations

import argparse
import sys

from pos.commands import add_db_option, int_range, open_db
from pos.services.simulate import simulate


def _count(text: str) -> int:
    if not text.strip().isdigit() or len(text.strip()) > 7 or not 1 <= int(text) <= 1_000_000:
        raise argparse.ArgumentTypeError(f"取引数「{text}」は1以上の整数で指定してください（最大 1000000）")
    return int(text)


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("simulate", help="ring up random but valid sales on today's open day (load/crash tests)")
    p.add_argument("--sales", type=_count, required=True, metavar="N", help="how many sales to commit")
    p.add_argument(
        "--seed",
        type=int_range(0, 10**18, "シード"),
        default=0,
        metavar="S",
        help="random seed (same seed, same choices)",
    )
    add_db_option(p)
    p.set_defaults(run=run)


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        result = simulate(
            db,
            args.sales,
            seed=args.seed,
            on_commit=lambda s: _say(f"committed {s.id} {s.total}"),
            on_void=lambda s: _say(f"voided {s.id}"),
        )
    finally:
        db.dispose()
    _say(f"{result.committed}件の取引を記録しました（取消 {result.voided}件、売上 ¥{result.total:,}）")
    return 0
