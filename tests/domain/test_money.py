"""Money rules: tax once per rate, exact allocation, drawer counts, price validation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import InvalidInput
from pos.domain.money import allocate, cash_total, check_price, format_yen, included_tax, tax_by_rate


def test_included_tax_example_from_the_rules() -> None:
    assert included_tax(1430, 8) == 105  # shared/domain.md: ¥1,430 at 8 % → ¥105
    assert included_tax(1100, 10) == 100
    assert included_tax(109, 10) == 9  # 9.909… rounded down


def test_tax_is_computed_once_per_rate_not_per_line() -> None:
    # three ¥130 items: per line 9 + 9 + 9 = 27, per receipt floor(390 × 8 / 108) = 28
    [reduced] = tax_by_rate([(8, 130), (8, 130), (8, 130)])
    assert (reduced.gross, reduced.tax) == (390, 28)


def test_tax_by_rate_lists_each_rate_present_reduced_first() -> None:
    totals = tax_by_rate([(10, 500), (8, 300), (10, 110)])
    assert [(t.rate, t.gross, t.tax) for t in totals] == [(8, 300, 22), (10, 610, 55)]


def test_unknown_tax_rate_is_refused() -> None:
    with pytest.raises(InvalidInput, match="税率"):
        tax_by_rate([(5, 100)])


@pytest.mark.parametrize("bad", [0, -1, 1_000_001, 12.5, "100", True, None])
def test_prices_outside_whole_yen_1_to_a_million_are_refused(bad: object) -> None:
    with pytest.raises(InvalidInput):
        check_price(bad)


def test_drawer_count_sums_denominations() -> None:
    assert cash_total({10_000: 2, 5_000: 1, 2_000: 1, 1_000: 3, 500: 1, 100: 4, 50: 1, 10: 3, 5: 1, 1: 2}) == 30_987


@pytest.mark.parametrize("counts", [{3000: 1}, {100: -1}, {100: 1.5}])
def test_drawer_count_refuses_unknown_denominations_and_bad_counts(counts: dict) -> None:
    with pytest.raises(InvalidInput):
        cash_total(counts)


def test_format_yen() -> None:
    assert format_yen(1430) == "¥1,430"
    assert format_yen(-50) == "-¥50"


@given(st.integers(0, 10**7), st.lists(st.integers(0, 10**5), min_size=1, max_size=12))
def test_allocation_is_exact_and_proportional(amount: int, weights: list[int]) -> None:
    if sum(weights) == 0:
        assert allocate(0, weights) == [0] * len(weights)
        return
    parts = allocate(amount, weights)
    assert sum(parts) == amount
    for part, w in zip(parts, weights, strict=True):
        exact = amount * w / sum(weights)
        assert abs(part - exact) < 1
