"""Japanese fiscal years (年度, April-March) and Japanese-era (和暦) date formatting.

A fiscal year is named by the western year it starts in: 2024-04-01..2025-03-31 is fiscal year
2024, written 令和6年度 in the reports.

Era support:
- Dates (`wareki_date`): 令和 from 2019-05-01, 平成 from 1989-01-08 to 2019-04-30; earlier dates
  raise ValueError. The first year of an era is written 元年.
- Fiscal-year labels (`fiscal_year_label`): fiscal years 2019 and later are labelled in 令和
  (2019 → 令和元年度, as the ward's forms write it, although April 2019 was still 平成31年);
  fiscal years 1989-2018 are labelled in 平成 (1989 → 平成元年度, 2018 → 平成30年度);
  earlier years raise ValueError.
- `reiwa_year` is 令和 only and raises ValueError before 2019.

Standard library only, no I/O.
"""

from __future__ import annotations

from datetime import date

FISCAL_YEAR_START_MONTH = 4
REIWA_START = date(2019, 5, 1)
HEISEI_START = date(1989, 1, 8)
REIWA_FIRST_YEAR = 2019
HEISEI_FIRST_YEAR = 1989
WEEKDAYS_JA = "月火水木金土日"


def fiscal_year_of(d: date) -> int:
    """The fiscal year (April-March) containing `d`, named by its starting western year."""
    return d.year if d.month >= FISCAL_YEAR_START_MONTH else d.year - 1


def fiscal_year_range(fy: int) -> tuple[date, date]:
    """First and last day (both inclusive) of fiscal year `fy`."""
    return date(fy, 4, 1), date(fy + 1, 3, 31)


def fiscal_months(fy: int) -> list[tuple[int, int]]:
    """The twelve (year, month) pairs of fiscal year `fy`, April first, March last."""
    return [(fy, m) for m in range(4, 13)] + [(fy + 1, m) for m in range(1, 4)]


def _era_year_text(n: int) -> str:
    """The year number inside an era, with 元 for the first year."""
    return "元" if n == 1 else str(n)


def reiwa_year(year: int) -> int:
    """The 令和 year number of western `year` (2019 → 1). ValueError before 2019."""
    if year < REIWA_FIRST_YEAR:
        raise ValueError(f"{year} is before the Reiwa era")
    return year - REIWA_FIRST_YEAR + 1


def fiscal_year_label(fy: int) -> str:
    """The report label of fiscal year `fy`, e.g. 令和6年度 for 2024, 令和元年度 for 2019.

    Fiscal years 1989-2018 are labelled in 平成 (平成30年度 for 2018); earlier ones raise ValueError.
    """
    if fy >= REIWA_FIRST_YEAR:
        return f"令和{_era_year_text(reiwa_year(fy))}年度"
    if fy >= HEISEI_FIRST_YEAR:
        return f"平成{_era_year_text(fy - HEISEI_FIRST_YEAR + 1)}年度"
    raise ValueError(f"fiscal year {fy} is before the Heisei era")


def era_of(d: date) -> tuple[str, int]:
    """The era name and era year of `d`: ("令和", 6) for 2024-04-01. ValueError before 1989-01-08."""
    if d >= REIWA_START:
        return "令和", d.year - REIWA_FIRST_YEAR + 1
    if d >= HEISEI_START:
        return "平成", d.year - HEISEI_FIRST_YEAR + 1
    raise ValueError(f"{d.isoformat()} is before the Heisei era")


def wareki_date(d: date) -> str:
    """`d` in the Japanese calendar, e.g. 令和6年4月1日, 令和元年5月1日, 平成31年4月30日."""
    era, year = era_of(d)
    return f"{era}{_era_year_text(year)}年{d.month}月{d.day}日"


def weekday_ja(d: date) -> str:
    """The one-character Japanese weekday of `d` (月火水木金土日)."""
    return WEEKDAYS_JA[d.weekday()]


def format_date_ja(d: date) -> str:
    """`d` as a western-year Japanese date with weekday, e.g. 2024年4月1日(月)."""
    return f"{d.year}年{d.month}月{d.day}日({weekday_ja(d)})"
