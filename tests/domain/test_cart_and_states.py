"""The cart (merge, quantities, removal) and the sales-day state machine."""

from __future__ import annotations

import uuid

import pytest

from pos.domain.cart import Cart, CartItem
from pos.domain.day_state import check_can_sell, check_transition
from pos.domain.errors import InvalidInput, StateError

WS = uuid.uuid4()
BREAD = CartItem(uuid.uuid4(), WS, "パン", "工房", 200, 8)
SOAP = CartItem(uuid.uuid4(), WS, "石けん", "工房", 500, 10)


def test_adding_the_same_product_raises_its_quantity() -> None:
    cart = Cart()
    assert cart.add(BREAD) == 0
    cart.add(SOAP)
    assert cart.add(BREAD, 2) == 0
    assert [(ln.item.name, ln.quantity) for ln in cart.lines] == [("パン", 3), ("石けん", 1)]
    assert (cart.total, cart.item_count) == (1100, 4)


def test_quantity_zero_removes_the_line_and_negative_is_refused() -> None:
    cart = Cart()
    cart.add(BREAD)
    cart.add(SOAP)
    with pytest.raises(InvalidInput):
        cart.set_quantity(0, -1)
    cart.set_quantity(0, 0)
    assert [ln.item.name for ln in cart.lines] == ["石けん"]


def test_absurd_quantities_are_refused() -> None:
    cart = Cart()
    with pytest.raises(InvalidInput):
        cart.add(BREAD, 1000)
    with pytest.raises(InvalidInput):
        cart.add(BREAD, 0)
    assert len(cart) == 0


def test_removing_a_missing_line_is_refused() -> None:
    with pytest.raises(InvalidInput):
        Cart().remove(0)


@pytest.mark.parametrize(
    "current, target, allowed",
    [
        ("open", "closing", True),
        ("closing", "closed", True),
        ("open", "closed", True),
        ("closed", "open", True),
        ("closing", "open", True),
        ("closed", "closing", False),
        ("open", "open", False),
    ],
)
def test_day_transitions(current: str, target: str, allowed: bool) -> None:
    if allowed:
        assert check_transition(current, target).value == target
    else:
        with pytest.raises(StateError):
            check_transition(current, target)


def test_only_an_open_day_sells() -> None:
    check_can_sell("open")
    for state in ("closing", "closed"):
        with pytest.raises(StateError):
            check_can_sell(state)
