"""Events over several days at one venue (星川駅 for 5 days): one record, several sales days.

An event has a venue, a first and a last day and notes written **once** for the whole event (e.g.
「他区から1事業所がゲスト出店」). Each day of it is an ordinary sales day with its own tills and its own
participating workshops (who sells which day). The days between first and last at that venue belong
to the event (`sales_days.event_id`): those open already when the event is recorded, and those opened
later (`pos.services.days.open_day` links them).

- The monthly lines (`pos.services.report_lines`) give each day of the event the event's notes, so a
  note is written once and appears once in each month's segment; a month-crossing event (30 Sept –
  2 Oct) is reported in each month with that month's days and workshops, as every label is.
- Leftovers: the close of a day of the event that is not its last does not ask what happened to the
  unsold food (`leftovers_stay`): it stays at the venue. Opening the next day of the event checks what
  is left of each lot of the (closed) previous day in again automatically, as a new lot with its
  original expiry (expired units stay behind), recorded on the earlier day as handed over (「その他」:
  翌日へ持ち越し), so the units are counted once. `carry_over(db, day_id)` does the same by hand when
  the next day was opened first (the CLI's `pos event carry`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import Lot, LotDisposition, SalesDay, SalesEvent, Venue
from pos.domain.clock import now_utc
from pos.domain.day_state import DayState
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.services.stock import lot_states

MAX_EVENT_DAYS = 31
CARRIED_NOTE = "翌日へ持ち越し"


@dataclass(frozen=True)
class EventInfo:
    id: UUID
    venue_id: UUID
    venue_name: str
    first_day: date
    last_day: date
    notes: str
    day_ids: tuple[UUID, ...]  # its sales days so far, by date


def _info(s: Session, e: SalesEvent) -> EventInfo:
    venue = s.get_one(Venue, e.venue_id)
    days = tuple(s.scalars(select(SalesDay.id).where(SalesDay.event_id == e.id).order_by(SalesDay.day)))
    return EventInfo(e.id, e.venue_id, venue.name, e.first_day, e.last_day, e.notes, days)


def event_covering(s: Session, venue_id: UUID, on: date) -> SalesEvent | None:
    return s.scalar(
        select(SalesEvent).where(SalesEvent.venue_id == venue_id, SalesEvent.first_day <= on, SalesEvent.last_day >= on)
    )


def create_event(db: Database, venue_id: UUID, first_day: date, last_day: date, notes: str = "") -> EventInfo:
    """Record an event; the venue's sales days in the range join it."""
    if last_day < first_day:
        raise InvalidInput("最終日は初日より後の日にしてください", "The last day must not be before the first day")
    if (last_day - first_day).days + 1 > MAX_EVENT_DAYS:
        raise InvalidInput(f"催しは{MAX_EVENT_DAYS}日までです", f"An event lasts at most {MAX_EVENT_DAYS} days")
    with db.sessions.begin() as s:
        if s.get(Venue, venue_id) is None:
            raise NotFound("会場が見つかりません", "Venue not found")
        overlapping = s.scalar(
            select(SalesEvent).where(
                SalesEvent.venue_id == venue_id, SalesEvent.first_day <= last_day, SalesEvent.last_day >= first_day
            )
        )
        if overlapping is not None:
            raise StateError(
                f"この会場には{overlapping.first_day:%Y-%m-%d}～{overlapping.last_day:%Y-%m-%d}の催しがすでにあります",
                "An event at this venue overlaps these days",
            )
        event = SalesEvent(venue_id=venue_id, first_day=first_day, last_day=last_day, notes=(notes or "").strip())
        s.add(event)
        s.flush()
        s.execute(
            update(SalesDay)
            .where(SalesDay.venue_id == venue_id, SalesDay.day.between(first_day, last_day))
            .values(event_id=event.id)
        )
        return _info(s, event)


def get_event(db: Database, event_id: UUID) -> EventInfo:
    with db.sessions() as s:
        event = s.get(SalesEvent, event_id)
        if event is None:
            raise NotFound("催しが見つかりません", "Event not found")
        return _info(s, event)


@dataclass(frozen=True)
class Carried:
    product_id: UUID
    quantity: int
    expiry_date: date | None


def _carry(s: Session, day: SalesDay, target: SalesDay) -> list[Carried]:
    """Each lot's units left on `day` become a lot of `target` with the same expiry (expired ones stay)."""
    carried: list[Carried] = []
    at = now_utc()
    for pid, p in lot_states(s, day.id).items():
        left = p.left()
        for lot in p.lots:
            n = left.get(lot.id, 0)
            if n <= 0 or (lot.expiry is not None and lot.expiry < target.day):
                continue
            s.add(
                LotDisposition(
                    lot_id=lot.id,
                    kind="other",
                    quantity=n,
                    at=at,
                    by_default=False,
                    note=f"{CARRIED_NOTE}（{target.day.month}月{target.day.day}日）",
                )
            )
            s.add(Lot(product_id=pid, sales_day_id=target.id, quantity=n, expiry_date=lot.expiry, created_at=at))
            carried.append(Carried(pid, n, lot.expiry))
    s.flush()
    return carried


def carry_into_new_day(s: Session, day: SalesDay) -> list[Carried]:
    """Automatically, when a day of an event is opened: the leftovers of the event's previous day at the
    venue, if that day is closed (an open one keeps selling them; `carry_over` moves them later)."""
    if day.event_id is None:
        return []
    before = s.scalar(
        select(SalesDay).where(
            SalesDay.venue_id == day.venue_id,
            SalesDay.day == day.day - timedelta(days=1),
            SalesDay.event_id == day.event_id,
        )
    )
    if before is None or before.state != DayState.CLOSED.value:
        return []
    return _carry(s, before, day)


def leftovers_stay(db: Database, day_id: UUID) -> bool:
    """True for a day of an event that is not its last: its unsold food stays for the next day (the close
    does not ask what happened to it; opening the next day checks it in again)."""
    with db.sessions() as s:
        day = s.get(SalesDay, day_id)
        event = s.get(SalesEvent, day.event_id) if day is not None and day.event_id is not None else None
        return event is not None and day is not None and day.day < event.last_day


def carry_over(db: Database, day_id: UUID) -> list[Carried]:
    """Check the day's leftovers in again on the next day of its event (see the module docstring).

    Refused: a day that is not part of an event, the event's last day, no next day opened yet, a next
    day already closed. Lots whose units have all been sold, withdrawn or have expired by the next day
    carry nothing; calling it twice carries nothing more (the first call recorded the units as gone).
    """
    with db.sessions.begin() as s:
        day = s.get(SalesDay, day_id)
        if day is None:
            raise NotFound("販売日が見つかりません", "Sales day not found")
        event = s.get(SalesEvent, day.event_id) if day.event_id is not None else None
        if event is None:
            raise StateError("この販売日は複数日の催しの日ではありません", "This sales day is not part of an event")
        nxt = day.day + timedelta(days=1)
        if nxt > event.last_day:
            raise StateError("催しの最終日です。持ち越す翌日はありません", "This is the event's last day")
        target = s.scalar(select(SalesDay).where(SalesDay.venue_id == day.venue_id, SalesDay.day == nxt))
        if target is None:
            raise StateError(
                f"翌日（{nxt:%Y-%m-%d}）の販売日をまだ開いていません。開いてから持ち越してください",
                "Open the next day first",
            )
        if target.state == DayState.CLOSED.value:
            raise StateError("翌日の販売日は締め済みです", "The next day is closed")
        return _carry(s, day, target)
