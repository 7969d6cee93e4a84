"""Tests of pos.services.history: importing past years' records from CSV.

Every test writes its CSV file itself and then looks at what the database holds.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos.db.engine import Database, open_database
from pos.db.models import Activity, Participation, SalesDay, Venue, Workshop
from pos.domain.errors import ImportErrors, InvalidInput
from pos.domain.report_lines import ActivityFact, SalesDayFact, monthly_lines
from pos.services.history import ImportSummary, import_history

HEADER = "date,kind,label,workshop,note"
MEETING = "自主製品販売強化実行委員会会議"
KUYAKUSHO = "区役所販売"
AEON = "イオン天王町SC出張販売"
HOSHIKAWA = "星川駅出張販売"
AUDIT = "会計監査"
HIMAWARI = "ひまわり作業所"
AOBA = "工房あおば"
KOMOREBI = "こもれび舎"

# A small past year: three consecutive days at the ward office, a mall day with a note, a meeting
# and an audit.
PAST_YEAR_ROWS = [
    f"2023-07-02,sale,{KUYAKUSHO},{HIMAWARI},",
    f"2023-07-02,sale,{KUYAKUSHO},{AOBA},",
    f"2023-07-03,sale,{KUYAKUSHO},{HIMAWARI},",
    f"2023-07-03,sale,{KUYAKUSHO},{AOBA},",
    f"2023-07-04,sale,{KUYAKUSHO},{HIMAWARI},",
    f"2023-07-21,sale,{AEON},{HIMAWARI},他区から1事業所がゲスト出店",
    f"2023-07-21,sale,{AEON},{AOBA},他区から1事業所がゲスト出店",
    f"2023-07-21,sale,{AEON},{KOMOREBI},",
    f"2023-07-16,meeting,{MEETING},,区役所・イオン販売、新規加入等",
    f"2024-03-08,other,{AUDIT},,",
]


def write_csv(tmp_path: Path, rows: list[str], *, name: str = "history.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\n".join([HEADER, *rows]) + "\n").encode(encoding))
    return path


def row_counts(db: Database) -> dict[str, int]:
    with db.sessions() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Venue, Workshop, SalesDay, Participation, Activity)
        }


def snapshot(db: Database) -> dict[str, object]:
    """Everything an import can create or change, without the generated ids."""
    with db.sessions() as s:
        days = {
            (v.name, d.day, d.source, d.state, d.change_fund, d.notes): frozenset(
                s.scalars(
                    select(Workshop.name)
                    .join(Participation, Participation.workshop_id == Workshop.id)
                    .where(Participation.sales_day_id == d.id)
                )
            )
            for d, v in s.execute(select(SalesDay, Venue).join(Venue, SalesDay.venue_id == Venue.id))
        }
        return {
            "venues": {(v.name, v.report_label, v.display_order, v.from_history) for v in s.scalars(select(Venue))},
            "workshops": {(w.name, w.category, w.is_guest, w.from_history) for w in s.scalars(select(Workshop))},
            "days": days,
            "activities": {(a.day, a.kind, a.label, a.note) for a in s.scalars(select(Activity))},
        }


def day_of(db: Database, label: str, day: date) -> SalesDay:
    with db.sessions() as s:
        return s.scalars(
            select(SalesDay)
            .join(Venue, SalesDay.venue_id == Venue.id)
            .where(Venue.report_label == label, SalesDay.day == day)
        ).one()


def workshops_of(db: Database, sales_day: SalesDay) -> set[str]:
    with db.sessions() as s:
        return set(
            s.scalars(
                select(Workshop.name)
                .join(Participation, Participation.workshop_id == Workshop.id)
                .where(Participation.sales_day_id == sales_day.id)
            )
        )


def problems_of(excinfo: pytest.ExceptionInfo[ImportErrors]) -> list[tuple[int, str]]:
    return excinfo.value.problems


# --- a past year into an empty database ---------------------------------------------------------


def test_past_year_imports_into_empty_database(db: Database, tmp_path: Path) -> None:
    summary = import_history(db, write_csv(tmp_path, PAST_YEAR_ROWS))

    assert summary == ImportSummary(rows=10, sales_days=4, participations=8, workshops=3, venues=2, activities=2)
    with db.sessions() as s:
        venues = {v.name: v for v in s.scalars(select(Venue))}
        assert set(venues) == {KUYAKUSHO, AEON}
        for name, v in venues.items():
            assert (v.report_label, v.display_order, v.from_history) == (name, 1000, True)

        workshops = {w.name: w for w in s.scalars(select(Workshop))}
        assert set(workshops) == {HIMAWARI, AOBA, KOMOREBI}
        for w in workshops.values():
            assert w.from_history is True
            assert w.is_guest is False
            assert w.category == "障害福祉サービス事業者"

        days = list(s.scalars(select(SalesDay).order_by(SalesDay.day)))
        assert [d.day for d in days] == [date(2023, 7, d) for d in (2, 3, 4, 21)]
        for d in days:
            assert (d.source, d.state, d.change_fund) == ("history", "closed", 0)
        assert [d.notes for d in days] == ["", "", "", "他区から1事業所がゲスト出店"]

        activities = {(a.day, a.kind, a.label, a.note) for a in s.scalars(select(Activity))}
        assert activities == {
            (date(2023, 7, 16), "meeting", MEETING, "区役所・イオン販売、新規加入等"),
            (date(2024, 3, 8), "other", AUDIT, ""),
        }
    assert workshops_of(db, day_of(db, KUYAKUSHO, date(2023, 7, 2))) == {HIMAWARI, AOBA}
    assert workshops_of(db, day_of(db, KUYAKUSHO, date(2023, 7, 4))) == {HIMAWARI}
    assert workshops_of(db, day_of(db, AEON, date(2023, 7, 21))) == {HIMAWARI, AOBA, KOMOREBI}


def test_bom_crlf_and_spreadsheet_habits_are_accepted(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    text = "\r\n".join(
        [
            " date , kind ,label, workshop ,note ",
            f"2023/7/2,sale, {KUYAKUSHO} ,  {HIMAWARI}\u3000, ",  # Excel's date, stray spaces
            ",,,,",  # an empty spreadsheet row
            "",
            f"２０２３－０７－０３,Sale,{KUYAKUSHO},{HIMAWARI},",  # full-width digits
        ]
    )
    path.write_bytes(text.encode("utf-8-sig"))

    summary = import_history(db, path)

    assert (summary.rows, summary.sales_days, summary.workshops) == (2, 2, 1)
    with db.sessions() as s:
        assert list(s.scalars(select(Workshop.name))) == [HIMAWARI]
        assert list(s.scalars(select(Venue.name))) == [KUYAKUSHO]
        assert sorted(s.scalars(select(SalesDay.day))) == [date(2023, 7, 2), date(2023, 7, 3)]


# --- order and idempotence ----------------------------------------------------------------------


def _copies(db_path: Path, tmp_path: Path, n: int) -> Iterator[Database]:
    """n fresh databases, byte copies of the fixture's migrated file."""
    template = db_path.read_bytes()
    for i in range(n):
        path = tmp_path / f"copy{i}.db"
        path.write_bytes(template)
        yield open_database(path)


