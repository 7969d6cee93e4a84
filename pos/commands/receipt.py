"""`pos receipt (--sale ID | --day D --venue V --number N) (--pdf OUT.pdf | --printer SPEC)`: a receipt.

ID is the sale's UUID; the friendlier form names the sales day (date and venue name or report
label) and the sale's number within it. `--size` is 80mm (roll width, default) or a6. `--printer`
sends it to an ESC/POS receipt printer (optional extra: pip install -e '.[escpos]').
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pos.commands import add_db_option
from pos.domain.errors import InvalidInput
from pos.reports.receipt_pdf import SIZES, receipt_pdf
from pos.services.lookup import find_day, find_sale, parse_day, parse_sale_id
from pos.services.receipts import receipt_data
from pos.services.settings import get_settings
from pos.services.store import open_database


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = verbs.add_parser("receipt", help="a sale's receipt as a PDF (80 mm roll or A6) or on an ESC/POS printer")
    p.add_argument("--sale", metavar="ID", help="the sale's id (UUID)")
    p.add_argument("--day", metavar="YYYY-MM-DD", help="with --venue and --number instead of --sale")
    p.add_argument("--venue", metavar="VENUE", help="venue name or its report label")
    p.add_argument("--number", type=int, metavar="N", help="the sale's number within the day (its till's)")
    p.add_argument("--till", metavar="NAME", help="the till (レジ2 …) when several tills of the day have that number")
    p.add_argument("--pdf", metavar="OUT.pdf", help="where to write the PDF")
    p.add_argument("--size", choices=SIZES, default="80mm", help="80mm roll (default) or a6")
    p.add_argument("--printer", metavar="SPEC", help="ESC/POS printer: network:HOST, usb:VID:PID, file:PATH")
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.pdf and not args.printer:
        raise InvalidInput("--pdf（出力先）か --printer（プリンタ）を指定してください", "Give --pdf or --printer")
    by_day = (args.day, args.venue, args.number)
    if args.sale and any(v is not None for v in by_day):
        raise InvalidInput(
            "--sale と --day/--venue/--number はどちらか一方で指定してください", "Give --sale or --day/--venue/--number"
        )
    if not args.sale and any(v is None for v in by_day):
        raise InvalidInput(
            "取引は --sale ID、または --day と --venue と --number の組で指定してください",
            "Name the sale by --sale ID or by --day, --venue and --number",
        )
    sale_id = parse_sale_id(args.sale) if args.sale else None
    on = parse_day(args.day) if args.day else None
    db = open_database(args.db)
    try:
        if sale_id is None:
            assert on is not None
            sale_id = find_sale(db, find_day(db, on, args.venue), args.number, args.till)
        data = receipt_data(db, sale_id)
        council = get_settings(db)["council_name"]
    finally:
        db.dispose()
    void = "（取消済み）" if data.voided else ""
    if args.pdf:
        out = Path(args.pdf)
        out.write_bytes(receipt_pdf(data, args.size, council=council))
        print(f"レシート（No.{data.receipt_no}{void}、{args.size}）を書き出しました: {out}")
    if args.printer:
        from pos.reports.receipt_escpos import connect_printer, print_receipt_escpos

        printer = connect_printer(args.printer)
        try:
            print_receipt_escpos(printer, data, council)
        finally:
            printer.close()
        print(f"レシート（No.{data.receipt_no}{void}）をプリンタに送りました: {args.printer}")
    return 0
