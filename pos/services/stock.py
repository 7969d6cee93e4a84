"""Stock brought to a sales day: what is left of each lot and of each product, and what expires.

A product with no lot on the day is not stock-tracked (crafts usually): it can always be sold.
A product with lots can be sold up to what is left of its lots that have not expired (expiry date
before the sales day): brought − what paid sales took − what was recorded as taken back / disposed.
Voided sales give their units back. `StockLevel.sold_out` (every lot used up) shows the tile as 売切;
`StockLevel.expired_only` (only expired units left) shows it as 期限切れ. The rules are in
`pos.domain.lots`; check-in lives in `pos.services.check_in`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import UUID

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from pos.db.engine import Database
from pos.db.models import Lot, LotDisposition, Product, Sale, SaleLine, SalesDay, Workshop
from pos.domain.clock import local
from pos.domain.day_state import SaleState
from pos.domain.lots import LotState, expired_units, expires_soon, is_expired, sellable, units_left
from pos.services.check_in import CheckInItem, check_in_lot, check_in_lots  # noqa: F401  (kept importable here)
from pos.services.days import load_day


@dataclass(frozen=True)
class StockLevel:
    """One stock-tracked product on the day. `expired`: units left on expired lots (not sellable);
    `expiring_today`: sellable units whose lot expires on the sales day; `withdrawn`: units recorded
    as taken back, disposed or handed over; `sold_out_at`: when its last lot sold out (UTC)."""

    product_id: UUID
    brought: int
    sold: int
    earliest_expiry: date | None
    expired: int = 0
    expiring_today: int = 0
    withdrawn: int = 0
    sold_out_at: datetime | None = None

    @property
    def remaining(self) -> int:
        """Units that can still be sold."""
        return max(self.brought - self.sold - self.withdrawn - self.expired, 0)

    @property
    def sold_out(self) -> bool:
        return self.remaining == 0 and self.expired == 0

    @property
    def expired_only(self) -> bool:
        """Units are left, but all of them are past their expiry date."""
        return self.remaining == 0 and self.expired > 0


@dataclass
class ProductLots:
    """The lots of one product on one day (check-in order) and the sales made without a lot."""

    lots: list[LotState[UUID]] = field(default_factory=list)
    sold_out_at: dict[UUID, datetime | None] = field(default_factory=dict)
    created_at: dict[UUID, datetime] = field(default_factory=dict)
    unassigned: int = 0

    def left(self) -> dict[UUID, int]:
        return units_left(self.lots, self.unassigned)

    @property
    def sold(self) -> int:
        return sum(lot.taken for lot in self.lots) + self.unassigned


def _lot_statements(filtered: bool) -> tuple[Any, ...]:
    """The four queries of `lot_states`, built once with bound parameters (day, products)."""
    lots, sales, lines, disp = Lot.__table__, Sale.__table__, SaleLine.__table__, LotDisposition.__table__
    day = bindparam("day_id", type_=lots.c.sales_day_id.type)
    paid = (sales.c.sales_day_id == day, sales.c.state == SaleState.PAID.value)
    lot_query = (
        select(lots.c.id, lots.c.product_id, lots.c.quantity, lots.c.expiry_date, lots.c.created_at, lots.c.sold_out_at)
        .where(lots.c.sales_day_id == day)
        .order_by(lots.c.created_at, lots.c.id)
    )
    taken_query = (
        select(lines.c.lot_id, func.sum(lines.c.quantity))
        .select_from(lines.join(sales))
        .where(*paid, lines.c.lot_id.is_not(None))
        .group_by(lines.c.lot_id)
    )
    unassigned_query = (
        select(lines.c.product_id, func.sum(lines.c.quantity))
        .select_from(lines.join(sales))
        .where(*paid, lines.c.lot_id.is_(None))
        .group_by(lines.c.product_id)
    )
    withdrawn_query = (
        select(disp.c.lot_id, func.sum(disp.c.quantity))
        .select_from(disp.join(lots))
        .where(lots.c.sales_day_id == day)
        .group_by(disp.c.lot_id)
    )
    if filtered:
        products: BindParameter[list[UUID]] = bindparam("products", expanding=True)
        lot_query = lot_query.where(lots.c.product_id.in_(products))
        unassigned_query = unassigned_query.where(lines.c.product_id.in_(products))
    return lot_query, taken_query, withdrawn_query, unassigned_query


_LOT_QUERIES = {False: _lot_statements(False), True: _lot_statements(True)}


def lot_states(s: Session, day_id: UUID, product_ids: Iterable[UUID] | None = None) -> dict[UUID, ProductLots]:
    """Per stock-tracked product of the day (or of `product_ids`): its lots with what paid sales took
    from each, what was withdrawn from each, and the paid units sold without a lot."""
    wanted = None if product_ids is None else set(product_ids)
    lot_query, taken_query, withdrawn_query, unassigned_query = _LOT_QUERIES[wanted is not None]
    params: dict[str, Any] = {"day_id": day_id}
    if wanted is not None:
        params["products"] = list(wanted)
    conn = s.connection()
    lots = conn.execute(lot_query, params).all()
    if not lots:
        return {}
    taken = dict(conn.execute(taken_query, params).all())
    withdrawn = dict(conn.execute(withdrawn_query, params).all())
    unassigned = dict(conn.execute(unassigned_query, params).all())
    result: dict[UUID, ProductLots] = defaultdict(ProductLots)
    for lot in lots:
        p = result[lot.product_id]
        p.lots.append(
            LotState(lot.id, lot.quantity, lot.expiry_date, int(taken.get(lot.id, 0)), int(withdrawn.get(lot.id, 0)))
        )
        p.sold_out_at[lot.id] = lot.sold_out_at
        p.created_at[lot.id] = lot.created_at
    for pid, p in result.items():
        p.unassigned = int(unassigned.get(pid, 0))
    return dict(result)


def _level(pid: UUID, p: ProductLots, on: date) -> StockLevel:
    left = p.left()
    expiries = [lot.expiry for lot in p.lots if lot.expiry is not None]
    times = [t for t in p.sold_out_at.values() if t is not None]  # all lots sold out: the last of those
    return StockLevel(
        product_id=pid,
        brought=sum(lot.quantity for lot in p.lots),
        sold=p.sold,
        earliest_expiry=min(expiries) if expiries else None,
        expired=expired_units(p.lots, left, on),
        expiring_today=sum(left[lot.id] for lot in p.lots if lot.expiry == on),
        withdrawn=sum(lot.withdrawn for lot in p.lots),
        sold_out_at=max(times) if times and len(times) == len(p.sold_out_at) else None,
    )


_DAY_DATE = select(SalesDay.__table__.c.day).where(
    SalesDay.__table__.c.id == bindparam("day_id", type_=SalesDay.__table__.c.id.type)
)


def _day_date(s: Session, day_id: UUID) -> date:
    """The sales day's date (as `load_day(...).day`, without loading the ORM object)."""
    on: date | None = s.connection().execute(_DAY_DATE, {"day_id": day_id}).scalar()
    if on is None:
        return load_day(s, day_id).day  # raises NotFound
    return on


