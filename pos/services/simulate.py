"""A busy register, simulated: random but valid sales rung up through the real services.

`pos simulate --db ... --sales N [--seed S]` is the load for the crash-safety test (which kills it
with SIGKILL at random moments) and for the concurrency test. Each sale goes through `Register`
exactly as the register screen does it — products added by code, one checkout that writes the
sale, its lines and its payments in one transaction — and `on_commit` is told only once that
transaction has committed (the command prints `committed <sale id> <total>` and flushes at once).

- If the database has no product on sale, a minimal booth is written first (one venue, three
  workshops, nine products), in one transaction, so a kill leaves either all of it or nothing.
- If no sales day is open today, one is opened at the first venue without a day today (a
  simulation venue is created when every venue has one), with up to five active workshops.
- Each sale has 1–4 products, 1–3 of each; it is paid in cash (exact, a round note, or a random
  amount over), by one cashless brand, or by a cashless part plus cash. About one sale in fifty
  voids the sale before it (`on_void`). Stock-tracked products that run out are skipped.

The same seed gives the same choices (the UUIDs of the rows differ).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Product, Venue, Workshop
from pos.domain.clock import today_local
from pos.domain.errors import InvalidInput, StateError
from pos.domain.payments import CASHLESS_BRANDS
from pos.services import catalog, days
from pos.services.catalog import ProductInfo
from pos.services.days import DayInfo
from pos.services.register import Register, SaleSummary, void_sale
from pos.services.stock import remaining
from pos.services.verify import require_sound_period

MAX_WORKSHOPS = 5
VOID_RATE = 0.02
SIMULATION_VENUE = "シミュレーション会場"

_WORKSHOPS = (
    ("試験工房あさひ", "しけんこうぼうあさひ", "#d9822b"),
    ("試験パン工房", "しけんぱんこうぼう", "#c9a227"),
    ("試験作業所みどり", "しけんさぎょうしょみどり", "#4a9b5e"),
)
_PRODUCTS = (  # (workshop index, name, price, tax rate)
    (0, "さをり織りコースター", 300, 10),
    (0, "布ぞうり", 1200, 10),
    (0, "がま口ポーチ", 800, 10),
    (1, "食パン", 380, 8),
    (1, "あんぱん", 150, 8),
    (1, "クッキー詰め合わせ", 500, 8),
    (2, "手づくり石けん", 400, 10),
    (2, "いちごジャム", 550, 8),
    (2, "手すきはがき", 150, 10),
)


@dataclass(frozen=True)
class SimulationResult:
    day_id: uuid.UUID
    committed: int
    voided: int
    total: int


def ensure_master_data(db: Database) -> bool:
    """Write the minimal booth when no active product exists; True when it was written."""
    with db.sessions.begin() as s:
        if s.scalar(select(Product.id).where(Product.active).limit(1)) is not None:
            return False
        taken = set(s.scalars(select(Workshop.name)))
        codes = set(s.scalars(select(Product.code)))
        if s.scalar(select(Venue.id).where(Venue.active).limit(1)) is None:
            s.add(
                Venue(
                    name=_free_name(SIMULATION_VENUE, set(s.scalars(select(Venue.name)))),
                    report_label=SIMULATION_VENUE,
                    display_order=100,
                    active=True,
                    from_history=False,
                )
            )
        shops = []
        for name, kana, colour in _WORKSHOPS:
            shop = Workshop(
                name=_free_name(name, taken), kana=kana, colour=colour, active=True, is_guest=False, from_history=False
            )
            s.add(shop)
            shops.append(shop)
        s.flush()
        for i, (shop_index, name, price, rate) in enumerate(_PRODUCTS, start=1):
            code = _free_name(f"SIM{i:03d}", codes, sep="-")
            s.add(
                Product(
                    workshop_id=shops[shop_index].id,
                    name=name,
                    kana="",
                    price=price,
                    tax_rate=rate,
                    perishable=False,
                    code=code,
                    active=True,
                )
            )
    return True


def _free_name(name: str, taken: set[str], sep: str = " ") -> str:
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{name}{sep}{n}"
    taken.add(candidate)
    return candidate


def ensure_open_day(db: Database, rng: random.Random, on: date) -> DayInfo:
    """Today's open sales day (the first in venue order), opening one when there is none."""
    today = days.days_on(db, on)
    for day in today:
        if day.state == "open":
            return day
    busy = {d.venue.id for d in today}
    venue = next((v for v in catalog.list_venues(db) if v.id not in busy), None)
    if venue is None:
        names = {v.name for v in catalog.list_venues(db, active_only=False)}
        venue = catalog.create_venue(db, _free_name(SIMULATION_VENUE, names), SIMULATION_VENUE)
    with_products = {p.workshop_id for p in catalog.list_products(db)}
    workshops = [w for w in catalog.list_workshops(db) if w.id in with_products]
    chosen = rng.sample(workshops, min(MAX_WORKSHOPS, len(workshops)))
    return days.open_day(db, venue.id, on, [w.id for w in chosen], 30_000)


