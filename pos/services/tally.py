"""The day's figures: the X tally (点検) at any time, and each workshop's settlement.

Only paid sales count; voided sales appear in the void count and nowhere else. Included tax is
computed per receipt per rate (rounded once per rate) and summed over the day's receipts. A sale's
cashless part is shared among the workshops of its lines in proportion to their amounts (largest
remainder), so each workshop's cash + cashless equals what it sold, to the yen.

`day_tally(db, day_id)` is the whole day (every till); `day_tally(db, day_id, till_id=...)` one till's
drawer (its change fund and the cash of its own sales), and `till_tallies` one per till of the day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine, Workshop
from pos.domain.day_state import SaleState
from pos.domain.errors import NotFound
from pos.domain.money import RateTotal, allocate, included_tax
from pos.domain.payments import CASH, METHODS, method_label
from pos.services.days import DayInfo, day_info, load_day
from pos.services.settings import commission_percent
from pos.services.tills import TillInfo, day_tills


@dataclass(frozen=True)
class MethodTotal:
    method: str
    label: str
    count: int
    amount: int


@dataclass(frozen=True)
class ProductSold:
    product_id: UUID
    name: str
    unit_price: int
    tax_rate: int
    quantity: int
    amount: int


@dataclass(frozen=True)
class WorkshopSettlement:
    workshop_id: UUID
    name: str
    invoice_number: str | None
    quantity: int
    amount: int
    cash: int
    cashless: int
    by_rate: tuple[tuple[int, int], ...]  # (rate, tax-inclusive amount)
    products: tuple[ProductSold, ...]
    commission: int = 0

    @property
    def payout(self) -> int:
        return self.amount - self.commission


@dataclass(frozen=True)
class DayTally:
    day: DayInfo
    sales_count: int
    void_count: int
    voided_amount: int
    total: int
    item_count: int
    by_method: tuple[MethodTotal, ...]
    by_rate: tuple[RateTotal, ...]
    cash_received: int
    change_given: int
    workshops: tuple[WorkshopSettlement, ...]
    commission_percent: int = 0
    sale_ids: tuple[UUID, ...] = field(default=(), repr=False)
    till: TillInfo | None = None  # None: the whole day (every till)

    @property
    def change_fund(self) -> int:
        return self.till.change_fund if self.till is not None else self.day.change_fund

    @property
    def expected_cash(self) -> int:
        """Change fund + cash taken for sales (cash handed over − change given)."""
        return self.change_fund + self.cash_received

    @property
    def cashless_total(self) -> int:
        return sum(m.amount for m in self.by_method if m.method != CASH)

    @property
    def cashless_methods(self) -> tuple[MethodTotal, ...]:
        """The cashless brands taken today (count, amount), to compare with the terminal's own slip."""
        return tuple(m for m in self.by_method if m.method != CASH)

    @property
    def tax_total(self) -> int:
        return sum(r.tax for r in self.by_rate)


def till_tallies(db: Database, day_id: UUID) -> tuple[DayTally, ...]:
    """One tally per till of the day, in till-name order."""
    with db.sessions() as s:
        ids = [t.id for t in day_tills(s, day_id)]
    return tuple(day_tally(db, day_id, till_id=i) for i in ids)


