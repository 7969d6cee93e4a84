"""Editing master data: updates with their messages, deactivation, venue order, and past sales untouched."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Product, SaleLine
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.master import InvalidFields, ProductDraft, VenueDraft, WorkshopDraft
from pos.services import catalog, days
from pos.services import master_data as md
from pos.services.register import Register
from tests.services.helpers import make_booth


def _draft(p: catalog.ProductInfo, **changes: object) -> ProductDraft:
    values = dict(
        name=p.name,
        kana=p.kana,
        price=p.price,
        tax_rate=p.tax_rate,
        perishable=p.perishable,
        shelf_life_days=p.shelf_life_days,
        code=None,
    )
    values.update(changes)
    return ProductDraft(**values)  # type: ignore[arg-type]


def test_a_price_change_leaves_past_sale_lines_alone(db: Database) -> None:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_code("P0001", 2)
    reg.checkout(cash_tendered=3000)
    md.update_product(db, b.bread.id, _draft(b.bread, name="食パン詰め合わせ（大）", price=1600))
    with db.sessions() as s:
        line = s.scalars(select(SaleLine)).one()
    assert (line.product_name, line.unit_price, line.quantity, line.amount) == ("食パン詰め合わせ", 1430, 2, 2860)
    reg.add_code("P0001")
    assert reg.cart.lines[0].item.unit_price == 1600  # new sales see the new price
    assert reg.cart.lines[0].item.name == "食パン詰め合わせ(大)"  # names are NFKC like create_product's


def test_update_messages(db: Database) -> None:
    b = make_booth(db)
    with pytest.raises(InvalidFields, match="1円から1,000,000円まで") as e:
        md.update_product(db, b.soap.id, _draft(b.soap, price=0))
    assert e.value.problems[0].field == "price"
    with pytest.raises(InvalidFields, match="税率は8か10です"):
        md.update_product(db, b.soap.id, _draft(b.soap, tax_rate=5))
    with pytest.raises(InvalidFields, match="日持ちの日数"):
        md.update_product(db, b.soap.id, _draft(b.soap, perishable=True, shelf_life_days=0))
    with pytest.raises(InvalidFields, match="商品コード「P0001」はすでに使われています") as e:
        md.update_product(db, b.soap.id, _draft(b.soap, code="ｐ０００１"))  # the same code once normalised
    assert e.value.problems[0].field == "code"
    assert catalog.get_product(db, b.soap.id) == b.soap  # nothing changed


def test_a_product_can_move_to_another_workshop_and_change_its_code(db: Database) -> None:
    b = make_booth(db)
    moved = md.update_product(db, b.card.id, _draft(b.card, code="card-1"), workshop_id=b.crafts.id)
    assert (moved.workshop_name, moved.code) == ("工房ひだまり", "CARD-1")
    assert catalog.find_product_by_code(db, "card-1").id == b.card.id
    with pytest.raises(NotFound):
        catalog.find_product_by_code(db, "P0004")


def test_add_product_takes_the_next_code(db: Database) -> None:
    b = make_booth(db)
    p = md.add_product(
        db, b.bakery.id, ProductDraft(name="ラスク", price=250, tax_rate=8, perishable=True, shelf_life_days=30)
    )
    assert (p.code, p.price, p.shelf_life_days, p.workshop_name) == ("P0005", 250, 30, "パン工房こむぎ")


def test_workshop_updates(db: Database) -> None:
    b = make_booth(db)
    with pytest.raises(InvalidFields, match="事業所「工房ひだまり」はすでにあります"):
        md.update_workshop(db, b.bakery.id, WorkshopDraft(name="工房ひだまり"))
    with pytest.raises(InvalidFields, match="登録番号は T と13桁"):
        md.update_workshop(db, b.bakery.id, WorkshopDraft(name="パン工房こむぎ", invoice_number="T12"))
    w = md.update_workshop(
        db,
        b.bakery.id,
        WorkshopDraft(
            name="パン工房こむぎ",
            kana="ぱんこうぼうこむぎ",
            colour="#112233",
            joined_on=date(2020, 4, 1),
            invoice_number="T2876543210987",
            is_guest=True,
        ),
    )
    assert (w.colour, w.joined_on, w.invoice_number, w.is_guest) == (
        "#112233",
        date(2020, 4, 1),
        "T2876543210987",
        True,
    )
    assert md.find_workshop(db, " パン工房こむぎ ").id == b.bakery.id
    with pytest.raises(NotFound, match="事業所「ないよ」はありません"):
        md.find_workshop(db, "ないよ")


def test_a_width_only_difference_keeps_the_stored_spelling(db: Database) -> None:
    b = make_booth(db)
    with db.sessions.begin() as s:  # as the demo data and imports store it: full-width brackets
        s.get_one(Product, b.cookie.id).name = "クッキー（10枚）"
    p = md.update_product(db, b.cookie.id, _draft(b.cookie, name="クッキー(10枚)", price=320))
    assert (p.name, p.price) == ("クッキー（10枚）", 320)


def test_deactivated_products_and_workshops(db: Database) -> None:
    b = make_booth(db)
    assert md.set_product_active(db, b.cookie.id, False).active is False
    reg = Register(db, b.day.id)
    with pytest.raises(NotFound, match="販売停止中"):
        reg.add_code("P0002")
    assert [p.name for p in catalog.search_products(db, "クッキー")] == []
    md.set_product_active(db, b.cookie.id, True)
    reg.add_code("P0002")
    assert len(reg.cart) == 1

    md.set_workshop_active(db, b.absent.id, False)
    venue = catalog.create_venue(db, "区役所ロビー", "区役所販売")
    with pytest.raises(InvalidInput, match="休止中"):
        days.open_day(db, venue.id, date(2024, 6, 16), [b.absent.id], 0)
    assert md.get_workshop(db, b.absent.id).active is False
    assert b.absent.name not in [w.name for w in catalog.list_workshops(db)]
    md.set_workshop_active(db, b.absent.id, True)
    days.open_day(db, venue.id, date(2024, 6, 16), [b.absent.id], 0)


def _names(venues: list[catalog.VenueInfo]) -> list[str]:
    return [v.name for v in venues]


def test_venue_order(db: Database) -> None:
    a = md.add_venue(db, VenueDraft("区役所ロビー", "区役所販売"))
    b = md.add_venue(db, VenueDraft("ゆめが丘SC", "ゆめが丘SC出張販売"))
    c = md.add_venue(db, VenueDraft("福祉のマルシェ"))
    assert (a.display_order, b.display_order, c.display_order, c.report_label) == (1, 2, 3, "福祉のマルシェ")
    assert _names(md.move_venue(db, c.id, -1)) == ["区役所ロビー", "福祉のマルシェ", "ゆめが丘SC"]
    assert _names(md.move_venue(db, c.id, -5)) == ["福祉のマルシェ", "区役所ロビー", "ゆめが丘SC"]  # stops at the top
    assert _names(md.move_venue(db, a.id, +1)) == ["福祉のマルシェ", "ゆめが丘SC", "区役所ロビー"]
    assert _names(catalog.list_venues(db)) == ["福祉のマルシェ", "ゆめが丘SC", "区役所ロビー"]
    assert [v.display_order for v in catalog.list_venues(db)] == [1, 2, 3]
    assert _names(md.set_venue_order(db, [a.id, b.id])) == ["区役所ロビー", "ゆめが丘SC", "福祉のマルシェ"]
    with pytest.raises(InvalidInput, match="2回"):
        md.set_venue_order(db, [a.id, a.id])


def test_venue_updates_and_deactivation(db: Database) -> None:
    a = md.add_venue(db, VenueDraft("区役所ロビー", "区役所販売"))
    md.add_venue(db, VenueDraft("ゆめが丘SC"))
    with pytest.raises(InvalidFields, match="会場「ゆめが丘SC」はすでにあります"):
        md.update_venue(db, a.id, VenueDraft("ゆめが丘SC"))
    with pytest.raises(InvalidFields, match="会場名を入力してください"):
        md.update_venue(db, a.id, VenueDraft(""))
    assert md.update_venue(db, a.id, VenueDraft("区役所1階ロビー", "区役所販売")).name == "区役所1階ロビー"
    md.set_venue_active(db, a.id, False)
    assert _names(catalog.list_venues(db)) == ["ゆめが丘SC"]
    assert [(v.name, active) for v, active in md.list_all_venues(db)] == [
        ("区役所1階ロビー", False),
        ("ゆめが丘SC", True),
    ]
