"""End of day: the perishable units left, recorded as taken back / disposed / other, or by default."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import LotDisposition
from pos.domain.errors import InvalidInput
from pos.services.day_report import day_report
from pos.services.dispositions import (
    DispositionItem,
    describe,
    record_default_dispositions,
    record_dispositions,
    unsold_lots,
)
from pos.services.register import Register
from pos.services.stock import check_in_lot, product_stock
from tests.services.helpers import Booth, make_booth


def _day_with_food_left(db: Database) -> tuple[Booth, dict[str, object]]:
    """Bread 5 (2 sold, 3 left); cookies: a lot of 3 expiring today (sold out) and one of 4 (left);
    soap 4 (not perishable: not asked about)."""
    b = make_booth(db)
    lots = {
        "bread": check_in_lot(db, b.day.id, b.bread.id, 5),
        "cookie_today": check_in_lot(db, b.day.id, b.cookie.id, 3, date(2024, 6, 15)),
        "cookie": check_in_lot(db, b.day.id, b.cookie.id, 4),
        "soap": check_in_lot(db, b.day.id, b.soap.id, 4),
    }
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id, 2)
    reg.add_product(b.cookie.id, 3)
    reg.checkout(cashless=[("paypay", 2 * 1430 + 3 * 300)])
    return b, lots


def test_unsold_lots_lists_the_perishable_lots_with_units_left(db: Database) -> None:
    b, lots = _day_with_food_left(db)
    assert [(u.product_name, u.lot_id, u.left, u.expiry_date) for u in unsold_lots(db, b.day.id)] == [
        ("クッキー", lots["cookie"], 4, date(2024, 6, 29)),
        ("食パン詰め合わせ", lots["bread"], 3, date(2024, 6, 18)),
    ]


@pytest.mark.parametrize(
    "items, message",
    [
        ([("bread", "taken_back", 2)], "「食パン詰め合わせ」の残りは3個ですが、持ち帰り・廃棄・その他の合計が2個です"),
        ([("bread", "taken_back", 2), ("bread", "disposed", 2)], "合計が4個です"),
        ([("bread", "other", 3)], "「その他」には内容"),
        ([("bread", "eaten", 3)], "処理の種類"),
        ([("bread", "disposed", -1), ("bread", "taken_back", 4)], "0以上の整数"),
        ([("cookie_today", "disposed", 1)], "売れ残りのないロット"),
        ([("soap", "taken_back", 4)], "売れ残りのないロット"),  # not perishable: not asked about
    ],
)
def test_quantities_must_add_up_to_what_is_left(db: Database, items, message) -> None:
    b, lots = _day_with_food_left(db)
    with pytest.raises(InvalidInput, match=message):
        record_dispositions(db, b.day.id, [DispositionItem(lots[k], kind, n) for k, kind, n in items])  # type: ignore[arg-type]
    with db.sessions() as s:
        assert s.scalars(select(LotDisposition)).all() == []


def test_recorded_units_leave_the_stock_and_appear_on_the_slip(db: Database) -> None:
    b, lots = _day_with_food_left(db)
    recorded = record_dispositions(
        db,
        b.day.id,
        [
            DispositionItem(lots["bread"], "taken_back", 1),  # type: ignore[arg-type]
            DispositionItem(lots["bread"], "disposed", 2),  # type: ignore[arg-type]
            DispositionItem(lots["cookie"], "other", 4, "  子ども食堂へ寄贈 "),  # type: ignore[arg-type]
        ],
    )
    assert [(r.product_name, r.kind_label, r.quantity, r.note, r.by_default) for r in recorded] == [
        ("食パン詰め合わせ", "持ち帰り", 1, "", False),
        ("食パン詰め合わせ", "廃棄", 2, "", False),
        ("クッキー", "その他", 4, "子ども食堂へ寄贈", False),
    ]
    assert describe(recorded) == "売れ残りを記録しました: 持ち帰り 1個、廃棄 2個、その他 4個"
    assert unsold_lots(db, b.day.id) == []
    bread = product_stock(db, b.day.id, b.bread.id)
    assert bread is not None and (bread.brought, bread.sold, bread.withdrawn, bread.remaining) == (5, 2, 3, 0)
    with pytest.raises(InvalidInput, match="売り切れ"):
        Register(db, b.day.id).add_product(b.bread.id)
    slip = next(s for s in day_report(db, b.day.id).slips if s.settlement.workshop_id == b.bakery.id)
    assert [(t.product_name, t.quantity, t.expiry_date) for t in slip.taken_back] == [
        ("食パン詰め合わせ", 1, date(2024, 6, 18))
    ]
    with pytest.raises(InvalidInput, match="売れ残りのないロット"):
        record_dispositions(db, b.day.id, [DispositionItem(lots["bread"], "disposed", 3)])  # type: ignore[arg-type]


def test_by_default_everything_left_is_taken_back_and_said_so(db: Database) -> None:
    b, lots = _day_with_food_left(db)
    recorded = record_default_dispositions(db, b.day.id)
    assert [(r.product_name, r.kind, r.quantity, r.by_default) for r in recorded] == [
        ("クッキー", "taken_back", 4, True),
        ("食パン詰め合わせ", "taken_back", 3, True),
    ]
    assert describe(recorded) == "売れ残りを記録しました: 持ち帰り 7個（入力がなかったため、すべて持ち帰りとして記録）"
    with db.sessions() as s:
        rows = {(x.lot_id, x.kind, x.quantity, x.by_default) for x in s.scalars(select(LotDisposition))}
    assert rows == {(lots["cookie"], "taken_back", 4, True), (lots["bread"], "taken_back", 3, True)}
    assert record_default_dispositions(db, b.day.id) == []  # nothing left to record
    assert describe([]) == "売れ残りの記録はありません"
