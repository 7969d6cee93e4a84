"""Property: any sequence of ring-ups, payments and voids keeps the money invariants of `pos verify`.

Hypothesis draws sequences of steps on a fresh copy of a booth (with 5 cookies in stock, so some
ring-ups run out): ring up 1–4 products (any quantity, refused ones included; a product of an
absent workshop) and pay (cash exact, over or short; one cashless brand; cashless part + cash;
unknown brands, over-payments, nothing), add products without paying (the cart carries over), clear
the cart, void a committed sale (or one already voided, or without a reason). Refusals are expected; what must hold
after every step is `check_database` finding nothing, and the record matching a model of what was
committed: the same sales, totals and states.
"""

from __future__ import annotations

import itertools
import shutil
from contextlib import suppress
from pathlib import Path
from uuid import UUID

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pos.db.engine import Database, open_database
from pos.db.models import Sale
from pos.domain.errors import PosError
from pos.domain.payments import CASHLESS_BRANDS
from pos.services.register import Register, void_sale
from pos.services.stock import check_in_lot
from pos.services.verify import check_database
from tests.services.helpers import make_booth

BRANDS = [b for b, _ in CASHLESS_BRANDS] + ["bitcoin"]

quantity = st.one_of(st.integers(1, 3), st.integers(1, 3), st.integers(-1, 1_000))  # mostly valid
items = st.lists(st.tuples(st.integers(0, 3), quantity), min_size=1, max_size=4)
payment = st.tuples(
    st.sampled_from(["cash", "cash", "cash", "cashless", "cashless", "mixed", "none"]),
    st.sampled_from(BRANDS),
    st.one_of(st.just(0), st.integers(1, 10_000), st.integers(1, 10_000), st.integers(-500, -1)),  # cash over/under
    st.floats(0.0, 1.2),  # the cashless part as a share of the total
)
ring = st.tuples(st.just("ring"), items, payment)  # add the items (each may be refused), then pay
add = st.tuples(st.just("add"), items)  # add without paying: the cart carries over
void = st.tuples(st.just("void"), st.integers(0, 20), st.sampled_from(["打ち間違い", "", "お客様のキャンセル"]))
clear = st.tuples(st.just("clear"))
steps = st.lists(st.one_of(ring, ring, ring, add, void, clear), min_size=1, max_size=12)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[UUID], UUID]:
    """A migrated booth with stock for cookies, copied for every example."""
    path = tmp_path_factory.mktemp("money") / "template.db"
    db = open_database(path)
    booth = make_booth(db)
    check_in_lot(db, booth.day.id, booth.cookie.id, 5)
    products = [booth.bread.id, booth.cookie.id, booth.soap.id, booth.card.id]  # card: workshop absent
    db.dispose()
    return path, products, booth.day.id


_copies = itertools.count()


def _payment(
    kind: str, brand: str, over: int, share: float, total: int
) -> tuple[list[tuple[str, int]] | None, int | None]:
    part = int(total * share)
    if kind == "cash":
        return None, total + over
    if kind == "cashless":
        return [(brand, total)], None
    if kind == "mixed":
        return [(brand, part)], max(total - part, 0) + over
    return None, None


def _check(db: Database, model: dict[UUID, tuple[int, str]]) -> None:
    report = check_database(db)
    assert report.ok, report.lines_ja()
    with db.sessions() as s:
        stored = {sid: (total, state) for sid, total, state in s.execute(select(Sale.id, Sale.total, Sale.state))}
    assert stored == model


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_any_sequence_of_sales_payments_and_voids_keeps_the_invariants(
    steps: list[tuple], template: tuple[Path, list[UUID], UUID], tmp_path: Path
) -> None:
    source, products, day_id = template
    path = tmp_path / f"example-{next(_copies)}.db"
    shutil.copyfile(source, path)
    db = open_database(path, upgrade=False)
    try:
        register = Register(db, day_id)
        model: dict[UUID, tuple[int, str]] = {}
        committed: list[UUID] = []
        for step in steps:
            if step[0] in ("ring", "add"):
                for index, n in step[1]:
                    with suppress(PosError):  # refused: nothing added
                        register.add_product(products[index], n)
            try:
                if step[0] == "ring":
                    total = register.cart.total
                    sale = register.checkout(*_payment(*step[2], total=total))
                    assert sale.total == total and not len(register.cart)
                    model[sale.id] = (total, "paid")
                    committed.append(sale.id)
                elif step[0] == "void" and committed:
                    sale_id = committed[step[1] % len(committed)]
                    voided = void_sale(db, sale_id, step[2])
                    model[sale_id] = (voided.total, "voided")
                elif step[0] == "clear":
                    register.clear()
            except PosError:
                pass  # a refusal changes nothing: the checks below say so
            _check(db, model)
    finally:
        db.dispose()
        for f in tmp_path.glob(f"{path.name}*"):
            f.unlink()
