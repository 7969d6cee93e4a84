"""Sales days: open one (venue, date, participating workshops, change fund) and look them up.

One sales day per venue and date; each laptop selling at it is a till of the day
(`pos.services.tills`): `open_day` opens the day with this laptop's till, `join_day` adds another
laptop's till to a day that is open already. A day opened by the app starts in the "open" state; the
close (精算) lives in `pos.services.closing`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import Participation, Sale, SalesDay, Venue, Workshop
from pos.domain.clock import now_utc
from pos.domain.day_state import DAY_STATE_LABELS, DayState
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.domain.money import cash_total
from pos.services.catalog import VenueInfo, WorkshopInfo, venue_info, workshop_info
from pos.services.tills import (
    TillInfo,
    add_till,
    day_tills,
    open_tills_message,
    sync_day,
    this_till_name,
    till_info,
)


@dataclass(frozen=True)
class DayInfo:
    id: UUID
    venue: VenueInfo
    day: date
    state: str
    change_fund: int
    workshops: tuple[WorkshopInfo, ...]
    opened_at: datetime | None
    closed_at: datetime | None
    counted_cash: int | None
    expected_cash: int | None
    cash_comment: str
    notes: str
    tills: tuple[TillInfo, ...] = ()

    @property
    def state_label(self) -> str:
        return DAY_STATE_LABELS[DayState(self.state)]

    def till_named(self, name: str) -> TillInfo | None:
        return next((t for t in self.tills if t.name == name), None)

    @property
    def open_tills(self) -> tuple[TillInfo, ...]:
        """Tills not yet closed (the day closes when there are none)."""
        return tuple(t for t in self.tills if not t.closed)

    def close_blocker(self) -> str:
        """Why the day is not closed yet ("" when it is): the tills still open, by name."""
        if self.state == DayState.CLOSED.value:
            return ""
        if not self.tills:
            return "販売日はまだ締められていません"
        return open_tills_message([t.name for t in self.open_tills])


def load_day(s: Session, day_id: UUID) -> SalesDay:
    day = s.get(SalesDay, day_id)
    if day is None:
        raise NotFound("販売日が見つかりません", "Sales day not found")
    return day


def day_info(s: Session, day: SalesDay) -> DayInfo:
    workshops = s.scalars(
        select(Workshop)
        .join(Participation)
        .where(Participation.sales_day_id == day.id)
        .order_by(Workshop.kana, Workshop.name)
    )
    return DayInfo(
        day.id,
        venue_info(day.venue),
        day.day,
        day.state,
        day.change_fund,
        tuple(workshop_info(w) for w in workshops),
        day.opened_at,
        day.closed_at,
        day.counted_cash,
        day.expected_cash,
        day.cash_comment,
        day.notes,
        tuple(till_info(t) for t in day_tills(s, day.id)),
    )


def get_day(db: Database, day_id: UUID) -> DayInfo:
    with db.sessions() as s:
        return day_info(s, load_day(s, day_id))


def days_on(db: Database, on: date) -> list[DayInfo]:
    """Every sales day on a date (several venues may sell the same day), in venue order."""
    with db.sessions() as s:
        days = s.scalars(select(SalesDay).join(Venue).where(SalesDay.day == on).order_by(Venue.display_order))
        return [day_info(s, d) for d in days]


def open_days(db: Database) -> list[DayInfo]:
    """Days not yet closed (open or being closed), newest first."""
    with db.sessions() as s:
        days = s.scalars(select(SalesDay).where(SalesDay.state != DayState.CLOSED.value).order_by(SalesDay.day.desc()))
        return [day_info(s, d) for d in days]


def open_day(
    db: Database,
    venue_id: UUID,
    on: date,
    workshop_ids: list[UUID],
    change_fund: int | Mapping[int, int] = 0,
    *,
    notes: str = "",
    till_name: str | None = None,
) -> DayInfo:
    """Open a sales day with this laptop's till (`till_name`, by default the name set for this
    laptop). `change_fund` is the till's, a total in yen or a count per denomination."""
    till_name = this_till_name(db) if till_name is None else till_name
    fund = cash_total(change_fund) if isinstance(change_fund, Mapping) else change_fund
    if isinstance(fund, bool) or not isinstance(fund, int) or fund < 0:
        raise InvalidInput("釣銭準備金は0円以上の整数です", "The change fund must be ¥0 or more")
    if not workshop_ids:
        raise InvalidInput("出店する事業所を1つ以上選んでください", "Choose at least one workshop")
    with db.sessions.begin() as s:
        venue = s.get(Venue, venue_id)
        if venue is None:
            raise NotFound("会場が見つかりません", "Venue not found")
        existing = s.scalar(select(SalesDay).where(SalesDay.venue_id == venue_id, SalesDay.day == on))
        if existing is not None:
            raise StateError(
                f"{venue.name}の{on:%Y-%m-%d}の販売日はすでにあります（{DAY_STATE_LABELS[DayState(existing.state)]}）。"
                "2台目のレジは、その販売日に参加してください",
                f"A sales day for {venue.name} on {on:%Y-%m-%d} already exists ({existing.state}): join it",
            )
        workshops = list(s.scalars(select(Workshop).where(Workshop.id.in_(set(workshop_ids)))))
        if len(workshops) != len(set(workshop_ids)):
            raise NotFound("選んだ事業所が見つかりません", "A chosen workshop was not found")
        if inactive := [w.name for w in workshops if not w.active]:
            raise InvalidInput(f"休止中の事業所です: {'、'.join(inactive)}", "A chosen workshop is inactive")
        from pos.db.models import SalesEvent  # an event over several days covering the date takes the day

        event_id = s.scalar(
            select(SalesEvent.id).where(
                SalesEvent.venue_id == venue_id, SalesEvent.first_day <= on, SalesEvent.last_day >= on
            )
        )
        day = SalesDay(
            venue_id=venue_id,
            day=on,
            state=DayState.OPEN.value,
            change_fund=fund,
            notes=notes.strip(),
            source="app",
            opened_at=now_utc(),
            cash_comment="",
            closed_by="",
            event_id=event_id,
        )
        s.add(day)
        s.flush()
        s.add_all(Participation(sales_day_id=day.id, workshop_id=w.id) for w in workshops)
        till = add_till(s, day.id, till_name, fund, first=True)
        till.opened_at = day.opened_at
        s.flush()
        if event_id is not None:  # a day of an event over several days: yesterday's leftovers come along
            from pos.services.events import carry_into_new_day

            carry_into_new_day(s, day)
        return day_info(s, day)