def day_tally(db: Database, day_id: UUID, *, till_id: UUID | None = None) -> DayTally:
    with db.sessions() as s:
        info = day_info(s, load_day(s, day_id))
        till = next((t for t in info.tills if t.id == till_id), None) if till_id is not None else None
        if till_id is not None and till is None:
            raise NotFound("この販売日のレジが見つかりません", "Till not found on this sales day")
        of_day = Sale.sales_day_id == day_id
        if till_id is not None:
            of_day = of_day & (Sale.till_id == till_id)
        sales = s.execute(select(Sale.id, Sale.total, Sale.state).where(of_day)).all()
        paid_ids = [sid for sid, _, state in sales if state == SaleState.PAID.value]
        paid = Sale.state == SaleState.PAID.value
        lines = s.execute(
            select(
                SaleLine.sale_id, SaleLine.workshop_id, SaleLine.product_id, SaleLine.product_name,
                SaleLine.unit_price, SaleLine.tax_rate, SaleLine.quantity, SaleLine.amount,
            ).join(Sale).where(of_day, paid).order_by(Sale.created_at, Sale.number, SaleLine.line_no)
        ).all()
        payments = s.execute(
            select(Payment.sale_id, Payment.method, Payment.amount, Payment.change)
            .join(Sale).where(of_day, paid)
        ).all()
        workshops = {w.id: w for w in s.scalars(select(Workshop))}
    percent = commission_percent(db)

    # payments by method
    count_by_method: dict[str, int] = defaultdict(int)
    amount_by_method: dict[str, int] = defaultdict(int)
    cashless_by_sale: dict[UUID, int] = defaultdict(int)
    change_given = 0
    for sale_id, method, amount, change in payments:
        count_by_method[method] += 1
        amount_by_method[method] += amount
        change_given += change
        if method != CASH:
            cashless_by_sale[sale_id] += amount
    by_method = tuple(
        MethodTotal(m, method_label(m), count_by_method[m], amount_by_method[m])
        for m in sorted(count_by_method, key=lambda m: METHODS.index(m) if m in METHODS else len(METHODS))
    )

    # tax per receipt per rate, summed over receipts
    gross_by_sale_rate: dict[tuple[UUID, int], int] = defaultdict(int)
    for ln in lines:
        gross_by_sale_rate[(ln.sale_id, ln.tax_rate)] += ln.amount
    gross_by_rate: dict[int, int] = defaultdict(int)
    tax_by_rate: dict[int, int] = defaultdict(int)
    for (_, rate), gross in gross_by_sale_rate.items():
        gross_by_rate[rate] += gross
        tax_by_rate[rate] += included_tax(gross, rate)
    by_rate = tuple(RateTotal(r, gross_by_rate[r], tax_by_rate[r]) for r in sorted(gross_by_rate))

    # per workshop, with each sale's cashless part shared by line amounts
    lines_by_sale: dict[UUID, list] = defaultdict(list)  # type: ignore[type-arg]
    for ln in lines:
        lines_by_sale[ln.sale_id].append(ln)
    cashless_by_workshop: dict[UUID, int] = defaultdict(int)
    for sale_id, sale_lines in lines_by_sale.items():
        shares = allocate(cashless_by_sale.get(sale_id, 0), [ln.amount for ln in sale_lines])
        for ln, share in zip(sale_lines, shares, strict=True):
            cashless_by_workshop[ln.workshop_id] += share
    settlements = _settlements(lines, workshops, cashless_by_workshop, percent)

    return DayTally(
        day=info,
        sales_count=len(paid_ids),
        void_count=len(sales) - len(paid_ids),
        voided_amount=sum(total for _, total, state in sales if state != SaleState.PAID.value),
        total=sum(ln.amount for ln in lines),
        item_count=sum(ln.quantity for ln in lines),
        by_method=by_method,
        by_rate=by_rate,
        cash_received=amount_by_method.get(CASH, 0),
        change_given=change_given,
        workshops=settlements,
        commission_percent=percent,
        sale_ids=tuple(paid_ids),
        till=till,
    )


def _settlements(lines, workshops, cashless_by_workshop, percent) -> tuple[WorkshopSettlement, ...]:  # type: ignore[no-untyped-def]
    products: dict[UUID, dict[tuple[UUID, int], list]] = defaultdict(dict)  # type: ignore[type-arg]
    for ln in lines:
        key = (ln.product_id, ln.unit_price)
        row = products[ln.workshop_id].setdefault(key, [ln.product_name, ln.tax_rate, 0, 0])
        row[2] += ln.quantity
        row[3] += ln.amount
    result = []
    for wid, sold in products.items():
        amount = sum(r[3] for r in sold.values())
        rates: dict[int, int] = defaultdict(int)
        for r in sold.values():
            rates[r[1]] += r[3]
        cashless = cashless_by_workshop.get(wid, 0)
        w = workshops[wid]
        result.append(
            WorkshopSettlement(
                workshop_id=wid, name=w.name, invoice_number=w.invoice_number,
                quantity=sum(r[2] for r in sold.values()), amount=amount, cash=amount - cashless,
                cashless=cashless, by_rate=tuple(sorted(rates.items())),
                products=tuple(
                    ProductSold(pid, r[0], price, r[1], r[2], r[3])
                    for (pid, price), r in sorted(sold.items(), key=lambda kv: kv[1][0])
                ),
                commission=amount * percent // 100,
            )
        )
    return tuple(sorted(result, key=lambda w: (workshops[w.workshop_id].kana, w.name)))
