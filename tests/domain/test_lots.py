"""FEFO and expiry rules of lots, worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from pos.domain.errors import InvalidInput
from pos.domain.lots import LotState, allocate_fefo, expires_soon, is_expired, units_left

DAY = date(2024, 6, 15)


def test_earliest_expiry_goes_first_and_lots_without_expiry_last() -> None:
    lots = [LotState("none", 5, None), LotState("late", 5, date(2024, 6, 17)), LotState("early", 3, DAY)]
    left = units_left(lots)
    assert allocate_fefo(lots, left, 9, DAY, "パン") == [("early", 3), ("late", 5), ("none", 1)]


def test_ties_keep_check_in_order() -> None:
    lots = [LotState("first", 2, DAY), LotState("second", 2, DAY)]
    assert allocate_fefo(lots, units_left(lots), 3, DAY, "パン") == [("first", 2), ("second", 1)]


def test_what_is_left_counts_sales_withdrawals_and_sales_without_a_lot() -> None:
    lots = [LotState("a", 10, date(2024, 6, 16), taken=3, withdrawn=2), LotState("b", 4, DAY)]
    # 2 units sold before the lots were checked in are charged first expiry first: b
    assert units_left(lots, unassigned=2) == {"a": 5, "b": 2}
    assert units_left(lots, unassigned=7) == {"a": 2, "b": 0}  # b 4, then a 3 of its 5


def test_an_expired_lot_is_never_sold() -> None:
    lots = [LotState("old", 5, date(2024, 6, 14)), LotState("new", 2, DAY)]
    left = units_left(lots)
    assert allocate_fefo(lots, left, 2, DAY, "弁当") == [("new", 2)]
    with pytest.raises(InvalidInput, match="「弁当」の残りは2個です"):
        allocate_fefo(lots, left, 3, DAY, "弁当")
    only_old = [LotState("old", 5, date(2024, 6, 14))]
    with pytest.raises(InvalidInput) as e:
        allocate_fefo(only_old, units_left(only_old), 1, DAY, "弁当")
    assert e.value.ja == "「弁当」は消費期限切れのため販売できません"


def test_sold_out_message() -> None:
    lots = [LotState("a", 2, DAY, taken=2)]
    with pytest.raises(InvalidInput, match="「パン」は売り切れです"):
        allocate_fefo(lots, units_left(lots), 1, DAY, "パン")


def test_expiry_dates() -> None:
    assert not is_expired(DAY, DAY) and is_expired(date(2024, 6, 14), DAY) and not is_expired(None, DAY)
    assert expires_soon(DAY, DAY) and expires_soon(date(2024, 6, 16), DAY)
    assert not expires_soon(date(2024, 6, 17), DAY) and not expires_soon(date(2024, 6, 14), DAY)
