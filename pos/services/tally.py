"""The day's figures: the X tally (点検) at any time, and each workshop's settlement.

Only paid sales count; voided sales appear in the void list and nowhere else. Included tax is
computed per receipt per rate (rounded once per rate) and summed over the day's receipts. A sale's
non-cash payments are shared among the workshops of its lines in proportion to their amounts (largest
remainder, `pos.domain.settlement.payment_shares`), so each workshop's cash + vouchers + cashless
equals what it sold, to the yen.

Each workshop's settlement (commission, terminal fees, cash handed over, transfer) is computed with
today's rates while the day is open and read from the figures frozen at the close once it is closed
(`pos.services.settlement`), so a reprint shows what was settled that day.

`day_tally(db, day_id)` is the whole day (every till); `day_tally(db, day_id, till_id=...)` one till's
drawer (its change fund and the cash of its own sales), and `till_tallies` one per till of the day.
A till's workshop figures are computed from its own sales with today's rates; only the whole day's
are frozen at the close.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from uuid import UUID

from sqlalchemy import Row, select

from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine, Workshop
from pos.domain.day_state import DayState, SaleState
from pos.domain.errors import NotFound
from pos.domain.money import RateTotal, included_tax
from pos.domain.payments import CASH, METHODS, method_label
from pos.domain.settlement import VOUCHER, FeeLine, Settlement
from pos.services.days import DayInfo, day_info, load_day
from pos.services.settings import commission_percent
from pos.services.settlement import frozen_settlements, live_settlements
from pos.services.tills import TillInfo, day_tills

# sale, workshop, product, product name, unit price, tax rate, quantity, amount of one paid sale line
_LineRow = Row[UUID, UUID, UUID, str, int, int, int, int]


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
    vouchers: int = 0  # 商品券: in the drawer, handed over as they are (not in `cashless`)
    commission_bp: int = 0
    fee_lines: tuple[FeeLine, ...] = ()
    cash_handed: int = 0  # cash handed over at the close
    transfer: int = 0  # transferred later (cashless less fees, less commission the cash did not cover)
    frozen: bool = False  # figures frozen at the close (a closed day)

    @property
    def fees(self) -> int:
        return sum(f.fee for f in self.fee_lines)

    @property
    def payout(self) -> int:
        """What the workshop receives in all: cash handed over + vouchers + transfer."""
        return self.amount - self.commission - self.fees


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
    frozen: bool = False  # settlement figures read from the close (not today's rates)
    commission_bp: dict[UUID, int] = field(default_factory=dict, repr=False, compare=False, hash=False)
    till: TillInfo | None = None  # None: the whole day (every till)

    @property
    def voucher_total(self) -> int:
        return sum(m.amount for m in self.by_method if m.method == VOUCHER)

    @property
    def change_fund(self) -> int:
        return self.till.change_fund if self.till is not None else self.day.change_fund

    @property
    def expected_cash(self) -> int:
        """Change fund + cash taken for sales (cash handed over − change given)."""
        return self.change_fund + self.cash_received

    @property
    def cashless_total(self) -> int:
        """Card, IC, QR …: paid to the booth later by the providers (vouchers not included)."""
        return sum(m.amount for m in self.by_method if m.method not in (CASH, VOUCHER))

    @property
    def cashless_methods(self) -> tuple[MethodTotal, ...]:
        """The cashless brands taken today (count, amount), to compare with the terminal's own slip."""
        return tuple(m for m in self.by_method if m.method not in (CASH, VOUCHER))

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
                SaleLine.sale_id,
                SaleLine.workshop_id,
                SaleLine.product_id,
                SaleLine.product_name,
                SaleLine.unit_price,
                SaleLine.tax_rate,
                SaleLine.quantity,
                SaleLine.amount,
            )
            .join(Sale)
            .where(of_day, paid)
            .order_by(Sale.created_at, Sale.number, SaleLine.line_no)
        ).all()
        payments = s.execute(
            select(Payment.sale_id, Payment.method, Payment.amount, Payment.change).join(Sale).where(of_day, paid)
        ).all()
        workshops = {w.id: w for w in s.scalars(select(Workshop))}
        whole_day = till_id is None
        frozen = frozen_settlements(s, day_id) if whole_day and info.state == DayState.CLOSED.value else {}
        sold: dict[UUID, int] = defaultdict(int)
        for ln in lines:
            sold[ln.workshop_id] += ln.amount
        if any(frozen.get(w) is None or frozen[w].sales != amount for w, amount in sold.items()):
            frozen = {}  # frozen figures that no longer match the sales (a damaged file; `pos verify` says so)
        figures = frozen or live_settlements(s, day_id, till_id)
    percent = commission_percent(db)

    # payments by method
    count_by_method: dict[str, int] = defaultdict(int)
    amount_by_method: dict[str, int] = defaultdict(int)
    change_given = 0
    for _sale_id, method, amount, change in payments:
        count_by_method[method] += 1
        amount_by_method[method] += amount
        change_given += change
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

    settlements = _settlements(lines, workshops, figures, bool(frozen))

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
        frozen=bool(frozen),
        commission_bp={w: st.commission_bp for w, st in figures.items()},
        till=till,
    )


@dataclass
class _Sold:
    """One product at one price, summed over the day's paid lines."""

    name: str
    tax_rate: int
    quantity: int = 0
    amount: int = 0


def _settlements(
    lines: Sequence[_LineRow], workshops: dict[UUID, Workshop], figures: dict[UUID, Settlement], frozen: bool
) -> tuple[WorkshopSettlement, ...]:
    products: dict[UUID, dict[tuple[UUID, int], _Sold]] = defaultdict(dict)
    for ln in lines:
        key = (ln.product_id, ln.unit_price)
        row = products[ln.workshop_id].setdefault(key, _Sold(ln.product_name, ln.tax_rate))
        row.quantity += ln.quantity
        row.amount += ln.amount
    result = []
    for wid, sold in products.items():
        amount = sum(r.amount for r in sold.values())
        rates: dict[int, int] = defaultdict(int)
        for r in sold.values():
            rates[r.tax_rate] += r.amount
        st = figures[wid]
        w = workshops[wid]
        result.append(
            WorkshopSettlement(
                workshop_id=wid,
                name=w.name,
                invoice_number=w.invoice_number,
                quantity=sum(r.quantity for r in sold.values()),
                amount=amount,
                cash=st.cash,
                cashless=st.cashless,
                by_rate=tuple(sorted(rates.items())),
                products=tuple(
                    ProductSold(pid, r.name, price, r.tax_rate, r.quantity, r.amount)
                    for (pid, price), r in sorted(sold.items(), key=lambda kv: kv[1].name)
                ),
                commission=st.commission,
                vouchers=st.vouchers,
                commission_bp=st.commission_bp,
                fee_lines=st.fee_lines,
                cash_handed=st.cash_handed,
                transfer=st.transfer,
                frozen=frozen,
            )
        )
    return tuple(sorted(result, key=lambda w: (workshops[w.workshop_id].kana, w.name)))
