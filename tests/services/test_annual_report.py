"""The annual report service on the hand-made two-year record (tests/annual_fixture.py).

Expected figures are worked out by hand in the fixture's docstring.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos.db.engine import Database, open_database
from pos.domain.errors import InvalidInput
from pos.domain.members import MEMBER_CATEGORIES
from pos.domain.report_lines import format_lines
from pos.services import annual_report as svc
from pos.services.settings import set_setting
from tests.annual_fixture import EXPECTED_DRAFT, EXPECTED_LINES_FY2025, FY, PREVIOUS, two_years_db


@pytest.fixture
def two(tmp_path: Path) -> Iterator[Database]:
    with two_years_db(tmp_path) as db:
        yield db


def test_the_draft_compares_with_the_previous_year(two: Database) -> None:
    assert svc.achievements_draft(two, FY) == EXPECTED_DRAFT


def test_the_draft_facts_by_label(two: Database) -> None:
    facts = svc.draft_facts(two, FY)
    labels = [f.label for f in facts.labels]
    assert labels == ["区役所販売", "ゆめが丘SC出張販売", "みなと駅出張販売", "西谷浄水場出張販売"]
    ward = facts.labels[0]
    assert (ward.this_year.days, ward.this_year.workshops, ward.this_year.workshop_days, ward.this_year.sales) == (
        3,
        4,
        5,
        3_500,
    )
    assert (ward.last_year.days, ward.last_year.workshops, ward.last_year.workshop_days, ward.last_year.sales) == (
        2,
        3,
        4,
        1_800,
    )
    assert facts.participants == (5, 4)
    assert facts.new_members == ((6, 1), (9, 1), (1, 1))
    assert facts.meetings == (("自主製品販売強化実行委員会会議", 2),)
    assert facts.others == (("会計監査", 1),)
    assert facts.has_last_year


def test_the_first_year_has_nothing_to_compare_with(two: Database) -> None:
    draft = svc.achievements_draft(two, PREVIOUS)
    assert "昨年度" not in draft
    assert "・区役所販売（販売日数 2日、出店事業所 3事業所、延べ4事業所）。" in draft.splitlines()
    assert "・新規加入の事業所はなかった。" in draft.splitlines()
    assert "　合計 3,700円" in draft.splitlines()


def test_member_counts_follow_the_rule(two: Database) -> None:
    # FY2025: A B C D E (H inactive and absent, 昔の作業所 history-only and absent, G guest) + F.
    counts = svc.member_counts(two, FY)
    assert counts["障害福祉サービス事業者"] == 5
    assert counts["社会福祉協議会"] == 1
    assert sum(counts.values()) == 6
    assert list(counts) == list(MEMBER_CATEGORIES)
    # FY2024: A B H 昔の作業所 took part (C D E joined later) + F.
    before = svc.member_counts(two, PREVIOUS)
    assert before["障害福祉サービス事業者"] == 4
    assert sum(before.values()) == 5


def test_report_fields(two: Database) -> None:
    r = svc.annual_report(two, FY)
    assert r.title == "みなと区障害者地域自立支援協議会 令和7年度 部会年間報告書"
    assert r.subcommittee == "自主製品販売部会"
    assert format_lines(r.months).split("\n") == EXPECTED_LINES_FY2025
    assert r.achievements == EXPECTED_DRAFT
    assert r.goal.startswith("障害者の社会参加")  # the default goal setting
    assert r.member_total == 6
    assert r.problems == r.share == r.citywide == ""


def test_saved_texts_survive_reopening_the_database(two: Database, tmp_path: Path) -> None:
    svc.save_texts(
        two,
        FY,
        {
            svc.ACHIEVEMENTS: "・区役所販売が増えた。\r\n",
            svc.PROBLEMS: "売れ残りが多い\n・キャッシュレスの要望",
            svc.CHAIR_NAME: " 山田  花子 ",
            svc.CHAIR_ORG: "工房あおば",
            svc.SHARE: "情報発信",
        },
    )
    svc.save_member_extra(two, FY, {"相談支援従事者": 2, "民生・児童委員": 0})
    two.dispose()
    again = open_database(tmp_path / "two-years.db")
    try:
        r = svc.annual_report(again, FY)
        texts = svc.load_texts(again, FY)
    finally:
        again.dispose()
    assert r.achievements == "・区役所販売が増えた。"
    assert r.problem_items == ["1. 売れ残りが多い", "2. キャッシュレスの要望"]
    assert r.chair.text() == "山田 花子（工房あおば）"
    assert r.share == "情報発信"
    assert next(m for m in r.members if m.category == "相談支援従事者").count == 2
    assert r.member_total == 8
    assert not texts.is_draft()
    assert texts.member_extra == {"相談支援従事者": 2}


def test_regenerate_draft_forgets_the_saved_text(two: Database) -> None:
    svc.save_texts(two, FY, {svc.ACHIEVEMENTS: "手で書いた文章"})
    assert svc.annual_report(two, FY).achievements == "手で書いた文章"
    assert svc.regenerate_draft(two, FY) == EXPECTED_DRAFT
    assert svc.load_texts(two, FY).is_draft()
    assert svc.annual_report(two, FY).achievements == EXPECTED_DRAFT


def test_a_saved_empty_text_stays_empty(two: Database) -> None:
    svc.save_texts(two, FY, {svc.ACHIEVEMENTS: ""})
    assert svc.annual_report(two, FY).achievements == ""


def test_chair_goal_and_other_members_carry_forward(two: Database) -> None:
    set_setting(two, "chair_name", "設定の部会長")
    assert svc.annual_report(two, PREVIOUS).chair.name == "設定の部会長"
    svc.save_texts(two, PREVIOUS, {svc.CHAIR_NAME: "佐藤 一郎", svc.GOAL: "前年度の目標"})
    svc.save_member_extra(two, PREVIOUS, {"地域住民代表": 1})
    r = svc.annual_report(two, FY)
    assert (r.chair.name, r.goal) == ("佐藤 一郎", "前年度の目標")
    assert r.member_total == 7
    svc.save_texts(two, FY, {svc.CHAIR_NAME: "鈴木 二郎"})
    assert svc.annual_report(two, FY).chair.name == "鈴木 二郎"
    assert svc.annual_report(two, PREVIOUS).chair.name == "佐藤 一郎"  # the earlier year keeps its own


@pytest.mark.parametrize(
    ("texts", "message"),
    [({"unknown": "x"}, "項目"), ({svc.GOAL: "a\x00b"}, "制御文字"), ({svc.GOAL: "あ" * 10_001}, "長すぎ")],
)
def test_bad_texts_are_refused(two: Database, texts: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        svc.save_texts(two, FY, texts)


def test_bad_member_counts_are_refused(two: Database) -> None:
    with pytest.raises(InvalidInput, match="区分"):
        svc.save_member_extra(two, FY, {"宇宙人": 1})
    with pytest.raises(InvalidInput, match="整数"):
        svc.save_member_extra(two, FY, {"大学等": -1})


def test_ward_name_already_in_the_council_name_is_not_doubled(two: Database) -> None:
    set_setting(two, "council_name", "みなと区障害者地域自立支援協議会")
    assert svc.annual_report(two, FY).council == "みなと区障害者地域自立支援協議会"