def test_any_row_order_gives_the_same_records(db_path: Path, tmp_path: Path) -> None:
    shuffled = list(PAST_YEAR_ROWS)
    random.Random(20230702).shuffle(shuffled)
    orders = [PAST_YEAR_ROWS, list(reversed(PAST_YEAR_ROWS)), shuffled]

    snapshots = []
    for i, (rows, database) in enumerate(zip(orders, _copies(db_path, tmp_path, len(orders)), strict=True)):
        try:
            import_history(database, write_csv(tmp_path, rows, name=f"order{i}.csv"))
            snapshots.append(snapshot(database))
        finally:
            database.dispose()

    assert snapshots[0]["days"]  # something was imported
    assert snapshots[1] == snapshots[0]
    assert snapshots[2] == snapshots[0]


def test_importing_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    rows = [*PAST_YEAR_ROWS, f"2023-07-02,sale,{KUYAKUSHO},{KOMOREBI},午後は雨"]
    path = write_csv(tmp_path, rows)
    first = import_history(db, path)
    counts, records = row_counts(db), snapshot(db)

    second = import_history(db, path)

    assert first.sales_days == 4
    assert second == ImportSummary(rows=11)
    assert row_counts(db) == counts
    assert snapshot(db) == records
    assert day_of(db, KUYAKUSHO, date(2023, 7, 2)).notes == "午後は雨"


