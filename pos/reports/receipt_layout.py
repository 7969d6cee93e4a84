"""What a receipt prints, line by line, independent of the medium (PDF, thermal-printer image).

`receipt_rows(data, council)` turns a `pos.services.receipts.ReceiptData` into rows of left text and
right-aligned amount, following the rules of 区分記載請求書 / 適格簡易請求書: seller and council,
date and time, sale number, items with their workshop, ※ on reduced-rate items with the legend
`※は軽減税率対象`, the total, the tax-inclusive total and the included tax per rate (as computed once
per rate by the service), payments with tendered and change, and registration numbers only for
the workshops that have one. A voided sale starts with a large 取消.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pos.domain.money import REDUCED_RATE, format_yen
from pos.domain.payments import CASH, method_label
from pos.reports.pdf_common import date_time_ja

if TYPE_CHECKING:
    from pos.services.receipts import ReceiptData

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


def receipt_rows(data: ReceiptData, council: str = "") -> list[Row]:
    rows: list[Row] = []
    if data.voided:
        rows += [Row(VOID_MARK, size="huge", center=True, alert=True),
                 Row("この取引は取り消されています", center=True, alert=True)]
    rows.append(Row(data.seller, size="large", center=True))
    if council:
        rows.append(Row(council, size="small", center=True))
    rows.append(Row(f"会場: {data.venue}", size="small", center=True))
    rows += [Row(date_time_ja(data.issued_at), f"No.{data.receipt_no}"), RULE]

    for ln in data.lines:
        mark = f" {REDUCED_MARK}" if ln.reduced else ""
        rows.append(Row(f"{ln.name}{mark}", format_yen(ln.amount)))
        rows.append(Row(f"{ln.workshop_name}　{format_yen(ln.unit_price)} × {ln.quantity}", size="small", indent=True))
    rows.append(RULE)

    quantity = sum(ln.quantity for ln in data.lines)
    rows.append(Row(f"合計（{quantity}点）", format_yen(data.total), size="large"))
    for r in data.by_rate:
        mark = f" {REDUCED_MARK}" if r.rate == REDUCED_RATE else ""
        rows.append(Row(f"{r.rate}%対象{mark}", format_yen(r.gross)))
        rows.append(Row(f"（内消費税 {r.rate}%）", format_yen(r.tax), size="small", indent=True))
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
    if data.registrations:
        rows.append(Row("登録番号", size="small"))
        rows += [Row(name, number, size="small", indent=True) for name, number in data.registrations]
        registered = {name for name, _ in data.registrations}
        if any(ln.workshop_name not in registered for ln in data.lines):
            rows.append(Row("上記以外の事業所は適格請求書発行事業者ではありません", size="small"))
    rows.append(Row("お買い上げありがとうございました", size="small", center=True))
    return rows
