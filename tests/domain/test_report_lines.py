"""Tests of pos.domain.report_lines: the monthly activity lines of the annual report.

Expected strings are typed by hand from report-format.md and the rules in monthly_lines' docstring.
"""

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos.domain.report_lines import (
    ActivityFact,
    MonthLine,
    SalesDayFact,
    format_lines,
    monthly_lines,
)

FY = 2024
MEETING = "自主製品販売強化実行委員会会議"
AEON = "イオン天王町SC出張販売"
HOSHIKAWA = "星川駅出張販売"
KUYAKUSHO = "区役所販売"
AJISAI = "あじさい祭り出店販売"
NISHIYA = "西谷浄水場出張販売"
AUDIT = "会計監査"


def ws(*ids: str) -> frozenset[str]:
    return frozenset(ids)


def sale(
    d: date,
    label: str,
    workshops: frozenset[str],
    *,
    order: int = 1,
    guests: frozenset[str] = frozenset(),
    note: str = "",
) -> SalesDayFact:
    return SalesDayFact(day=d, label=label, venue_order=order, workshops=workshops, guests=guests, note=note)


def meeting(d: date, agenda: str = "") -> ActivityFact:
    return ActivityFact(day=d, kind="meeting", label=MEETING, note=agenda)


def other(d: date, label: str = AUDIT, note: str = "") -> ActivityFact:
    return ActivityFact(day=d, kind="other", label=label, note=note)


def line_for(
    month: int,
    sales: list[SalesDayFact] | None = None,
    activities: list[ActivityFact] | None = None,
    fy: int = FY,
) -> MonthLine:
    lines = monthly_lines(fy, sales or [], activities or [])
    return next(line for line in lines if line.month == month)


def activity_for(month: int, sales: list[SalesDayFact]) -> str:
    return line_for(month, sales).activity


# --- sales segments ---------------------------------------------------------------------------


def test_sales_on_one_day() -> None:
    sales = [sale(date(2024, 7, 16), AEON, ws(*"abcdefghi"))]
    assert activity_for(7, sales) == "イオン天王町SC出張販売（16日、9事業所出店）"


def test_sales_on_consecutive_days() -> None:
    sales = [
        sale(date(2024, 10, 21), HOSHIKAWA, ws("a", "b", "c", "d", "e", "f")),
        sale(date(2024, 10, 22), HOSHIKAWA, ws("g", "h", "i", "j", "k")),
        sale(date(2024, 10, 23), HOSHIKAWA, ws("l", "m", "n", "a", "b", "c")),
    ]
    # 14 distinct workshops, 6 + 5 + 6 = 17 workshop-days
    assert activity_for(10, sales) == "星川駅出張販売（21日～23日、14事業所、延17事業所出店）"


def test_consecutive_days_use_the_fullwidth_wave_dash() -> None:
    sales = [sale(date(2024, 10, d), HOSHIKAWA, ws("a")) for d in (1, 2)]
    assert "\uff5e" in activity_for(10, sales)


def test_sales_on_days_with_a_gap() -> None:
    days_and_workshops = [
        (1, ws("a", "b")),
        (2, ws("c")),
        (3, ws("d")),
        (7, ws("e", "f")),
        (8, ws("g")),
        (9, ws("h")),
        (10, ws("a")),
        (14, ws("b")),
        (15, ws("c")),
        (16, ws("d")),
        (17, ws("e")),
        (21, ws("f")),
        (22, ws("g")),
        (28, ws("h")),
    ]
    sales = [sale(date(2024, 5, d), KUYAKUSHO, w) for d, w in days_and_workshops]
    # 14 days, 8 distinct workshops (a-h), 2 + 2 + 12 x 1 = 16 workshop-days
    assert activity_for(5, sales) == "区役所販売（14日間、8事業所、延16事業所出店）"


