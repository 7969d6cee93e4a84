"""The sales calendar: planned days, recurring patterns, staffing (shifts, sign-ups, gaps).

A planned day is one venue on one date with its hours, the workshops that signed up to sell and
notes. Shifts give the hours and how many people each needs; sign-ups are who comes (a workshop's
staff member, or a volunteer when no workshop is given). Gaps are computed, never stored.

Rules
-----
- One planned day per venue and date; a second is refused. A recurring pattern (`plan_series`)
  creates its days in one transaction and skips the dates that venue already has planned (it says
  which).
- Hours are `HH:MM` (both empty = all day), start before end. A shift needs 1-50 people.
- Names, contacts and notes are stripped, single-line, without control characters.
- The open-day dialog is pre-filled from `plan_for_day` (venue, workshops).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from uuid import UUID

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import PlannedDay, PlannedWorkshop, Shift, Signup, Venue, Workshop
from pos.domain.calendar import (
    VOLUNTEER,
    Gap,
    PlannedDayInfo,
    ShiftInfo,
    SignupInfo,
    check_hours,
    expand_pattern,
    pattern_label,
)
from pos.domain.errors import InvalidInput, NotFound
from pos.services.activities import clean_text

__all__ = ["PlannedDayInfo", "ShiftInfo", "SignupInfo"]  # plain data of pos.domain.calendar, re-exported

MAX_NAME = 100
MAX_NOTE = 500
MAX_NEEDED = 50


@dataclass(frozen=True)
class ShiftSpec:
    """A shift to create with a planned day: hours and people needed."""

    start: str
    end: str
    needed: int


@dataclass(frozen=True)
class SeriesResult:
    created: tuple[PlannedDayInfo, ...]
    skipped: tuple[date, ...] = field(default=())  # the venue already had a plan on these days
    label: str = ""  # 毎平日, 毎月第2土曜 ...


@dataclass(frozen=True)
class WorkshopMonth:
    """One workshop's participation in a month: days it signed up to sell, and its staff sign-ups."""

    workshop_id: UUID
    workshop: str
    selling_days: int
    staff_signups: int


# --- small checks -------------------------------------------------------------------------------


def _check_needed(needed: int) -> int:
    if isinstance(needed, bool) or not isinstance(needed, int) or not 1 <= needed <= MAX_NEEDED:
        raise InvalidInput(f"必要な人数は1から{MAX_NEEDED}人までです", f"People needed: 1 to {MAX_NEEDED}")
    return needed


def _venue(s: Session, venue_id: UUID) -> Venue:
    v = s.get(Venue, venue_id)
    if v is None:
        raise NotFound("会場が見つかりません", "Venue not found")
    return v


def _workshops(s: Session, ids: Iterable[UUID]) -> list[UUID]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = set(s.scalars(select(Workshop.id).where(Workshop.id.in_(wanted))))
    if len(found) != len(wanted):
        raise NotFound("事業所が見つかりません", "Workshop not found")
    return wanted


def _planned(s: Session, planned_id: UUID) -> PlannedDay:
    p = s.get(PlannedDay, planned_id)
    if p is None:
        raise NotFound("予定が見つかりません（削除された可能性があります）", "Planned day not found")
    return p


# --- reading ------------------------------------------------------------------------------------


