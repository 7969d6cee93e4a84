"""What a receipt shows, by the Japanese rules (適格簡易請求書 / 区分記載請求書): docs/invoices.md.

Seller, date and time, items with their workshop, ※ on reduced-rate items with the legend,
markdowns (値引) under their item, payment and change. Several workshops share one sale, and each
is the seller of its own items, so the invoice part depends on who is registered:

- `layout == "sellers"` (some seller is registered, 代理交付): one `SellerBlock` per registered
  workshop — its name, its T-number, its items, its total per rate and its tax per rate, rounded
  once per rate *for that seller* — and one block (`invoice_number` None) for the items of the
  unregistered workshops, which says it is not a 適格請求書 and shows totals per rate only.
- `layout == "intermediary"` (媒介者交付特例, settings `booth_invoice_number` and
  `invoice_intermediary` = 1, and every seller on the receipt registered): one invoice in the
  booth's name and number, tax per rate once over the whole receipt (`by_rate`).
- `layout == "plain"` (no seller registered): the items and the totals per rate, no number at all.

Rendering (PDF, printer) lives in `pos.reports`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Sale, SaleLine, SalesDay, Workshop
from pos.domain.cart import MARKDOWN_REASONS
from pos.domain.clock import local
from pos.domain.errors import NotFound
from pos.domain.money import REDUCED_RATE, RateTotal, tax_by_rate
from pos.domain.payments import PaymentPart
from pos.services.settings import get_settings
from pos.services.tills import receipt_no

REDUCED_MARK = "※"
REDUCED_LEGEND = "※は軽減税率対象"
#: markdown reasons at the till (sale_lines.discount_reason) → what the receipt prints
DISCOUNT_REASONS = MARKDOWN_REASONS


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    workshop_name: str
    quantity: int
    unit_price: int  # the list price (or the typed open price)
    amount: int  # quantity × unit price − discount
    tax_rate: int
    discount: int = 0
    discount_reason: str = ""  # a DISCOUNT_REASONS key, "" when none

    @property
    def reduced(self) -> bool:
        return self.tax_rate == REDUCED_RATE

    @property
    def list_amount(self) -> int:
        return self.quantity * self.unit_price

    @property
    def discount_label(self) -> str:
        return DISCOUNT_REASONS.get(self.discount_reason, self.discount_reason)


@dataclass(frozen=True)
class SellerBlock:
    """One seller's part of a receipt: its own invoice when `invoice_number` is set, otherwise the
    items of every unregistered workshop together (`name` is then "")."""

    name: str
    invoice_number: str | None
    lines: tuple[ReceiptLine, ...]
    by_rate: tuple[RateTotal, ...]  # tax once per rate over this block's lines

    @property
    def total(self) -> int:
        return sum(ln.amount for ln in self.lines)

    @property
    def quantity(self) -> int:
        return sum(ln.quantity for ln in self.lines)


@dataclass(frozen=True)
class ReceiptData:
    sale_id: UUID
    number: int
    issued_at: datetime  # local time (JST)
    seller: str
    venue: str
    lines: tuple[ReceiptLine, ...]
    total: int
    by_rate: tuple[RateTotal, ...]  # over the whole receipt (the intermediary's and the plain layout)
    payments: tuple[PaymentPart, ...]
    registrations: tuple[tuple[str, str], ...]  # (workshop name, T-number), only where set
    voided: bool
    layout: str = "plain"  # plain | sellers | intermediary
    blocks: tuple[SellerBlock, ...] = ()  # the "sellers" layout
    booth_invoice_number: str = ""  # the "intermediary" layout
    till_name: str = ""

    @property
    def receipt_no(self) -> str:
        """15 on レジ1, レジ2-15 on another till (`pos.services.tills.receipt_no`)."""
        return receipt_no(self.till_name, self.number)

    @property
    def change(self) -> int:
        return sum(p.change for p in self.payments)

    @property
    def has_reduced(self) -> bool:
        return any(ln.reduced for ln in self.lines)


def seller_blocks(lines: list[tuple[ReceiptLine, str | None]]) -> tuple[SellerBlock, ...]:
    """(line, its workshop's T-number or None) → one block per registered workshop in the order they
    first appear, then one block with the unregistered workshops' lines (if any)."""
    registered: dict[str, tuple[str, list[ReceiptLine]]] = {}
    others: list[ReceiptLine] = []
    for ln, number in lines:
        if number:
            registered.setdefault(ln.workshop_name, (number, []))[1].append(ln)
        else:
            others.append(ln)
    blocks = [
        SellerBlock(name, number, tuple(own), tuple(tax_by_rate((x.tax_rate, x.amount) for x in own)))
        for name, (number, own) in registered.items()
    ]
    if others:
        blocks.append(SellerBlock("", None, tuple(others), tuple(tax_by_rate((x.tax_rate, x.amount) for x in others))))
    return tuple(blocks)


def receipt_data(db: Database, sale_id: UUID) -> ReceiptData:
    settings = get_settings(db)
    with db.sessions() as s:
        sale = s.get(Sale, sale_id)
        if sale is None:
            raise NotFound("取引が見つかりません", "Sale not found")
        day = s.get_one(SalesDay, sale.sales_day_id)
        workshops = {
            w.id: w for w in s.scalars(select(Workshop).where(Workshop.id.in_({ln.workshop_id for ln in sale.lines})))
        }
        # one line per product, price and markdown reason, not per lot
        merged: dict[tuple[UUID, int, str], tuple[SaleLine, int, int, int]] = {}
        for ln in sale.lines:
            key = (ln.product_id, ln.unit_price, ln.discount_reason)
            first, quantity, amount, discount = merged.get(key, (ln, 0, 0, 0))
            merged[key] = (first, quantity + ln.quantity, amount + ln.amount, discount + ln.discount)
        pairs = [
            (
                ReceiptLine(
                    ln.product_name,
                    workshops[ln.workshop_id].name,
                    qty,
                    ln.unit_price,
                    amount,
                    ln.tax_rate,
                    discount,
                    ln.discount_reason,
                ),
                workshops[ln.workshop_id].invoice_number,
            )
            for ln, qty, amount, discount in merged.values()
        ]
        lines = tuple(ln for ln, _ in pairs)
        blocks: tuple[SellerBlock, ...]
        registrations = tuple(sorted({(w.name, w.invoice_number) for w in workshops.values() if w.invoice_number}))
        booth_number = settings["booth_invoice_number"]
        everyone_registered = all(number for _, number in pairs)
        if booth_number and settings["invoice_intermediary"] == "1" and everyone_registered:
            layout, blocks = "intermediary", ()
        else:
            layout, blocks, booth_number = ("sellers", seller_blocks(pairs), "") if registrations else ("plain", (), "")
        return ReceiptData(
            sale_id=sale.id,
            number=sale.number,
            issued_at=local(sale.created_at),
            seller=settings["booth_name"],
            venue=day.venue.name,
            lines=lines,
            total=sale.total,
            by_rate=tuple(tax_by_rate((ln.tax_rate, ln.amount) for ln in lines)),
            payments=tuple(PaymentPart(p.method, p.amount, p.tendered, p.change) for p in sale.payments),
            registrations=registrations,
            voided=sale.state != "paid",
            layout=layout,
            blocks=blocks,
            booth_invoice_number=booth_number,
            till_name=sale.till.name,
        )
