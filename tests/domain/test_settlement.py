"""Settlement rules (pure): rates in basis points, the split of a sale's payments, the payout split."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import InvalidInput
from pos.domain.settlement import (
    effective_commission,
    format_rate,
    parse_rate,
    payment_shares,
    rate_amount,
    settle,
    workshop_shares,
)


def test_rates_are_read_as_basis_points_without_floats() -> None:
    assert parse_rate("10") == 1000
    assert parse_rate("3.24") == 324
    assert parse_rate("３．２４％") == 324  # full-width as typed on a Japanese keyboard
    assert parse_rate("3.5") == 350
    assert parse_rate("0") == 0 and parse_rate("100") == 10_000
    for bad in ("3.245", "-1", "101", "abc", "", "=1+1", "1e2", "0x10"):
        with pytest.raises(InvalidInput, match=r"0から100まで|100%まで"):
            parse_rate(bad)
    assert [format_rate(bp) for bp in (1000, 324, 350, 0, 5)] == ["10%", "3.24%", "3.5%", "0%", "0.05%"]


def test_amounts_at_a_rate_are_rounded_down_to_the_yen() -> None:
    assert rate_amount(3460, 1000) == 346
    assert rate_amount(1000, 324) == 32  # 32.4
    assert rate_amount(1259, 198) == 24  # 24.928: down, never up
    assert rate_amount(1430, 500) == 71  # 71.5


def test_the_venue_override_beats_the_workshop_rate_which_beats_the_default() -> None:
    assert effective_commission(1000, None, None) == 1000
    assert effective_commission(1000, 800, None) == 800
    assert effective_commission(1000, 800, 500) == 500
    assert effective_commission(1000, None, 0) == 0  # a venue may waive the commission


def test_a_mixed_payment_is_shared_by_line_amounts() -> None:
    # bread 1,430 + soap 500 paid PayPay 1,000 + cash 930:
    # PayPay 1000 × 1430/1930 = 740.93, × 500/1930 = 259.07 → 740 + 259 = 999, the left yen to the larger remainder
    assert payment_shares([1430, 500], [("paypay", 1000), ("cash", 930)]) == [
        {"paypay": 741, "cash": 689},
        {"paypay": 259, "cash": 241},
    ]
    # two brands never give a line more than its amount: each brand shares what is still unpaid
    assert payment_shares([1, 1], [("paypay", 1), ("credit", 1)]) == [{"credit": 1}, {"paypay": 1}]


def test_the_payout_split_from_the_docs() -> None:
    s = settle(3460, {"cash": 1960, "gift_voucher": 500, "transit_ic": 1000}, 1000, {"transit_ic": 324})
    assert (s.cash, s.vouchers, s.cashless, s.commission, s.fees, s.cash_handed, s.transfer) == (
        1960,
        500,
        1000,
        346,
        32,
        1614,
        968,
    )
    # no cash: the commission comes off the transfer
    s = settle(1000, {"paypay": 1000}, 1000, {"paypay": 324})
    assert (s.commission, s.fees, s.cash_handed, s.transfer) == (100, 32, 0, 868)
    # vouchers only: the workshop owes the commission (a negative transfer)
    s = settle(500, {"gift_voucher": 500}, 1000, {"gift_voucher": 500})
    assert (s.commission, s.fees, s.cash_handed, s.vouchers, s.transfer) == (50, 0, 0, 500, -50)


METHODS = st.sampled_from(["cash", "credit", "paypay", "transit_ic", "gift_voucher"])


@st.composite
def days(draw):  # type: ignore[no-untyped-def]
    """Random sales: lines of workshops A/B/C and payments that add up to the sale's total."""
    lines, payments = [], []
    for sale in range(draw(st.integers(1, 12))):
        amounts = draw(st.lists(st.integers(1, 20_000), min_size=1, max_size=4))
        for amount in amounts:
            lines.append((sale, draw(st.sampled_from("ABC")), amount))
        left = sum(amounts)
        for method in draw(st.lists(METHODS, max_size=3)):
            if left == 0:
                break
            part = draw(st.integers(1, left))
            payments.append((sale, method, part))
            left -= part
        if left:
            payments.append((sale, "cash", left))
    return lines, payments


@given(day=days(), commission=st.integers(0, 10_000), fee=st.integers(0, 10_000))
def test_every_workshop_settles_to_its_sales_to_the_yen(day, commission, fee) -> None:  # type: ignore[no-untyped-def]
    lines, payments = day
    sales, methods = workshop_shares(lines, payments)
    assert sum(sales.values()) == sum(a for _, _, a in lines) == sum(a for _, _, a in payments)
    for method in {m for _, m, _ in payments}:  # each method's shares add up to what was paid that way
        assert sum(m.get(method, 0) for m in methods.values()) == sum(a for _, x, a in payments if x == method)
    for w, amount in sales.items():
        assert sum(methods[w].values()) == amount and min(methods[w].values()) >= 0
        s = settle(amount, methods[w], commission, {"credit": fee, "paypay": fee, "transit_ic": fee})
        assert s.cash_handed + s.transfer + s.vouchers + s.commission + s.fees == amount
        assert s.cash_handed >= 0 and s.commission <= amount and s.fees <= s.cashless
