"""Money rules: whole yen, tax-inclusive prices, tax per receipt per rate, cash denominations.

All amounts are `int` yen. Tax is never computed per line: for tax-inclusive prices the tax included
at rate r is floor(gross × r / (100 + r)), computed once per rate over the whole receipt.

| 8 % gross | 10 % gross | tax 8 % | tax 10 % |
|-----------|------------|---------|----------|
| 1430      | 0          | 105     | 0        |
| 108       | 110        | 8       | 10       |
| 130 × 3   | 0          | 28      | 0        |   (per line it would be 9 × 3 = 27: wrong)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from pos.domain.errors import InvalidInput

REDUCED_RATE = 8
STANDARD_RATE = 10
TAX_RATES = (REDUCED_RATE, STANDARD_RATE)
MAX_PRICE = 1_000_000

#: Japanese cash denominations, largest first (the ¥2,000 note included: it still turns up).
DENOMINATIONS = (10_000, 5_000, 2_000, 1_000, 500, 100, 50, 10, 5, 1)


def check_rate(rate: int) -> int:
    if rate not in TAX_RATES:
        raise InvalidInput(f"税率は8か10です（{rate}）", f"Tax rate must be 8 or 10 (got {rate})")
    return rate


def check_price(price: object) -> int:
    """A price is a whole number of yen from 1 to 1,000,000 (bools and floats refused)."""
    if isinstance(price, bool) or not isinstance(price, int):
        raise InvalidInput("価格は円単位の整数で入力してください", "Price must be a whole number of yen")
    if not 1 <= price <= MAX_PRICE:
        raise InvalidInput("価格は1円から1,000,000円までです", "Price must be between ¥1 and ¥1,000,000")
    return price


def included_tax(gross: int, rate: int) -> int:
    """Consumption tax contained in a tax-inclusive amount at `rate` percent, rounded down."""
    check_rate(rate)
    return gross * rate // (100 + rate)


@dataclass(frozen=True)
class RateTotal:
    """Tax-inclusive total and the tax it contains, for one rate on one receipt."""

    rate: int
    gross: int
    tax: int


def tax_by_rate(amounts: Iterable[tuple[int, int]]) -> list[RateTotal]:
    """(rate, tax-inclusive amount) pairs → one RateTotal per rate present, 8 % first."""
    gross: dict[int, int] = {}
    for rate, amount in amounts:
        check_rate(rate)
        gross[rate] = gross.get(rate, 0) + amount
    return [RateTotal(r, gross[r], included_tax(gross[r], r)) for r in sorted(gross)]


def cash_total(counts: Mapping[int, int]) -> int:
    """Sum of a drawer count given as {denomination: number of notes/coins}."""
    total = 0
    for denomination, count in counts.items():
        if denomination not in DENOMINATIONS:
            raise InvalidInput(f"{denomination}円という金種はありません", f"No ¥{denomination} denomination")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InvalidInput("枚数は0以上の整数です", "Counts must be whole numbers, 0 or more")
        total += denomination * count
    return total


def format_yen(amount: int) -> str:
    """¥1,430 (negative: -¥50)."""
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def allocate(amount: int, weights: list[int]) -> list[int]:
    """Split `amount` in proportion to non-negative `weights`; the parts sum exactly to `amount`.

    Largest remainder, ties to the earlier weight. Used to share a sale's cashless part among the
    workshops whose lines it paid for.
    """
    total = sum(weights)
    if total <= 0:
        if amount:
            raise ValueError("cannot allocate a non-zero amount over zero weights")
        return [0] * len(weights)
    floors = [amount * w // total for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(amount * weights[i] % total), i))
    for i in remainders[: amount - sum(floors)]:
        floors[i] += 1
    return floors