def test_overlapping_second_file_adds_only_what_is_new(db: Database, tmp_path: Path) -> None:
    import_history(db, write_csv(tmp_path, PAST_YEAR_ROWS[:5], name="a.csv"))

    summary = import_history(db, write_csv(tmp_path, PAST_YEAR_ROWS[3:8], name="b.csv"))

    assert summary == ImportSummary(rows=5, sales_days=1, participations=3, workshops=1, venues=1)
    assert row_counts(db) == {
        "venues": 2,
        "workshops": 3,
        "sales_days": 4,
        "participations": 8,
        "activities": 0,
    }


# --- notes --------------------------------------------------------------------------------------


def test_notes_are_joined_in_file_order_and_never_duplicated(db: Database, tmp_path: Path) -> None:
    rows = [
        f"2023-11-03,sale,{HOSHIKAWA},{HIMAWARI},他区から1事業所がゲスト出店",
        f"2023-11-03,sale,{HOSHIKAWA},{AOBA},",
        f"2023-11-03,sale,{HOSHIKAWA},{KOMOREBI},相談コーナー併設",
        f"2023-11-03,sale,{HOSHIKAWA},{KOMOREBI},他区から1事業所がゲスト出店",
        f"2023-11-03,sale,{KUYAKUSHO},{AOBA},雨天",  # another label the same day: its own note
        f"2023-11-04,sale,{HOSHIKAWA},{AOBA},",
    ]
    path = write_csv(tmp_path, rows)
    import_history(db, path)
    import_history(db, path)

    assert day_of(db, HOSHIKAWA, date(2023, 11, 3)).notes == "他区から1事業所がゲスト出店、相談コーナー併設"
    assert day_of(db, KUYAKUSHO, date(2023, 11, 3)).notes == "雨天"
    assert day_of(db, HOSHIKAWA, date(2023, 11, 4)).notes == ""

    # A later file brings one note already there (as part of the text) and one new.
    later = [
        f"2023-11-03,sale,{HOSHIKAWA},{AOBA},相談コーナー併設",
        f"2023-11-03,sale,{HOSHIKAWA},{AOBA},売り切れ多数",
        f"2023-11-03,sale,{HOSHIKAWA},{AOBA},ゲスト出店",
    ]
    import_history(db, write_csv(tmp_path, later, name="later.csv"))
    assert (
        day_of(db, HOSHIKAWA, date(2023, 11, 3)).notes == "他区から1事業所がゲスト出店、相談コーナー併設、売り切れ多数"
    )


# --- meetings and other activities --------------------------------------------------------------


