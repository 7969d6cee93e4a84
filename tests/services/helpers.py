"""Small builders for service tests: a venue, workshops and products on a fresh database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pos.db.engine import Database
from pos.services import catalog, days
from pos.services.catalog import ProductInfo, VenueInfo, WorkshopInfo
from pos.services.days import DayInfo


@dataclass
class Booth:
    venue: VenueInfo
    bakery: WorkshopInfo
    crafts: WorkshopInfo
    absent: WorkshopInfo
    bread: ProductInfo  # ¥1,430, 8 %
    cookie: ProductInfo  # ¥300, 8 %
    soap: ProductInfo  # ¥500, 10 %
    card: ProductInfo  # ¥150, 10 %, workshop not taking part
    day: DayInfo


def make_booth(db: Database, on: date = date(2024, 6, 15), change_fund: int = 30_000) -> Booth:
    venue = catalog.create_venue(db, "ゆめが丘SC", "ゆめが丘SC出張販売", display_order=2)
    bakery = catalog.create_workshop(db, "パン工房こむぎ", kana="ぱんこうぼうこむぎ", colour="#d9822b")
    crafts = catalog.create_workshop(
        db,
        "工房ひだまり",
        kana="こうぼうひだまり",
        colour="#2b8ad9",
        invoice_number="T1234567890123",
        invoice_individual=True,  # not a 法人番号 (its check digit would be 9), so a sole proprietor's number
    )
    absent = catalog.create_workshop(db, "さくら作業所", kana="さくらさぎょうしょ")
    bread = catalog.create_product(
        db, bakery.id, "食パン詰め合わせ", 1430, 8, perishable=True, shelf_life_days=3, code="P0001"
    )
    cookie = catalog.create_product(
        db, bakery.id, "クッキー", 300, 8, perishable=True, shelf_life_days=14, code="P0002"
    )
    soap = catalog.create_product(db, crafts.id, "手作り石けん", 500, 10, code="P0003")
    card = catalog.create_product(db, absent.id, "ポストカード", 150, 10, code="P0004")
    day = days.open_day(db, venue.id, on, [bakery.id, crafts.id], change_fund)
    return Booth(venue, bakery, crafts, absent, bread, cookie, soap, card, day)
