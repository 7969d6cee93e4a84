"""Phrasing rules of the annual report: the draft of できたこと, numbered problems, the title."""

from __future__ import annotations

import pytest

from pos.domain.annual_draft import (
    DraftFacts,
    LabelFigures,
    YearFigures,
    comparison_phrase,
    draft_achievements,
    label_line,
    new_members_sentence,
    percent_change,
)
from pos.domain.annual_report import council_name, month_cell, numbered_items, report_title


@pytest.mark.parametrize(
    ("by_month", "sentence"),
    [
        ([], "新規加入の事業所はなかった"),
        ([(6, 1)], "6月に1事業所加入"),
        ([(6, 2)], "6月に2事業所加入"),
        ([(6, 1), (9, 1), (1, 1)], "6月、9月、1月に1事業所ずつ計3事業所加入"),
        ([(6, 2), (9, 2)], "6月、9月に2事業所ずつ計4事業所加入"),
        ([(6, 2), (9, 1)], "6月に2事業所、9月に1事業所、計3事業所加入"),
        ([(4, 0), (12, 3)], "12月に3事業所加入"),
    ],
)
def test_new_members_sentence(by_month: list[tuple[int, int]], sentence: str) -> None:
    assert new_members_sentence(by_month) == sentence


@pytest.mark.parametrize(
    ("days", "workshops", "phrase"),
    [
        ((15, 12), (10, 8), "区役所販売は昨年度より日数、出店事業所が増えた"),
        ((10, 12), (7, 8), "区役所販売は昨年度より日数、出店事業所が減った"),
        ((15, 12), (7, 8), "区役所販売は昨年度より日数が増え、出店事業所が減った"),
        ((10, 12), (9, 8), "区役所販売は昨年度より出店事業所が増え、日数が減った"),
        ((15, 12), (8, 8), "区役所販売は昨年度より日数が増え、出店事業所は同じだった"),
        ((12, 12), (7, 8), "区役所販売は昨年度より出店事業所が減り、日数は同じだった"),
        ((12, 12), (8, 8), "区役所販売は日数、出店事業所とも昨年度と同じだった"),
    ],
)
def test_comparison_phrase(days: tuple[int, int], workshops: tuple[int, int], phrase: str) -> None:
    items = [("日数", *days), ("出店事業所", *workshops)]
    assert comparison_phrase("区役所販売", items) == phrase


@pytest.mark.parametrize(
    ("now", "before", "text"),
    [
        (1_123_000, 1_000_000, "12.3%増"),
        (95_000, 100_000, "5.0%減"),
        (100, 100, "増減なし"),
        (2, 3, "33.3%減"),
        (1_000_050, 1_000_000, "0.0%増"),
        (5, 0, ""),
        (200, 100, "100.0%増"),
    ],
)
def test_percent_change_rounds_half_up_to_one_decimal(now: int, before: int, text: str) -> None:
    assert percent_change(now, before) == text


def test_label_lines_for_new_and_dropped_venues() -> None:
    new = LabelFigures("みなと駅出張販売", YearFigures(2, 2, 3, 1500), YearFigures())
    gone = LabelFigures("西谷浄水場出張販売", YearFigures(), YearFigures(1, 2, 2, 0))
    never = LabelFigures("休止会場", YearFigures(), YearFigures())
    assert label_line(new, True) == (
        "・みなと駅出張販売を実施した（販売日数 2日、出店事業所 2事業所、延べ3事業所。昨年度は実施なし）。"
    )
    assert label_line(gone, True) == (
        "・西谷浄水場出張販売は今年度は実施しなかった（昨年度 販売日数 1日、出店事業所 2事業所、延べ2事業所）。"
    )
    assert label_line(never, True) == ""
    assert label_line(new, False) == "・みなと駅出張販売（販売日数 2日、出店事業所 2事業所、延べ3事業所）。"


def test_an_empty_year_still_says_something() -> None:
    assert draft_achievements(DraftFacts()) == "・新規加入の事業所はなかった。"


def test_numbered_items_replace_typed_marks_and_join_continuations() -> None:
    text = "・売れ残りが多い\n\n（2）需要が読めない\n　昼の弁当で特に\n３．週末の販売を求められる\n2024年度から続く課題"
    assert numbered_items(text) == [
        "1. 売れ残りが多い",
        "2. 需要が読めない昼の弁当で特に",
        "3. 週末の販売を求められる",
        "4. 2024年度から続く課題",
    ]
    assert numbered_items("  \n") == []


def test_title_and_month_cells() -> None:
    council = council_name("みなと区", "障害者地域自立支援協議会")
    assert report_title(council, "令和6年度") == "みなと区障害者地域自立支援協議会 令和6年度 部会年間報告書"
    assert council_name("", "") == "障害者地域自立支援協議会"
    assert [month_cell(m) for m in (4, 12, 1, 3)] == ["4月", "12月", "1月", "3月"]
