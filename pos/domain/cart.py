"""The cart of the sale being rung up: lines, quantities, total and tax per rate.

Pure and in memory; the sale reaches the database only when it is paid, in one transaction.
Adding a product already in the cart raises its quantity instead of adding a second line (an
open-price product typed at a different price gets its own line).

Markdowns (値引, docs/invoices.md): a line can be marked down by a fixed amount of yen or by a
percentage of its list amount (rounded down to the yen: 3 × ¥150 at 30 % → floor(450 × 30 / 100)
= ¥135), with a reason (見切り, 試食, その他). The line keeps its list price; its amount is the list
amount less the markdown, and the tax per rate is computed on those discounted amounts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from uuid import UUID

from pos.domain.errors import InvalidInput
from pos.domain.money import RateTotal, check_rate, tax_by_rate

MAX_QUANTITY = 999
#: markdown reasons: key stored on the sale line → label
MARKDOWN_REASONS = {"mikiri": "見切り", "shishoku": "試食", "other": "その他"}


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
    discount_yen: int = 0  # a fixed markdown of the whole line …
    discount_percent: int = 0  # … or a percentage of its list amount (one of the two)
    discount_reason: str = ""  # a MARKDOWN_REASONS key; "" when not marked down

    @property
    def list_amount(self) -> int:
        return self.item.unit_price * self.quantity

    @property
    def discount(self) -> int:
        if self.discount_percent:
            return self.list_amount * self.discount_percent // 100
        return self.discount_yen

    @property
    def amount(self) -> int:
        return self.list_amount - self.discount

    @property
    def marked_down(self) -> bool:
        return bool(self.discount_reason)


def _check_quantity(quantity: int) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise InvalidInput("数量は整数で入力してください", "Quantity must be a whole number")
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(f"数量は1から{MAX_QUANTITY}までです", f"Quantity must be between 1 and {MAX_QUANTITY}")
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

    def quantity_of(self, product_id: UUID) -> int:
        """Units of a product in the cart, over all its lines (open-price lines may be several)."""
        return sum(ln.quantity for ln in self._lines if ln.item.product_id == product_id)

    def add(self, item: CartItem, quantity: int = 1) -> int:
        """Add `quantity` of `item`; returns the index of the line that holds it."""
        check_rate(item.tax_rate)
        _check_quantity(quantity)
        i = next(
            (
                i
                for i, ln in enumerate(self._lines)
                if ln.item.product_id == item.product_id and ln.item.unit_price == item.unit_price
            ),
            None,
        )
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
        line = replace(self._lines[index], quantity=_check_quantity(quantity))
        if line.discount > line.list_amount:
            raise InvalidInput(
                f"値引 {line.discount:,}円 が金額 {line.list_amount:,}円 を超えます。先に値引を直してください",
                "The markdown would exceed the line's amount; change the markdown first",
            )
        self._lines[index] = line

    def mark_down(self, index: int, reason: str, *, yen: int | None = None, percent: int | None = None) -> CartLine:
        """Mark a line down by `yen` (1 … its list amount) or `percent` (1 … 100), for `reason`
        (a MARKDOWN_REASONS key); replaces an earlier markdown of the line."""
        line = self._line(index)
        if reason not in MARKDOWN_REASONS:
            raise InvalidInput("値引の理由を選んでください（見切り・試食・その他）", "Choose the markdown reason")
        if (yen is None) == (percent is None):
            raise InvalidInput("値引は金額か割合のどちらかで入力してください", "Give an amount or a percentage")
        for value in (yen, percent):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise InvalidInput("値引は整数で入力してください", "The markdown must be a whole number")
        if percent is not None and not 1 <= percent <= 100:
            raise InvalidInput("値引の割合は1から100%までです", "A markdown percentage is 1 to 100")
        if yen is not None and not 1 <= yen <= line.list_amount:
            raise InvalidInput(
                f"値引の金額は1円から{line.list_amount:,}円（この行の金額）までです",
                f"A markdown is ¥1 to ¥{line.list_amount:,} (the line's amount)",
            )
        self._lines[index] = replace(line, discount_yen=yen or 0, discount_percent=percent or 0, discount_reason=reason)
        return self._lines[index]

    def clear_markdown(self, index: int) -> None:
        self._lines[index] = replace(self._line(index), discount_yen=0, discount_percent=0, discount_reason="")

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
