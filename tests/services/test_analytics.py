"""Sales analytics on the hand-made two-year record (figures worked out in tests/annual_fixture.py)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.reports.csv_export import csv_text, neutralise, write_csv
from pos.services.analytics import analytics, month_venue_table, ratio, venue_table, workshop_table
from tests.annual_fixture import FY, PREVIOUS, two_years_db


@pytest.fixture
def two(tmp_path: Path) -> Iterator[Database]:
    with two_years_db(tmp_path) as db:
        yield db


def test_venue_figures(two: Database) -> None:
    a = analytics(two, FY)
    ward, mall, station = a.venues
    assert (ward.name, ward.days, ward.sales_count, ward.total) == ("区役所ロビー", 3, 5, 3_500)
    assert (ward.average_sale, ward.workshop_days, ward.per_workshop_day) == (700, 5, 700)
    assert (ward.cash, ward.cashless, ward.cashless_share, ward.cash_share) == (
        1_900,
        1_600,
        Decimal("45.7"),
        Decimal("54.3"),
    )
    assert (mall.sales_count, mall.total, mall.cash, mall.cashless_share) == (1, 1_800, 1_800, Decimal("0.0"))
    assert (station.days, station.sales_count, station.total, station.average_sale) == (2, 3, 1_500, 500)
    assert (station.workshop_days, station.per_workshop_day) == (4, 375)
    assert (station.cash, station.cashless, station.cashless_share) == (1_300, 200, Decimal("13.3"))
    assert (a.total, a.sales_count, ratio(a.total, a.sales_count)) == (6_800, 9, 756)


def test_by_month_and_workshop(two: Database) -> None:
    a = analytics(two, FY)
    ward, mall, station = (v.venue_id for v in a.venues)
    assert a.by_month == {
        (ward, (2025, 6)): 2_400,
        (ward, (2025, 9)): 1_100,
        (mall, (2025, 7)): 1_800,
        (station, (2026, 1)): 1_500,
    }
    rows = [(w.name, w.total, w.quantity, w.days, w.per_day, w.is_guest) for w in a.workshops]
    assert rows == [
        ("工房あおば", 3_000, 5, 3, 1_000, False),
        ("ひまわり作業所", 1_200, 3, 2, 600, False),
        ("たんぽぽ舎", 800, 4, 2, 400, False),
        ("他区の工房", 700, 1, 1, 700, True),
        ("パン工房こむぎ", 600, 2, 1, 600, False),
        ("風の丘工房", 500, 1, 1, 500, False),
    ]


def test_previous_year_leaves_out_the_voided_sale(two: Database) -> None:
    a = analytics(two, PREVIOUS)
    assert [(v.name, v.total, v.sales_count) for v in a.venues] == [
        ("区役所ロビー", 1_800, 4),
        ("ゆめが丘SC", 1_900, 2),
        ("西谷浄水場出張販売", 0, 0),
    ]


def test_tables_for_screen_and_csv(two: Database) -> None:
    a = analytics(two, FY)
    headers, rows = month_venue_table(a)
    assert headers == ["月", "区役所ロビー", "ゆめが丘SC", "みなと駅", "合計"]
    assert [r[0] for r in rows] == [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)] + ["合計"]
    assert rows[2] == ["6月", 2_400, 0, 0, 2_400]
    assert rows[-1] == ["合計", 3_500, 1_800, 1_500, 6_800]
    _, venues = venue_table(a)
    assert venues[0][-2:] == ["54.3%", "45.7%"]
    # cash 1,900 + 1,800 + 1,300; cashless 1,600 + 0 + 200 = 1,800 → 26.47 %
    # 10 workshop-days, one of them 他区の工房 (a guest): the monthly lines count the other 9
    assert venues[-1] == ["合計", 6, 6_800, 9, 756, 10, 1, 680, 5_000, 1_800, "73.5%", "26.5%"]
    _, workshops = workshop_table(a)
    assert workshops[3] == ["他区の工房", 700, 1, 1, 700, "ゲスト（他区）"]


def test_csv_is_utf8_with_bom_and_neutralises_formulas(tmp_path: Path) -> None:
    assert [neutralise(v) for v in ("=1+1", "+81", "-5", "@SUM", "工房", -5, 0)] == [
        "'=1+1",
        "'+81",
        "'-5",
        "'@SUM",
        "工房",
        -5,
        0,
    ]
    path = write_csv(tmp_path / "a.csv", ["事業所", "売上"], [['=HYPERLINK("x")', 1_200], ["工房あおば", 300]])
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    assert raw.decode("utf-8-sig") == '事業所,売上\r\n"\'=HYPERLINK(""x"")",1200\r\n工房あおば,300\r\n'
    assert csv_text(["a"], []) == "\ufeffa\r\n"
