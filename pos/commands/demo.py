"""`pos demo [--db DB] [--years N] [--scale K] [--seed S]`: create a lived-in demo database."""

from __future__ import annotations

import argparse

from pos.commands import add_db_option, int_range, open_db
from pos.domain.clock import today_local
from pos.services.demo import seed_demo


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("demo", help="create a lived-in demo database (refuses a database that has data)")
    add_db_option(p)
    p.add_argument(
        "--years", type=int_range(0, 30, "年数"), default=1, help="full past fiscal years to generate (default 1)"
    )
    p.add_argument(
        "--scale",
        type=int_range(1, 100, "倍率"),
        default=1,
        help="multiply the customers of every sales day (and the food brought) by K, e.g. for benchmarks "
        "(default 1; 10 years at 6 give about a million sale lines)",
    )
    p.add_argument("--seed", type=int_range(0, 10**18, "シード"), default=2024)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args, create=True)
    try:
        s = seed_demo(db, today=today_local(), years=args.years, seed=args.seed, scale=args.scale)
    finally:
        db.dispose()
    print(
        f"デモデータを作成しました: 事業所 {s.workshops}、商品 {s.products}、会場 {s.venues}、"
        f"販売日 {s.sales_days}、取引 {s.sales:,}、明細 {s.sale_lines:,}、会議等 {s.activities}"
    )
    print(f"データベース: {db.url}")
    return 0
