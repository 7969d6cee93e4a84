"""Day-end closing (精算, Z): count a till's drawer, compare with its expected cash, lock it; the
day is closed when every till of the day is (`pos.services.tills`; a day with one till closes with it).

Every function here works on one till: `till_id`, by default this laptop's till on the day (or the
day's only till). `CloseResult.open_tills` names the tills still open after a close: while there are
any, the day is not closed (its tally stays an X) and the message says which.

Expected cash = change fund + cash taken for sales. A difference (過不足) needs a comment. The close
is refused while this process still holds an unfinished sale for the day; a closed day accepts no
sale and no void.

`start_closing` stops sales while the drawer is counted (open → closing) and `cancel_closing`
abandons the count (closing → open). `reopen_day` puts a closed day back to open, with a required
reason. Opening, closing and reopening are each kept as a `DayEvent`, so the record shows who
closed or reopened a day, when and why, even after a second close overwrote the day's figures.

The close also freezes each workshop's settlement (commission, terminal fees, cash handed over,
transfer) with the rates in force at that moment (`pos.services.settlement.freeze_day`); the close
event's `detail` keeps those figures as text. A reopen drops the frozen rows (the event keeps them),
and the next close freezes again with the rates of that moment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import CashCount, DayEvent, SalesDay, Till
from pos.domain.clock import now_utc
from pos.domain.day_state import DayState, check_transition
from pos.domain.errors import InvalidInput, StateError
from pos.domain.fiscal import format_date_ja
from pos.domain.money import cash_total, format_yen
from pos.services.auth import add_entry
from pos.services.days import DayInfo, day_info, load_day
from pos.services.settlement import drop_frozen, freeze_day
from pos.services.tally import day_tally
from pos.services.tills import day_tills, open_tills_message, resolve_till, sync_day, this_till_name


def _till(s: Session, db: Database, day_id: UUID, till_id: UUID | None) -> Till:
    """The till to act on: `till_id`, else this laptop's till on the day, else the day's only till."""
    if till_id is not None:
        return resolve_till(s, day_id, till_id)
    name = this_till_name(db)
    tills = day_tills(s, day_id)
    if any(t.name == name for t in tills):
        return resolve_till(s, day_id, None, name)
    return resolve_till(s, day_id)


def _event_note(s: Session, day_id: UUID, till_name: str, text: str) -> str:
    """A day event's text, prefixed by the till when the day has several."""
    return f"{till_name}: {text}" if len(day_tills(s, day_id)) > 1 else text


@dataclass(frozen=True)
class CloseResult:
    day_id: UUID
    counted: int
    expected: int
    comment: str
    till_name: str = ""
    open_tills: tuple[str, ...] = ()  # tills of the day still open after this close

    @property
    def day_closed(self) -> bool:
        return not self.open_tills

    def message_ja(self) -> str:
        """What to tell the user after the close."""
        if self.day_closed:
            return "販売日を締めました"
        return f"{self.till_name}を締めました。" + open_tills_message(list(self.open_tills))

    @property
    def over_short(self) -> int:
        """Positive: more cash than expected (過剰); negative: short (不足)."""
        return self.counted - self.expected


def close_day(
    db: Database,
    day_id: UUID,
    counts: Mapping[int, int],
    *,
    comment: str = "",
    closed_by: str = "",
    who: str | None = None,
    till_id: UUID | None = None,
) -> CloseResult:
    """Close a till (this laptop's by default) with its drawer count; the last till closes the day."""
    counted = cash_total(counts)
    if db.unfinished_sales(day_id):
        raise StateError(
            "会計途中の取引があります。会計を終えるか取り消してから締めてください",
            "A sale is still being rung up: finish or clear it before closing",
        )
    with db.sessions() as s:
        till_id = _till(s, db, day_id, till_id).id
    tally = day_tally(db, day_id, till_id=till_id)
    comment = comment.strip()
    if counted != tally.expected_cash and not comment:
        diff = counted - tally.expected_cash
        raise InvalidInput(
            f"現金が{abs(diff):,}円{'多い' if diff > 0 else '少ない'}です。過不足の理由を入力してください",
            f"The cash is ¥{abs(diff):,} {'over' if diff > 0 else 'short'}: a comment is required",
        )
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        till = resolve_till(s, day_id, till_id)
        check_transition(till.state, DayState.CLOSED)
        existing = {c.denomination: c for c in s.scalars(select(CashCount).where(CashCount.till_id == till.id))}
        for denomination, n in counts.items():
            if denomination in existing:
                existing[denomination].count = n
            else:
                s.add(CashCount(sales_day_id=day_id, till_id=till.id, denomination=denomination, count=n))
        for denomination, row in existing.items():
            if denomination not in counts:  # a count left from before a reopen
                row.count = 0
        till.state = DayState.CLOSED.value
        till.counted_cash = counted
        till.expected_cash = tally.expected_cash
        till.cash_comment = comment
        till.closed_at = now_utc()
        till.closed_by = closed_by.strip()
        s.flush()
        sync_day(s, day_id)
        till_name = till.name
        still_open = tuple(t.name for t in day_tills(s, day_id) if t.state != DayState.CLOSED.value)
        # the workshops' settlement is the whole day's: frozen when the last till closes the day
        figures = "" if still_open else freeze_day(s, day_id)
        s.add(
            DayEvent(
                sales_day_id=day_id,
                at=till.closed_at,
                kind="close",
                by=till.closed_by,
                reason=_event_note(s, day_id, till.name, _close_note(counted, tally.expected_cash, comment)),
                detail=figures,
            )
        )
        if who is not None:  # the audit entry commits with the close, or neither does
            add_entry(
                s, who, "close_day", _event_note(s, day_id, till.name, _day_text(day)), f"現金 {format_yen(counted)}"
            )
    from pos.services.backup import backup_after_close  # alembic: loaded at the first close, not at start

    backup_after_close(db)  # a rotating copy of the closed day's file (SQLite only; never fails the close)
    return CloseResult(day_id, counted, tally.expected_cash, comment, till_name, still_open)


