"""Lots of perishable stock: what is left of each, which one sells first (FEFO), and expiry.

A lot is a quantity of one product brought to one sales day, with its expiry date (None for goods
that do not expire). What is left of a lot is what was brought minus what paid sales took from it
(sale lines carrying its id) minus what was recorded as taken back, disposed or handed over.

Sales recorded without a lot (a product sold before its lot was checked in) still used up units:
they are counted against the product's lots, first expiry first, so the product's total stays
brought − sold, as it was before lots were tracked one by one.

The till sells first expiry first (FEFO: lots expiring earliest go first, lots without expiry
last, ties in check-in order) and never sells a lot whose expiry date is before the sales day.

| lots (expiry, brought, taken)       | asked | taken from                |
|-------------------------------------|-------|---------------------------|
| A (6/16, 5, 4), B (6/15, 3, 0)       | 4     | B 3, A 1                  |
| A (6/14, 5, 0) on 6/15              | 1     | refused: 期限切れ           |
| A (None, 5, 0), B (6/20, 2, 0)       | 3     | B 2, A 1                  |
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from pos.domain.errors import InvalidInput

K = TypeVar("K", bound=Hashable)  # a lot's id: a UUID in the app, a letter in the tests


@dataclass(frozen=True)
class LotState(Generic[K]):
    """One lot as the rules need it. `taken`: units paid sales took from it; `withdrawn`: units
    recorded as taken back, disposed or handed over."""

    id: K
    quantity: int
    expiry: date | None
    taken: int = 0
    withdrawn: int = 0


def fefo_order(lots: Sequence[LotState[K]]) -> list[LotState[K]]:
    """Earliest expiry first, lots without expiry last; the given (check-in) order breaks ties."""
    return sorted(lots, key=lambda lot: (lot.expiry is None, lot.expiry or date.max))


def is_expired(expiry: date | None, on: date) -> bool:
    """A lot is expired on the day after its expiry date (it can still be sold on that date)."""
    return expiry is not None and expiry < on


def expires_soon(expiry: date | None, on: date, days: int = 1) -> bool:
    """Expiring on `on` or within the next `days` days (today / tomorrow by default), not yet expired."""
    return expiry is not None and on <= expiry <= on + timedelta(days=days)


def units_left(lots: Sequence[LotState[K]], unassigned: int = 0) -> dict[K, int]:
    """Units left in each lot; `unassigned` units sold without a lot are charged first expiry first."""
    left = {lot.id: max(lot.quantity - lot.taken - lot.withdrawn, 0) for lot in lots}
    for lot in fefo_order(lots):
        if unassigned <= 0:
            break
        use = min(left[lot.id], unassigned)
        left[lot.id] -= use
        unassigned -= use
    return left


def sellable(lots: Sequence[LotState[K]], left: Mapping[K, int], on: date) -> int:
    return sum(left[lot.id] for lot in lots if not is_expired(lot.expiry, on))


def expired_units(lots: Sequence[LotState[K]], left: Mapping[K, int], on: date) -> int:
    return sum(left[lot.id] for lot in lots if is_expired(lot.expiry, on))


def shortage_error(name: str, asked: int, available: int, expired: int) -> InvalidInput:
    """The refusal when `asked` units of a product cannot be sold (`available` sellable units left)."""
    if available == 0 and expired > 0:
        return InvalidInput(
            f"「{name}」は消費期限切れのため販売できません",
            f"{name}: the units left are past their expiry date and cannot be sold",
        )
    if available == 0:
        return InvalidInput(f"「{name}」は売り切れです", f"{name} is sold out")
    return InvalidInput(f"「{name}」の残りは{available}個です", f"Only {available} of {name} left")


def allocate_fefo(
    lots: Sequence[LotState[K]], left: Mapping[K, int], quantity: int, on: date, name: str
) -> list[tuple[K, int]]:
    """Which lots `quantity` units come from, first expiry first; expired lots are never used.

    Raises InvalidInput (売り切れ / 残りN個 / 消費期限切れ) when the sellable units do not suffice.
    """
    available = sellable(lots, left, on)
    if quantity > available:
        raise shortage_error(name, quantity, available, expired_units(lots, left, on))
    taken: list[tuple[K, int]] = []
    for lot in fefo_order(lots):
        if quantity == 0:
            break
        if is_expired(lot.expiry, on) or left[lot.id] == 0:
            continue
        use = min(left[lot.id], quantity)
        taken.append((lot.id, use))
        quantity -= use
    return taken