def _infos(s: Session, planned: Sequence[PlannedDay]) -> list[PlannedDayInfo]:
    ids = [p.id for p in planned]
    if not ids:
        return []
    names = dict(s.execute(select(Workshop.id, Workshop.name)).all())
    ws: dict[UUID, list[tuple[UUID, str]]] = defaultdict(list)
    for pid, wid in s.execute(
        select(PlannedWorkshop.planned_day_id, PlannedWorkshop.workshop_id).where(
            PlannedWorkshop.planned_day_id.in_(ids)
        )
    ):
        ws[pid].append((wid, names[wid]))
    shifts = s.scalars(select(Shift).where(Shift.planned_day_id.in_(ids)).order_by(Shift.start_time, Shift.end_time))
    shift_rows = list(shifts)
    people: dict[UUID, list[SignupInfo]] = defaultdict(list)
    if shift_rows:
        for su in s.scalars(
            select(Signup).where(Signup.shift_id.in_([r.id for r in shift_rows])).order_by(Signup.name)
        ):
            wname = names.get(su.workshop_id, VOLUNTEER) if su.workshop_id else VOLUNTEER
            people[su.shift_id].append(SignupInfo(su.id, su.name, su.workshop_id, wname, su.contact))
    by_day: dict[UUID, list[ShiftInfo]] = defaultdict(list)
    for r in shift_rows:
        by_day[r.planned_day_id].append(ShiftInfo(r.id, r.start_time, r.end_time, r.needed, tuple(people[r.id])))
    return [
        PlannedDayInfo(
            p.id,
            p.day,
            p.venue_id,
            p.venue.name,
            p.start_time,
            p.end_time,
            p.notes,
            tuple(sorted(ws[p.id], key=lambda w: w[1])),
            tuple(by_day[p.id]),
            p.series_id,
            p.request_id,
        )
        for p in planned
    ]


def _select_between(first: date, last: date) -> Select[PlannedDay]:
    return (
        select(PlannedDay)
        .join(Venue)
        .where(PlannedDay.day.between(first, last))
        .order_by(PlannedDay.day, Venue.display_order, Venue.name)
    )


def plan_between(db: Database, first: date, last: date) -> list[PlannedDayInfo]:
    with db.sessions() as s:
        return _infos(s, list(s.scalars(_select_between(first, last))))


def month_range(year: int, month: int) -> tuple[date, date]:
    if not (1 <= month <= 12 and 1900 <= year <= 9999):
        raise InvalidInput(f"{year}年{month}月は扱えません", f"Month {year}-{month} is not supported")
    first = date(year, month, 1)
    last = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(days=1)
    return first, last


def month_plan(db: Database, year: int, month: int) -> list[PlannedDayInfo]:
    """The planned days of a month, by date then the coordinator's venue order."""
    return plan_between(db, *month_range(year, month))


def plan_for_day(db: Database, day: date) -> list[PlannedDayInfo]:
    """What is planned on `day` (the open-day dialog pre-fills from the first)."""
    return plan_between(db, day, day)


def planned_day(db: Database, planned_id: UUID) -> PlannedDayInfo:
    with db.sessions() as s:
        return _infos(s, [_planned(s, planned_id)])[0]


def gaps_between(db: Database, first: date, last: date) -> list[Gap]:
    """Shifts still short of people, by date and hours."""
    return [g for p in plan_between(db, first, last) for g in p.gaps()]


def workshop_months(db: Database, year: int, month: int) -> list[WorkshopMonth]:
    """Each workshop's days signed up to sell and staff sign-ups in a month (workshops with either)."""
    first, last = month_range(year, month)
    with db.sessions() as s:
        names = dict(s.execute(select(Workshop.id, Workshop.name)).all())
        selling: dict[UUID, int] = defaultdict(int)
        for (wid,) in s.execute(
            select(PlannedWorkshop.workshop_id).join(PlannedDay).where(PlannedDay.day.between(first, last))
        ):
            selling[wid] += 1
        staff: dict[UUID, int] = defaultdict(int)
        for (staff_wid,) in s.execute(
            select(Signup.workshop_id)
            .join(Shift)
            .join(PlannedDay)
            .where(PlannedDay.day.between(first, last), Signup.workshop_id.is_not(None))
        ):
            if staff_wid is not None:  # the query leaves volunteers out; this tells the type checker
                staff[staff_wid] += 1
    ids = set(selling) | set(staff)
    rows = [WorkshopMonth(w, names[w], selling[w], staff[w]) for w in ids]
    return sorted(rows, key=lambda r: (-(r.selling_days + r.staff_signups), r.workshop))


