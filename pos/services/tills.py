"""Tills (レジ): the registers of one sales day, one per laptop (docs/tills.md).

A sales day belongs to the venue and the date. Each laptop that sells at it is a till of that day
with its own name (レジ1, レジ2), change fund, sale numbering (No. printed with the till's name, so
receipts stay unique: レジ2-15), drawer count, over/short and close. The day's own `state` and cash
fields are the combined figures of its tills, kept in step by `sync_day` after every change of a till:

- state: closed when every till is closed; open while any till is open; otherwise closing;
- change fund, counted and expected cash: the sums over the tills (counted and expected once closed);
- the comment: each till's comment, prefixed by its name when the day has several tills.

This laptop's till name is set once per laptop and kept in the database's settings under a key
that names the machine (`till_name@<host name>`), so a database copied to another laptop does not
bring its name along; until it is set, a laptop is レジ1. Receipts print a sale's number with its
till's name (`receipt_no`: 15 on レジ1, レジ2-15 on レジ2).
"""

from __future__ import annotations

import socket
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import DayEvent, Setting, Till
from pos.domain.clock import now_utc
from pos.domain.day_state import DAY_STATE_LABELS, DayState
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.domain.money import cash_total

FIRST_TILL = "レジ1"
MAX_TILL_NAME = 20


def _machine_key() -> str:
    return f"till_name@{socket.gethostname()}"[:50]


@dataclass(frozen=True)
class TillInfo:
    id: UUID
    sales_day_id: UUID
    name: str
    state: str
    change_fund: int
    counted_cash: int | None
    expected_cash: int | None
    cash_comment: str
    opened_at: datetime | None
    closed_at: datetime | None
    closed_by: str

    @property
    def state_label(self) -> str:
        return DAY_STATE_LABELS[DayState(self.state)]

    @property
    def closed(self) -> bool:
        return self.state == DayState.CLOSED.value

    @property
    def over_short(self) -> int | None:
        if self.counted_cash is None or self.expected_cash is None:
            return None
        return self.counted_cash - self.expected_cash


def till_info(t: Till) -> TillInfo:
    return TillInfo(
        t.id,
        t.sales_day_id,
        t.name,
        t.state,
        t.change_fund,
        t.counted_cash,
        t.expected_cash,
        t.cash_comment,
        t.opened_at,
        t.closed_at,
        t.closed_by,
    )


def receipt_no(till_name: str, number: int) -> str:
    """A sale's number as receipts print it: 15 on レジ1 (as before tills), レジ2-15 on any other till,
    so the receipts of one day stay unique however many laptops sell."""
    return str(number) if till_name in ("", FIRST_TILL) else f"{till_name}-{number}"


def clean_till_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput("レジの名前を入力してください（例: レジ1）", "Give the till a name (e.g. レジ1)")
    if len(name) > MAX_TILL_NAME:
        raise InvalidInput(
            f"レジの名前は{MAX_TILL_NAME}文字までです", f"A till name has at most {MAX_TILL_NAME} characters"
        )
    return name


# -- this laptop's till name ------------------------------------------------------------------------


def this_till_name(db: Database) -> str:
    """This laptop's till name (レジ1 until it is set)."""
    with db.sessions() as s:
        return s.scalar(select(Setting.value).where(Setting.key == _machine_key())) or FIRST_TILL


def set_this_till_name(db: Database, name: str) -> str:
    name = clean_till_name(name)
    with db.sessions.begin() as s:
        row = s.get(Setting, _machine_key())
        if row is None:
            s.add(Setting(key=_machine_key(), value=name))
        else:
            row.value = name
    return name


# -- the tills of a day -------------------------------------------------------------------------------


def day_tills(s: Session, day_id: UUID) -> list[Till]:
    return list(s.scalars(select(Till).where(Till.sales_day_id == day_id).order_by(Till.name)))


def tills_of(db: Database, day_id: UUID) -> list[TillInfo]:
    with db.sessions() as s:
        return [till_info(t) for t in day_tills(s, day_id)]


