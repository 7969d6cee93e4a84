"""`pos stock waste|suggest`: perishable stock figures from the command line.

    pos stock waste   --fy 2025 [--workshop NAME] [--csv OUT.csv] [--db DB]
                      waste (売れ残り/廃棄) and sell-through per workshop, venue and month
    pos stock suggest --venue VENUE --product CODE [--db DB]
                      how many to bring next time, with the reasoning

VENUE is the venue's name or its report label; CODE the product's code (as on its price tag).
The CSV is UTF-8 with a BOM (Excel opens it as such); text cells that a spreadsheet would run as a
formula are neutralised.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from uuid import UUID

from pos.commands import add_db_option, add_force_option, checked_output, fiscal_year, open_db, write_file
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.fiscal import fiscal_year_label
from pos.domain.master import same_text
from pos.services.store import Database

FY_HELP = "fiscal year by its starting year (2025 = 令和7年度)"
HEADERS = (
    "事業所",
    "会場",
    "月",
    "持込",
    "販売",
    "販売率",
    "売れ残り",
    "持ち帰り",
    "廃棄",
    "その他",
    "未記録",
    "値引販売",
)


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("stock", help="perishable stock: waste report, how many to bring")
    kinds = p.add_subparsers(dest="stock", metavar="WHAT", required=True)
    waste = kinds.add_parser("waste", help="waste (売れ残り/廃棄) and sell-through per workshop, venue and month")
    waste.add_argument("--fy", type=fiscal_year, required=True, help=FY_HELP)
    waste.add_argument("--workshop", metavar="NAME", help="only this workshop")
    waste.add_argument("--csv", type=Path, metavar="OUT.csv", help="also write the table as CSV")
    add_force_option(waste)
    add_db_option(waste)
    waste.set_defaults(run=run_waste)

    suggest = kinds.add_parser("suggest", help="how many of a product to bring to a venue next time")
    suggest.add_argument("--venue", required=True, metavar="VENUE", help="venue name or its report label")
    suggest.add_argument("--product", required=True, metavar="CODE", help="the product's code")
    add_db_option(suggest)
    suggest.set_defaults(run=run_suggest)


def _workshop_id(db: Database, name: str) -> UUID:
    from pos.services.catalog import list_workshops

    found = [w for w in list_workshops(db, active_only=False) if same_text(w.name, name)]
    if not found:
        raise NotFound(f"事業所「{name}」が見つかりません", f"No workshop named {name!r}")
    return found[0].id


def run_waste(args: argparse.Namespace) -> int:
    from pos.reports.csv_export import csv_text
    from pos.services.waste import waste_csv_table, waste_report

    try:
        label = fiscal_year_label(args.fy)
    except ValueError as e:
        raise InvalidInput(
            f"年度 {args.fy} は扱えません（1989年度以降）", f"Fiscal year {args.fy} is not supported"
        ) from e
    if args.csv is not None:
        checked_output(args, args.csv)
    db = open_db(args, read_only=True)
    try:
        workshop_id = _workshop_id(db, args.workshop) if args.workshop else None
        report = waste_report(db, args.fy, workshop_id)
    finally:
        db.dispose()
    print(f"{label} 売れ残り・廃棄と販売率（消費期限のある商品）")
    print("\t".join(HEADERS))
    for r in (*report.rows, report.total(workshop_id)):
        print(
            "\t".join(
                str(v)
                for v in (
                    r.workshop_name,
                    r.venue_name,
                    r.month,
                    r.brought,
                    r.sold,
                    r.sell_through_text,
                    r.left,
                    r.taken_back,
                    r.disposed,
                    r.other,
                    r.unrecorded,
                    r.marked_down,
                )
            )
        )
    if args.csv is not None:
        headers, rows = waste_csv_table(report)
        write_file(args, args.csv, csv_text(headers, rows).encode("utf-8"))
        print(f"CSVを書き出しました: {args.csv}（{len(rows) - 1}行 + 合計）")
    return 0


def run_suggest(args: argparse.Namespace) -> int:
    from pos.services.catalog import find_product_by_code
    from pos.services.suggestion import find_venue, suggest

    db = open_db(args, read_only=True)
    try:
        venue_id, _ = find_venue(db, args.venue)
        product = find_product_by_code(db, args.product)
        result = suggest(db, venue_id, product.id)
    finally:
        db.dispose()
    print(f"{product.name}（{product.workshop_name}）")
    print(result.text)
    for line in result.details():
        print(f"  {line}")
    return 0