# --- writing ------------------------------------------------------------------------------------


def _add_day(
    s: Session,
    venue_id: UUID,
    day: date,
    start: str,
    end: str,
    notes: str,
    workshop_ids: Sequence[UUID],
    shifts: Sequence[ShiftSpec],
    series_id: UUID | None = None,
    request_id: UUID | None = None,
) -> PlannedDay:
    p = PlannedDay(
        venue_id=venue_id,
        day=day,
        start_time=start,
        end_time=end,
        notes=notes,
        series_id=series_id,
        request_id=request_id,
    )
    s.add(p)
    s.flush()
    for wid in workshop_ids:
        s.add(PlannedWorkshop(planned_day_id=p.id, workshop_id=wid))
    for spec in shifts:
        s.add(Shift(planned_day_id=p.id, start_time=spec.start, end_time=spec.end, needed=spec.needed))
    return p


def _check_shifts(shifts: Sequence[ShiftSpec]) -> list[ShiftSpec]:
    out = []
    for spec in shifts:
        start, end = check_hours(spec.start, spec.end)
        if not start:
            raise InvalidInput("シフトの時間を入力してください", "A shift needs hours")
        out.append(ShiftSpec(start, end, _check_needed(spec.needed)))
    return out


def _refuse_taken(venue: Venue, day: date) -> InvalidInput:
    return InvalidInput(
        f"{day.month}月{day.day}日は{venue.name}の予定がすでにあります",
        f"{venue.name} is already planned on {day.isoformat()}",
    )


def plan_day(
    db: Database,
    venue_id: UUID,
    day: date,
    *,
    start: str = "",
    end: str = "",
    notes: str = "",
    workshop_ids: Sequence[UUID] = (),
    shifts: Sequence[ShiftSpec] = (),
    request_id: UUID | None = None,
) -> PlannedDayInfo:
    """Plan one day at one venue (one transaction)."""
    with db.sessions.begin() as s:
        pid = plan_day_in(
            s,
            venue_id,
            day,
            start=start,
            end=end,
            notes=notes,
            workshop_ids=workshop_ids,
            shifts=shifts,
            request_id=request_id,
        )
    return planned_day(db, pid)


def plan_day_in(
    s: Session,
    venue_id: UUID,
    day: date,
    *,
    start: str = "",
    end: str = "",
    notes: str = "",
    workshop_ids: Sequence[UUID] = (),
    shifts: Sequence[ShiftSpec] = (),
    request_id: UUID | None = None,
) -> UUID:
    """`plan_day` inside the caller's transaction (an accepted request plans its day this way)."""
    start, end = check_hours(start, end)
    notes = clean_text(notes, "メモ", MAX_NOTE)
    specs = _check_shifts(shifts)
    venue = _venue(s, venue_id)
    wids = _workshops(s, workshop_ids)
    if s.scalar(select(PlannedDay.id).where(PlannedDay.venue_id == venue_id, PlannedDay.day == day)):
        raise _refuse_taken(venue, day)
    return _add_day(s, venue_id, day, start, end, notes, wids, specs, request_id=request_id).id


def plan_series(
    db: Database,
    venue_id: UUID,
    pattern: str,
    first: date,
    last: date,
    *,
    start: str = "",
    end: str = "",
    notes: str = "",
    workshop_ids: Sequence[UUID] = (),
    shifts: Sequence[ShiftSpec] = (),
) -> SeriesResult:
    """A recurring pattern (`pos.domain.calendar.expand_pattern`) planned in one go.

    Dates the venue already has planned are skipped and returned in `skipped`; the rest are created
    in one transaction, all sharing one `series_id`.
    """
    days = expand_pattern(pattern, first, last)
    start, end = check_hours(start, end)
    notes = clean_text(notes, "メモ", MAX_NOTE)
    specs = _check_shifts(shifts)
    series = uuid.uuid4()
    with db.sessions.begin() as s:
        _venue(s, venue_id)
        wids = _workshops(s, workshop_ids)
        taken = set(
            s.scalars(
                select(PlannedDay.day).where(PlannedDay.venue_id == venue_id, PlannedDay.day.between(first, last))
            )
        )
        ids = [_add_day(s, venue_id, d, start, end, notes, wids, specs, series).id for d in days if d not in taken]
    with db.sessions() as s:
        created = _infos(s, list(s.scalars(select(PlannedDay).where(PlannedDay.id.in_(ids)).order_by(PlannedDay.day))))
    return SeriesResult(tuple(created), tuple(d for d in days if d in taken), pattern_label(pattern))


