"""`pos labels --workshop NAME --pdf OUT.pdf [--layout 12|24|single] [--product CODE[xN] ...]
[--copies N] [--db DB]`: QR price tags as a PDF.

Without --product, every active product of the workshop gets one label; with it, the products
named (P0003, or P0003x5 for five labels), which must belong to the workshop if one is named.
--copies repeats every label N times.
"""

from __future__ import annotations

import argparse
import io

from pos.commands import add_db_option, add_force_option, checked_output, open_db, write_file
from pos.reports.labels import LAYOUTS, write_labels
from pos.services.labels import select_labels


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("labels", help="QR price tags as a PDF (A4 sheets of 12 or 24, or single labels)")
    p.add_argument("--workshop", metavar="NAME", help="the workshop (default: all its active products)")
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    p.add_argument(
        "--layout",
        choices=list(LAYOUTS),
        default="12",
        help="12 (A4 2×6), 24 (A4 3×8) or single (50×30 mm pages); default 12",
    )
    p.add_argument(
        "--product",
        action="append",
        default=[],
        metavar="CODE[xN]",
        help="a product code, optionally with a count (P0003x5); repeatable",
    )
    p.add_argument("--copies", type=int, default=1, metavar="N", help="print every label N times (default 1)")
    add_force_option(p)
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    checked_output(args, args.pdf)
    db = open_db(args, read_only=True)
    try:
        items = select_labels(db, workshop=args.workshop, picks=args.product, copies=args.copies)
    finally:
        db.dispose()
    buf = io.BytesIO()
    sheet = write_labels(buf, items, args.layout)
    write_file(args, args.pdf, buf.getvalue())
    kinds = len({i.code for i in items})
    print(f"値札 {sheet.labels}枚（{kinds}商品）を {sheet.pages}ページに出力しました: {args.pdf}")
    return 0