def join_day(
    db: Database, day_id: UUID, change_fund: int | Mapping[int, int] = 0, *, till_name: str | None = None
) -> DayInfo:
    """This laptop's till joins a sales day that is already open at the venue (a second register)."""
    till_name = this_till_name(db) if till_name is None else till_name
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        if day.state == DayState.CLOSED.value:
            raise StateError(
                "締め済みの販売日にはレジを追加できません（再開してから参加してください）",
                "The day is closed: reopen it before a till joins",
            )
        add_till(s, day.id, till_name, change_fund)
        sync_day(s, day.id)
        return day_info(s, day)


def add_workshops(db: Database, day_id: UUID, workshop_ids: list[UUID]) -> DayInfo:
    """A workshop that arrives later joins the day (already present ones are left as they are)."""
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        if day.state == DayState.CLOSED.value:
            raise StateError("締め済みの販売日には追加できません", "The day is closed")
        present = set(s.scalars(select(Participation.workshop_id).where(Participation.sales_day_id == day_id)))
        for wid in dict.fromkeys(workshop_ids):
            if wid not in present:
                if s.get(Workshop, wid) is None:
                    raise NotFound("事業所が見つかりません", "Workshop not found")
                s.add(Participation(sales_day_id=day_id, workshop_id=wid))
        s.flush()
        return day_info(s, day)


@dataclass(frozen=True)
class DaySummary:
    id: UUID
    day: date
    venue_name: str
    state: str
    source: str
    workshop_count: int
    sales_count: int
    total: int

    @property
    def state_label(self) -> str:
        return DAY_STATE_LABELS[DayState(self.state)]


def recent_days(db: Database, limit: int = 200) -> list[DaySummary]:
    """The latest sales days with their workshop count, paid-sale count and total.

    The latest days are chosen first and only their sales are counted (correlated subqueries on the
    per-day indexes), so the cost does not grow with the years of sales held."""
    paid = (Sale.sales_day_id == SalesDay.id, Sale.state == "paid")
    stmt = (
        select(
            SalesDay.id,
            SalesDay.day,
            Venue.name,
            SalesDay.state,
            SalesDay.source,
            select(func.count()).where(Participation.sales_day_id == SalesDay.id).scalar_subquery(),
            select(func.count()).where(*paid).scalar_subquery(),
            select(func.coalesce(func.sum(Sale.total), 0)).where(*paid).scalar_subquery(),
        )
        .join(Venue)
        .order_by(SalesDay.day.desc(), Venue.display_order)
        .limit(limit)
    )
    with db.sessions() as s:
        return [DaySummary(*row) for row in s.execute(stmt)]
