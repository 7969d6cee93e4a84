"""Checkout scenarios: a cart and a payment give a total, change and tax per rate.

Each row of the table below is one test (parsed from this docstring). Lines are
`name price×qty@rate`; payments are `cash N` or `<brand> N`; tax is `8:N 10:N` (receipt level,
rounded once per rate). Expected figures worked out by hand from the rules in shared/domain.md.

| lines                                   | payments                  | total | change | tax          |
|-----------------------------------------|---------------------------|-------|--------|--------------|
| パン 1430×1@8                            | cash 2000                 | 1430  | 570    | 8:105        |
| クッキー 130×3@8                          | cash 390                  | 390   | 0      | 8:28         |
| クッキー 300×2@8, 石けん 500×1@10           | cash 10000                | 1100  | 8900   | 8:44 10:45   |
| 石けん 500×1@10                          | paypay 500                | 500   | 0      | 10:45        |
| パン 1430×1@8                            | transit_ic 1000, cash 500 | 1430  | 70     | 8:105        |
| 弁当 550×2@8, ポーチ 1200×1@10, 飴 108×1@8   | credit 2408               | 2408  | 0      | 8:89 10:109  |
| 飴 1×1@8                                 | cash 1                    | 1     | 0      | 8:0          |
| 飴 108×1@8, 鉛筆 110×1@10                   | gift_voucher 100, cash 1000 | 218 | 882    | 8:8 10:10    |
"""

from __future__ import annotations

import re
import uuid

import pytest

from pos.domain.cart import Cart, CartItem
from pos.domain.payments import CASH, plan_payment


def _rows() -> list[list[str]]:
    table = [ln for ln in (__doc__ or "").splitlines() if ln.startswith("|")][2:]
    return [[c.strip() for c in ln.strip("|").split("|")] for ln in table]


@pytest.mark.parametrize("lines, payments, total, change, tax", _rows())
def test_checkout_scenario(lines: str, payments: str, total: str, change: str, tax: str) -> None:
    cart = Cart()
    ws = uuid.uuid4()
    for spec in lines.split(", "):
        name, price, qty, rate = re.fullmatch(r"(\S+) (\d+)×(\d+)@(\d+)", spec).groups()  # type: ignore[union-attr]
        cart.add(CartItem(uuid.uuid4(), ws, name, "工房", int(price), int(rate)), int(qty))
    cashless, tendered = [], None
    for spec in payments.split(", "):
        method, amount = spec.split()
        if method == CASH:
            tendered = int(amount)
        else:
            cashless.append((method, int(amount)))
    parts = plan_payment(cart.total, cashless, tendered)
    assert cart.total == int(total)
    assert sum(p.amount for p in parts) == int(total)
    assert sum(p.change for p in parts) == int(change)
    assert sum(p.tendered for p in parts) - sum(p.change for p in parts) == int(total)
    expected_tax = dict(tuple(map(int, t.split(":"))) for t in tax.split())
    assert {r.rate: r.tax for r in cart.tax()} == expected_tax
