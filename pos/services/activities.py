"""The activity log: committee meetings, other dated activities, and notes on sales days.

These records feed the monthly activity lines (`pos.services.report_lines`): a meeting becomes
`自主製品販売強化実行委員会会議（<agenda>）` with its day in the third column, another activity
`会計監査（8日）`, and a sales day's notes are appended inside its venue's bracket.

Rules
-----
- An activity is unique per (day, kind, label); a second one is refused with a message.
- Deleting an activity is allowed (it is not a sales record; the UI asks first). Sales days are
  never deleted here: only their `notes` can be edited, on any day state (a note does not touch money).
- Texts are stripped; control characters are refused; line breaks in a note become `、` (a note
  is one piece of a one-line report row).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError

from pos.db.engine import Database
from pos.db.models import Activity, Participation, SalesDay, Venue, Workshop
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.fiscal import fiscal_year_range
from pos.domain.report_lines import ACTIVITY_KINDS, KIND_MEETING, KIND_OTHER

MEETING_LABEL = "自主製品販売強化実行委員会会議"
AUDIT_LABEL = "会計監査"
KIND_LABELS = {KIND_MEETING: "会議", KIND_OTHER: "その他の活動"}
MAX_LABEL = 200
MAX_NOTE = 1000


@dataclass(frozen=True)
class ActivityInfo:
    id: UUID
    day: date
    kind: str  # "meeting" or "other"
    label: str
    note: str  # the agenda of a meeting

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class DayNote:
    """A sales day as the activity log lists it, with the note the monthly line appends."""

    id: UUID
    day: date
    venue_name: str
    report_label: str
    workshops: int  # member workshops taking part
    guests: int  # guest workshops (other wards)
    notes: str
    source: str  # "app" or "history"


def clean_text(value: str, what: str, limit: int, *, required: bool = False) -> str:
    """One line of typed text (NFC, line breaks joined with 、), refused when empty (if required), with
    control characters or over `limit`; shared by the activity log and the sales calendar."""
    value = unicodedata.normalize("NFC", value or "").strip()
    value = "、".join(part.strip() for part in value.splitlines() if part.strip())
    if required and not value:
        raise InvalidInput(f"{what}を入力してください", f"{what} is required")
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise InvalidInput(f"{what}に制御文字は使えません", f"{what} contains control characters")
    if len(value) > limit:
        raise InvalidInput(f"{what}が長すぎます（{limit}文字まで）", f"{what} is too long ({limit} max)")
    return value


def _check_kind(kind: str) -> str:
    if kind not in ACTIVITY_KINDS:
        raise InvalidInput(f"活動の種類「{kind}」はありません", f"Unknown activity kind {kind!r}")
    return kind


def _info(a: Activity) -> ActivityInfo:
    return ActivityInfo(a.id, a.day, a.kind, a.label, a.note)


def _duplicate(day: date, kind: str, label: str) -> InvalidInput:
    return InvalidInput(
        f"{day.month}月{day.day}日の「{label}」（{KIND_LABELS[kind]}）はすでに記録されています",
        f"{label} on {day.isoformat()} is already recorded",
    )


def list_activities(db: Database, fy: int) -> list[ActivityInfo]:
    """The meetings and other activities of fiscal year `fy`, by date."""
    start, end = fiscal_year_range(fy)
    stmt = (
        select(Activity).where(Activity.day.between(start, end)).order_by(Activity.day, Activity.kind, Activity.label)
    )
    with db.sessions() as s:
        return [_info(a) for a in s.scalars(stmt)]


def activity_labels(db: Database) -> list[str]:
    """Labels to offer when typing an activity: the usual two, then every label used, most used first."""
    with db.sessions() as s:
        used = s.execute(
            select(Activity.label, func.count()).group_by(Activity.label).order_by(func.count().desc(), Activity.label)
        ).all()
    return list(dict.fromkeys([MEETING_LABEL, AUDIT_LABEL, *(label for label, _ in used)]))


def add_activity(db: Database, day: date, kind: str, label: str, note: str = "") -> ActivityInfo:
    """Record a meeting (note = agenda) or another dated activity."""
    kind = _check_kind(kind)
    label = clean_text(label, "名称", MAX_LABEL, required=True)
    note = clean_text(note, "議題・備考", MAX_NOTE, required=False)
    try:
        with db.sessions.begin() as s:
            if s.scalar(select(Activity.id).where(Activity.day == day, Activity.kind == kind, Activity.label == label)):
                raise _duplicate(day, kind, label)
            a = Activity(day=day, kind=kind, label=label, note=note)
            s.add(a)
            s.flush()
            return _info(a)
    except IntegrityError as e:  # another process recorded it in between
        raise _duplicate(day, kind, label) from e


def update_activity(db: Database, activity_id: UUID, day: date, kind: str, label: str, note: str = "") -> ActivityInfo:
    """Correct an activity's date, kind, name or agenda."""
    kind = _check_kind(kind)
    label = clean_text(label, "名称", MAX_LABEL, required=True)
    note = clean_text(note, "議題・備考", MAX_NOTE, required=False)
    with db.sessions.begin() as s:
        a = s.get(Activity, activity_id)
        if a is None:
            raise NotFound("活動の記録が見つかりません", "Activity not found")
        clash = s.scalar(
            select(Activity.id).where(
                Activity.day == day, Activity.kind == kind, Activity.label == label, Activity.id != activity_id
            )
        )
        if clash is not None:
            raise _duplicate(day, kind, label)
        a.day, a.kind, a.label, a.note = day, kind, label, note
        s.flush()
        return _info(a)


