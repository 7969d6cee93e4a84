"""Yen notes and coins as pieces: what the customer handed over, and the change as pieces to give back.

Used by かんたんレジ, where the cashier taps the notes and coins received and the app shows the change
as pictures with counts ("1000円札 1まい、100円玉 3まい"). The yen's denominations are canonical
(each is at least twice the next smaller, and 1-2-5 steps), so taking the largest piece that fits,
again and again, gives the fewest pieces.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pos.domain.errors import InvalidInput

#: Notes and coins a booth hands out and takes in, largest first (the 2,000 yen note is taken, not given).
NOTES = (10_000, 5_000, 2_000, 1_000)
COINS = (500, 100, 50, 10, 5, 1)
TENDER_PIECES = NOTES + COINS
CHANGE_PIECES = (10_000, 5_000, 1_000, 500, 100, 50, 10, 5, 1)
MAX_CHANGE = 1_000_000


@dataclass(frozen=True)
class Pieces:
    """`count` pieces of `value` yen."""

    value: int
    count: int

    @property
    def is_note(self) -> bool:
        return self.value in NOTES

    @property
    def name(self) -> str:
        return piece_name(self.value)

    @property
    def words(self) -> str:
        """ "1000円札 1まい" — the way the change is said to the cashier."""
        return f"{self.name} {self.count}まい"


def piece_name(value: int) -> str:
    """1000 → "1000円札", 100 → "100円玉"."""
    if value not in TENDER_PIECES:
        raise InvalidInput(f"{value}円のお札や硬貨はありません", f"There is no {value} yen note or coin")
    return f"{value}円{'札' if value in NOTES else '玉'}"


def change_pieces(amount: int) -> list[Pieces]:
    """The change as the fewest notes and coins, largest first."""
    if amount < 0 or amount > MAX_CHANGE:
        raise InvalidInput("おつりの金額が正しくありません", "The change amount is not valid")
    pieces = []
    for value in CHANGE_PIECES:
        count, amount = divmod(amount, value)
        if count:
            pieces.append(Pieces(value, count))
    return pieces


def tendered_pieces(taps: list[int]) -> list[Pieces]:
    """The taps (one value per tap) grouped as pieces, largest first."""
    counts = Counter(taps)
    return [Pieces(value, counts[value]) for value in TENDER_PIECES if counts[value]]


def change_words(amount: int) -> str:
    """ "1000円札 1まい、100円玉 3まい" (or "おつりはありません")."""
    pieces = change_pieces(amount)
    return "、".join(p.words for p in pieces) if pieces else "おつりはありません"
