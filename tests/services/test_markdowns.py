"""Markdowns (値引) and open prices at the till: the line keeps its list price and its discount, tax
per rate on the discounted totals, the lean write path across lots, verify, receipts and the waste
report. Every figure is worked out by hand in the comments."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import SaleLine
from pos.domain.errors import InvalidInput
from pos.reports.receipt_pdf import receipt_pdf
from pos.services import catalog
from pos.services.check_in import check_in_lot
from pos.services.receipts import receipt_data
from pos.services.register import OpenPriceRequired, Register
from pos.services.verify import check_database
from pos.services.waste import waste_report
from tests.services.helpers import Booth, make_booth


@pytest.fixture
def booth(db: Database) -> Booth:
    return make_booth(db)


def _lines(db: Database, sale_id) -> list[str]:  # type: ignore[no-untyped-def]
    with pdfplumber.open(io.BytesIO(receipt_pdf(receipt_data(db, sale_id)))) as doc:
        return [ln.strip() for p in doc.pages for ln in (p.extract_text() or "").splitlines()]


def _rows(db: Database, *columns):  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return [tuple(r) for r in s.execute(select(*columns).order_by(SaleLine.line_no))]


def test_tax_per_rate_on_the_discounted_totals(db: Database, booth: Booth) -> None:
    reg = Register(db, booth.day.id)
    reg.add_product(booth.bread.id)  # 1,430 at 8 %
    reg.add_product(booth.soap.id, 2)  # 500 × 2 = 1,000 at 10 %
    reg.mark_down(0, "mikiri", percent=30)  # floor(1,430 × 30 / 100) = 429 off → 1,001
    reg.mark_down(1, "other", yen=100)  # 1,000 − 100 = 900
    # 8 %: floor(1,001 × 8 / 108) = floor(74.14) = 74; 10 %: floor(900 × 10 / 110) = floor(81.82) = 81
    assert [(t.rate, t.gross, t.tax) for t in reg.cart.tax()] == [(8, 1001, 74), (10, 900, 81)]
    assert reg.cart.total == 1901
    sale = reg.checkout(cash_tendered=2000)
    assert (sale.total, sale.change) == (1901, 99)
    rows = _rows(
        db,
        SaleLine.product_name,
        SaleLine.quantity,
        SaleLine.unit_price,
        SaleLine.discount,
        SaleLine.discount_reason,
        SaleLine.amount,
    )
    assert rows == [("食パン詰め合わせ", 1, 1430, 429, "mikiri", 1001), ("手作り石けん", 2, 500, 100, "other", 900)]
    assert check_database(db).ok
    data = receipt_data(db, sale.id)
    crafts = next(b for b in data.blocks if b.invoice_number)
    assert [(r.rate, r.gross, r.tax) for r in crafts.by_rate] == [(10, 900, 81)]
    lines = _lines(db, sale.id)
    assert "食パン詰め合わせ ※ ¥1,430" in lines and "値引（見切り） −¥429" in lines
    assert "手作り石けん ¥1,000" in lines and "値引（その他） −¥100" in lines
    assert "（内消費税 10%） ¥81" in lines and "合計（3点） ¥1,901" in lines


def test_a_markdown_across_lots_goes_to_the_lot_lines_in_order(db: Database, booth: Booth) -> None:
    first = check_in_lot(db, booth.day.id, booth.bread.id, 1, date(2024, 6, 16))
    second = check_in_lot(db, booth.day.id, booth.bread.id, 5, date(2024, 6, 17))
    reg = Register(db, booth.day.id)
    reg.add_product(booth.bread.id, 3)  # 3 × 1,430 = 4,290
    reg.mark_down(0, "mikiri", yen=2000)  # → 2,290
    sale = reg.checkout(cash_tendered=2290)
    # FEFO: 1 unit from the first lot takes 1,430 of the markdown (amount 0), 2 from the second take 570
    rows = _rows(db, SaleLine.quantity, SaleLine.discount, SaleLine.discount_reason, SaleLine.amount, SaleLine.lot_id)
    assert rows == [(1, 1430, "mikiri", 0, first), (2, 570, "mikiri", 2290, second)]
    assert check_database(db).ok
    lines = _lines(db, sale.id)  # one receipt line for the product, the markdown summed
    assert "食パン詰め合わせ ※ ¥4,290" in lines and "値引（見切り） −¥2,000" in lines
    assert "合計（3点） ¥2,290" in lines
    # the waste report: 3 of the 6 brought sold, all 3 marked down
    row = waste_report(db, 2024).rows[0]
    assert (row.brought, row.sold, row.marked_down) == (6, 3, 3)


def test_open_price_items(db: Database, booth: Booth) -> None:
    veg = catalog.create_product(db, booth.bakery.id, "朝どれ野菜", 100, 8, code="P0200", open_price=True)
    reg = Register(db, booth.day.id)
    with pytest.raises(OpenPriceRequired, match="「朝どれ野菜」は価格を入力して売る商品です"):
        reg.add_code("P0200")
    assert len(reg.cart) == 0
    reg.add_product(veg.id, 1, price=250)
    reg.add_product(veg.id, 2, price=180)  # another price: its own line
    reg.add_product(veg.id, 1, price=250)
    assert [(ln.item.unit_price, ln.quantity) for ln in reg.cart.lines] == [(250, 2), (180, 2)]
    with pytest.raises(InvalidInput, match="1円から1,000,000円"):
        reg.add_product(veg.id, 1, price=0)
    sale = reg.checkout(cash_tendered=1000)  # 500 + 360 = 860 → change 140
    assert (sale.total, sale.change) == (860, 140)
    reg.add_product(booth.bread.id, 1, price=1)  # a price typed for a fixed-price product is ignored
    assert reg.cart.total == 1430


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"reason": "mikiri", "percent": 0}, "1から100%"),
        ({"reason": "mikiri", "percent": 101}, "1から100%"),
        ({"reason": "mikiri", "yen": 1001}, "1円から1,000円（この行の金額）まで"),
        ({"reason": "mikiri", "yen": 10, "percent": 10}, "金額か割合のどちらか"),
        ({"reason": "なんとなく", "yen": 10}, "理由を選んでください"),
    ],
)
def test_markdown_refusals_change_nothing(db: Database, booth: Booth, kwargs: dict, message: str) -> None:
    reg = Register(db, booth.day.id)
    reg.add_product(booth.soap.id, 2)  # 1,000
    kwargs = dict(kwargs)  # the parameter dict is shared between runs: never change it
    reason = kwargs.pop("reason")
    with pytest.raises(InvalidInput, match=message):
        reg.mark_down(0, reason, **kwargs)
    assert reg.cart.total == 1000 and not reg.cart.lines[0].marked_down


def test_quantity_and_a_fixed_markdown(db: Database, booth: Booth) -> None:
    reg = Register(db, booth.day.id)
    reg.add_product(booth.soap.id, 3)  # 1,500
    reg.mark_down(0, "shishoku", yen=1200)
    with pytest.raises(InvalidInput, match="値引 1,200円 が金額 1,000円 を超えます"):
        reg.set_quantity(0, 2)
    reg.mark_down(0, "mikiri", percent=50)  # a percentage follows the quantity: 3 × 500 × 50 % = 750
    reg.set_quantity(0, 2)  # 1,000 × 50 % = 500
    assert (reg.cart.lines[0].discount, reg.cart.total) == (500, 500)
    reg.clear_markdown(0)
    assert reg.cart.total == 1000


def test_a_sale_of_nothing_but_free_tastings_is_refused(db: Database, booth: Booth) -> None:
    reg = Register(db, booth.day.id)
    reg.add_product(booth.cookie.id)
    reg.mark_down(0, "shishoku", percent=100)
    with pytest.raises(InvalidInput, match="合計が0円の取引は記録できません"):
        reg.checkout(cash_tendered=0)
    assert len(reg.cart) == 1


def test_undo_puts_back_the_typed_price_and_the_markdown(db: Database, booth: Booth) -> None:
    veg = catalog.create_product(db, booth.bakery.id, "朝どれ野菜", 100, 8, code="P0200", open_price=True)
    reg = Register(db, booth.day.id)
    reg.add_product(veg.id, 2, price=250)  # 500
    reg.mark_down(0, "mikiri", percent=20)  # −100 → 400
    line = reg.remove(0)
    assert reg.cart.total == 0
    reg.restore(line)
    assert (reg.cart.lines[0].item.unit_price, reg.cart.lines[0].discount, reg.cart.total) == (250, 100, 400)