def test_meetings_and_other_activities(db: Database, tmp_path: Path) -> None:
    with db.sessions.begin() as s:
        s.add(Activity(day=date(2023, 5, 17), kind="meeting", label=MEETING, note=""))
        s.add(Activity(day=date(2023, 6, 21), kind="meeting", label=MEETING, note="会場の確認"))
    rows = [
        f"2023-04-19,meeting,{MEETING},,年間計画",
        f"2023-05-17,meeting,{MEETING},,区役所販売の振り返り",  # existing without agenda: set it
        f"2023-06-21,meeting,{MEETING},,別の議題",  # existing with agenda: left as is
        f"2023-06-21,other,{MEETING},,",  # another kind: another activity
        f"2024-03-08,other,{AUDIT},,",
        f"2024-03-08,other,{AUDIT},,",  # the same row twice: one activity
        f"2024-03-08,meeting,{MEETING},,",
        f"2024-03-08,meeting,{MEETING},,監査報告",  # agenda on the second row of the same meeting
    ]

    summary = import_history(db, write_csv(tmp_path, rows))

    assert summary == ImportSummary(rows=8, activities=4)
    with db.sessions() as s:
        got = {(a.day, a.kind, a.label, a.note) for a in s.scalars(select(Activity))}
        assert s.scalar(select(func.count()).select_from(Venue)) == 0
    assert got == {
        (date(2023, 4, 19), "meeting", MEETING, "年間計画"),
        (date(2023, 5, 17), "meeting", MEETING, "区役所販売の振り返り"),
        (date(2023, 6, 21), "meeting", MEETING, "会場の確認"),
        (date(2023, 6, 21), "other", MEETING, ""),
        (date(2024, 3, 8), "other", AUDIT, ""),
        (date(2024, 3, 8), "meeting", MEETING, "監査報告"),
    }


def test_one_activity_with_two_different_notes_in_the_file_is_refused(db: Database, tmp_path: Path) -> None:
    rows = [f"2023-04-19,meeting,{MEETING},,年間計画", f"2023-04-19,meeting,{MEETING},,別の議題"]

    with pytest.raises(ImportErrors) as excinfo:
        import_history(db, write_csv(tmp_path, rows))

    [(line, message)] = problems_of(excinfo)
    assert line == 3
    assert "2行目" in message
    assert row_counts(db)["activities"] == 0


# --- refusals: nothing is written ---------------------------------------------------------------


def test_error_in_line_5_writes_nothing(db: Database, tmp_path: Path) -> None:
    with db.sessions.begin() as s:
        s.add(Workshop(name=HIMAWARI))
    before, records = row_counts(db), snapshot(db)
    rows = [
        f"2023-07-02,sale,{KUYAKUSHO},{HIMAWARI},",  # line 2
        f"2023-07-02,sale,{KUYAKUSHO},{AOBA},",  # line 3
        f"2023-07-16,meeting,{MEETING},,議題",  # line 4
        f"2023-07-32,sale,{AEON},{KOMOREBI},",  # line 5: no 32 July
        f"2023-07-21,sale,{AEON},{HIMAWARI},",  # line 6
    ]

    with pytest.raises(ImportErrors) as excinfo:
        import_history(db, write_csv(tmp_path, rows))

    problems = problems_of(excinfo)
    assert [line for line, _ in problems] == [5]
    assert "2023-07-32" in problems[0][1]
    assert "5行目" in str(excinfo.value)
    assert "何も変更していません" in str(excinfo.value)
    assert row_counts(db) == before
    assert snapshot(db) == records


