"""The sales-day state machine: open → closing → closed, and reopening with a reason.

| from    | to      | when                                                         |
|---------|---------|--------------------------------------------------------------|
| open    | closing | the coordinator starts counting the drawer (sales stop)      |
| closing | open    | the count is abandoned                                       |
| closing | closed  | the count is confirmed (Z close)                             |
| open    | closed  | close in one step                                            |
| closed  | open    | reopened, with a reason kept on record                       |

Sales and voids are accepted only while the day is open.
"""

from __future__ import annotations

from enum import StrEnum

from pos.domain.errors import StateError


class DayState(StrEnum):
    OPEN = "open"
    CLOSING = "closing"
    CLOSED = "closed"


class SaleState(StrEnum):
    PAID = "paid"
    VOIDED = "voided"


DAY_STATE_LABELS = {DayState.OPEN: "営業中", DayState.CLOSING: "締め作業中", DayState.CLOSED: "締め済み"}

_ALLOWED = {
    (DayState.OPEN, DayState.CLOSING),
    (DayState.CLOSING, DayState.OPEN),
    (DayState.CLOSING, DayState.CLOSED),
    (DayState.OPEN, DayState.CLOSED),
    (DayState.CLOSED, DayState.OPEN),
}


def check_transition(current: str, target: str) -> DayState:
    cur, tgt = DayState(current), DayState(target)
    if (cur, tgt) not in _ALLOWED:
        raise StateError(
            f"販売日を「{DAY_STATE_LABELS[cur]}」から「{DAY_STATE_LABELS[tgt]}」にはできません",
            f"A sales day cannot go from {cur.value} to {tgt.value}",
        )
    return tgt


def check_can_sell(state: str) -> None:
    if DayState(state) is not DayState.OPEN:
        raise StateError(
            f"この販売日は{DAY_STATE_LABELS[DayState(state)]}のため、販売・取消はできません",
            "This sales day is not open: no sale or void can be recorded",
        )
