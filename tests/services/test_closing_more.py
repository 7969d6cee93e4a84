"""Closing beyond the basics: day events, reopening with a reason, stopping sales while counting,
the day report behind the tally PDF, finding days and sales by name, and settlement invariants on
generated days with mixed payments at both rates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from pos.db.engine import Database, open_database
from pos.db.models import CashCount, DayEvent, Lot, LotDisposition, SalesDay
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.domain.money import included_tax
from pos.services import catalog
from pos.services.closing import cancel_closing, close_day, reopen_day, start_closing
from pos.services.day_report import day_report
from pos.services.lookup import find_day, find_sale, parse_day, parse_sale_id
from pos.services.register import Register, void_sale
from pos.services.tally import day_tally
from tests.services.helpers import make_booth

EXACT = {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1, 10: 1}  # ¥32,960


def _small_day(db: Database):
    """#1 bread+2 cookies+soap, cash 5,000 | #2 soap PayPay, voided | #3 bread, IC 1,000 + cash 500.

    Paid: 2,530 + 1,430 = 3,960. Cash taken 2,530 + 430 = 2,960 → expected 30,000 + 2,960 = 32,960.
    """
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


def _events(db: Database, day_id) -> list[tuple[str, str, str]]:
    with db.sessions() as s:
        rows = s.scalars(select(DayEvent).where(DayEvent.sales_day_id == day_id).order_by(DayEvent.at))
        return [(e.kind, e.reason, e.by) for e in rows]


def test_open_and_close_are_recorded_as_day_events(db: Database) -> None:
    b = _small_day(db)
    assert _events(db, b.day.id) == [("open", "", "")]
    close_day(db, b.day.id, {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1}, comment="釣銭の渡し間違い", closed_by="山田")
    events = _events(db, b.day.id)
    assert [k for k, _, _ in events] == ["open", "close"]
    assert events[1][2] == "山田"
    assert events[1][1] == "実際の現金 ¥32,950（予定 ¥32,960、過不足 -¥10） 釣銭の渡し間違い"


def test_reopen_needs_a_reason_and_is_recorded(db: Database) -> None:
    b = _small_day(db)
    close_day(db, b.day.id, EXACT, closed_by="山田")
    with pytest.raises(InvalidInput, match="再開の理由"):
        reopen_day(db, b.day.id, "  ", "佐藤")
    with db.sessions() as s:
        assert s.get_one(SalesDay, b.day.id).state == "closed"
    info = reopen_day(db, b.day.id, "精算後に打ち漏れが見つかった", "佐藤")
    assert info.state == "open"
    assert (info.counted_cash, info.expected_cash, info.closed_at, info.cash_comment) == (None, None, None, "")
    assert _events(db, b.day.id)[-1] == ("reopen", "精算後に打ち漏れが見つかった", "佐藤")
    # selling works again, and the day closes a second time with the new figures
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    reg.checkout(cash_tendered=500)
    result = close_day(db, b.day.id, {10_000: 3, 1_000: 3, 100: 4, 50: 1, 10: 1}, closed_by="佐藤")
    assert (result.expected, result.over_short) == (32_960 + 500, 0)
    with db.sessions() as s:
        stored = dict(s.execute(select(CashCount.denomination, CashCount.count)).all())
    assert stored[500] == 0  # the first count's ¥500 coin does not linger
    assert [k for k, _, _ in _events(db, b.day.id)] == ["open", "close", "reopen", "close"]


def test_only_a_closed_day_can_be_reopened(db: Database) -> None:
    b = make_booth(db)
    with pytest.raises(StateError, match="締め済みの販売日ではない"):
        reopen_day(db, b.day.id, "理由", "")


def test_a_closed_day_accepts_no_sale_and_no_void(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    sale = reg.checkout(cash_tendered=500)
    close_day(db, b.day.id, {10_000: 3, 500: 1})
    with pytest.raises(StateError, match="締め済み"):
        Register(db, b.day.id)
    with pytest.raises(StateError, match="締め済み"):
        void_sale(db, sale.id, "理由")


def test_counting_stops_sales_and_cancelling_resumes_them(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    assert start_closing(db, b.day.id).state == "closing"
    assert start_closing(db, b.day.id).state == "closing"  # twice is harmless
    reg.add_product(b.soap.id)
    with pytest.raises(StateError, match="締め作業中"):
        reg.checkout(cash_tendered=500)
    reg.clear()
    assert cancel_closing(db, b.day.id).state == "open"
    reg.add_product(b.soap.id)
    reg.checkout(cash_tendered=1000)
    start_closing(db, b.day.id)
    assert close_day(db, b.day.id, {10_000: 3, 500: 1}).over_short == 0
    with pytest.raises(StateError, match="締め済み"):
        cancel_closing(db, b.day.id)


def test_counting_cannot_start_while_a_sale_is_being_rung_up(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    with pytest.raises(StateError, match="会計途中"):
        start_closing(db, b.day.id)
    with db.sessions() as s:
        assert s.get_one(SalesDay, b.day.id).state == "open"


def test_cashless_brands_for_the_terminal_slip(db: Database) -> None:
    b = _small_day(db)
    t = day_tally(db, b.day.id)
    assert [(m.label, m.count, m.amount) for m in t.cashless_methods] == [("交通系IC", 1, 1000)]
    assert t.tax_total == 255 + 45


def _take_back(db: Database, product_id, day_id, quantity: int, expiry: date | None, note: str = ""):
    with db.sessions.begin() as s:
        lot = Lot(product_id=product_id, sales_day_id=day_id, quantity=quantity + 5, expiry_date=expiry)
        s.add(lot)
        s.flush()
        s.add(LotDisposition(lot_id=lot.id, kind="taken_back", quantity=quantity, note=note))
        s.add(LotDisposition(lot_id=lot.id, kind="disposed", quantity=1, note="割れ"))


def test_day_report_of_an_open_day(db: Database) -> None:
    b = _small_day(db)
    latecomer = catalog.create_workshop(db, "あおぞら工房", kana="あおぞらこうぼう")
    from pos.services.days import add_workshops

    add_workshops(db, b.day.id, [latecomer.id])
    _take_back(db, b.cookie.id, b.day.id, 3, date(2024, 6, 20), "翌日の店頭へ")
    r = day_report(db, b.day.id)
    assert not r.closed
    assert (r.counted_cash, r.over_short, r.cash_counts, r.closed_at, r.closed_by) == (None, None, (), None, "")
    assert r.expected_cash == 32_960
    assert r.booth_name == "自主製品販売ブース"
    # one slip per participating workshop, kana order; the latecomer sold nothing
    assert [s.settlement.name for s in r.slips] == ["あおぞら工房", "工房ひだまり", "パン工房こむぎ"]
    idle, crafts, bakery = r.slips
    assert (idle.settlement.amount, idle.settlement.products, idle.taken_back) == (0, (), ())
    assert (crafts.settlement.amount, crafts.taken_back) == (500, ())
    assert bakery.settlement.amount == 3460
    assert [(t.product_name, t.quantity, t.expiry_date, t.note) for t in bakery.taken_back] == [
        ("クッキー", 3, date(2024, 6, 20), "翌日の店頭へ")
    ]  # the disposed unit is not something the workshop takes back
    assert sum(s.settlement.amount for s in r.slips) == r.tally.total == 3960
    assert [e.kind for e in r.events] == ["open"]
    assert r.opened_at is not None and r.opened_at.utcoffset() == timedelta(hours=9)


def test_day_report_of_a_closed_day(db: Database) -> None:
    b = _small_day(db)
    close_day(db, b.day.id, {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1}, comment="釣銭の渡し間違い", closed_by="山田")
    r = day_report(db, b.day.id)
    assert r.closed and r.closed_by == "山田"
    assert (r.expected_cash, r.counted_cash, r.over_short, r.cash_comment) == (32_960, 32_950, -10, "釣銭の渡し間違い")
    assert [(c.denomination, c.count, c.amount) for c in r.cash_counts] == [
        (10_000, 3, 30_000),
        (5_000, 0, 0),
        (2_000, 0, 0),
        (1_000, 2, 2_000),
        (500, 1, 500),
        (100, 4, 400),
        (50, 1, 50),
        (10, 0, 0),
        (5, 0, 0),
        (1, 0, 0),
    ]
    assert [e.label for e in r.events] == ["開始", "精算（締め）"]
    assert r.closed_at is not None and r.closed_at.utcoffset() == timedelta(hours=9)


def test_find_day_by_venue_name_or_report_label(db: Database) -> None:
    b = make_booth(db)
    assert find_day(db, date(2024, 6, 15), "ゆめが丘SC").id == b.day.id
    assert find_day(db, date(2024, 6, 15), "ゆめが丘SC出張販売").id == b.day.id
    with pytest.raises(NotFound, match=r"2024年6月16日\(日\)の「ゆめが丘SC」の販売日はありません"):
        find_day(db, date(2024, 6, 16), "ゆめが丘SC")
    with pytest.raises(NotFound, match="会場「星川駅」が見つかりません"):
        find_day(db, date(2024, 6, 15), "星川駅")
    # two venues reported under one label on the same day: the label is ambiguous
    annex = catalog.create_venue(db, "ゆめが丘SC別館", "ゆめが丘SC出張販売")
    from pos.services.days import open_day

    open_day(db, annex.id, date(2024, 6, 15), [b.bakery.id])
    with pytest.raises(InvalidInput, match="複数あります（ゆめが丘SC、ゆめが丘SC別館）"):
        find_day(db, date(2024, 6, 15), "ゆめが丘SC出張販売")


def test_find_sale_by_number_and_parsing(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    sale = reg.checkout(cash_tendered=500)
    assert find_sale(db, b.day, 1) == sale.id
    with pytest.raises(NotFound, match="2番の取引はありません"):
        find_sale(db, b.day, 2)
    assert parse_day("2024-06-15") == date(2024, 6, 15)
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        parse_day("2024/6/15")
    assert parse_sale_id(str(sale.id)) == sale.id
    with pytest.raises(InvalidInput, match="取引ID"):
        parse_sale_id("12")


mixed_sales = st.lists(
    st.tuples(
        st.lists(
            st.tuples(st.sampled_from(["bread", "cookie", "soap", "candle"]), st.integers(1, 3)), min_size=1, max_size=4
        ),
        st.lists(st.sampled_from(["credit", "paypay", "transit_ic", "gift_voucher"]), max_size=2),
        st.integers(0, 3),  # how much of the rest is paid in cash: 0 → all cashless if brands given
        st.booleans(),  # voided afterwards
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spec=mixed_sales)
def test_mixed_payments_at_both_rates_settle_to_the_yen(_migrated_template, tmp_path_factory, spec) -> None:
    """Per workshop cash + vouchers + cashless = amount, each part ≥ 0; brands add up; the drawer balances."""
    path = tmp_path_factory.mktemp("mixed") / "pos.db"
    path.write_bytes(_migrated_template.read_bytes())
    db = open_database(path)
    b = make_booth(db)
    candle = catalog.create_product(db, b.crafts.id, "キャンドル", 777, 10, code="P0009")
    products = {"bread": b.bread, "cookie": b.cookie, "soap": b.soap, "candle": candle}
    reg = Register(db, b.day.id)
    cash_in, by_brand, paid_total, tax = 0, {}, 0, {8: 0, 10: 0}
    for lines, brands, cash_part, void in spec:
        for name, qty in lines:
            reg.add_product(products[name].id, qty)
        total = reg.cart.total
        rates = {r.rate: r.gross for r in reg.cart.tax()}
        cashless: list[tuple[str, int]] = []
        rest = total
        for i, brand in enumerate(brands):
            amount = rest if (i == len(brands) - 1 and cash_part == 0) else max(1, rest // 3)
            if amount <= 0 or rest - amount < 0:
                break
            cashless.append((brand, amount))
            rest -= amount
        tendered = ((rest + 999) // 1000) * 1000 if rest else None
        sale = reg.checkout(cashless=cashless or None, cash_tendered=tendered)
        if void:
            void_sale(db, sale.id, "テスト")
            continue
        paid_total += total
        cash_in += rest
        for brand, amount in cashless:
            by_brand[brand] = by_brand.get(brand, 0) + amount
        for rate, gross in rates.items():
            tax[rate] += included_tax(gross, rate)
    t = day_tally(db, b.day.id)
    assert t.total == paid_total
    for w in t.workshops:
        assert w.cash >= 0 and w.cashless >= 0 and w.vouchers >= 0 and w.cash + w.cashless + w.vouchers == w.amount
    vouchers = by_brand.pop("gift_voucher", 0)  # 商品券 are their own tender, not cashless
    assert {m.method: m.amount for m in t.cashless_methods} == by_brand
    assert sum(w.cashless for w in t.workshops) == t.cashless_total == sum(by_brand.values())
    assert sum(w.vouchers for w in t.workshops) == t.voucher_total == vouchers
    assert {r.rate: r.tax for r in t.by_rate} == {r: v for r, v in tax.items() if r in {x.rate for x in t.by_rate}}
    assert t.expected_cash == 30_000 + cash_in
    report = day_report(db, b.day.id)
    assert sum(s.settlement.amount for s in report.slips) == paid_total
    counts = {10_000: 3, 1: cash_in}  # the drawer holds exactly what it should
    assert close_day(db, b.day.id, counts).over_short == 0
    assert day_report(db, b.day.id).over_short == 0
    db.dispose()
