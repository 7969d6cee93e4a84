"""`pos receipt (--sale ID | --day D --venue V --number N) (--pdf OUT.pdf | --printer SPEC)`: a receipt.

ID is the sale's UUID; the friendlier form names the sales day (date and venue name or report
label) and the sale's number within it. `--size` is 80mm (roll width, default) or a6. `--printer`
sends it to an ESC/POS receipt printer (optional extra: pip install -e '.[escpos]').

`--ryoshusho [--atena NAME] [--tadashigaki TEXT] [--by WHO]` issues a 領収書 of the sale instead
(pos.services.ryoshusho): recorded in the audit log, marked 再発行 from the second time on.
"""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from pos.commands import add_db_option, add_force_option, checked_output, int_range, open_db, write_file
from pos.domain.errors import InvalidInput, PosError, StateError
from pos.domain.money import format_yen
from pos.reports.receipt_pdf import SIZES, receipt_pdf, ryoshusho_pdf
from pos.services.lookup import find_day, find_sale, parse_day, parse_sale_id
from pos.services.receipts import receipt_data
from pos.services.ryoshusho import RyoshushoData, issue_ryoshusho
from pos.services.settings import get_settings


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("receipt", help="a sale's receipt as a PDF (80 mm roll or A6) or on an ESC/POS printer")
    p.add_argument("--sale", metavar="ID", help="the sale's id (UUID)")
    p.add_argument("--day", metavar="YYYY-MM-DD", help="with --venue and --number instead of --sale")
    p.add_argument("--venue", metavar="VENUE", help="venue name or its report label")
    p.add_argument(
        "--number",
        type=int_range(1, 999_999, "取引番号"),
        metavar="N",
        help="the sale's number within the day (its till's)",
    )
    p.add_argument("--till", metavar="NAME", help="the till (レジ2 …) when several tills of the day have that number")
    p.add_argument("--pdf", metavar="OUT.pdf", help="where to write the PDF")
    p.add_argument("--size", choices=SIZES, default="80mm", help="80mm roll (default) or a6")
    p.add_argument(
        "--printer", metavar="SPEC", help="ESC/POS printer: tcp:HOST:PORT (or network:HOST), usb:VID:PID, file:PATH"
    )
    p.add_argument("--ryoshusho", action="store_true", help="a 領収書 (receipt for payment) instead of the receipt")
    p.add_argument("--atena", default="", metavar="NAME", help="領収書: the addressee (default 上様)")
    p.add_argument(
        "--tadashigaki", default="", metavar="TEXT", help="領収書: 但し書き, what it was for (default お品代)"
    )
    p.add_argument("--by", default="", metavar="WHO", help="領収書: who issues it (for the audit log)")
    add_force_option(p)
    add_db_option(p)
    p.set_defaults(run=run)


def _check_printer(spec: str) -> None:
    kind, _, rest = spec.partition(":")
    if kind == "file" and rest:
        target = Path(rest).expanduser()
        if target.is_dir():
            raise InvalidInput(
                f"プリンタ「{rest}」はフォルダーです。プリンタのデバイスを指定してください",
                f"{rest} is a folder, not a printer device",
            )
        if not target.parent.is_dir():
            raise InvalidInput(f"プリンタ「{rest}」のフォルダーがありません", f"No folder for {rest}")


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
    if not args.ryoshusho and (args.atena or args.tadashigaki):
        raise InvalidInput(
            "--atena と --tadashigaki は --ryoshusho（領収書）と一緒に指定してください",
            "--atena and --tadashigaki go with --ryoshusho",
        )
    if args.pdf:
        checked_output(args, args.pdf)
    if args.printer:
        _check_printer(args.printer)
    sale_id = parse_sale_id(args.sale) if args.sale else None
    on = parse_day(args.day) if args.day else None
    db = open_db(args, read_only=not args.ryoshusho)  # a 領収書 is recorded in the audit log
    try:
        if sale_id is None:
            assert on is not None
            sale_id = find_sale(db, find_day(db, on, args.venue), args.number, args.till)
        if args.ryoshusho:
            return _ryoshusho(
                args,
                issue_ryoshusho(db, sale_id, args.atena, args.tadashigaki, args.by),
                get_settings(db)["council_name"],
            )
        data = receipt_data(db, sale_id)
        council = get_settings(db)["council_name"]
    finally:
        db.dispose()
    void = "（取消済み）" if data.voided else ""
    if args.pdf:
        out = write_file(args, args.pdf, receipt_pdf(data, args.size, council=council))
        print(f"レシート（No.{data.receipt_no}{void}、{args.size}）を書き出しました: {out}")
    if args.printer:
        from pos.reports.receipt_escpos import connect_printer, print_receipt_escpos

        printer = None
        try:
            printer = connect_printer(args.printer)
            print_receipt_escpos(printer, data, council)
        except PosError:
            raise
        except Exception as e:  # python-escpos raises its own errors for a printer it cannot reach
            raise StateError(
                f"レシートプリンタ「{args.printer}」に送れませんでした"
                f"（電源・ネットワーク・アドレスを確かめてください）: {e}",
                f"Could not send to the receipt printer {args.printer}: {e}",
            ) from e
        finally:
            if printer is not None:
                with contextlib.suppress(Exception):  # never opened
                    printer.close()
        print(f"レシート（No.{data.receipt_no}{void}）をプリンタに送りました: {args.printer}")
    return 0


def _ryoshusho(args: argparse.Namespace, data: RyoshushoData, council: str) -> int:
    label = f"領収書（No.{data.receipt.receipt_no}、{data.atena} 様、{format_yen(data.receipt.total)}" + (
        f"、再発行 {data.issue_no}回目）" if data.reissued else "）"
    )
    if args.pdf:
        out = write_file(args, args.pdf, ryoshusho_pdf(data, args.size, council=council))
        print(f"{label}を書き出しました: {out}")
    if args.printer:
        from pos.reports.receipt_escpos import connect_printer, print_ryoshusho_escpos

        printer = connect_printer(args.printer)
        try:
            print_ryoshusho_escpos(printer, data, council)
        finally:
            printer.close()
        print(f"{label}をプリンタに送りました: {args.printer}")
    return 0