def test_two_days_with_a_gap_count_days() -> None:
    sales = [sale(date(2024, 5, 3), KUYAKUSHO, ws("a")), sale(date(2024, 5, 10), KUYAKUSHO, ws("a"))]
    assert activity_for(5, sales) == "区役所販売（2日間、1事業所、延2事業所出店）"


def test_label_with_shutten_single_day() -> None:
    sales = [sale(date(2024, 6, 7), AJISAI, ws("a", "b"))]
    assert activity_for(6, sales) == "あじさい祭り出店販売（7日、2事業所）"


def test_label_with_shutten_several_days() -> None:
    sales = [
        sale(date(2024, 6, 21), AJISAI, ws("a", "b")),
        sale(date(2024, 6, 22), AJISAI, ws("b", "c")),
    ]
    assert activity_for(6, sales) == "あじさい祭り出店販売（21日～22日、3事業所、延4事業所）"


def test_label_with_shutten_days_with_a_gap() -> None:
    sales = [
        sale(date(2024, 6, 1), AJISAI, ws("a")),
        sale(date(2024, 6, 15), AJISAI, ws("a", "b")),
    ]
    assert activity_for(6, sales) == "あじさい祭り出店販売（2日間、2事業所、延3事業所）"


def test_note_is_appended_after_the_counts() -> None:
    sales = [sale(date(2024, 7, 16), AEON, ws("a", "b"), note="相談ブース同時開催")]
    assert activity_for(7, sales) == "イオン天王町SC出張販売（16日、2事業所出店、相談ブース同時開催）"


def test_distinct_notes_in_date_order() -> None:
    sales = [
        sale(date(2024, 10, 4), HOSHIKAWA, ws("a"), note="雨天"),
        sale(date(2024, 10, 2), HOSHIKAWA, ws("a"), note="初日セール"),
        sale(date(2024, 10, 3), HOSHIKAWA, ws("b"), note="雨天"),
    ]
    assert activity_for(10, sales) == "星川駅出張販売（2日～4日、2事業所、延3事業所出店、初日セール、雨天）"


def test_guest_note_is_added_automatically() -> None:
    sales = [
        sale(date(2024, 7, 2), HOSHIKAWA, ws("a", "b", "c", "d"), guests=ws("x")),
        sale(date(2024, 7, 3), HOSHIKAWA, ws("e", "f", "g", "h")),
        sale(date(2024, 7, 4), HOSHIKAWA, ws("i", "a", "b", "c"), guests=ws("x")),
    ]
    assert activity_for(7, sales) == (
        "星川駅出張販売（2日～4日、9事業所、延12事業所出店、他区から1事業所がゲスト出店）"
    )


def test_guest_note_counts_distinct_guests() -> None:
    sales = [
        sale(date(2024, 7, 2), HOSHIKAWA, ws("a"), guests=ws("x", "y")),
        sale(date(2024, 7, 3), HOSHIKAWA, ws("a"), guests=ws("y", "z")),
    ]
    assert activity_for(7, sales) == ("星川駅出張販売（2日～3日、1事業所、延2事業所出店、他区から3事業所がゲスト出店）")


def test_guest_note_comes_after_the_recorded_notes() -> None:
    sales = [sale(date(2024, 7, 21), AEON, ws("a"), guests=ws("x"), note="相談ブース同時開催")]
    assert activity_for(7, sales) == (
        "イオン天王町SC出張販売（21日、1事業所出店、相談ブース同時開催、他区から1事業所がゲスト出店）"
    )


def test_guest_note_not_duplicated_when_a_note_mentions_guests() -> None:
    sales = [
        sale(date(2024, 7, 2), HOSHIKAWA, ws("a", "b"), guests=ws("x"), note="旭区の1事業所がゲスト出店"),
        sale(date(2024, 7, 3), HOSHIKAWA, ws("c"), guests=ws("x")),
    ]
    assert activity_for(7, sales) == ("星川駅出張販売（2日～3日、3事業所、延3事業所出店、旭区の1事業所がゲスト出店）")


