"""What a receipt shows, by the Japanese rules (区分記載請求書 / 適格簡易請求書).

Seller, date and time, items with their workshop, ※ on reduced-rate items with the legend,
the tax-inclusive total and the included tax for each rate (computed once per rate), payment and
change. A workshop's registration number (T + 13 digits) is listed only where one is configured;
nothing resembling one is printed otherwise. Rendering (PDF, printer) lives in `pos.reports`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Sale, SalesDay, Workshop
from pos.domain.clock import local
from pos.domain.errors import NotFound
from pos.domain.money import REDUCED_RATE, RateTotal, tax_by_rate
from pos.domain.payments import PaymentPart
from pos.services.settings import get_settings
from pos.services.tills import receipt_no

REDUCED_MARK = "※"
REDUCED_LEGEND = "※は軽減税率対象"


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    workshop_name: str
    quantity: int
    unit_price: int
    amount: int
    tax_rate: int

    @property
    def reduced(self) -> bool:
        return self.tax_rate == REDUCED_RATE


@dataclass(frozen=True)
class ReceiptData:
    sale_id: UUID
    number: int
    issued_at: datetime  # local time (JST)
    seller: str
    venue: str
    lines: tuple[ReceiptLine, ...]
    total: int
    by_rate: tuple[RateTotal, ...]
    payments: tuple[PaymentPart, ...]
    registrations: tuple[tuple[str, str], ...]  # (workshop name, T-number), only where set
    voided: bool
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
        merged: dict[tuple[UUID, int], list] = {}  # type: ignore[type-arg]  # one line per product, not per lot
        for ln in sale.lines:
            row = merged.setdefault((ln.product_id, ln.unit_price), [ln, 0, 0])
            row[1], row[2] = row[1] + ln.quantity, row[2] + ln.amount
        lines = tuple(
            ReceiptLine(ln.product_name, workshops[ln.workshop_id].name, qty, ln.unit_price, amount, ln.tax_rate)
            for ln, qty, amount in merged.values()
        )
        registrations = tuple(
            sorted({(w.name, w.invoice_number) for w in workshops.values() if w.invoice_number})
        )
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
            till_name=sale.till.name,
        )
