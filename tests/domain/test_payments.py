"""Payment rule: what the customer hands over must cover the total; change only from cash."""

from __future__ import annotations

import pytest

from pos.domain.errors import InvalidInput
from pos.domain.payments import CASHLESS_BRANDS, METHOD_LABELS, plan_payment


def test_short_cash_is_refused_with_the_missing_amount() -> None:
    with pytest.raises(InvalidInput, match="430円不足"):
        plan_payment(1430, cash_tendered=1000)


def test_exact_cash_gives_no_change() -> None:
    [cash] = plan_payment(1430, cash_tendered=1430)
    assert (cash.amount, cash.tendered, cash.change) == (1430, 1430, 0)


def test_cashless_part_more_than_total_is_refused() -> None:
    with pytest.raises(InvalidInput, match="超えています"):
        plan_payment(500, [("paypay", 600)])


def test_cash_for_a_sale_already_paid_cashless_is_refused() -> None:
    with pytest.raises(InvalidInput):
        plan_payment(500, [("paypay", 500)], cash_tendered=1000)


def test_remaining_amount_without_cash_is_refused() -> None:
    with pytest.raises(InvalidInput, match="残り430円"):
        plan_payment(1430, [("transit_ic", 1000)])


@pytest.mark.parametrize("brand", ["bitcoin", "cash", ""])
def test_unknown_brand_is_refused(brand: str) -> None:
    with pytest.raises(InvalidInput):
        plan_payment(100, [(brand, 100)])


def test_empty_cart_cannot_be_paid() -> None:
    with pytest.raises(InvalidInput, match="商品が入っていません"):
        plan_payment(0, cash_tendered=0)


def test_every_brand_of_the_domain_is_offered() -> None:
    labels = [label for _, label in CASHLESS_BRANDS]
    assert labels == [
        "クレジット（タッチ含む）",
        "交通系IC",
        "iD",
        "QUICPay",
        "PayPay",
        "d払い",
        "楽天ペイ",
        "au PAY",
        "その他QR",
        "電子マネー（WAON・nanaco・楽天Edy）",
        "商品券",
        "その他",
    ]
    assert METHOD_LABELS["cash"] == "現金"
