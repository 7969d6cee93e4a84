"""Perishable stock through the services: check-in, FEFO at the till, expiry, sold-out times, voids.

The booth of `make_booth`: sales day 2024-06-15; 食パン詰め合わせ ¥1,430 (3 days' shelf life), クッキー
¥300 (14 days), 手作り石けん ¥500 (no expiry); ポストカード belongs to a workshop not taking part.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Lot, Sale, SaleLine
from pos.domain.errors import InvalidInput, StateError
from pos.services.check_in import CheckInItem, check_in_form, check_in_lots
from pos.services.closing import close_day
from pos.services.receipts import receipt_data
from pos.services.register import Register, void_sale
from pos.services.stock import check_in_lot, day_lots, product_stock, stock_levels
from pos.services.tally import day_tally
from tests.services.helpers import make_booth

DAY = date(2024, 6, 15)


def _lines(db: Database) -> list[tuple[str, int, int, UUID | None]]:
    with db.sessions() as s:
        return [
            (ln.product_name, ln.quantity, ln.amount, ln.lot_id)
            for ln in s.scalars(select(SaleLine).join(Sale).order_by(Sale.number, SaleLine.line_no))
        ]


def _sold_out_at(db: Database, lot_id: UUID):
    with db.sessions() as s:
        return s.get_one(Lot, lot_id).sold_out_at


# ---- check-in ---------------------------------------------------------------------------------------


def test_the_check_in_form_lists_a_workshops_products_with_default_expiry(db: Database) -> None:
    b = make_booth(db)
    check_in_lot(db, b.day.id, b.bread.id, 5)
    rows = {r.product.name: (r.default_expiry, r.checked_in) for r in check_in_form(db, b.day.id, b.bakery.id)}
    assert rows == {"食パン詰め合わせ": (date(2024, 6, 18), 5), "クッキー": (date(2024, 6, 29), 0)}
    assert [(r.product.name, r.default_expiry) for r in check_in_form(db, b.day.id, b.crafts.id)] == [
        ("手作り石けん", None)
    ]


def test_check_in_records_a_whole_form_or_nothing(db: Database) -> None:
    b = make_booth(db)
    ids = check_in_lots(
        db,
        b.day.id,
        [
            CheckInItem(b.bread.id, 10),
            CheckInItem(b.cookie.id, 20, date(2024, 6, 20)),
            CheckInItem(b.soap.id, 4),
        ],
    )
    with db.sessions() as s:
        lots = {lot.id: (lot.quantity, lot.expiry_date) for lot in s.scalars(select(Lot))}
    assert [lots[i] for i in ids] == [(10, date(2024, 6, 18)), (20, date(2024, 6, 20)), (4, None)]

    for bad, message in (
        ([CheckInItem(b.bread.id, 3), CheckInItem(b.cookie.id, 0)], "クッキー」の持ち込み数は1から9999"),
        ([CheckInItem(b.bread.id, 3), CheckInItem(b.card.id, 5)], "本日出店していません"),
        ([], "持ち込んだ商品の数を入力"),
    ):
        with pytest.raises(InvalidInput, match=message):
            check_in_lots(db, b.day.id, bad)
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Lot)) == 3

    close_day(db, b.day.id, {10_000: 3})
    with pytest.raises(StateError, match="締め済み"):
        check_in_lots(db, b.day.id, [CheckInItem(b.bread.id, 1)])


# ---- FEFO at the till ---------------------------------------------------------------------------------


def test_the_lot_expiring_first_sells_first_and_the_line_is_split_per_lot(db: Database) -> None:
    b = make_booth(db)
    later = check_in_lot(db, b.day.id, b.bread.id, 3, date(2024, 6, 17))
    earlier = check_in_lot(db, b.day.id, b.bread.id, 2, date(2024, 6, 16))  # checked in second
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id, 4)
    reg.add_product(b.soap.id)
    sale = reg.checkout(cash_tendered=10_000)
    assert (sale.total, sale.item_count) == (4 * 1430 + 500, 5)
    assert _lines(db) == [
        ("食パン詰め合わせ", 2, 2860, earlier),
        ("食パン詰め合わせ", 2, 2860, later),
        ("手作り石けん", 1, 500, None),
    ]
    # one line per product on the receipt and in the workshop's settlement
    receipt = receipt_data(db, sale.id)
    assert [(ln.name, ln.quantity, ln.amount) for ln in receipt.lines] == [
        ("食パン詰め合わせ", 4, 5720),
        ("手作り石けん", 1, 500),
    ]
    assert [r.tax for r in receipt.by_rate] == [5720 * 8 // 108, 500 * 10 // 110]
    bakery = next(w for w in day_tally(db, b.day.id).workshops if w.workshop_id == b.bakery.id)
    assert [(p.name, p.quantity, p.amount) for p in bakery.products] == [("食パン詰め合わせ", 4, 5720)]
    assert _sold_out_at(db, earlier) == sale.created_at and _sold_out_at(db, later) is None
    assert product_stock(db, b.day.id, b.bread.id).remaining == 1  # type: ignore[union-attr]


def test_units_sold_before_the_check_in_count_against_the_lots(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id, 2)  # not stock-tracked yet: no limit, no lot
    reg.checkout(cash_tendered=5000)
    lot = check_in_lot(db, b.day.id, b.bread.id, 5)
    reg.refresh_catalogue()
    with pytest.raises(InvalidInput, match="残りは3個"):
        reg.add_product(b.bread.id, 4)
    reg.add_product(b.bread.id, 3)
    reg.checkout(cash_tendered=5000)
    assert [(q, lot_id) for _, q, _, lot_id in _lines(db)] == [(2, None), (3, lot)]
    assert _sold_out_at(db, lot) is not None
    assert stock_levels(db, b.day.id)[b.bread.id].sold_out


def test_an_expired_lot_is_never_sold(db: Database) -> None:
    b = make_booth(db)
    old = check_in_lot(db, b.day.id, b.bread.id, 4, date(2024, 6, 14))  # yesterday's, brought again
    fresh = check_in_lot(db, b.day.id, b.bread.id, 1)
    level = stock_levels(db, b.day.id)[b.bread.id]
    assert (level.remaining, level.expired, level.sold_out, level.expired_only) == (1, 4, False, False)
    reg = Register(db, b.day.id)
    with pytest.raises(InvalidInput, match="残りは1個"):
        reg.add_product(b.bread.id, 2)
    reg.add_product(b.bread.id)
    reg.checkout(cash_tendered=2000)
    assert [lot_id for *_, lot_id in _lines(db)] == [fresh]
    with pytest.raises(InvalidInput) as refused:
        reg.add_product(b.bread.id)
    assert refused.value.ja == "「食パン詰め合わせ」は消費期限切れのため販売できません"
    level = stock_levels(db, b.day.id)[b.bread.id]
    assert (level.remaining, level.expired, level.sold_out, level.expired_only) == (0, 4, False, True)
    assert _sold_out_at(db, old) is None


def test_a_lot_expiring_today_is_counted_for_the_tile(db: Database) -> None:
    b = make_booth(db)
    check_in_lot(db, b.day.id, b.cookie.id, 3, DAY)
    check_in_lot(db, b.day.id, b.cookie.id, 5)
    level = stock_levels(db, b.day.id)[b.cookie.id]
    assert (level.remaining, level.expiring_today, level.earliest_expiry) == (8, 3, DAY)
    reg = Register(db, b.day.id)
    reg.add_product(b.cookie.id, 3)
    reg.checkout(cash_tendered=900)
    assert stock_levels(db, b.day.id)[b.cookie.id].expiring_today == 0  # today's went first


def test_sold_out_time_of_lots_and_of_the_product(db: Database) -> None:
    b = make_booth(db)
    first = check_in_lot(db, b.day.id, b.cookie.id, 1, date(2024, 6, 20))
    second = check_in_lot(db, b.day.id, b.cookie.id, 2, date(2024, 6, 21))
    reg = Register(db, b.day.id)
    reg.add_product(b.cookie.id)
    one = reg.checkout(cash_tendered=300)
    level = stock_levels(db, b.day.id)[b.cookie.id]
    assert _sold_out_at(db, first) == one.created_at and level.sold_out_at is None and not level.sold_out
    reg.add_product(b.cookie.id, 2)
    two = reg.checkout(cash_tendered=600)
    level = stock_levels(db, b.day.id)[b.cookie.id]
    assert _sold_out_at(db, second) == two.created_at
    assert level.sold_out and level.sold_out_at == two.created_at  # the latest of its lots
    lots = {lot.lot_id: lot for lot in day_lots(db, b.day.id, b.bakery.id)}
    assert (lots[second].sold, lots[second].left, lots[second].status[:2]) == (2, 0, "完売")


def test_a_void_gives_the_units_back_and_the_lot_is_no_longer_sold_out(db: Database) -> None:
    b = make_booth(db)
    lot = check_in_lot(db, b.day.id, b.bread.id, 2)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id, 2)
    sale = reg.checkout(cash_tendered=5000)
    assert _sold_out_at(db, lot) is not None
    with pytest.raises(InvalidInput, match="売り切れ"):
        reg.add_product(b.bread.id)
    void_sale(db, sale.id, "打ち間違い")
    assert _sold_out_at(db, lot) is None
    assert product_stock(db, b.day.id, b.bread.id).remaining == 2  # type: ignore[union-attr]
    reg.add_product(b.bread.id, 2)
    assert len(reg.cart) == 1


def test_when_another_till_sold_the_last_unit_the_sale_is_refused_and_nothing_written(db: Database) -> None:
    b = make_booth(db)
    check_in_lot(db, b.day.id, b.bread.id, 1)
    here, there = Register(db, b.day.id), Register(db, b.day.id)
    here.add_product(b.bread.id)
    here.add_product(b.soap.id)
    there.add_product(b.bread.id)
    there.checkout(cash_tendered=2000)
    with pytest.raises(InvalidInput) as refused:
        here.checkout(cash_tendered=2000)
    assert refused.value.ja.startswith("「食パン詰め合わせ」は売り切れです（他のレジで売れた可能性があります）")
    assert "記録していません" in refused.value.ja
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
        assert s.scalar(select(func.count()).select_from(SaleLine)) == 1
    assert len(here.cart) == 2  # kept, to be corrected
