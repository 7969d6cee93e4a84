"""Ringing up and paying through the services, checked against what the database holds."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.services.closing import close_day
from pos.services.register import Register, last_sale, void_sale
from tests.services.helpers import make_booth


def _count(db: Database, model: type) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_cash_sale_is_written_with_lines_payment_and_change(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_code("P0001")
    reg.add_product(b.cookie.id, 2)
    reg.add_product(b.soap.id)
    result = reg.checkout(cash_tendered=3000)
    assert (result.number, result.total, result.change) == (1, 2530, 470)
    assert len(reg.cart) == 0
    with db.sessions() as s:
        sale = s.get_one(Sale, result.id)
        assert (sale.total, sale.state) == (2530, "paid")
        assert [(ln.product_name, ln.quantity, ln.unit_price, ln.tax_rate, ln.workshop_id) for ln in sale.lines] == [
            ("食パン詰め合わせ", 1, 1430, 8, b.bakery.id),
            ("クッキー", 2, 300, 8, b.bakery.id),
            ("手作り石けん", 1, 500, 10, b.crafts.id),
        ]
        [pay] = sale.payments
        assert (pay.method, pay.amount, pay.tendered, pay.change) == ("cash", 2530, 3000, 470)


def test_scanner_codes_are_normalised_full_width_and_lower_case(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_code(" ｐ０００３\n")
    assert [ln.item.name for ln in reg.cart.lines] == ["手作り石けん"]


def test_unknown_code_adds_nothing(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    with pytest.raises(NotFound, match="XYZ"):
        reg.add_code("xyz")
    assert len(reg.cart) == 0


def test_product_of_a_workshop_not_taking_part_is_refused(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    with pytest.raises(InvalidInput, match="本日出店していない"):
        reg.add_product(b.card.id)


def test_cashless_and_mixed_payments(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    paypay = reg.checkout(cashless=[("paypay", 500)])
    reg.add_product(b.bread.id)
    mixed = reg.checkout(cashless=[("transit_ic", 1000)], cash_tendered=500)
    assert (paypay.number, mixed.number, mixed.change) == (1, 2, 70)
    with db.sessions() as s:
        rows = s.execute(
            select(Sale.number, Payment.method, Payment.amount, Payment.tendered, Payment.change)
            .join(Sale)
            .order_by(Sale.number, Payment.method)
        ).all()
    assert [tuple(r) for r in rows] == [
        (1, "paypay", 500, 500, 0),
        (2, "cash", 430, 500, 70),
        (2, "transit_ic", 1000, 1000, 0),
    ]


def test_short_cash_is_refused_and_nothing_is_written(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    with pytest.raises(InvalidInput, match="不足"):
        reg.checkout(cash_tendered=1000)
    assert _count(db, Sale) == 0
    assert len(reg.cart) == 1  # the cart stays for a second try


def test_void_keeps_the_sale_on_record_with_its_reason(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    sale = reg.checkout(cash_tendered=500)
    with pytest.raises(InvalidInput, match="理由"):
        void_sale(db, sale.id, "  ")
    voided = void_sale(db, sale.id, "打ち間違い")
    assert voided.state == "voided"
    with pytest.raises(StateError, match="取消済み"):
        void_sale(db, sale.id, "二度目")
    with db.sessions() as s:
        row = s.get_one(Sale, sale.id)
        assert (row.state, row.void_reason, row.voided_at is not None) == ("voided", "打ち間違い", True)
        assert s.scalar(select(func.count()).select_from(SaleLine)) == 1
    assert last_sale(db, b.day.id).state == "voided"  # type: ignore[union-attr]


def test_sale_numbers_count_up_within_the_day(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    numbers = []
    for _ in range(3):
        reg.add_product(b.cookie.id)
        numbers.append(reg.checkout(cash_tendered=300).number)
    assert numbers == [1, 2, 3]


def test_a_closed_day_accepts_no_sale_and_no_void(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    sale = reg.checkout(cash_tendered=500)
    close_day(db, b.day.id, {10_000: 3, 500: 1})
    reg.add_product(b.soap.id)
    with pytest.raises(StateError, match="販売・取消はできません"):
        reg.checkout(cash_tendered=500)
    with pytest.raises(StateError):
        void_sale(db, sale.id, "後から")
    with pytest.raises(StateError):
        Register(db, b.day.id)
    assert _count(db, Sale) == 1


def test_a_failed_write_leaves_nothing_behind(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sale, its lines and payments are one transaction: a failure midway writes none of them."""
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    reg.add_product(b.bread.id)
    import pos.services.register as register_module

    class Boom(Exception):
        pass

    def failing_payment(**kwargs: object) -> Payment:
        raise Boom

    monkeypatch.setattr(register_module, "Payment", failing_payment)
    with pytest.raises(Boom):
        reg.checkout(cash_tendered=2000)
    assert (_count(db, Sale), _count(db, SaleLine), _count(db, Payment)) == (0, 0, 0)
    assert len(reg.cart) == 2


def test_stock_tracked_products_sell_out_and_voids_give_units_back(db: Database) -> None:
    from pos.services.stock import check_in_lot, stock_levels

    b = make_booth(db)
    check_in_lot(db, b.day.id, b.bread.id, 2)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id, 2)
    with pytest.raises(InvalidInput, match="残りは2個"):
        reg.set_quantity(0, 3)
    sale = reg.checkout(cash_tendered=5000)
    with pytest.raises(InvalidInput, match="売り切れ"):
        reg.add_product(b.bread.id)
    level = stock_levels(db, b.day.id)[b.bread.id]
    assert (level.brought, level.sold, level.sold_out) == (2, 2, True)
    assert level.earliest_expiry == date(2024, 6, 18)  # day + 3 days' shelf life
    void_sale(db, sale.id, "打ち間違い")
    assert stock_levels(db, b.day.id)[b.bread.id].remaining == 2
    reg.add_product(b.soap.id, 5)  # not stock-tracked: no limit
