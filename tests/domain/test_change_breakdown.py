"""Change as notes and coins: the pictures must add up to the change, with the fewest pieces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.change_breakdown import (
    CHANGE_PIECES,
    Pieces,
    change_pieces,
    change_words,
    piece_name,
    tendered_pieces,
)
from pos.domain.errors import InvalidInput


def _fewest(amount: int) -> int:
    """Fewest pieces by exhaustive dynamic programming (independent of the greedy rule)."""
    best = [0] + [amount + 1] * amount
    for a in range(1, amount + 1):
        best[a] = min(best[a - v] + 1 for v in CHANGE_PIECES if v <= a)
    return best[amount]


def test_worked_examples() -> None:
    assert change_pieces(800) == [Pieces(500, 1), Pieces(100, 3)]
    assert change_pieces(1_370) == [Pieces(1_000, 1), Pieces(100, 3), Pieces(50, 1), Pieces(10, 2)]
    assert change_pieces(0) == []
    assert change_words(1_300) == "1000円札 1まい、100円玉 3まい"
    assert change_words(0) == "おつりはありません"
    assert piece_name(5_000) == "5000円札" and piece_name(5) == "5円玉"


def test_taps_are_grouped_largest_first() -> None:
    assert tendered_pieces([500, 1_000, 100, 100]) == [Pieces(1_000, 1), Pieces(500, 1), Pieces(100, 2)]


@given(st.integers(min_value=0, max_value=30_000))
def test_pictures_sum_to_the_change_with_the_fewest_pieces(amount: int) -> None:
    pieces = change_pieces(amount)
    assert sum(p.value * p.count for p in pieces) == amount
    assert sum(p.count for p in pieces) == _fewest(amount % 10_000) + amount // 10_000
    assert [p.value for p in pieces] == sorted({p.value for p in pieces}, reverse=True)


@pytest.mark.parametrize("amount", [-1, 1_000_001])
def test_absurd_change_is_refused(amount: int) -> None:
    with pytest.raises(InvalidInput):
        change_pieces(amount)