def resolve_till(s: Session, day_id: UUID, till_id: UUID | None = None, name: str | None = None) -> Till:
    """The till to work on: by id, else by name, else the day's only till."""
    tills = day_tills(s, day_id)
    if till_id is not None:
        for t in tills:
            if t.id == till_id:
                return t
        raise NotFound("この販売日のレジが見つかりません", "Till not found on this sales day")
    if name is not None:
        for t in tills:
            if t.name == name:
                return t
        if tills:
            raise NotFound(
                f"この販売日に「{name}」のレジはありません（あるのは {'、'.join(t.name for t in tills)}）。"
                "「販売日を開く」からこの販売日に参加してください",
                f"This sales day has no till named {name}: join the day first",
            )
    if len(tills) == 1:
        return tills[0]
    if not tills:
        raise NotFound("この販売日にはレジがありません", "This sales day has no till")
    raise InvalidInput(
        f"この販売日にはレジが{len(tills)}台あります（{'、'.join(t.name for t in tills)}）。レジを選んでください",
        "This sales day has several tills: choose one",
    )


def add_till(
    s: Session, day_id: UUID, name: str, change_fund: int | Mapping[int, int], *, by: str = "", first: bool = False
) -> Till:
    """A new open till on the day (the caller has checked the day can take one). Its "open" day event
    names it, except for the till the day was opened with."""
    fund = cash_total(change_fund) if isinstance(change_fund, Mapping) else change_fund
    if isinstance(fund, bool) or not isinstance(fund, int) or fund < 0:
        raise InvalidInput("釣銭準備金は0円以上の整数です", "The change fund must be ¥0 or more")
    name = clean_till_name(name)
    if s.scalar(select(Till.id).where(Till.sales_day_id == day_id, Till.name == name)) is not None:
        raise StateError(
            f"この販売日には「{name}」のレジがすでにあります。別の名前（例: レジ2）にしてください",
            f"This sales day already has a till named {name}",
        )
    at = now_utc()
    till = Till(
        sales_day_id=day_id,
        name=name,
        state=DayState.OPEN.value,
        change_fund=fund,
        cash_comment="",
        opened_at=at,
        closed_by="",
    )
    s.add(till)
    s.flush()
    s.add(DayEvent(sales_day_id=day_id, at=at, kind="open", reason="" if first else f"{name}が参加", by=by))
    return till


def open_tills_message(names: list[str]) -> str:
    return f"{'、'.join(names)}がまだ締められていません。すべてのレジを締めると販売日が締まります"


def sync_day(s: Session, day_id: UUID) -> None:
    """Set the day's state and cash fields from its tills (see the module docstring)."""
    from pos.db.models import SalesDay

    day = s.get_one(SalesDay, day_id)
    tills = day_tills(s, day_id)
    if not tills:
        return
    states = {t.state for t in tills}
    if states == {DayState.CLOSED.value}:
        state = DayState.CLOSED.value
    elif DayState.OPEN.value in states:
        state = DayState.OPEN.value
    else:
        state = DayState.CLOSING.value
    day.state = state
    day.change_fund = sum(t.change_fund for t in tills)
    opened = [t.opened_at for t in tills if t.opened_at is not None]
    if opened and (day.opened_at is None or min(opened) < day.opened_at):
        day.opened_at = min(opened)
    if state == DayState.CLOSED.value:
        day.counted_cash = sum(t.counted_cash or 0 for t in tills)
        day.expected_cash = sum(t.expected_cash or 0 for t in tills)
        if len(tills) == 1:
            day.cash_comment = tills[0].cash_comment
        else:
            day.cash_comment = " / ".join(f"{t.name}: {t.cash_comment}" for t in tills if t.cash_comment)
        day.closed_at = max((t.closed_at for t in tills if t.closed_at is not None), default=None)
        day.closed_by = "、".join(dict.fromkeys(t.closed_by for t in tills if t.closed_by))[:100]
    else:
        day.counted_cash = None
        day.expected_cash = None
        day.cash_comment = ""
        day.closed_at = None
        day.closed_by = ""
    s.flush()
