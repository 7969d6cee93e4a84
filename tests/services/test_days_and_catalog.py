"""Opening sales days and the master data the register reads."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Participation, SalesDay
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.services import catalog, days
from tests.services.helpers import make_booth


def test_open_day_records_venue_workshops_and_change_fund(db: Database) -> None:
    b = make_booth(db, on=date(2024, 6, 15), change_fund=30_000)
    info = days.get_day(db, b.day.id)
    assert (info.venue.name, info.day, info.state) == ("ゆめが丘SC", date(2024, 6, 15), "open")
    assert info.change_fund == 30_000
    assert {w.name for w in info.workshops} == {"パン工房こむぎ", "工房ひだまり"}
    assert info.opened_at is not None and info.opened_at.tzinfo is not None


def test_change_fund_by_denomination(db: Database) -> None:
    venue = catalog.create_venue(db, "区役所ロビー", "区役所販売")
    w = catalog.create_workshop(db, "工房A")
    info = days.open_day(db, venue.id, date(2024, 5, 1), [w.id], {1000: 5, 100: 30, 10: 50})
    assert info.change_fund == 8_500


def test_one_day_per_venue_and_date(db: Database) -> None:
    b = make_booth(db)
    with pytest.raises(StateError, match="すでにあります"):
        days.open_day(db, b.venue.id, b.day.day, [b.bakery.id])
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(SalesDay)) == 1


def test_two_venues_can_sell_on_the_same_day(db: Database) -> None:
    b = make_booth(db)
    plant = catalog.create_venue(db, "西谷浄水場", "西谷浄水場出張販売", display_order=4)
    days.open_day(db, plant.id, b.day.day, [b.absent.id], 10_000)
    assert [d.venue.name for d in days.days_on(db, b.day.day)] == ["ゆめが丘SC", "西谷浄水場"]


def test_opening_needs_a_workshop_and_a_sane_fund(db: Database) -> None:
    venue = catalog.create_venue(db, "区役所ロビー", "区役所販売")
    w = catalog.create_workshop(db, "工房A")
    with pytest.raises(InvalidInput, match="事業所を1つ以上"):
        days.open_day(db, venue.id, date(2024, 5, 1), [], 0)
    with pytest.raises(InvalidInput, match="釣銭準備金"):
        days.open_day(db, venue.id, date(2024, 5, 1), [w.id], -1)
    assert days.open_days(db) == []


def test_a_late_workshop_joins_the_day_once(db: Database) -> None:
    b = make_booth(db)
    days.add_workshops(db, b.day.id, [b.absent.id, b.absent.id, b.bakery.id])
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Participation)) == 3


def test_product_validation_messages(db: Database) -> None:
    w = catalog.create_workshop(db, "工房A")
    with pytest.raises(InvalidInput, match="商品名"):
        catalog.create_product(db, w.id, "  ", 100, 8)
    with pytest.raises(InvalidInput, match="日持ち"):
        catalog.create_product(db, w.id, "パン", 100, 8, perishable=True)
    with pytest.raises(InvalidInput, match="税率"):
        catalog.create_product(db, w.id, "パン", 100, 5)
    first = catalog.create_product(db, w.id, "パン", 100, 8)
    second = catalog.create_product(db, w.id, "クッキー", 200, 8)
    assert (first.code, second.code) == ("P0001", "P0002")
    with pytest.raises(InvalidInput, match="すでに使われています"):
        catalog.create_product(db, w.id, "ジャム", 500, 8, code="p0001")


def test_workshop_validation(db: Database) -> None:
    with pytest.raises(InvalidInput, match="登録番号"):
        catalog.create_workshop(db, "工房B", invoice_number="T123")
    with pytest.raises(InvalidInput, match="区分"):
        catalog.create_workshop(db, "工房B", category="宇宙機関")
    catalog.create_workshop(db, "工房B")
    with pytest.raises(InvalidInput, match="すでにあります"):
        catalog.create_workshop(db, "工房B")


def test_shortcuts_apply_the_rules_of_the_master_data_screens(db: Database) -> None:
    """catalog.create_* (how tests and scripts add data) pass the same checks as the forms and the CSV import."""
    bakery = catalog.create_workshop(db, "パン工房", colour="#D9822B", invoice_number="ｔ9234567890123")
    assert (bakery.colour, bakery.invoice_number) == ("#d9822b", "T9234567890123")  # normalised as a form does
    with pytest.raises(InvalidInput, match="すでにあります"):
        catalog.create_workshop(db, "ﾊﾟﾝ工房")  # the same name once the half-width kana are normalised
    with pytest.raises(InvalidInput, match="100文字まで"):
        catalog.create_product(db, bakery.id, "あ" * 101, 100, 8)
    with pytest.raises(InvalidInput, match="制御文字"):
        catalog.create_venue(db, "区役所\nロビー")
    with pytest.raises(NotFound):
        catalog.create_product(db, catalog.create_venue(db, "区役所ロビー").id, "パン", 100, 8)  # not a workshop
    shelf = catalog.create_product(db, bakery.id, "ラスク", 130, 8, shelf_life_days=30)
    assert shelf.shelf_life_days is None  # only perishables keep a shelf life
    assert [v.name for v in catalog.list_venues(db)] == ["区役所ロビー"]


def test_search_by_name_kana_or_code(db: Database) -> None:
    b = make_booth(db)
    assert [p.name for p in catalog.search_products(db, "石けん")] == ["手作り石けん"]
    assert {p.name for p in catalog.search_products(db, "ｸｯｷｰ")} == {"クッキー"}  # half-width katakana typed
    assert [p.name for p in catalog.search_products(db, "p0003")] == ["手作り石けん"]
    assert b.card.code == "P0004"
    with pytest.raises(NotFound):
        catalog.find_product_by_code(db, "NOPE")