@pytest.mark.parametrize(
    "note",
    ["他区から2事業所が出店", "旭区・泉区の2事業所も参加", "他区の事業所2か所が参加", "旭区から2事業所"],
)
def test_a_note_that_says_guests_came_without_the_word_guest_is_not_repeated(note: str) -> None:
    sales = [sale(date(2024, 7, 2), HOSHIKAWA, ws("a", "b"), guests=ws("x", "y"), note=note)]
    assert activity_for(7, sales) == f"星川駅出張販売（2日、2事業所出店、{note}）"


def test_a_note_about_the_ward_office_is_not_a_guest_note() -> None:
    sales = [sale(date(2024, 7, 2), HOSHIKAWA, ws("a"), guests=ws("x"), note="区役所の職員が来場")]
    assert activity_for(7, sales) == (
        "星川駅出張販売（2日、1事業所出店、区役所の職員が来場、他区から1事業所がゲスト出店）"
    )


def test_guests_are_not_counted_as_workshops() -> None:
    sales = [
        sale(date(2024, 8, 10), NISHIYA, ws("a", "b"), guests=ws("x", "y", "z")),
        sale(date(2024, 8, 11), NISHIYA, ws("a"), guests=ws("x")),
    ]
    assert activity_for(8, sales) == (
        "西谷浄水場出張販売（10日～11日、2事業所、延3事業所出店、他区から3事業所がゲスト出店）"
    )


def test_workshop_days_count_each_workshop_once_per_day() -> None:
    # one workshop on three days: 1 distinct workshop, 3 workshop-days
    sales = [sale(date(2024, 9, d), HOSHIKAWA, ws("a")) for d in (5, 6, 7)]
    assert activity_for(9, sales) == "星川駅出張販売（5日～7日、1事業所、延3事業所出店）"


def test_two_venues_sharing_a_label_on_one_day_merge() -> None:
    sales = [
        sale(date(2024, 9, 14), NISHIYA, ws("b", "c"), order=5, note="南口"),
        sale(date(2024, 9, 14), NISHIYA, ws("a", "b"), order=4, note="北口"),
    ]
    # one day: union {a, b, c}; both notes, the lower venue_order's first
    assert activity_for(9, sales) == "西谷浄水場出張販売（14日、3事業所出店、北口、南口）"


def test_merged_day_counts_workshops_once_for_workshop_days() -> None:
    sales = [
        sale(date(2024, 9, 14), NISHIYA, ws("a", "b")),
        sale(date(2024, 9, 14), NISHIYA, ws("b")),
        sale(date(2024, 9, 15), NISHIYA, ws("b")),
    ]
    assert activity_for(9, sales) == "西谷浄水場出張販売（14日～15日、2事業所、延3事業所出店）"


def test_sales_without_member_workshops_omit_the_counts() -> None:
    assert activity_for(7, [sale(date(2024, 7, 16), AEON, ws())]) == "イオン天王町SC出張販売（16日）"


def test_sales_without_member_workshops_keep_the_note() -> None:
    sales = [sale(date(2024, 7, 16), AEON, ws(), note="雨天中止")]
    assert activity_for(7, sales) == "イオン天王町SC出張販売（16日、雨天中止）"


def test_day_numbers_have_no_leading_zero_and_are_half_width() -> None:
    sales = [sale(date(2024, 7, 5), AEON, ws("a", "b", "c"))]
    assert activity_for(7, sales) == "イオン天王町SC出張販売（5日、3事業所出店）"


# --- meetings and other activities -------------------------------------------------------------


def test_meeting_with_agenda_and_its_day_in_the_third_column() -> None:
    line = line_for(7, activities=[meeting(date(2024, 7, 15), "区役所・イオン販売、新規加入等")])
    assert line.activity == "自主製品販売強化実行委員会会議（区役所・イオン販売、新規加入等）"
    assert line.meeting_days == "15日"


