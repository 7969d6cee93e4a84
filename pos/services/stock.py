"""Stock brought to a sales day: lots checked in, and what is left of each product.

A product with no lot on the day is not stock-tracked (crafts usually): it can always be sold.
A product with lots can be sold up to what was brought minus what paid sales took; voided sales give
their units back. `StockLevel.sold_out` tells the register to show the tile as 売切.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Lot, Product, Sale, SaleLine
from pos.domain.errors import InvalidInput, NotFound
from pos.services.days import load_day


@dataclass(frozen=True)
class StockLevel:
    product_id: UUID
    brought: int
    sold: int
    earliest_expiry: date | None

    @property
    def remaining(self) -> int:
        return max(self.brought - self.sold, 0)

    @property
    def sold_out(self) -> bool:
        return self.remaining == 0


def check_in_lot(
    db: Database, day_id: UUID, product_id: UUID, quantity: int, expiry_date: date | None = None
) -> UUID:
    """Record units of a product brought to the day; perishables default to day + shelf life."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= 9999:
        raise InvalidInput("持ち込み数は1から9999までの整数です", "Quantity brought must be 1 to 9999")
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        product = s.get(Product, product_id)
        if product is None:
            raise NotFound("商品が見つかりません", "Product not found")
        if expiry_date is None and product.perishable and product.shelf_life_days:
            expiry_date = day.day + timedelta(days=product.shelf_life_days)
        lot = Lot(product_id=product_id, sales_day_id=day_id, quantity=quantity, expiry_date=expiry_date)
        s.add(lot)
        s.flush()
        return lot.id


def stock_levels(db: Database, day_id: UUID) -> dict[UUID, StockLevel]:
    """Per stock-tracked product of the day: brought, sold (paid sales only), earliest expiry."""
    with db.sessions() as s:
        brought = s.execute(
            select(Lot.product_id, func.sum(Lot.quantity), func.min(Lot.expiry_date))
            .where(Lot.sales_day_id == day_id).group_by(Lot.product_id)
        ).all()
        sold = dict(
            s.execute(
                select(SaleLine.product_id, func.sum(SaleLine.quantity))
                .join(Sale).where(Sale.sales_day_id == day_id, Sale.state == "paid")
                .group_by(SaleLine.product_id)
            ).all()
        )
    return {pid: StockLevel(pid, int(qty), int(sold.get(pid, 0)), expiry) for pid, qty, expiry in brought}


def remaining(db: Database, day_id: UUID, product_id: UUID) -> int | None:
    """Units of one product still to sell on the day, or None when it is not stock-tracked."""
    with db.sessions() as s:
        brought = s.scalar(
            select(func.sum(Lot.quantity)).where(Lot.sales_day_id == day_id, Lot.product_id == product_id)
        )
        if brought is None:
            return None
        sold = s.scalar(
            select(func.coalesce(func.sum(SaleLine.quantity), 0)).join(Sale)
            .where(Sale.sales_day_id == day_id, Sale.state == "paid", SaleLine.product_id == product_id)
        )
    return max(int(brought) - int(sold or 0), 0)