def _payment(rng: random.Random, total: int) -> tuple[list[tuple[str, int]] | None, int | None]:
    kind = rng.random()
    brand = rng.choice(CASHLESS_BRANDS)[0]
    if kind < 0.25:
        return [(brand, total)], None
    if kind < 0.35 and total > 1:
        part = rng.randint(1, total - 1)
        return [(brand, part)], _tendered(rng, total - part)
    return None, _tendered(rng, total)


def _tendered(rng: random.Random, due: int) -> int:
    way = rng.random()
    if way < 0.3:
        return due
    if way < 0.8:
        note = rng.choice((1_000, 5_000, 10_000))
        return -(-due // note) * note
    return due + rng.randint(1, 999)


def _ring_up(register: Register, rng: random.Random, products: list[ProductInfo]) -> None:
    for p in rng.sample(products, min(len(products), rng.randint(1, 4))):
        try:
            register.add_code(p.code, rng.randint(1, 3))
        except InvalidInput:  # sold out (or too few left): as a volunteer would, leave it out
            continue


def simulate(
    db: Database,
    sales: int,
    *,
    seed: int = 0,
    on: date | None = None,
    on_commit: Callable[[SaleSummary], None] = lambda _s: None,
    on_void: Callable[[SaleSummary], None] = lambda _s: None,
) -> SimulationResult:
    """Ring up `sales` sales on today's open day (see the module docstring)."""
    if isinstance(sales, bool) or not isinstance(sales, int) or sales < 1:
        raise InvalidInput("取引数は1以上の整数で指定してください", "The number of sales must be 1 or more")
    rng = random.Random(seed)
    ensure_master_data(db)
    day = ensure_open_day(db, rng, on or today_local())
    require_sound_period(db, day.day, day.day, "シミュレーションの取引")  # never add to a damaged day
    products = catalog.list_products(db, workshop_ids=[w.id for w in day.workshops])
    if not products:
        raise StateError(
            "本日出店している事業所に販売中の商品がないため、シミュレーションできません",
            "No product of today's workshops is on sale",
        )
    register = Register(db, day.id)
    committed = voided = total = 0
    last: SaleSummary | None = None
    while committed < sales:
        _ring_up(register, rng, products)
        if not len(register.cart):
            if all(remaining(db, day.id, p.id) == 0 for p in products):
                break  # everything left is stock-tracked and sold out
            continue
        cashless, tendered = _payment(rng, register.cart.total)
        try:
            sale = register.checkout(cashless, tendered)
        except InvalidInput:  # another till sold the last units meanwhile: start this sale again
            register.clear()
            continue
        committed += 1
        total += sale.total
        on_commit(sale)
        if last is not None and last.state == "paid" and rng.random() < VOID_RATE:
            on_void(void_sale(db, last.id, "シミュレーションの取消"))
            voided += 1
            total -= last.total
        last = sale
    return SimulationResult(day.id, committed, voided, total)
