"""X tally, per-workshop settlement and the day close, against hand-worked figures."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pos.db.engine import Database, open_database
from pos.db.models import CashCount, SalesDay
from pos.domain.errors import InvalidInput, StateError
from pos.domain.money import included_tax
from pos.services.closing import close_day
from pos.services.register import Register, void_sale
from pos.services.settings import set_setting
from pos.services.tally import day_tally
from tests.services.helpers import make_booth


def _ring_a_small_day(db: Database):
    """#1 bread+2 cookies+soap cash 5000 | #2 soap PayPay (voided) | #3 bread IC 1000 + cash 500."""
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.add_product(b.cookie.id, 2)
    reg.add_product(b.soap.id)
    reg.checkout(cash_tendered=5000)
    reg.add_product(b.soap.id)
    voided = reg.checkout(cashless=[("paypay", 500)])
    reg.add_product(b.bread.id)
    reg.checkout(cashless=[("transit_ic", 1000)], cash_tendered=500)
    void_sale(db, voided.id, "打ち間違い")
    return b


def test_x_tally_counts_paid_sales_only(db: Database) -> None:
    b = _ring_a_small_day(db)
    t = day_tally(db, b.day.id)
    assert (t.sales_count, t.void_count, t.voided_amount) == (2, 1, 500)
    assert t.total == 2530 + 1430
    assert [(m.method, m.count, m.amount) for m in t.by_method] == [("cash", 2, 2530 + 430), ("transit_ic", 1, 1000)]
    # tax per receipt: #1 8 %: 2030 → 150, 10 %: 500 → 45; #3 8 %: 1430 → 105
    assert [(r.rate, r.gross, r.tax) for r in t.by_rate] == [(8, 3460, 255), (10, 500, 45)]
    assert t.expected_cash == 30_000 + 2530 + 430
    assert t.change_given == 2470 + 70


def test_settlement_per_workshop_splits_cash_and_cashless(db: Database) -> None:
    b = _ring_a_small_day(db)
    by_name = {w.name: w for w in day_tally(db, b.day.id).workshops}
    bakery, crafts = by_name["パン工房こむぎ"], by_name["工房ひだまり"]
    assert (bakery.quantity, bakery.amount, bakery.cash, bakery.cashless) == (4, 3460, 2460, 1000)
    assert [(p.name, p.quantity, p.amount) for p in bakery.products] == [
        ("クッキー", 2, 600),
        ("食パン詰め合わせ", 2, 2860),
    ]
    assert (crafts.quantity, crafts.amount, crafts.cash, crafts.cashless) == (1, 500, 500, 0)
    assert crafts.invoice_number == "T1234567890123"
    assert set(by_name) == {"パン工房こむぎ", "工房ひだまり"}  # the absent workshop sold nothing


def test_commission_setting_is_deducted_from_the_payout(db: Database) -> None:
    b = _ring_a_small_day(db)
    set_setting(db, "commission_percent", "10")
    bakery = next(w for w in day_tally(db, b.day.id).workshops if w.name == "パン工房こむぎ")
    assert (bakery.commission, bakery.payout) == (346, 3114)


def test_close_records_the_count_and_locks_the_day(db: Database) -> None:
    b = _ring_a_small_day(db)
    expected = 30_000 + 2960
    counts = {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1, 10: 1}
    assert sum(d * n for d, n in counts.items()) == expected
    result = close_day(db, b.day.id, counts, closed_by="山田")
    assert (result.counted, result.expected, result.over_short) == (expected, expected, 0)
    with db.sessions() as s:
        day = s.get_one(SalesDay, b.day.id)
        assert (day.state, day.counted_cash, day.expected_cash, day.closed_by) == ("closed", expected, expected, "山田")
        stored = {d: n for d, n in s.execute(select(CashCount.denomination, CashCount.count))}
    assert stored == counts
    with pytest.raises(StateError):
        close_day(db, b.day.id, counts)


def test_a_difference_needs_a_comment(db: Database) -> None:
    b = _ring_a_small_day(db)
    with pytest.raises(InvalidInput, match="10円少ない"):
        close_day(db, b.day.id, {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1})
    with db.sessions() as s:
        assert s.get_one(SalesDay, b.day.id).state == "open"
    result = close_day(db, b.day.id, {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1}, comment="釣銭の渡し間違い")
    assert result.over_short == -10


def test_close_is_refused_while_a_sale_is_being_rung_up(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    with pytest.raises(StateError, match="会計途中"):
        close_day(db, b.day.id, {10_000: 3})
    reg.clear()
    assert close_day(db, b.day.id, {10_000: 3}).over_short == 0


sale_spec = st.lists(
    st.tuples(
        st.lists(st.tuples(st.sampled_from(["bread", "cookie", "soap"]), st.integers(1, 4)), min_size=1, max_size=4),
        st.sampled_from(["cash", "paypay", "mixed"]),
        st.booleans(),  # voided afterwards
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=sale_spec)
def test_settlement_invariants_on_generated_days(_migrated_template, tmp_path_factory, spec) -> None:
    """Σ workshops = Σ sales = payments − change; tax per rate by the rule; voids count nowhere else."""
    path = tmp_path_factory.mktemp("gen") / "pos.db"
    path.write_bytes(_migrated_template.read_bytes())
    db = open_database(path)
    b = make_booth(db)
    reg = Register(db, b.day.id)
    products = {"bread": b.bread, "cookie": b.cookie, "soap": b.soap}
    paid_total, receipt_tax = 0, {8: 0, 10: 0}
    for lines, method, void in spec:
        for name, qty in lines:
            reg.add_product(products[name].id, qty)
        total = reg.cart.total
        rates = {r.rate: r.gross for r in reg.cart.tax()}
        if method == "cash":
            sale = reg.checkout(cash_tendered=total + 1000)
        elif method == "paypay":
            sale = reg.checkout(cashless=[("paypay", total)])
        else:
            sale = reg.checkout(cashless=[("credit", max(1, total // 3))], cash_tendered=total)
        if void:
            void_sale(db, sale.id, "テスト")
        else:
            paid_total += total
            for rate, gross in rates.items():
                receipt_tax[rate] += included_tax(gross, rate)
    t = day_tally(db, b.day.id)
    assert t.total == paid_total == sum(w.amount for w in t.workshops)
    assert sum(m.amount for m in t.by_method) == paid_total
    assert sum(w.cash for w in t.workshops) == t.cash_received
    assert sum(w.cashless for w in t.workshops) == t.cashless_total
    rates_sold = {x.rate for x in t.by_rate}
    assert {r.rate: r.tax for r in t.by_rate} == {r: v for r, v in receipt_tax.items() if r in rates_sold}
    assert t.void_count == sum(1 for *_, v in spec if v)
    assert t.sales_count + t.void_count == len(spec)
    db.dispose()