def _day_text(day: SalesDay) -> str:
    return f"{day.venue.name}　{format_date_ja(day.day)}"


def _close_note(counted: int, expected: int, comment: str) -> str:
    """What the close event keeps: the count against the expected cash, and the comment if any."""
    diff = counted - expected
    note = f"実際の現金 {format_yen(counted)}（予定 {format_yen(expected)}、過不足 {format_over_short(diff)}）"
    return f"{note} {comment}" if comment else note


def format_over_short(diff: int) -> str:
    """An over/short amount with its sign: +¥100 (過剰), -¥10 (不足), ¥0."""
    return f"+{format_yen(diff)}" if diff > 0 else format_yen(diff)


def start_closing(db: Database, day_id: UUID, till_id: UUID | None = None) -> DayInfo:
    """Stop the till's sales while its drawer is counted (open → closing); one closing stays so."""
    if db.unfinished_sales(day_id):
        raise StateError(
            "会計途中の取引があります。会計を終えるか取り消してから締めてください",
            "A sale is still being rung up: finish or clear it before closing",
        )
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        till = _till(s, db, day_id, till_id)
        if till.state != DayState.CLOSING.value:
            check_transition(till.state, DayState.CLOSING)
            till.state = DayState.CLOSING.value
        s.flush()
        sync_day(s, day_id)
        return day_info(s, day)


def cancel_closing(db: Database, day_id: UUID, till_id: UUID | None = None) -> DayInfo:
    """Abandon the count: a closing till goes back to open (an open one is left as it is)."""
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        till = _till(s, db, day_id, till_id)
        if till.state == DayState.CLOSED.value:
            raise StateError(
                "締め済みの販売日です。再開するには理由を入力して「再開」してください",
                "The day is closed: reopen it with a reason",
            )
        if till.state == DayState.CLOSING.value:
            till.state = DayState.OPEN.value
        s.flush()
        sync_day(s, day_id)
        return day_info(s, day)


def reopen_day(
    db: Database, day_id: UUID, reason: str, by: str = "", till_id: UUID | None = None, *, who: str | None = None
) -> DayInfo:
    """Put a closed day back to open. The reason is required and kept as a "reopen" day event.

    The close figures (counted and expected cash, comment, closing time and person) are cleared on
    the day, since they no longer hold once sales can change; the close event keeps them.
    """
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("再開の理由を入力してください", "Give a reason for reopening the day")
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        till = _till(s, db, day_id, till_id)
        if till.state != DayState.CLOSED.value:
            raise StateError("締め済みの販売日ではないため、再開の必要はありません", "The day is not closed")
        check_transition(till.state, DayState.OPEN)
        till.state = DayState.OPEN.value
        till.counted_cash = None
        till.expected_cash = None
        till.cash_comment = ""
        till.closed_at = None
        till.closed_by = ""
        drop_frozen(s, day_id)  # the close event keeps the figures; the next close of the day freezes them again
        note = _event_note(s, day_id, till.name, reason)
        s.add(DayEvent(sales_day_id=day_id, at=now_utc(), kind="reopen", reason=note, by=(by or "").strip()))
        if who is not None:
            add_entry(
                s,
                who or (by or "").strip(),
                "reopen_day",
                _event_note(s, day_id, till.name, _day_text(day)),
                f"理由: {reason}",
            )
        s.flush()
        sync_day(s, day_id)
        return day_info(s, day)