def test_all_problems_are_reported_with_their_lines(db: Database, tmp_path: Path) -> None:
    rows = [
        f"2023-07-02,sale,{KUYAKUSHO},{HIMAWARI},",  # 2 fine
        "",  # 3 blank: skipped, still counted as a line
        f"07/02/2023,sale,{KUYAKUSHO},{HIMAWARI},",  # 4 bad date
        f",sale,{KUYAKUSHO},{HIMAWARI},",  # 5 missing date
        f"2023-07-02,sales,{KUYAKUSHO},{HIMAWARI},",  # 6 unknown kind
        f"2023-07-02,sale,,{HIMAWARI},",  # 7 empty label
        f"2023-07-02,sale,{KUYAKUSHO},,",  # 8 sale without workshop
        f"2023-07-16,meeting,{MEETING},{HIMAWARI},議題",  # 9 meeting with a workshop
        f"2024-03-08,other,{AUDIT},{AOBA},",  # 10 other with a workshop
        f"2023-07-02,sale,{KUYAKUSHO},{HIMAWARI}",  # 11 four fields
        f"2023-07-02,sale,{KUYAKUSHO},{HIMAWARI},,",  # 12 six fields
        f"2023-07-02,sale,{KUYAKUSHO},ひまわり\x07作業所,",  # 13 control character
        f"2023-02-29,,,{HIMAWARI},",  # 14 three problems on one line
    ]

    with pytest.raises(ImportErrors) as excinfo:
        import_history(db, write_csv(tmp_path, rows))

    problems = problems_of(excinfo)
    assert [line for line, _ in problems] == [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 14, 14]
    by_line: dict[int, list[str]] = {}
    for line, message in problems:
        by_line.setdefault(line, []).append(message)
    assert "07/02/2023" in by_line[4][0]
    assert "日付" in by_line[5][0]
    assert "sales" in by_line[6][0]
    assert "名称" in by_line[7][0]
    assert "事業所" in by_line[8][0]
    assert HIMAWARI in by_line[9][0]
    assert AOBA in by_line[10][0]
    assert "4個" in by_line[11][0]
    assert "6個" in by_line[12][0]
    assert "制御文字" in by_line[13][0] and "U+0007" in by_line[13][0]
    assert "2023-02-29" in by_line[14][0]
    assert "種類" in by_line[14][1]
    assert "名称" in by_line[14][2]
    assert sum(row_counts(db).values()) == 0


def test_unclosed_quote_is_reported_at_its_line(db: Database, tmp_path: Path) -> None:
    rows = [f"2023-07-02,sale,{KUYAKUSHO},{HIMAWARI},", f'2023-07-03,sale,{KUYAKUSHO},"{AOBA},', "x,y"]

    with pytest.raises(ImportErrors) as excinfo:
        import_history(db, write_csv(tmp_path, rows))

    assert [line for line, _ in problems_of(excinfo)] == [3]
    assert sum(row_counts(db).values()) == 0


@pytest.mark.parametrize(
    ("header", "named"),
    [
        ("date,kind,label,note", "workshop"),
        ("date,kind,label,workshop,note,amount", "amount"),
        ("date,label,kind,workshop,note", "順序"),
        ("日付,種類,名称,事業所,備考", "見出し行がありません"),
        (f"2023-07-02,sale,{KUYAKUSHO},{HIMAWARI},", "見出し行がありません"),
    ],
)
def test_wrong_header_is_refused(db: Database, tmp_path: Path, header: str, named: str) -> None:
    path = tmp_path / "h.csv"
    path.write_text(f"{header}\n2023-07-02,sale,{KUYAKUSHO},{HIMAWARI},\n", encoding="utf-8")

    with pytest.raises(ImportErrors) as excinfo:
        import_history(db, path)

    [(line, message)] = problems_of(excinfo)
    assert line == 1
    assert named in message
    assert sum(row_counts(db).values()) == 0


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\n", b",,,,\r\n"])
def test_empty_file_is_refused(db: Database, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)

    with pytest.raises(ImportErrors) as excinfo:
        import_history(db, path)

    assert "空" in problems_of(excinfo)[0][1]


def test_header_only_imports_nothing(db: Database, tmp_path: Path) -> None:
    assert import_history(db, write_csv(tmp_path, [])) == ImportSummary()
    assert sum(row_counts(db).values()) == 0


def test_non_utf8_file_is_refused_and_nothing_written(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path, PAST_YEAR_ROWS, encoding="cp932")

    with pytest.raises(ImportErrors) as excinfo:
        import_history(db, path)

    [(line, message)] = problems_of(excinfo)
    assert line == 2  # the header is ASCII; the first Japanese text is on line 2
    assert "UTF-8" in message
    assert sum(row_counts(db).values()) == 0


def test_unreadable_file_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="読めません"):
        import_history(db, tmp_path / "missing.csv")


# --- records the app already holds --------------------------------------------------------------


