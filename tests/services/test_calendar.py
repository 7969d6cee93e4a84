"""The sales calendar through the services: recurring plans, staffing gaps, requests, annual draft."""

from __future__ import annotations

from datetime import date

import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput, StateError
from pos.services import annual_report, calendar, catalog, requests
from pos.services.calendar import ShiftSpec
from tests.services.helpers import make_booth


def test_a_recurring_plan_is_created_in_one_go_and_skips_days_already_planned(db: Database) -> None:
    booth = make_booth(db)
    ward = catalog.create_venue(db, "区役所", "区役所販売", display_order=1)
    calendar.plan_day(db, ward.id, date(2026, 6, 3), start="10:00", end="15:00")
    result = calendar.plan_series(
        db,
        ward.id,
        "weekdays",
        date(2026, 6, 1),
        date(2026, 6, 30),
        start="10:00",
        end="15:00",
        workshop_ids=[booth.bakery.id],
        shifts=[ShiftSpec("10:00", "15:00", 2)],
    )
    # 22 weekdays in June 2026, the 3rd was already planned
    assert len(result.created) == 21 and result.skipped == (date(2026, 6, 3),) and result.label == "毎平日"
    assert {p.series_id for p in result.created} == {result.created[0].series_id}
    june = calendar.month_plan(db, 2026, 6)
    assert len(june) == 22
    assert june[0].day == date(2026, 6, 1) and june[0].venue == "区役所"
    assert june[0].workshops == ((booth.bakery.id, "パン工房こむぎ"),)
    mall = calendar.plan_series(db, booth.venue.id, "monthly:2:5", date(2026, 6, 1), date(2026, 7, 31))
    assert [p.day for p in mall.created] == [date(2026, 6, 13), date(2026, 7, 11)]
    assert mall.label == "毎月第2土曜"


def test_gaps_are_needed_minus_signed_up(db: Database) -> None:
    booth = make_booth(db)
    p = calendar.plan_day(
        db,
        booth.venue.id,
        date(2026, 6, 13),
        start="10:00",
        end="16:00",
        shifts=[ShiftSpec("10:00", "13:00", 2), ShiftSpec("13:00", "16:00", 3)],
    )
    morning, afternoon = p.shifts
    calendar.add_signup(db, morning.id, "山田 花子", booth.bakery.id, "090-0000-0000")
    calendar.add_signup(db, morning.id, "佐藤 一郎")  # a volunteer
    calendar.add_signup(db, afternoon.id, "鈴木 次郎", booth.crafts.id)
    # morning 2 needed, 2 signed up → full; afternoon 3 needed, 1 signed up → 2 missing
    gaps = calendar.gaps_between(db, date(2026, 6, 1), date(2026, 6, 30))
    assert [g.text() for g in gaps] == ["6月13日(土) 13:00–16:00 あと2人"]
    day = calendar.planned_day(db, p.id)
    assert [s.workshop for s in day.shifts[0].signups] == ["ボランティア", "パン工房こむぎ"]  # by name: 佐藤, 山田
    assert day.missing == 2
    # more people than needed never makes a negative gap
    for name in ("a", "b", "c"):
        calendar.add_signup(db, afternoon.id, name)
    assert calendar.gaps_between(db, date(2026, 6, 1), date(2026, 6, 30)) == []


def test_workshops_signups_per_month_are_counted(db: Database) -> None:
    booth = make_booth(db)
    for d in (13, 20):
        p = calendar.plan_day(
            db,
            booth.venue.id,
            date(2026, 6, d),
            workshop_ids=[booth.bakery.id],
            shifts=[ShiftSpec("10:00", "15:00", 2)],
        )
        calendar.add_signup(db, p.shifts[0].id, "山田", booth.bakery.id)
    p = calendar.plan_day(db, booth.venue.id, date(2026, 6, 27), workshop_ids=[booth.crafts.id])
    calendar.plan_day(db, booth.venue.id, date(2026, 7, 4), workshop_ids=[booth.crafts.id])
    rows = {r.workshop: (r.selling_days, r.staff_signups) for r in calendar.workshop_months(db, 2026, 6)}
    assert rows == {"パン工房こむぎ": (2, 2), "工房ひだまり": (1, 0)}


