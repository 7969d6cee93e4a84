"""Day-end closing (精算, Z): count the drawer, compare with the expected cash, lock the day.

Expected cash = change fund + cash taken for sales. A difference (過不足) needs a comment. The close
is refused while this process still holds an unfinished sale for the day; a closed day accepts no
sale and no void.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import CashCount
from pos.domain.clock import now_utc
from pos.domain.day_state import DayState, check_transition
from pos.domain.errors import InvalidInput, StateError
from pos.domain.money import cash_total
from pos.services.days import load_day
from pos.services.tally import day_tally


@dataclass(frozen=True)
class CloseResult:
    day_id: UUID
    counted: int
    expected: int
    comment: str

    @property
    def over_short(self) -> int:
        """Positive: more cash than expected (過剰); negative: short (不足)."""
        return self.counted - self.expected


def close_day(
    db: Database, day_id: UUID, counts: Mapping[int, int], *, comment: str = "", closed_by: str = ""
) -> CloseResult:
    counted = cash_total(counts)
    if db.unfinished_sales(day_id):
        raise StateError(
            "会計途中の取引があります。会計を終えるか取り消してから締めてください",
            "A sale is still being rung up: finish or clear it before closing",
        )
    tally = day_tally(db, day_id)
    comment = comment.strip()
    if counted != tally.expected_cash and not comment:
        diff = counted - tally.expected_cash
        raise InvalidInput(
            f"現金が{abs(diff):,}円{'多い' if diff > 0 else '少ない'}です。過不足の理由を入力してください",
            f"The cash is ¥{abs(diff):,} {'over' if diff > 0 else 'short'}: a comment is required",
        )
    with db.sessions.begin() as s:
        day = load_day(s, day_id)
        check_transition(day.state, DayState.CLOSED)
        existing = {c.denomination: c for c in s.scalars(select(CashCount).where(CashCount.sales_day_id == day_id))}
        for denomination, n in counts.items():
            if denomination in existing:
                existing[denomination].count = n
            else:
                s.add(CashCount(sales_day_id=day_id, denomination=denomination, count=n))
        day.state = DayState.CLOSED.value
        day.counted_cash = counted
        day.expected_cash = tally.expected_cash
        day.cash_comment = comment
        day.closed_at = now_utc()
        day.closed_by = closed_by.strip()
    return CloseResult(day_id, counted, tally.expected_cash, comment)