def test_meeting_without_agenda_is_the_bare_label() -> None:
    line = line_for(7, activities=[meeting(date(2024, 7, 15))])
    assert line.activity == "自主製品販売強化実行委員会会議"
    assert line.meeting_days == "15日"


def test_two_meetings_in_a_month() -> None:
    line = line_for(6, activities=[meeting(date(2024, 6, 19), "販売報告"), meeting(date(2024, 6, 5), "年度計画")])
    assert line.activity == "自主製品販売強化実行委員会会議（年度計画）、自主製品販売強化実行委員会会議（販売報告）"
    assert line.meeting_days == "5日、19日"


def test_other_activity_on_one_day() -> None:
    line = line_for(4, activities=[other(date(2024, 4, 8))])
    assert line.activity == "会計監査（8日）"
    assert line.meeting_days == ""


def test_other_activity_on_consecutive_days() -> None:
    line = line_for(4, activities=[other(date(2024, 4, 14)), other(date(2024, 4, 13))])
    assert line.activity == "会計監査（13日～14日）"


def test_other_activity_on_days_with_gaps_lists_the_days() -> None:
    line = line_for(4, activities=[other(date(2024, 4, 10)), other(date(2024, 4, 3))])
    assert line.activity == "会計監査（3日、10日）"


def test_other_activity_note_follows_the_days() -> None:
    line = line_for(4, activities=[other(date(2024, 4, 8), note="令和5年度分")])
    assert line.activity == "会計監査（8日、令和5年度分）"


def test_other_activity_days_are_not_meeting_days() -> None:
    line = line_for(4, activities=[other(date(2024, 4, 8)), meeting(date(2024, 4, 20))])
    assert line.meeting_days == "20日"


# --- order of segments -------------------------------------------------------------------------


def test_meetings_and_activities_come_before_sales() -> None:
    line = line_for(
        7,
        sales=[sale(date(2024, 7, 2), AEON, ws("a"))],
        activities=[meeting(date(2024, 7, 16), "議題")],
    )
    assert line.activity == "自主製品販売強化実行委員会会議（議題）、イオン天王町SC出張販売（2日、1事業所出店）"


def test_activities_ordered_by_first_day_meeting_first_on_a_tie() -> None:
    line = line_for(
        4,
        activities=[other(date(2024, 4, 16)), meeting(date(2024, 4, 16)), other(date(2024, 4, 2), "研修")],
    )
    assert line.activity == "研修（2日）、自主製品販売強化実行委員会会議、会計監査（16日）"


def test_sales_ordered_by_venue_order_then_first_day() -> None:
    sales = [
        sale(date(2024, 7, 27), NISHIYA, ws("a"), order=3),
        sale(date(2024, 7, 2), HOSHIKAWA, ws("a"), order=3),
        sale(date(2024, 7, 20), AEON, ws("a"), order=2),
        sale(date(2024, 7, 21), KUYAKUSHO, ws("a"), order=1),
    ]
    assert activity_for(7, sales) == (
        "区役所販売（21日、1事業所出店）、"
        "イオン天王町SC出張販売（20日、1事業所出店）、"
        "星川駅出張販売（2日、1事業所出店）、"
        "西谷浄水場出張販売（27日、1事業所出店）"
    )


def test_facts_in_any_order_give_the_same_lines() -> None:
    sales = [
        sale(date(2024, 7, 2), HOSHIKAWA, ws("a"), order=2, note="初日"),
        sale(date(2024, 7, 3), HOSHIKAWA, ws("b"), order=2),
        sale(date(2024, 7, 20), AEON, ws("a", "c"), order=1),
    ]
    activities = [meeting(date(2024, 7, 16), "議題"), other(date(2024, 7, 1))]
    forward = monthly_lines(FY, sales, activities)
    backward = monthly_lines(FY, list(reversed(sales)), list(reversed(activities)))
    assert forward == backward


