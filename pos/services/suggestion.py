"""How many to bring next time: a product's past sessions at a venue, read by `pos.domain.forecast`.

A session is a closed sales day at the venue on which the product had lots: what was brought (its
lots), what paid sales took, how long it was on sale (from the opening, or its first check-in if
later, to the close) and, when every lot of it sold out, when the last one did (the latest
`sold_out_at`). The method and its test on synthetic days are described in docs/forecast.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from pos.db.engine import Database
from pos.db.models import Lot, Product, Sale, SaleLine, SalesDay, Venue, Workshop
from pos.domain.clock import local
from pos.domain.day_state import DayState, SaleState
from pos.domain.errors import NotFound
from pos.domain.forecast import WINDOW, Forecast, Session, forecast
from pos.domain.master import canonical_name, same_text

DEFAULT_OPEN_MINUTES = 360  # a day without opening/closing times (imported records)


@dataclass(frozen=True)
class Suggestion:
    venue_id: UUID
    venue_name: str
    product_id: UUID
    product_name: str
    forecast: Forecast | None

    @property
    def quantity(self) -> int | None:
        return None if self.forecast is None else self.forecast.quantity

    @property
    def text(self) -> str:
        if self.forecast is None:
            return f"{self.venue_name}での「{self.product_name}」の販売記録はまだありません"
        return self.forecast.text(self.venue_name)

    def details(self) -> list[str]:
        return [] if self.forecast is None else self.forecast.details()


def _session(
    on: date,
    opened: datetime | None,
    closed: datetime | None,
    brought: int,
    sold: int,
    first_lot: datetime,
    last_sold_out: datetime | None,
    all_sold_out: bool,
) -> Session:
    start = max(opened, first_lot) if opened is not None else first_lot
    minutes = DEFAULT_OPEN_MINUTES if closed is None else max(int((closed - start).total_seconds() // 60), 0)
    sold = min(sold, brought)
    if sold < brought or not all_sold_out or last_sold_out is None:
        return Session(on, brought, sold, minutes)
    after = max(int((last_sold_out - start).total_seconds() // 60), 0)
    return Session(on, brought, sold, minutes, min(after, minutes), local(last_sold_out).time())


def histories(
    s: DbSession, venue_id: UUID, product_ids: Iterable[UUID], *, before: date | None = None
) -> dict[UUID, list[Session]]:
    """Past sessions (closed days, before `before` if given) of each product at the venue, oldest first."""
    ids = set(product_ids)
    if not ids:  # nothing to look up (a workshop with no perishable product): skip two queries
        return {}
    where = [SalesDay.venue_id == venue_id, SalesDay.state == DayState.CLOSED.value]
    if before is not None:
        where.append(SalesDay.day < before)
    lots = s.execute(
        select(
            Lot.product_id,
            SalesDay.id,
            SalesDay.day,
            SalesDay.opened_at,
            SalesDay.closed_at,
            func.sum(Lot.quantity),
            func.min(Lot.created_at),
            func.max(Lot.sold_out_at),
            func.count(Lot.id),
            func.count(Lot.sold_out_at),
        )
        .join(SalesDay, Lot.sales_day_id == SalesDay.id)
        .where(*where, Lot.product_id.in_(ids))
        .group_by(Lot.product_id, SalesDay.id)
    ).all()
    sold = {
        (pid, day_id): int(n)
        for pid, day_id, n in s.execute(
            select(SaleLine.product_id, Sale.sales_day_id, func.sum(SaleLine.quantity))
            .join(Sale, SaleLine.sale_id == Sale.id)
            .join(SalesDay, Sale.sales_day_id == SalesDay.id)
            .where(*where, Sale.state == SaleState.PAID.value, SaleLine.product_id.in_(ids))
            .group_by(SaleLine.product_id, Sale.sales_day_id)
        )
    }
    out: dict[UUID, list[Session]] = defaultdict(list)
    for pid, day_id, on, opened, closed, brought, first, last_out, n_lots, n_out in lots:
        first_lot = _aware(first)
        assert first_lot is not None  # a group of lots has a first check-in
        out[pid].append(
            _session(
                on,
                opened,
                closed,
                int(brought),
                sold.get((pid, day_id), 0),
                first_lot,
                _aware(last_out),
                n_lots == n_out,
            )
        )
    return {pid: sorted(v, key=lambda x: x.day) for pid, v in out.items()}


def _aware(ts: datetime | None) -> datetime | None:
    """Aggregates of timestamps, as UTC-aware datetimes whatever the driver returned."""
    return ts.replace(tzinfo=UTC) if ts is not None and ts.tzinfo is None else ts


def suggest(db: Database, venue_id: UUID, product_id: UUID, *, before: date | None = None) -> Suggestion:
    """The suggestion for one product at one venue, from its last sessions there."""
    with db.sessions() as s:
        venue = s.get(Venue, venue_id)
        product = s.get(Product, product_id)
        if venue is None:
            raise NotFound("会場が見つかりません", "Venue not found")
        if product is None:
            raise NotFound("商品が見つかりません", "Product not found")
        sessions = histories(s, venue_id, [product_id], before=before).get(product_id, [])
        return Suggestion(venue.id, venue.name, product.id, product.name, forecast(sessions[-WINDOW:]))


def suggest_for_workshop(
    db: Database, venue_id: UUID, workshop_id: UUID, *, before: date | None = None
) -> list[Suggestion]:
    """Suggestions for every active perishable product of a workshop at a venue."""
    with db.sessions() as s:
        venue = s.get(Venue, venue_id)
        if venue is None:
            raise NotFound("会場が見つかりません", "Venue not found")
        products = list(
            s.execute(
                select(Product.id, Product.name)
                .where(Product.workshop_id == workshop_id, Product.active, Product.perishable)
                .order_by(Product.kana, Product.name)
            )
        )
        found = histories(s, venue_id, [pid for pid, _ in products], before=before)
        return [
            Suggestion(venue.id, venue.name, pid, name, forecast(found.get(pid, [])[-WINDOW:]))
            for pid, name in products
        ]


def find_venue(db: Database, text: str) -> tuple[UUID, str]:
    """A venue by its name or its report label: (id, name)."""
    text = canonical_name(text)
    with db.sessions() as s:
        row = next(
            (
                (v_id, name)
                for v_id, name, label in s.execute(
                    select(Venue.id, Venue.name, Venue.report_label).order_by(Venue.display_order, Venue.name)
                )
                if same_text(name, text) or same_text(label, text)
            ),
            None,
        )
    if row is None:
        raise NotFound(
            f"会場「{text}」が見つかりません（会場名または報告書での表記で指定してください）",
            f"No venue named or labelled {text!r}",
        )
    return row[0], row[1]


def workshop_of(db: Database, product_id: UUID) -> str:
    with db.sessions() as s:
        name = s.scalar(select(Workshop.name).join(Product).where(Product.id == product_id))
    if name is None:
        raise NotFound("商品が見つかりません", "Product not found")
    return name
