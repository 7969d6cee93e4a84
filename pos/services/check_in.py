"""Check-in: what a workshop brought to a sales day, as lots with their expiry dates.

One quick form per workshop (`check_in_form`): its active products, how many are already checked in
today, and the default expiry (day + shelf life for perishables; none for other goods). `check_in_lots`
records a whole form at once, in one transaction, or nothing. Lots can be added later in the day
(a second delivery is simply another lot; the till sells the one expiring first).

A lot whose expiry date is already past is still recorded (yesterday's food brought again to the
second day of a station run, say): it is part of what was brought and must be accounted for at the
end of the day, but the till refuses to sell it (消費期限切れ).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Lot, Participation, Product, Workshop
from pos.domain.clock import now_utc
from pos.domain.day_state import DayState
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.services.catalog import ProductInfo, product_info
from pos.services.days import load_day

MAX_QUANTITY = 9999


@dataclass(frozen=True)
class CheckInItem:
    """Units of one product brought; `expiry_date` None takes the product's default."""

    product_id: UUID
    quantity: int
    expiry_date: date | None = None


@dataclass(frozen=True)
class CheckInRow:
    """A line of the check-in form: the product, its default expiry, units already checked in today."""

    product: ProductInfo
    default_expiry: date | None
    checked_in: int


def default_expiry(day: date, perishable: bool, shelf_life_days: int | None) -> date | None:
    """Day + shelf life for perishables; None for goods without an expiry."""
    if perishable and shelf_life_days:
        return day + timedelta(days=shelf_life_days)
    return None


def check_in_form(db: Database, day_id: UUID, workshop_id: UUID) -> list[CheckInRow]:
    """The workshop's active products (perishables first), ready for the check-in screen."""
    with db.sessions() as s:
        day = load_day(s, day_id)
        workshop = s.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound("事業所が見つかりません", "Workshop not found")
        counts = dict(
            s.execute(
                select(Lot.product_id, func.sum(Lot.quantity))
                .join(Product)
                .where(Lot.sales_day_id == day_id, Product.workshop_id == workshop_id)
                .group_by(Lot.product_id)
            ).all()
        )
        products = s.scalars(
            select(Product)
            .where(Product.workshop_id == workshop_id, Product.active)
            .order_by(Product.perishable.desc(), Product.kana, Product.name)
        )
        return [
            CheckInRow(
                product_info(p, workshop.name),
                default_expiry(day.day, p.perishable, p.shelf_life_days),
                int(counts.get(p.id, 0)),
            )
            for p in products
        ]


def _check_quantity(quantity: object, name: str) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(
            f"「{name}」の持ち込み数は1から{MAX_QUANTITY}までの整数です",
            f"{name}: the quantity brought must be 1 to {MAX_QUANTITY}",
        )
    return quantity


def check_in_lots(db: Database, day_id: UUID, items: Sequence[CheckInItem]) -> list[UUID]:
    """Record every item as a lot of the day, all or nothing; returns the new lots' ids in order.

    Refused: a closed day, a product of a workshop not taking part, a quantity outside 1-9999.
    """
    if not items:
        raise InvalidInput("持ち込んだ商品の数を入力してください", "Enter what was brought")
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        if day.state == DayState.CLOSED.value:
            raise StateError("締め済みの販売日には持ち込みを記録できません", "The day is closed: no check-in")
        present = set(s.scalars(select(Participation.workshop_id).where(Participation.sales_day_id == day_id)))
        products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_({i.product_id for i in items})))}
        created = now_utc()
        lots = []
        for item in items:
            p = products.get(item.product_id)
            if p is None:
                raise NotFound("商品が見つかりません", "Product not found")
            quantity = _check_quantity(item.quantity, p.name)
            if p.workshop_id not in present:
                raise InvalidInput(
                    f"「{p.name}」の事業所は本日出店していません", f"{p.name}: its workshop is not taking part today"
                )
            expiry = item.expiry_date or default_expiry(day.day, p.perishable, p.shelf_life_days)
            lots.append(
                Lot(
                    product_id=p.id,
                    sales_day_id=day_id,
                    quantity=quantity,
                    expiry_date=expiry,
                    created_at=created,
                )
            )
        s.add_all(lots)
        s.flush()
        return [lot.id for lot in lots]


def check_in_lot(db: Database, day_id: UUID, product_id: UUID, quantity: int, expiry_date: date | None = None) -> UUID:
    """Record units of one product brought to the day; perishables default to day + shelf life."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput("持ち込み数は1から9999までの整数です", "Quantity brought must be 1 to 9999")
    return check_in_lots(db, day_id, [CheckInItem(product_id, quantity, expiry_date)])[0]