# --- the fiscal year ---------------------------------------------------------------------------


def test_twelve_lines_for_an_empty_year() -> None:
    lines = monthly_lines(FY, [], [])
    assert [line.month for line in lines] == [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
    assert all(line.activity == "" and line.meeting_days == "" for line in lines)


def test_facts_outside_the_fiscal_year_are_ignored() -> None:
    lines = monthly_lines(
        FY,
        [sale(date(2024, 3, 31), AEON, ws("a")), sale(date(2025, 4, 1), AEON, ws("a"))],
        [meeting(date(2023, 7, 16)), other(date(2025, 5, 8))],
    )
    assert lines == monthly_lines(FY, [], [])


def test_march_belongs_to_the_last_line_of_the_fiscal_year() -> None:
    lines = monthly_lines(FY, [sale(date(2025, 3, 15), AEON, ws("a", "b"))], [meeting(date(2025, 3, 19))])
    assert lines[-1] == MonthLine(
        3, "自主製品販売強化実行委員会会議、イオン天王町SC出張販売（15日、2事業所出店）", "19日"
    )
    assert all(line.activity == "" for line in lines[:-1])


def test_april_2025_is_not_in_fiscal_year_2024() -> None:
    lines = monthly_lines(FY, [sale(date(2025, 4, 1), AEON, ws("a"))], [])
    assert all(line.activity == "" for line in lines)
    first = monthly_lines(2025, [sale(date(2025, 4, 1), AEON, ws("a"))], [])[0]
    assert first == MonthLine(4, "イオン天王町SC出張販売（1日、1事業所出店）", "")


def test_consecutive_days_across_a_month_end_split_into_two_months() -> None:
    sales = [
        sale(date(2024, 10, 30), HOSHIKAWA, ws("a", "b")),
        sale(date(2024, 10, 31), HOSHIKAWA, ws("b", "c")),
        sale(date(2024, 11, 1), HOSHIKAWA, ws("c", "d")),
    ]
    assert activity_for(10, sales) == "星川駅出張販売（30日～31日、3事業所、延4事業所出店）"
    assert activity_for(11, sales) == "星川駅出張販売（1日、2事業所出店）"


def test_first_line_is_april() -> None:
    lines = monthly_lines(FY, [sale(date(2024, 4, 19), AEON, ws("a", "b", "c", "d"))], [])
    assert lines[0] == MonthLine(4, "イオン天王町SC出張販売（19日、4事業所出店）", "")


# --- row format ---------------------------------------------------------------------------------


def test_row_format_with_tabs() -> None:
    row = MonthLine(7, "自主製品販売強化実行委員会会議（議題）、区役所販売（12日間、7事業所、延14事業所出店）", "16日")
    assert (
        row.as_row()
        == "7月\t自主製品販売強化実行委員会会議（議題）、区役所販売（12日間、7事業所、延14事業所出店）\t16日"
    )


def test_row_format_of_an_empty_month_keeps_both_tabs() -> None:
    assert MonthLine(8, "", "").as_row() == "8月\t\t"


def test_format_lines_joins_rows_with_newlines() -> None:
    text = format_lines(monthly_lines(FY, [], [meeting(date(2024, 4, 15), "年度計画")]))
    rows = text.split("\n")
    assert len(rows) == 12
    assert rows[0] == "4月\t自主製品販売強化実行委員会会議（年度計画）\t15日"
    assert rows[1] == "5月\t\t"
    assert rows[-1] == "3月\t\t"


def test_format_lines_reproduces_the_example_row_of_report_format() -> None:
    kuyakusho = [
        (1, ws("a", "b")),
        (3, ws("c")),
        (5, ws("d")),
        (8, ws("e", "f")),
        (10, ws("g")),
        (12, ws("a")),
        (15, ws("b")),
        (17, ws("c")),
        (19, ws("d")),
        (22, ws("e")),
        (24, ws("f")),
        (26, ws("g")),
    ]  # 12 days, 7 distinct workshops, 2 + 2 + 10 x 1 = 14 workshop-days
    sales = [sale(date(2024, 7, d), KUYAKUSHO, w, order=1) for d, w in kuyakusho]
    sales += [
        sale(date(2024, 7, 4), HOSHIKAWA, ws("i", "a", "b", "c"), order=3, guests=ws("x")),
        sale(date(2024, 7, 21), AEON, ws(*"abcdefgh"), order=2),
        sale(date(2024, 7, 2), HOSHIKAWA, ws("a", "b", "c", "d"), order=3, guests=ws("x")),
        sale(date(2024, 7, 3), HOSHIKAWA, ws("e", "f", "g", "h"), order=3),
    ]
    activities = [meeting(date(2024, 7, 16), "区役所・イオン販売、新規加入等")]
    row = format_lines(monthly_lines(FY, sales, activities)).split("\n")[3]
    assert row == (
        "7月\t"
        "自主製品販売強化実行委員会会議（区役所・イオン販売、新規加入等）、"
        "区役所販売（12日間、7事業所、延14事業所出店）、"
        "イオン天王町SC出張販売（21日、8事業所出店）、"
        "星川駅出張販売（2日～4日、9事業所、延12事業所出店、他区から1事業所がゲスト出店）"
        "\t16日"
    )


def test_unknown_activity_kind_is_rejected() -> None:
    with pytest.raises(ValueError):
        ActivityFact(day=date(2024, 4, 1), kind="party", label="懇親会")


# --- property: 延 counts workshop-days -----------------------------------------------------------

PROPERTY_LABELS = ["A販売", "B出張販売", "C出店販売"]
WORKSHOP_POOL = [f"w{i}" for i in range(8)]
GUEST_POOL = [f"g{i}" for i in range(3)]

sales_fact = st.builds(
    SalesDayFact,
    day=st.dates(min_value=date(2024, 4, 1), max_value=date(2025, 3, 31)),
    label=st.sampled_from(PROPERTY_LABELS),
    venue_order=st.integers(min_value=0, max_value=3),
    workshops=st.frozensets(st.sampled_from(WORKSHOP_POOL), min_size=1),
    guests=st.frozensets(st.sampled_from(GUEST_POOL)),
)


def _segment_inner(activity: str, label: str) -> str | None:
    match = re.search(rf"(?:^|、){re.escape(label)}（([^）]*)）", activity)
    return match.group(1) if match else None


def _shown_counts(inner: str) -> tuple[int, int]:
    """(N, M) as shown in a segment; M is N when the segment shows no 延 figure (one day)."""
    multi = re.search(r"(\d+)事業所、延(\d+)事業所", inner)
    if multi:
        return int(multi.group(1)), int(multi.group(2))
    single = re.search(r"(?:^|、)\d+日、(\d+)事業所", inner)
    assert single, inner
    return int(single.group(1)), int(single.group(1))


@settings(max_examples=200, deadline=None)
@given(st.lists(sales_fact, max_size=40))
def test_workshop_days_equal_day_workshop_pairs(facts: list[SalesDayFact]) -> None:
    lines = {line.month: line for line in monthly_lines(FY, facts, [])}
    groups: dict[tuple[int, str], list[SalesDayFact]] = {}
    for fact in facts:
        groups.setdefault((fact.day.month, fact.label), []).append(fact)
    for (month, label), group in groups.items():
        pairs = {(f.day, w) for f in group for w in f.workshops}
        distinct = {w for f in group for w in f.workshops}
        inner = _segment_inner(lines[month].activity, label)
        assert inner is not None
        shown_n, shown_m = _shown_counts(inner)
        assert shown_m == len(pairs)
        assert shown_n == len(distinct)
        assert shown_n <= shown_m
