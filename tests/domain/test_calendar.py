"""The sales calendar's pure rules: recurring patterns, hours, gaps and the weekend-requests sentence."""

from __future__ import annotations

from datetime import date

import pytest

from pos.domain.calendar import (
    DECLINED,
    PENDING,
    REASON_CLASH,
    REASON_STAFF,
    Gap,
    RequestCounts,
    check_hours,
    count_requests,
    expand_pattern,
    parse_nth_weekday,
    parse_time,
    requests_sentence,
)
from pos.domain.errors import InvalidInput


def test_every_weekday_of_june_2026() -> None:
    days = expand_pattern("weekdays", date(2026, 6, 1), date(2026, 6, 30))
    # June 2026 starts on a Monday: 30 days minus 4 Saturdays and 4 Sundays
    assert len(days) == 22
    assert days[:6] == [date(2026, 6, d) for d in (1, 2, 3, 4, 5, 8)]
    assert date(2026, 6, 6) not in days and days[-1] == date(2026, 6, 30)


def test_the_second_saturday_of_each_month() -> None:
    assert parse_nth_weekday("第2土曜") == (2, 5)
    assert parse_nth_weekday("第２土曜日") == (2, 5)
    days = expand_pattern("monthly:2:5", date(2026, 6, 1), date(2026, 9, 30))
    assert days == [date(2026, 6, 13), date(2026, 7, 11), date(2026, 8, 8), date(2026, 9, 12)]


def test_a_fifth_saturday_only_where_the_month_has_one() -> None:
    # May 2026 has Saturdays 2, 9, 16, 23, 30; June 2026 only four (6 … 27)
    assert expand_pattern("monthly:5:5", date(2026, 5, 1), date(2026, 6, 30)) == [date(2026, 5, 30)]


def test_bad_patterns_and_ranges_are_refused() -> None:
    for pattern in ("daily", "monthly:6:5", "weekly:7", "monthly:2"):
        with pytest.raises(InvalidInput):
            expand_pattern(pattern, date(2026, 6, 1), date(2026, 6, 30))
    with pytest.raises(InvalidInput, match="前です"):
        expand_pattern("weekdays", date(2026, 6, 30), date(2026, 6, 1))
    with pytest.raises(InvalidInput, match="2年"):
        expand_pattern("weekdays", date(2026, 1, 1), date(2030, 1, 1))
    with pytest.raises(InvalidInput):
        parse_nth_weekday("毎週土曜")


def test_hours() -> None:
    assert parse_time("9:05") == "09:05" and parse_time("１３：００") == "13:00" and parse_time(" ") == ""
    assert check_hours("", "") == ("", "")
    for start, end in (("13:00", ""), ("16:00", "13:00"), ("25:00", "26:00"), ("=1+1", "16:00"), ("13:00", "13:00")):
        with pytest.raises(InvalidInput):
            check_hours(start, end)


def test_gap_text() -> None:
    gap = Gap(date(2024, 6, 15), "区役所", "13:00", "16:00", 1)
    assert gap.text() == "6月15日(土) 13:00–16:00 あと1人"


def test_weekend_requests_sentence() -> None:
    sat, sun, mon = date(2025, 5, 10), date(2025, 5, 11), date(2025, 5, 12)
    items = [(sat, DECLINED, REASON_STAFF)] * 8 + [(sun, "accepted", "")] * 4 + [(mon, DECLINED, REASON_STAFF)] * 3
    counts = count_requests(items)
    assert counts == RequestCounts(weekend=12, weekend_declined_staff=8, weekday=3, weekday_declined=3)
    assert requests_sentence(counts) == "土日の出店依頼12件のうち8件は体制上お断りした。"
    more = count_requests([*items, (sat, DECLINED, REASON_CLASH), (sun, PENDING, ""), (sun, PENDING, "")])
    assert requests_sentence(more) == (
        "土日の出店依頼15件のうち8件は体制上お断りした（ほか日程重複等で1件お断り、未回答2件）。"
    )
    assert requests_sentence(count_requests([(sat, "accepted", "")] * 3)) == "土日の出店依頼3件はすべてお受けした。"
    assert requests_sentence(count_requests([(mon, DECLINED, REASON_STAFF)])) == ""