def delete_activity(db: Database, activity_id: UUID) -> None:
    """Remove an activity recorded by mistake (never a sales record)."""
    with db.sessions.begin() as s:
        a = s.get(Activity, activity_id)
        if a is None:
            raise NotFound("活動の記録が見つかりません", "Activity not found")
        s.delete(a)


def _day_notes_query() -> Select[UUID, date, str, str, int, int, str, str]:
    members = func.count(Participation.id).filter(Workshop.is_guest.is_(False))
    guests = func.count(Participation.id).filter(Workshop.is_guest.is_(True))
    return (
        select(
            SalesDay.id,
            SalesDay.day,
            Venue.name,
            Venue.report_label,
            members,
            guests,
            SalesDay.notes,
            SalesDay.source,
        )
        .join(Venue, SalesDay.venue_id == Venue.id)
        .outerjoin(Participation, Participation.sales_day_id == SalesDay.id)
        .outerjoin(Workshop, Participation.workshop_id == Workshop.id)
        .group_by(
            SalesDay.id,
            SalesDay.day,
            Venue.name,
            Venue.report_label,
            SalesDay.notes,
            SalesDay.source,
            Venue.display_order,
        )
        .order_by(SalesDay.day, Venue.display_order, Venue.name)
    )


def list_day_notes(db: Database, fy: int) -> list[DayNote]:
    """The sales days of fiscal year `fy` with their notes, by date and venue order."""
    start, end = fiscal_year_range(fy)
    with db.sessions() as s:
        return [DayNote(*row) for row in s.execute(_day_notes_query().where(SalesDay.day.between(start, end)))]


def set_day_notes(db: Database, day_id: UUID, notes: str) -> DayNote:
    """Replace a sales day's notes (e.g. `他区から1事業所がゲスト出店`, `相談コーナー併設`)."""
    text = clean_text(notes, "備考", MAX_NOTE, required=False)
    with db.sessions.begin() as s:
        day = s.get(SalesDay, day_id)
        if day is None:
            raise NotFound("販売日が見つかりません", "Sales day not found")
        day.notes = text
        s.flush()
        return DayNote(*s.execute(_day_notes_query().where(SalesDay.id == day_id)).one())
