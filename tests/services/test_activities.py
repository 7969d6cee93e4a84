"""The activity log: meetings and other activities, and notes on sales days, as the monthly lines use them."""

from __future__ import annotations

from datetime import date

import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput, NotFound
from pos.services import activities
from pos.services.report_lines import report_lines
from tests.services.helpers import make_booth

MEETING = activities.MEETING_LABEL


def test_record_edit_and_delete_activities(db: Database) -> None:
    m = activities.add_activity(db, date(2024, 7, 16), "meeting", MEETING, "区役所・イオン販売\n新規加入等")
    audit = activities.add_activity(db, date(2024, 4, 8), "other", " 会計監査 ")
    assert m.note == "区役所・イオン販売、新規加入等"  # one line in the report
    assert [(a.day, a.kind_label, a.label) for a in activities.list_activities(db, 2024)] == [
        (date(2024, 4, 8), "その他の活動", "会計監査"),
        (date(2024, 7, 16), "会議", MEETING),
    ]
    lines = report_lines(db, 2024)
    assert lines[0].activity == "会計監査（8日）"
    assert (lines[3].activity, lines[3].meeting_days) == (f"{MEETING}（区役所・イオン販売、新規加入等）", "16日")

    activities.update_activity(db, m.id, date(2024, 7, 17), "meeting", MEETING, "議題を直した")
    assert report_lines(db, 2024)[3].as_row() == f"7月\t{MEETING}（議題を直した）\t17日"
    activities.delete_activity(db, audit.id)
    assert report_lines(db, 2024)[0].activity == ""
    with pytest.raises(NotFound):
        activities.delete_activity(db, audit.id)


def test_duplicates_and_bad_input_are_refused(db: Database) -> None:
    first = activities.add_activity(db, date(2024, 7, 16), "meeting", MEETING)
    with pytest.raises(InvalidInput, match="すでに記録されています"):
        activities.add_activity(db, date(2024, 7, 16), "meeting", MEETING, "別の議題")
    other = activities.add_activity(db, date(2024, 7, 17), "meeting", MEETING)
    with pytest.raises(InvalidInput, match="すでに記録されています"):
        activities.update_activity(db, other.id, first.day, "meeting", MEETING)
    with pytest.raises(InvalidInput, match="名称を入力"):
        activities.add_activity(db, date(2024, 7, 18), "other", "  ")
    with pytest.raises(InvalidInput, match="種類"):
        activities.add_activity(db, date(2024, 7, 18), "party", "打ち上げ")
    with pytest.raises(InvalidInput, match="制御文字"):
        activities.add_activity(db, date(2024, 7, 18), "other", "会計\x07監査")
    assert activities.activity_labels(db)[:2] == [MEETING, "会計監査"]


def test_day_notes_go_into_the_monthly_line(db: Database) -> None:
    b = make_booth(db)  # ゆめが丘SC出張販売 on 2024-06-15 with two workshops
    [day] = activities.list_day_notes(db, 2024)
    assert (day.venue_name, day.workshops, day.guests, day.notes) == ("ゆめが丘SC", 2, 0, "")
    saved = activities.set_day_notes(db, b.day.id, "他区から1事業所がゲスト出店\n相談コーナー併設")
    assert saved.notes == "他区から1事業所がゲスト出店、相談コーナー併設"
    assert report_lines(db, 2024)[2].activity == (
        "ゆめが丘SC出張販売（15日、2事業所出店、他区から1事業所がゲスト出店、相談コーナー併設）"
    )
    activities.set_day_notes(db, b.day.id, "")
    assert report_lines(db, 2024)[2].activity == "ゆめが丘SC出張販売（15日、2事業所出店）"


def test_fiscal_years_offered(db: Database) -> None:
    from pos.services.fiscal_years import fiscal_years, report_year_default

    assert fiscal_years(db, date(2025, 11, 1)) == [2025]  # an empty database: the current year
    activities.add_activity(db, date(2022, 5, 1), "other", "会計監査")
    assert fiscal_years(db, date(2025, 11, 1)) == [2025, 2024, 2023, 2022]
    assert report_year_default(date(2026, 5, 10)) == 2025  # April-June: the year just ended
    assert report_year_default(date(2026, 3, 1)) == 2025
    assert report_year_default(date(2026, 7, 1)) == 2026
