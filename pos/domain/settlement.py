"""Settlement of one workshop for one day: commission, terminal fees, cash handed over, transfer later.

Rates are whole basis points (1 bp = 0.01 %; 10 % = 1000 bp), never floats. An amount at a rate is
rounded down to the yen, once per workshop per day (commission) and once per workshop per day per
cashless brand (fees): `rate_amount(amount, bp) = amount × bp // 10000`.

A workshop's sales S are paid as cash C, vouchers V (商品券, no fee, they sit in the drawer and are
handed over as they are) and cashless K (card, IC, QR ...: the payment provider pays the booth later,
less its fee). With commission M = rate_amount(S, commission bp) and fees F = Σ per brand
rate_amount(K_brand, fee bp):

    cash handed over at close  H = C − min(C, M)             (the commission comes out of the cash)
    transferred later          T = K − F − (M − min(C, M))   (fees, and commission the cash did not cover)

so H + T + V + M + F = S exactly. T is negative only when vouchers paid for more than cash and
cashless can carry (the workshop then owes the booth the difference; the monthly statement nets it).

| S     | C     | V   | K (rate)       | M (10 %) | F   | H     | T    |
|-------|-------|-----|----------------|----------|-----|-------|------|
| 3,460 | 2,460 | 0   | 1,000 (3.24 %) | 346      | 32  | 2,114 | 968  |
| 1,000 | 0     | 0   | 1,000 (3.24 %) | 100      | 32  | 0     | 868  |
| 500   | 0     | 500 | 0              | 50       | 0   | 0     | -50  |
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pos.domain.errors import InvalidInput
from pos.domain.money import allocate
from pos.domain.payments import CASH, METHODS

VOUCHER = "gift_voucher"
BP_PER_PERCENT = 100
FULL_BP = 100 * BP_PER_PERCENT  # 100 %

_RATE = re.compile(r"^(\d{1,3})(?:\.(\d{1,2}))?%?$")


def rate_amount(amount: int, bp: int) -> int:
    """`amount` yen at `bp` basis points, rounded down to the yen (no floats)."""
    return amount * bp // FULL_BP


def parse_rate(text: object, label: str = "率") -> int:
    """ "3.24" / "３．２４％" / "10" → basis points (324, 1000); at most two decimals, 0 to 100 %."""
    raw = unicodedata.normalize("NFKC", str(text if text is not None else "")).strip().replace(" ", "")
    m = _RATE.match(raw)
    if not m:
        raise InvalidInput(
            f"{label}は0から100までの数（小数点以下2桁まで、例: 3.24）で入力してください",
            f"{label}: enter a percentage from 0 to 100 with at most two decimals (e.g. 3.24)",
        )
    bp = int(m.group(1)) * BP_PER_PERCENT + int((m.group(2) or "0").ljust(2, "0"))
    if bp > FULL_BP:
        raise InvalidInput(f"{label}は100%までです", f"{label}: at most 100 %")
    return bp


def format_rate(bp: int) -> str:
    """324 → "3.24%", 1000 → "10%", 350 → "3.5%"."""
    whole, frac = divmod(bp, BP_PER_PERCENT)
    return f"{whole}%" if not frac else f"{whole}.{f'{frac:02d}'.rstrip('0')}%"


def rate_text(bp: int | None) -> str:
    """The rate as an editable text without the % sign ("" for no rate)."""
    return "" if bp is None else format_rate(bp)[:-1]


def method_order(method: str) -> int:
    return METHODS.index(method) if method in METHODS else len(METHODS)


def payment_shares(line_amounts: Sequence[int], payments: Sequence[tuple[str, int]]) -> list[dict[str, int]]:
    """Share one sale's payments among its lines: per line, amount by method; each line's shares add
    up to its amount and each method's shares add up to its payment.

    Non-cash payments are taken in the booth's method order, each shared over what the lines still
    have unpaid in proportion to it (largest remainder, ties to the earlier line); cash pays the rest.
    With one cashless brand this is the same split as sharing the cashless part by line amounts.
    """
    left = list(line_amounts)
    shares: list[dict[str, int]] = [{} for _ in line_amounts]
    noncash: dict[str, int] = {}
    for method, amount in payments:
        if method != CASH:
            noncash[method] = noncash.get(method, 0) + amount
    if sum(noncash.values()) > sum(left):
        raise ValueError("cashless payments exceed the sale's lines")
    for method in sorted(noncash, key=method_order):
        parts = allocate(noncash[method], left)
        for i, part in enumerate(parts):
            if part:
                shares[i][method] = shares[i].get(method, 0) + part
                left[i] -= part
    for i, rest in enumerate(left):
        if rest:
            shares[i][CASH] = rest
    return shares


def workshop_shares(
    lines: Iterable[Sequence[Any]], payments: Iterable[Sequence[Any]]
) -> tuple[dict[Any, int], dict[Any, dict[str, int]]]:
    """(sale, workshop, amount) lines in line order and (sale, method, amount) payments → per workshop
    sales and method shares."""
    by_sale: dict[Any, list[tuple[Any, int]]] = defaultdict(list)
    for sale_id, workshop_id, amount in lines:
        by_sale[sale_id].append((workshop_id, amount))
    pays: dict[Any, list[tuple[str, int]]] = defaultdict(list)
    for sale_id, method, amount in payments:
        pays[sale_id].append((method, amount))
    sales: dict[Any, int] = defaultdict(int)
    methods: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for sale_id, sale_lines in by_sale.items():
        shares = payment_shares([a for _, a in sale_lines], pays.get(sale_id, []))
        for (workshop_id, amount), share in zip(sale_lines, shares, strict=True):
            sales[workshop_id] += amount
            for method, part in share.items():
                methods[workshop_id][method] += part
    return dict(sales), {w: dict(m) for w, m in methods.items()}


@dataclass(frozen=True)
class FeeLine:
    """The terminal fee on one cashless brand's part of a workshop's sales."""

    method: str
    amount: int
    rate_bp: int
    fee: int


@dataclass(frozen=True)
class Settlement:
    sales: int
    cash: int
    vouchers: int
    cashless: int  # card, IC, QR …: paid to the booth later by the provider (vouchers not included)
    commission_bp: int
    commission: int
    fee_lines: tuple[FeeLine, ...]
    cash_handed: int
    transfer: int

    @property
    def fees(self) -> int:
        return sum(f.fee for f in self.fee_lines)


def settle(sales: int, by_method: Mapping[str, int], commission_bp: int, fee_bp: Mapping[str, int]) -> Settlement:
    """One workshop's day: `by_method` is its share of the day's payments by method (adds up to `sales`)."""
    if sum(by_method.values()) != sales:
        raise ValueError("payment shares do not add up to the sales")
    cash = by_method.get(CASH, 0)
    vouchers = by_method.get(VOUCHER, 0)
    fee_lines = tuple(
        FeeLine(m, a, fee_bp.get(m, 0), rate_amount(a, fee_bp.get(m, 0)))
        for m, a in sorted(by_method.items(), key=lambda kv: method_order(kv[0]))
        if m not in (CASH, VOUCHER) and a
    )
    cashless = sum(f.amount for f in fee_lines)
    commission = rate_amount(sales, commission_bp)
    from_cash = min(cash, commission)
    fees = sum(f.fee for f in fee_lines)
    return Settlement(
        sales=sales,
        cash=cash,
        vouchers=vouchers,
        cashless=cashless,
        commission_bp=commission_bp,
        commission=commission,
        fee_lines=fee_lines,
        cash_handed=cash - from_cash,
        transfer=cashless - fees - (commission - from_cash),
    )


def effective_commission(default_bp: int, workshop_bp: int | None, venue_bp: int | None) -> int:
    """The venue's override if set, else the workshop's own rate if set, else the booth's default."""
    if venue_bp is not None:
        return venue_bp
    return default_bp if workshop_bp is None else workshop_bp