def test_refusals_leave_nothing_behind(db: Database) -> None:
    booth = make_booth(db)
    calendar.plan_day(db, booth.venue.id, date(2026, 6, 13))
    with pytest.raises(InvalidInput, match="すでにあります"):
        calendar.plan_day(db, booth.venue.id, date(2026, 6, 13))
    with pytest.raises(InvalidInput, match="人数"):
        calendar.plan_day(db, booth.venue.id, date(2026, 6, 14), shifts=[ShiftSpec("10:00", "12:00", 10_000)])
    with pytest.raises(InvalidInput, match="名前"):
        calendar.add_signup(
            db, calendar.add_shift(db, calendar.month_plan(db, 2026, 6)[0].id, "10:00", "12:00", 1).id, "  "
        )
    assert [p.day for p in calendar.month_plan(db, 2026, 6)] == [date(2026, 6, 13)]


def test_an_accepted_request_becomes_a_planned_day(db: Database) -> None:
    booth = make_booth(db)
    r = requests.add_request(db, "川辺地域ケアプラザ", "ケアプラザ祭り", date(2026, 6, 20), contact="045-000-0000")
    assert r.weekend and r.status == "pending" and r.answer == "未回答"
    done = requests.accept_request(db, r.id, booth.venue.id, start="10:00", end="14:00")
    assert done.status == "accepted" and done.planned_day_id is not None
    [p] = calendar.plan_for_day(db, date(2026, 6, 20))
    assert p.venue_id == booth.venue.id and p.request_id == r.id and (p.start, p.end) == ("10:00", "14:00")
    assert "川辺地域ケアプラザ" in p.notes
    with pytest.raises(StateError, match="回答済み"):
        requests.decline_request(db, r.id, "staff")
    # back to pending removes the planned day nobody signed up for
    assert requests.reopen_request(db, r.id).status == "pending"
    assert calendar.plan_for_day(db, date(2026, 6, 20)) == []


def test_a_request_on_an_already_planned_day_is_refused_whole(db: Database) -> None:
    booth = make_booth(db)
    calendar.plan_day(db, booth.venue.id, date(2026, 6, 20))
    r = requests.add_request(db, "ケアプラザ", "祭り", date(2026, 6, 20))
    with pytest.raises(InvalidInput, match="すでにあります"):
        requests.accept_request(db, r.id, booth.venue.id)
    assert requests.get_request(db, r.id).status == "pending"


def test_declined_weekend_requests_are_counted_in_the_annual_draft(db: Database) -> None:
    make_booth(db)
    # FY2025: Sat 2025-05-10, Sun 2025-05-11, Sat 2025-11-15, Mon 2025-05-12
    a = requests.add_request(db, "A地域ケアプラザ", "春祭り", date(2025, 5, 10))
    b = requests.add_request(db, "B地域ケアプラザ", "交流会", date(2025, 5, 11))
    c = requests.add_request(db, "C地域ケアプラザ", "秋祭り", date(2025, 11, 15))
    d = requests.add_request(db, "D地区社協", "平日の会", date(2025, 5, 12))
    requests.decline_request(db, a.id, "staff")
    requests.decline_request(db, b.id, "staff")
    requests.decline_request(db, d.id, "staff")  # a weekday: not in the weekend sentence
    assert requests.get_request(db, b.id).answer == "お断りした（人手不足）"
    assert requests.get_request(db, c.id).answer == "未回答"
    texts = annual_report.load_texts(db, 2025)
    # 3 weekend requests, 2 declined for lack of staff, 1 pending
    assert texts.values[annual_report.PROBLEMS] == "土日の出店依頼3件のうち2件は体制上お断りした（未回答1件）。"
    assert annual_report.annual_report(db, 2025).problem_items == [
        "1. 土日の出店依頼3件のうち2件は体制上お断りした（未回答1件）。"
    ]
    # the coordinator's saved text replaces the draft
    annual_report.save_texts(db, 2025, {annual_report.PROBLEMS: "売れ残りが多い"})
    assert annual_report.load_texts(db, 2025).values[annual_report.PROBLEMS] == "売れ残りが多い"


def test_requests_of_a_year_tab_separated(db: Database) -> None:
    r = requests.add_request(db, "A地域ケアプラザ", "春祭り", date(2025, 5, 10), contact="担当 田中")
    requests.decline_request(db, r.id, "other", "雨天時の会場なし")
    requests.add_request(db, "B", "三月の会", date(2026, 3, 31))
    requests.add_request(db, "C", "翌年度", date(2026, 4, 1))
    text = requests.format_requests(requests.list_requests(db, 2025))
    assert text.split("\n") == [
        "日付\t平日/土日\t依頼元\t行事\t連絡先\t回答",
        "2025-05-10\t土日\tA地域ケアプラザ\t春祭り\t担当 田中\tお断りした（その他: 雨天時の会場なし）",
        "2026-03-31\t平日\tB\t三月の会\t\t未回答",
    ]