def update_day(
    db: Database,
    planned_id: UUID,
    *,
    start: str,
    end: str,
    notes: str,
    workshop_ids: Sequence[UUID],
) -> PlannedDayInfo:
    """Change a planned day's hours, notes and workshops."""
    start, end = check_hours(start, end)
    notes = clean_text(notes, "メモ", MAX_NOTE)
    with db.sessions.begin() as s:
        p = _planned(s, planned_id)
        wids = _workshops(s, workshop_ids)
        p.start_time, p.end_time, p.notes = start, end, notes
        s.execute(delete(PlannedWorkshop).where(PlannedWorkshop.planned_day_id == p.id))
        for wid in wids:
            s.add(PlannedWorkshop(planned_day_id=p.id, workshop_id=wid))
    return planned_day(db, planned_id)


def delete_day(db: Database, planned_id: UUID) -> None:
    """Remove a planned day with its shifts and sign-ups (a plan is not a sales record)."""
    with db.sessions.begin() as s:
        p = _planned(s, planned_id)
        shift_ids = list(s.scalars(select(Shift.id).where(Shift.planned_day_id == p.id)))
        if shift_ids:
            s.execute(delete(Signup).where(Signup.shift_id.in_(shift_ids)))
        s.execute(delete(Shift).where(Shift.planned_day_id == p.id))
        s.execute(delete(PlannedWorkshop).where(PlannedWorkshop.planned_day_id == p.id))
        s.delete(p)


def add_shift(db: Database, planned_id: UUID, start: str, end: str, needed: int) -> ShiftInfo:
    spec = _check_shifts([ShiftSpec(start, end, needed)])[0]
    with db.sessions.begin() as s:
        _planned(s, planned_id)
        row = Shift(planned_day_id=planned_id, start_time=spec.start, end_time=spec.end, needed=spec.needed)
        s.add(row)
        s.flush()
        return ShiftInfo(row.id, row.start_time, row.end_time, row.needed)


def _signup(s: Session, shift_id: UUID, name: str, workshop_id: UUID | None, contact: str) -> Signup:
    if s.get(Shift, shift_id) is None:
        raise NotFound("シフトが見つかりません", "Shift not found")
    if workshop_id is not None:
        _workshops(s, [workshop_id])
    row = Signup(shift_id=shift_id, name=name, workshop_id=workshop_id, contact=contact)
    s.add(row)
    return row


def add_signup(
    db: Database, shift_id: UUID, name: str, workshop_id: UUID | None = None, contact: str = ""
) -> SignupInfo:
    """Someone signs up for a shift: a workshop's staff member, or a volunteer (no workshop)."""
    name = clean_text(name, "名前", MAX_NAME, required=True)
    contact = clean_text(contact, "連絡先", 200)
    with db.sessions.begin() as s:
        row = _signup(s, shift_id, name, workshop_id, contact)
        s.flush()
        wname = s.get_one(Workshop, workshop_id).name if workshop_id else VOLUNTEER
        return SignupInfo(row.id, name, workshop_id, wname, contact)


def remove_signup(db: Database, signup_id: UUID) -> None:
    with db.sessions.begin() as s:
        row = s.get(Signup, signup_id)
        if row is None:
            raise NotFound("申込みが見つかりません", "Sign-up not found")
        s.delete(row)