def test_existing_app_day_gets_the_missing_participation_and_note(db: Database, tmp_path: Path) -> None:
    with db.sessions.begin() as s:
        lobby = Venue(name="区役所1階ロビー", report_label=KUYAKUSHO, display_order=10)
        himawari = Workshop(name=HIMAWARI)
        app_day = SalesDay(
            venue=lobby, day=date(2024, 5, 7), state="closed", change_fund=20000, notes="雨天", source="app"
        )
        s.add_all([lobby, himawari, app_day])
        s.flush()
        s.add(Participation(sales_day_id=app_day.id, workshop_id=himawari.id))
    rows = [
        f"2024-05-07,sale,{KUYAKUSHO},{HIMAWARI},",
        f"2024-05-07,sale,{KUYAKUSHO},{AOBA},他区から1事業所がゲスト出店",
        f"2024-05-08,sale,{KUYAKUSHO},{AOBA},",
    ]

    summary = import_history(db, write_csv(tmp_path, rows))

    assert summary == ImportSummary(rows=3, sales_days=1, participations=2, workshops=1)
    with db.sessions() as s:
        days = {d.day: d for d in s.scalars(select(SalesDay))}
        assert list(s.scalars(select(Venue.name))) == ["区役所1階ロビー"]  # no second venue
        his_himawari = s.scalars(select(Workshop).where(Workshop.name == HIMAWARI)).one()
        assert his_himawari.from_history is False
    kept = days[date(2024, 5, 7)]
    assert (kept.id, kept.source, kept.state, kept.change_fund) == (app_day.id, "app", "closed", 20000)
    assert kept.notes == "雨天、他区から1事業所がゲスト出店"
    assert workshops_of(db, kept) == {HIMAWARI, AOBA}
    new = days[date(2024, 5, 8)]
    assert (new.venue_id, new.source) == (lobby.id, "history")


def test_label_that_is_another_venues_name_is_refused(db: Database, tmp_path: Path) -> None:
    with db.sessions.begin() as s:
        s.add(Venue(name=KUYAKUSHO, report_label="区役所ロビー販売"))

    with pytest.raises(ImportErrors) as excinfo:
        import_history(db, write_csv(tmp_path, [f"2024-05-07,sale,{KUYAKUSHO},{HIMAWARI},"]))

    [(line, message)] = problems_of(excinfo)
    assert line == 2
    assert "区役所ロビー販売" in message
    assert row_counts(db) == {
        "venues": 1,
        "workshops": 0,
        "sales_days": 0,
        "participations": 0,
        "activities": 0,
    }


# --- end to end into the monthly report ---------------------------------------------------------


def facts_from_db(db: Database) -> tuple[list[SalesDayFact], list[ActivityFact]]:
    with db.sessions() as s:
        sales = [
            SalesDayFact(
                day=d.day,
                label=v.report_label,
                venue_order=v.display_order,
                workshops=frozenset(
                    str(w)
                    for w in s.scalars(select(Participation.workshop_id).where(Participation.sales_day_id == d.id))
                ),
                note=d.notes,
            )
            for d, v in s.execute(select(SalesDay, Venue).join(Venue, SalesDay.venue_id == Venue.id))
        ]
        activities = [ActivityFact(a.day, a.kind, a.label, a.note) for a in s.scalars(select(Activity))]
    return sales, activities


def test_imported_year_gives_the_monthly_report_lines(db: Database, tmp_path: Path) -> None:
    import_history(db, write_csv(tmp_path, PAST_YEAR_ROWS))

    lines = monthly_lines(2023, *facts_from_db(db))

    by_month = {line.month: line for line in lines}
    assert by_month[7].activity == (
        f"{MEETING}（区役所・イオン販売、新規加入等）、"
        "区役所販売（2日～4日、2事業所、延5事業所出店）、"
        "イオン天王町SC出張販売（21日、3事業所出店、他区から1事業所がゲスト出店）"
    )
    assert by_month[7].meeting_days == "16日"
    assert by_month[3].activity == "会計監査（8日）"
    assert by_month[3].meeting_days == ""
    assert all(line.activity == "" for line in lines if line.month not in (7, 3))
