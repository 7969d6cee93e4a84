"""`pos payouts --month YYYY-MM [--workshop NAME] [--pdf OUT.pdf] [--csv OUT.csv] [--db DB]`: the
month's payout statements.

The PDF holds the coordinator's list of transfers to make, then one statement per workshop (with
--workshop: that workshop's statement only). The CSV has one row per workshop per closed day
(int yen, formula-safe). Figures are those frozen when each day was closed (docs/settlement.md).
Both files are rendered before either is written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pos.commands import add_db_option, add_force_option, checked_output, open_db, write_file
from pos.domain.errors import InvalidInput
from pos.reports.payout_files import render_payout_files
from pos.services.payouts import month_payouts, parse_month


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("payouts", help="monthly payout statements per workshop and the list of transfers")
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2025-06")
    p.add_argument("--workshop", default=None, metavar="NAME", help="one workshop only (its exact name)")
    p.add_argument("--pdf", default=None, metavar="OUT.pdf", help="where to write the statements PDF")
    p.add_argument("--csv", default=None, metavar="OUT.csv", help="where to write the CSV (a row per workshop per day)")
    add_force_option(p)
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.pdf is None and args.csv is None:
        raise InvalidInput("出力先を --pdf か --csv（または両方）で指定してください", "Give --pdf and/or --csv")
    parse_month(args.month)
    if args.pdf is not None and args.csv is not None and Path(args.pdf).resolve() == Path(args.csv).resolve():
        raise InvalidInput("--pdf と --csv に同じファイルは指定できません", "--pdf and --csv must differ")
    for path in (args.pdf, args.csv):
        if path is not None:
            checked_output(args, path)
    db = open_db(args)  # a closed day without frozen figures is frozen once when first read
    try:
        payouts = month_payouts(db, args.month, args.workshop)
    finally:
        db.dispose()
    pdf_bytes, csv_bytes = render_payout_files(
        payouts, pdf=args.pdf is not None, csv=args.csv is not None, transfer_list=args.workshop is None
    )
    written = [
        write_file(args, path, data)
        for path, data in ((args.pdf, pdf_bytes), (args.csv, csv_bytes))
        if path is not None and data is not None
    ]
    print(
        f"{payouts.label}の月次精算を書き出しました: {'、'.join(str(p) for p in written)}"
        f"（{len(payouts.statements)}事業所、売上 ¥{payouts.total('sales'):,}、振込 ¥{payouts.total('transfer'):,}）"
    )
    if payouts.unclosed:
        print(f"注意: 未精算の販売日が{len(payouts.unclosed)}日あり、含まれていません", flush=True)
    return 0
