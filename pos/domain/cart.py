"""The cart of the sale being rung up: lines, quantities, total and tax per rate.

Pure and in memory; the sale reaches the database only when it is paid, in one transaction.
Adding a product already in the cart raises its quantity instead of adding a second line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from uuid import UUID

from pos.domain.errors import InvalidInput
from pos.domain.money import RateTotal, check_rate, tax_by_rate

MAX_QUANTITY = 999


@dataclass(frozen=True)
class CartItem:
    """What the register knows of a product when it is added (price and rate as of now)."""

    product_id: UUID
    workshop_id: UUID
    name: str
    workshop_name: str
    unit_price: int
    tax_rate: int
    code: str = ""


@dataclass(frozen=True)
class CartLine:
    item: CartItem
    quantity: int

    @property
    def amount(self) -> int:
        return self.item.unit_price * self.quantity


def _check_quantity(quantity: int) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise InvalidInput("数量は整数で入力してください", "Quantity must be a whole number")
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(
            f"数量は1から{MAX_QUANTITY}までです", f"Quantity must be between 1 and {MAX_QUANTITY}"
        )
    return quantity


class Cart:
    """An ordered list of lines, one per product."""

    def __init__(self) -> None:
        self._lines: list[CartLine] = []

    @property
    def lines(self) -> tuple[CartLine, ...]:
        return tuple(self._lines)

    def __len__(self) -> int:
        return len(self._lines)

    def index_of(self, product_id: UUID) -> int | None:
        return next((i for i, ln in enumerate(self._lines) if ln.item.product_id == product_id), None)

    def add(self, item: CartItem, quantity: int = 1) -> int:
        """Add `quantity` of `item`; returns the index of the line that holds it."""
        check_rate(item.tax_rate)
        _check_quantity(quantity)
        i = self.index_of(item.product_id)
        if i is None:
            self._lines.append(CartLine(item, quantity))
            return len(self._lines) - 1
        self._lines[i] = replace(self._lines[i], quantity=_check_quantity(self._lines[i].quantity + quantity))
        return i

    def set_quantity(self, index: int, quantity: int) -> None:
        """Set a line's quantity; 0 removes the line."""
        self._line(index)
        if quantity == 0:
            self.remove(index)
            return
        self._lines[index] = replace(self._lines[index], quantity=_check_quantity(quantity))

    def remove(self, index: int) -> CartLine:
        self._line(index)
        return self._lines.pop(index)

    def clear(self) -> None:
        self._lines.clear()

    @property
    def total(self) -> int:
        return sum(ln.amount for ln in self._lines)

    @property
    def item_count(self) -> int:
        return sum(ln.quantity for ln in self._lines)

    def tax(self) -> list[RateTotal]:
        return tax_by_rate((ln.item.tax_rate, ln.amount) for ln in self._lines)

    def _line(self, index: int) -> CartLine:
        if not 0 <= index < len(self._lines):
            raise InvalidInput("その行はありません", "No such line in the cart")
        return self._lines[index]
