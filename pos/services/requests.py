"""Requests for the booth to come (出店依頼) and their answers.

Who asked (e.g. a 地域ケアプラザ), the event, its date (weekday or weekend is derived from the date),
a contact, and the answer:

| answer    | what happens                                                              |
|-----------|---------------------------------------------------------------------------|
| accepted  | a planned day is created at the chosen venue (`request_id` points back)   |
| declined  | with a reason: 人手不足 (staff), 日程重複 (clash), その他 (other) and a note |
| pending   | not answered yet                                                          |

An answered request can be answered again only through pending (`reopen`); reopening an accepted
request removes the planned day it created when nobody signed up for it yet, and refuses otherwise.
The year's counts feed the annual draft's 運営上の課題 (`pos.domain.calendar.requests_sentence`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import BoothRequest, PlannedDay, Shift, Signup
from pos.db.types import utcnow
from pos.domain.calendar import (
    ACCEPTED,
    DECLINED,
    PENDING,
    REASON_LABELS,
    STATUS_LABELS,
    RequestCounts,
    count_requests,
    is_weekend,
)
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.domain.fiscal import fiscal_year_range
from pos.services import calendar
from pos.services.activities import clean_text
from pos.services.calendar import ShiftSpec

__all__ = ["RequestCounts", "count_requests"]  # of pos.domain.calendar, re-exported for the UI and the CLI


@dataclass(frozen=True)
class RequestInfo:
    id: UUID
    requester: str
    event: str
    day: date
    contact: str
    received_on: date | None
    status: str
    decline_reason: str
    reason_note: str
    planned_day_id: UUID | None = None

    @property
    def weekend(self) -> bool:
        return is_weekend(self.day)

    @property
    def day_kind(self) -> str:
        return "土日" if self.weekend else "平日"

    @property
    def answer(self) -> str:
        """`未回答`, `お受けした`, `お断りした（人手不足）`, `お断りした（その他: 雨天時の会場なし）`."""
        if self.status != DECLINED:
            return STATUS_LABELS[self.status]
        reason = REASON_LABELS.get(self.decline_reason, "")
        if self.reason_note:
            reason = f"{reason}: {self.reason_note}" if reason else self.reason_note
        return f"{STATUS_LABELS[DECLINED]}（{reason}）" if reason else STATUS_LABELS[DECLINED]


def _info(r: BoothRequest, planned_id: UUID | None) -> RequestInfo:
    return RequestInfo(
        r.id,
        r.requester,
        r.event,
        r.day,
        r.contact,
        r.received_on,
        r.status,
        r.decline_reason,
        r.reason_note,
        planned_id,
    )


def _get(s: Session, request_id: UUID) -> BoothRequest:
    r = s.get(BoothRequest, request_id)
    if r is None:
        raise NotFound("依頼が見つかりません", "Request not found")
    return r


def get_request(db: Database, request_id: UUID) -> RequestInfo:
    with db.sessions() as s:
        r = _get(s, request_id)
        return _info(r, s.scalar(select(PlannedDay.id).where(PlannedDay.request_id == r.id)))


def add_request(
    db: Database, requester: str, event: str, day: date, *, contact: str = "", received_on: date | None = None
) -> RequestInfo:
    requester = clean_text(requester, "依頼元", 100, required=True)
    event = clean_text(event, "行事名", 200, required=True)
    contact = clean_text(contact, "連絡先", 200)
    with db.sessions.begin() as s:
        r = BoothRequest(requester=requester, event=event, day=day, contact=contact, received_on=received_on)
        s.add(r)
        s.flush()
        rid = r.id
    return get_request(db, rid)


def _must_be_pending(r: BoothRequest) -> None:
    if r.status != PENDING:
        raise StateError(
            f"この依頼はすでに「{STATUS_LABELS[r.status]}」と回答済みです（未回答に戻してから回答してください）",
            "This request is already answered (set it back to pending first)",
        )


def accept_request(
    db: Database,
    request_id: UUID,
    venue_id: UUID,
    *,
    start: str = "",
    end: str = "",
    shifts: tuple[ShiftSpec, ...] = (),
) -> RequestInfo:
    """Accept: the request becomes a planned day at `venue_id` on its date (one transaction)."""
    with db.sessions.begin() as s:
        r = _get(s, request_id)
        _must_be_pending(r)
        note = f"{r.requester}からの依頼（{r.event}）"
        calendar.plan_day_in(s, venue_id, r.day, start=start, end=end, notes=note, shifts=shifts, request_id=request_id)
        r.status, r.decline_reason, r.reason_note, r.answered_at = ACCEPTED, "", "", utcnow()
    return get_request(db, request_id)


def decline_request(db: Database, request_id: UUID, reason: str, note: str = "") -> RequestInfo:
    """Decline with a reason: `staff` (人手不足), `clash` (日程重複) or `other` (その他, with a note)."""
    if reason not in REASON_LABELS:
        raise InvalidInput("お断りの理由を 人手不足・日程重複・その他 から選んでください", f"Unknown reason {reason!r}")
    note = clean_text(note, "理由のメモ", 500)
    with db.sessions.begin() as s:
        r = _get(s, request_id)
        _must_be_pending(r)
        r.status, r.decline_reason, r.reason_note, r.answered_at = DECLINED, reason, note, utcnow()
    return get_request(db, request_id)


def reopen_request(db: Database, request_id: UUID) -> RequestInfo:
    """Back to pending. An accepted request's planned day goes too, unless people signed up for it."""
    with db.sessions.begin() as s:
        r = _get(s, request_id)
        planned = s.scalar(select(PlannedDay.id).where(PlannedDay.request_id == r.id))
        if planned is not None and s.scalar(select(Signup.id).join(Shift).where(Shift.planned_day_id == planned)):
            raise StateError(
                "この依頼の予定にはすでに申込みがあるため、未回答に戻せません",
                "People signed up for the planned day; the request cannot be reopened",
            )
        r.status, r.decline_reason, r.reason_note, r.answered_at = PENDING, "", "", None
    if planned is not None:
        calendar.delete_day(db, planned)
    return get_request(db, request_id)


def list_requests(db: Database, fy: int) -> list[RequestInfo]:
    """The requests for dates in fiscal year `fy`, by date."""
    start, end = fiscal_year_range(fy)
    with db.sessions() as s:
        planned = dict(
            s.execute(select(PlannedDay.request_id, PlannedDay.id).where(PlannedDay.request_id.is_not(None))).all()
        )
        rows = s.scalars(
            select(BoothRequest)
            .where(BoothRequest.day.between(start, end))
            .order_by(BoothRequest.day, BoothRequest.requester)
        )
        return [_info(r, planned.get(r.id)) for r in rows]


def request_counts(db: Database, fy: int) -> RequestCounts:
    return count_requests((r.day, r.status, r.decline_reason) for r in list_requests(db, fy))


def format_requests(rows: list[RequestInfo]) -> str:
    """Tab-separated: 日付, 曜日区分, 依頼元, 行事, 連絡先, 回答 (one request a line, with a header)."""
    head = "日付\t平日/土日\t依頼元\t行事\t連絡先\t回答"
    lines = [head] + [
        "\t".join((r.day.isoformat(), r.day_kind, r.requester, r.event, r.contact, r.answer)) for r in rows
    ]
    return "\n".join(lines)
