"""Tests of pos.domain.fiscal: fiscal years (April-March) and Japanese-era dates."""

from datetime import date

import pytest

from pos.domain.fiscal import (
    era_of,
    fiscal_months,
    fiscal_year_label,
    fiscal_year_of,
    fiscal_year_range,
    format_date_ja,
    reiwa_year,
    wareki_date,
    weekday_ja,
)


@pytest.mark.parametrize(
    ("d", "fy"),
    [
        (date(2024, 4, 1), 2024),
        (date(2025, 3, 31), 2024),
        (date(2024, 3, 31), 2023),
        (date(2025, 4, 1), 2025),
        (date(2024, 12, 31), 2024),
        (date(2025, 1, 1), 2024),
    ],
)
def test_fiscal_year_of_boundaries(d: date, fy: int) -> None:
    assert fiscal_year_of(d) == fy


def test_fiscal_year_range_is_april_to_march_inclusive() -> None:
    assert fiscal_year_range(2024) == (date(2024, 4, 1), date(2025, 3, 31))


def test_fiscal_year_range_agrees_with_fiscal_year_of() -> None:
    first, last = fiscal_year_range(2023)
    assert fiscal_year_of(first) == 2023
    assert fiscal_year_of(last) == 2023
    assert fiscal_year_of(date(2023, 3, 31)) == 2022
    assert fiscal_year_of(date(2024, 4, 1)) == 2024


def test_fiscal_months_april_to_march() -> None:
    assert fiscal_months(2024) == [
        (2024, 4),
        (2024, 5),
        (2024, 6),
        (2024, 7),
        (2024, 8),
        (2024, 9),
        (2024, 10),
        (2024, 11),
        (2024, 12),
        (2025, 1),
        (2025, 2),
        (2025, 3),
    ]


@pytest.mark.parametrize(("year", "ry"), [(2019, 1), (2020, 2), (2024, 6), (2025, 7)])
def test_reiwa_year(year: int, ry: int) -> None:
    assert reiwa_year(year) == ry


def test_reiwa_year_rejects_years_before_reiwa() -> None:
    with pytest.raises(ValueError):
        reiwa_year(2018)


@pytest.mark.parametrize(
    ("fy", "label"),
    [
        (2024, "令和6年度"),
        (2023, "令和5年度"),
        (2019, "令和元年度"),
        (2020, "令和2年度"),
        (2018, "平成30年度"),
        (1989, "平成元年度"),
        (1990, "平成2年度"),
    ],
)
def test_fiscal_year_label(fy: int, label: str) -> None:
    assert fiscal_year_label(fy) == label


def test_fiscal_year_label_rejects_years_before_heisei() -> None:
    with pytest.raises(ValueError):
        fiscal_year_label(1988)


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2024, 4, 1), "令和6年4月1日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 12, 31), "令和元年12月31日"),
        (date(2020, 1, 1), "令和2年1月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(2019, 1, 1), "平成31年1月1日"),
        (date(2018, 12, 31), "平成30年12月31日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1990, 1, 1), "平成2年1月1日"),
    ],
)
def test_wareki_date(d: date, text: str) -> None:
    assert wareki_date(d) == text


def test_wareki_date_rejects_dates_before_heisei() -> None:
    with pytest.raises(ValueError):
        wareki_date(date(1989, 1, 7))


def test_era_of_at_the_era_change() -> None:
    assert era_of(date(2019, 4, 30)) == ("平成", 31)
    assert era_of(date(2019, 5, 1)) == ("令和", 1)


@pytest.mark.parametrize(
    ("d", "wd"),
    [
        (date(2024, 4, 1), "月"),
        (date(2024, 4, 2), "火"),
        (date(2024, 4, 3), "水"),
        (date(2024, 4, 4), "木"),
        (date(2024, 4, 5), "金"),
        (date(2024, 4, 6), "土"),
        (date(2024, 4, 7), "日"),
    ],
)
def test_weekday_ja(d: date, wd: str) -> None:
    assert weekday_ja(d) == wd


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2024, 4, 1), "2024年4月1日(月)"),
        (date(2025, 3, 31), "2025年3月31日(月)"),
        (date(2024, 12, 25), "2024年12月25日(水)"),
    ],
)
def test_format_date_ja(d: date, text: str) -> None:
    assert format_date_ja(d) == text