def stock_levels(db: Database, day_id: UUID) -> dict[UUID, StockLevel]:
    """Per stock-tracked product of the day: brought, sold (paid sales only), expiry, what is left."""
    with db.sessions() as s:
        on = _day_date(s, day_id)
        return {pid: _level(pid, p, on) for pid, p in lot_states(s, day_id).items()}


def product_stock(db: Database, day_id: UUID, product_id: UUID) -> StockLevel | None:
    """One product's stock level on the day, or None when it is not stock-tracked."""
    with db.sessions() as s:
        on = _day_date(s, day_id)
        p = lot_states(s, day_id, [product_id]).get(product_id)
        return None if p is None else _level(product_id, p, on)


def remaining(db: Database, day_id: UUID, product_id: UUID) -> int | None:
    """Units of one product still to sell on the day (expired lots excluded), or None when untracked."""
    level = product_stock(db, day_id, product_id)
    return None if level is None else level.remaining


def sellable_units(p: ProductLots, on: date) -> int:
    return sellable(p.lots, p.left(), on)


def lock_day(s: Session, day_id: UUID) -> None:
    """Take the database's write lock before reading stock, so two tills never sell the same unit.

    SQLite begins the transaction at the first write: a no-op update of the day, done first, makes
    every read that follows see the stock as it is until this transaction commits.
    """
    s.execute(
        update(SalesDay)
        .where(SalesDay.id == day_id)
        .values(state=SalesDay.state)
        .execution_options(synchronize_session=False)
    )


# ---- the workshops' view of the day ----------------------------------------------------------------


@dataclass(frozen=True)
class LotInfo:
    """One lot of the day as workshop staff see it: brought, sold, withdrawn, left, expiry."""

    lot_id: UUID
    product_id: UUID
    product_name: str
    workshop_id: UUID
    workshop_name: str
    perishable: bool
    brought: int
    sold: int
    withdrawn: int
    left: int
    expiry_date: date | None
    expired: bool
    expires_today: bool
    expires_soon: bool  # today or tomorrow, not yet expired
    checked_in_at: datetime  # JST
    sold_out_at: datetime | None  # JST

    @property
    def status(self) -> str:
        if self.sold_out_at is not None and self.left == 0:
            return f"完売 {self.sold_out_at:%H:%M}"
        if self.expired and self.left:
            return "期限切れ"
        if self.expires_today and self.left:
            return "本日期限"
        if self.expires_soon and self.left:
            return "明日期限"
        return ""


def day_lots(db: Database, day_id: UUID, workshop_id: UUID | None = None) -> list[LotInfo]:
    """Every lot of the day (of one workshop), by workshop, product and expiry."""
    with db.sessions() as s:
        on = load_day(s, day_id).day
        states = lot_states(s, day_id)
        if not states:
            return []
        products = s.execute(
            select(
                Product.id, Product.name, Product.kana, Product.perishable, Workshop.id, Workshop.name, Workshop.kana
            )
            .join(Workshop)
            .where(Product.id.in_(states))
        ).all()
    out: list[tuple[tuple[str, str, str, str], LotInfo]] = []
    for pid, name, kana, perishable, wid, wname, wkana in products:
        if workshop_id is not None and wid != workshop_id:
            continue
        p = states[pid]
        left = p.left()
        for lot in p.lots:
            sold_out = p.sold_out_at[lot.id]
            info = LotInfo(
                lot_id=lot.id,
                product_id=pid,
                product_name=name,
                workshop_id=wid,
                workshop_name=wname,
                perishable=perishable,
                brought=lot.quantity,
                sold=lot.quantity - lot.withdrawn - left[lot.id],
                withdrawn=lot.withdrawn,
                left=left[lot.id],
                expiry_date=lot.expiry,
                expired=is_expired(lot.expiry, on),
                expires_today=lot.expiry == on,
                expires_soon=expires_soon(lot.expiry, on),
                checked_in_at=local(p.created_at[lot.id]),
                sold_out_at=local(sold_out) if sold_out else None,
            )
            out.append(((wkana, wname, kana, name), info))
    out.sort(key=lambda pair: (pair[0], pair[1].expiry_date is None, pair[1].expiry_date or date.max))
    return [info for _, info in out]
