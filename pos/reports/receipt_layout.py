"""What a receipt prints, line by line, independent of the medium (PDF, thermal-printer image).

`receipt_rows(data, council)` turns a `pos.services.receipts.ReceiptData` into rows of left text and
right-aligned amount, following the rules of 区分記載請求書 / 適格簡易請求書 (docs/invoices.md):
seller and council, date and time, sale number, items with ※ on reduced-rate items and the legend
`※は軽減税率対象`, a markdown (値引) under its item, payments with tendered and change. The invoice
part follows the service's `layout`: one block per registered workshop (name, 登録番号, items,
小計, total and included tax per rate computed once per rate for that seller) and one for the
unregistered workshops (said not to be an invoice, totals per rate only), then the grand total;
or, under the intermediary arrangement, the booth's number under its name and the whole receipt's
tax per rate; or, when nobody is registered, the totals per rate and no number. A voided sale
starts with a large 取消.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pos.domain.money import REDUCED_RATE, format_yen
from pos.domain.payments import CASH, method_label
from pos.reports.pdf_common import date_time_ja

if TYPE_CHECKING:
    from pos.domain.money import RateTotal
    from pos.services.receipts import ReceiptData, ReceiptLine, SellerBlock
    from pos.services.ryoshusho import RyoshushoData

REDUCED_MARK = "※"
REDUCED_LEGEND = "※は軽減税率対象"
VOID_MARK = "取消"


@dataclass(frozen=True)
class Row:
    """One printed line: `left` text (wrapped if long) and an optional right-aligned `right`."""

    left: str = ""
    right: str = ""
    size: str = "normal"  # small | normal | large | huge
    center: bool = False
    rule: bool = False  # a horizontal rule instead of text
    alert: bool = False  # printed in red where the medium has colour
    indent: bool = False


RULE = Row(rule=True)


def _item_rows(ln: ReceiptLine, with_workshop: bool) -> list[Row]:
    mark = f" {REDUCED_MARK}" if ln.reduced else ""
    who = f"{ln.workshop_name}　" if with_workshop else ""
    rows = [
        Row(f"{ln.name}{mark}", format_yen(ln.list_amount)),
        Row(f"{who}{format_yen(ln.unit_price)} × {ln.quantity}", size="small", indent=True),
    ]
    if ln.discount or ln.discount_reason:
        rows.append(Row(f"値引（{ln.discount_label}）", f"−{format_yen(ln.discount)}", size="small", indent=True))
    return rows


def _rate_rows(by_rate: tuple[RateTotal, ...], with_tax: bool = True) -> list[Row]:
    rows = []
    for r in by_rate:
        mark = f" {REDUCED_MARK}" if r.rate == REDUCED_RATE else ""
        rows.append(Row(f"{r.rate}%対象{mark}", format_yen(r.gross)))
        if with_tax:
            rows.append(Row(f"（内消費税 {r.rate}%）", format_yen(r.tax), size="small", indent=True))
    return rows


def _block_rows(block: SellerBlock) -> list[Row]:
    """One registered seller's invoice (name, number, items, total and tax per rate), or the part of
    the unregistered sellers (items with their workshop, totals per rate, said not to be an invoice)."""
    if block.invoice_number:
        rows = [Row(f"【{block.name}】"), Row(f"登録番号 {block.invoice_number}", size="small")]
    else:
        rows = [Row("【適格請求書発行事業者ではない事業所】"), Row("この部分は適格請求書ではありません", size="small")]
    for ln in block.lines:
        rows += _item_rows(ln, with_workshop=not block.invoice_number)
    rows.append(Row(f"小計（{block.quantity}点）", format_yen(block.total)))
    rows += _rate_rows(block.by_rate, with_tax=bool(block.invoice_number))
    return rows


def receipt_rows(data: ReceiptData, council: str = "") -> list[Row]:
    rows: list[Row] = []
    if data.voided:
        rows += [
            Row(VOID_MARK, size="huge", center=True, alert=True),
            Row("この取引は取り消されています", center=True, alert=True),
        ]
    rows.append(Row(data.seller, size="large", center=True))
    if council:
        rows.append(Row(council, size="small", center=True))
    if data.layout == "intermediary":
        rows.append(Row(f"登録番号 {data.booth_invoice_number}", size="small", center=True))
        rows.append(Row("（各事業所の委託を受けて販売・媒介者交付特例）", size="small", center=True))
    rows.append(Row(f"会場: {data.venue}", size="small", center=True))
    rows += [Row(date_time_ja(data.issued_at), f"No.{data.receipt_no}"), RULE]

    quantity = sum(ln.quantity for ln in data.lines)
    if data.layout == "sellers":
        for block in data.blocks:
            rows += [*_block_rows(block), RULE]
        rows.append(Row(f"合計（{quantity}点）", format_yen(data.total), size="large"))
    else:
        for ln in data.lines:
            rows += _item_rows(ln, with_workshop=True)
        rows.append(RULE)
        rows.append(Row(f"合計（{quantity}点）", format_yen(data.total), size="large"))
        rows += _rate_rows(data.by_rate)
    rows.append(RULE)

    has_cash = False
    for p in data.payments:
        if p.method == CASH:
            has_cash = True
            rows.append(Row("現金お預り", format_yen(p.tendered)))
        else:
            rows.append(Row(method_label(p.method), format_yen(p.amount)))
    if has_cash:
        rows.append(Row("お釣り", format_yen(data.change)))
    rows.append(RULE)

    if data.has_reduced:
        rows.append(Row(REDUCED_LEGEND, size="small"))
    rows.append(Row("お買い上げありがとうございました", size="small", center=True))
    return rows


def _invoice_rows(data: ReceiptData) -> list[Row]:
    """The items and the invoice part of a sale, as on its receipt (without header and payments)."""
    rows: list[Row] = []
    if data.layout == "sellers":
        for block in data.blocks:
            rows += [*_block_rows(block), RULE]
        return rows
    for ln in data.lines:
        rows += _item_rows(ln, with_workshop=True)
    rows.append(RULE)
    rows += _rate_rows(data.by_rate)
    return [*rows, RULE]


def ryoshusho_rows(data: RyoshushoData, council: str = "") -> list[Row]:
    """A 領収書: 再発行 when it is not the first, 宛名 様, the amount, 但し書き, the date of the sale,
    the issuer (booth, council, and the booth's number under the intermediary arrangement), then the
    sale's items with the invoice part of its receipt (one block per registered seller)."""
    r = data.receipt
    rows: list[Row] = []
    if data.reissued:
        rows.append(Row(f"再発行（{data.issue_no}回目）", size="large", center=True, alert=True))
    rows += [
        Row("領 収 書", size="huge", center=True),
        Row(f"{data.atena} 様", size="large"),
        RULE,
        Row("金額", f"{format_yen(r.total)}-", size="large"),
        Row(f"但し {data.tadashigaki}として"),
        Row("上記正に領収いたしました", size="small"),
        RULE,
        Row(f"お買上げ {date_time_ja(r.issued_at)}", f"No.{r.receipt_no}", size="small"),
    ]
    if data.reissued:
        rows.append(Row(f"再発行 {date_time_ja(data.issued_at)}", size="small"))
    rows += [Row(r.seller)]
    if council:
        rows.append(Row(council, size="small"))
    if r.layout == "intermediary":
        rows.append(Row(f"登録番号 {r.booth_invoice_number}（媒介者交付特例）", size="small"))
    rows += [Row(f"会場: {r.venue}", size="small"), RULE, Row("内訳", size="small")]
    rows += _invoice_rows(r)
    if r.has_reduced:
        rows.append(Row(REDUCED_LEGEND, size="small"))
    return rows
