"""`pos calendar`, `pos requests`, `pos signups import`: the sales calendar from the command line."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pdfplumber
import pytest
from icalendar import Calendar

from pos.cli import main
from pos.db.engine import open_database
from pos.services import calendar, catalog, requests
from pos.services.calendar import ShiftSpec

TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def planned(db_path: Path) -> str:
    """June 2026: the mall on Sat 13th (10-13 needs 2 with 2 signed up, 13-16 needs 2 with 1), the ward
    office on Mon 15th all day without shifts; July 1st at the mall (not in June's files)."""
    db = open_database(db_path)
    mall = catalog.create_venue(db, "イオン天王町SC", "イオン天王町SC出張販売", display_order=2)
    ward = catalog.create_venue(db, "区役所ロビー", "区役所販売", display_order=1)
    bakery = catalog.create_workshop(db, "パン工房こむぎ")
    crafts = catalog.create_workshop(db, "工房<b>&ひだまり")
    p = calendar.plan_day(
        db,
        mall.id,
        date(2026, 6, 13),
        start="10:00",
        end="16:00",
        workshop_ids=[bakery.id, crafts.id],
        shifts=[ShiftSpec("10:00", "13:00", 2), ShiftSpec("13:00", "16:00", 2)],
    )
    calendar.add_signup(db, p.shifts[0].id, "山田", bakery.id)
    calendar.add_signup(db, p.shifts[0].id, "佐藤")
    calendar.add_signup(db, p.shifts[1].id, "鈴木", crafts.id)
    calendar.plan_day(db, ward.id, date(2026, 6, 15), workshop_ids=[bakery.id])
    calendar.plan_day(db, mall.id, date(2026, 7, 1))
    db.dispose()
    return str(db_path)


def test_calendar_pdf_carries_the_venue_workshops_and_the_gap(
    planned: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "june.pdf"
    assert main(["calendar", "--month", "2026-06", "--pdf", str(out), "--db", planned]) == 0
    stdout = capsys.readouterr().out
    assert "人員不足: 6月13日(土) 13:00–16:00 あと1人（イオン天王町SC）" in stdout
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        assert page.width > page.height  # A4 landscape
        text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "2026年6月 販売予定" in text
    assert "イオン天王町SC\n10:00–16:00" in text and "区役所ロビー\n終日" in text
    text = text.replace("\n", "")  # a long name wraps inside its day's cell
    assert "工房<b>&ひだまり" in text  # printed as typed, not as markup
    assert "人員 3/4" in text  # 2 of 2 in the morning + 1 of 2 in the afternoon
    assert "▲不足 13:00–16:00 あと1人" in text


def test_ics_parses_with_the_right_dates_in_tokyo(planned: str, tmp_path: Path) -> None:
    out = tmp_path / "june.ics"
    assert main(["calendar", "--month", "2026-06", "--ics", str(out), "--db", planned]) == 0
    cal = Calendar.from_ical(out.read_bytes())
    assert "Asia/Tokyo" in [tz.get("tzid") for tz in cal.walk("VTIMEZONE")]
    events = {str(e.get("location")): e for e in cal.walk("VEVENT")}
    assert set(events) == {"イオン天王町SC", "区役所ロビー"}  # July 1st is not in June's file
    mall = events["イオン天王町SC"]
    start, end = mall.decoded("dtstart"), mall.decoded("dtend")
    assert start == datetime(2026, 6, 13, 10, 0, tzinfo=TOKYO) and end == datetime(2026, 6, 13, 16, 0, tzinfo=TOKYO)
    assert start.utcoffset() == timedelta(hours=9)
    assert "TZID=Asia/Tokyo" in out.read_text(encoding="utf-8")
    assert "あと1人" in str(mall.get("description"))
    ward = events["区役所ロビー"]  # all day: a DATE, the end the next day
    assert ward.decoded("dtstart") == date(2026, 6, 15) and ward.decoded("dtend") == date(2026, 6, 16)


@pytest.mark.parametrize("bad", ["folder", "missing/out.pdf", "out.txt"])
def test_bad_output_paths_are_refused_before_writing(
    planned: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    (tmp_path / "folder").mkdir()
    assert main(["calendar", "--month", "2026-06", "--pdf", str(tmp_path / bad), "--db", planned]) == 2
    err = capsys.readouterr().err
    assert err.startswith("エラー: 出力先") and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pos.db"]


def test_a_bad_month_is_refused(planned: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for month in ("2026-13", "June", "=1+1"):
        assert main(["calendar", "--month", month, "--pdf", str(tmp_path / "x.pdf"), "--db", planned]) == 2
        assert "2026-06 の形" in capsys.readouterr().err


def test_requests_of_a_year_tab_separated(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(db_path)
    r = requests.add_request(db, "=1+1地域ケアプラザ", "夏祭り", date(2025, 8, 2))
    requests.decline_request(db, r.id, "staff")
    requests.add_request(db, "B地域ケアプラザ", "秋祭り", date(2025, 10, 5))
    db.dispose()
    assert main(["requests", "--fy", "2025", "--db", str(db_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "日付\t平日/土日\t依頼元\t行事\t連絡先\t回答",
        "2025-08-02\t土日\t'=1+1地域ケアプラザ\t夏祭り\t\tお断りした（人手不足）",
        "2025-10-05\t土日\tB地域ケアプラザ\t秋祭り\t\t未回答",
    ]
    assert "土日の出店依頼2件のうち1件は体制上お断りした（未回答1件）。" in captured.err


HEADER = "date,venue,start,end,name,workshop,contact\r\n"


def test_signups_import_adds_and_skips_what_is_there(
    planned: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "signups.csv"
    f.write_bytes(
        (
            "\ufeff"
            + HEADER
            + "2026-06-13,イオン天王町SC,13:00,16:00,田中,ボランティア,+81 90-1234-5678\r\n"
            + "2026/6/13,イオン天王町SC,13:00,16:00,鈴木,工房<b>&ひだまり,\r\n"
        ).encode("utf-8")
    )
    assert main(["signups", "import", str(f), "--db", planned]) == 0
    assert "申込みを1件取り込みました（登録済みのため飛ばした行 1件）" in capsys.readouterr().out
    db = open_database(planned)
    [mall] = [p for p in calendar.plan_for_day(db, date(2026, 6, 13))]
    assert [(s.name, s.workshop, s.contact) for s in mall.shifts[1].signups] == [
        ("田中", "ボランティア", "+81 90-1234-5678"),
        ("鈴木", "工房<b>&ひだまり", ""),
    ]
    assert mall.missing == 0
    db.dispose()


def test_signups_import_lists_every_problem_by_line_and_writes_nothing(
    planned: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "signups.csv"
    f.write_bytes(
        (
            "\ufeff"
            + HEADER
            + "2026-06-13,イオン天王町SC,13:00,16:00,田中,,\r\n"  # fine, but the file is refused as a whole
            + "2026-06-14,イオン天王町SC,13:00,16:00,高橋,,\r\n"  # nothing planned
            + "2026-06-13,イオン天王町SC,09:00,10:00,伊藤,,\r\n"  # no such shift
            + "2026-06-13,イオン天王町SC,13:00,16:00,=1+1,,\r\n"  # a formula for a name
            + "2026-06-13,イオン天王町SC,13:00,16:00,中村,存在しない作業所,\r\n"
            + "2026-02-30,どこか,,,,,\r\n"
        ).encode("utf-8")
    )
    assert main(["signups", "import", str(f), "--db", planned]) == 2
    err = capsys.readouterr().err
    assert "何も変更していません" in err
    lines = [line for line in err.splitlines() if "行目" in line]
    assert [line.split(":")[0] for line in lines] == ["3行目", "4行目", "5行目", "6行目", "7行目"]
    assert "6月14日(日)に「イオン天王町SC」の予定がありません" in lines[0]
    assert "09:00–10:00 のシフトがありません（あるのは 10:00–13:00、13:00–16:00）" in lines[1]
    assert "名前「=1+1」が = + - @ で始まっています" in lines[2]
    assert "事業所「存在しない作業所」は登録されていません" in lines[3]
    assert "日付「2026-02-30」が読めません" in lines[4] and "会場「どこか」" in lines[4] and "名前を入力" in lines[4]
    db = open_database(planned)
    assert [len(s.signups) for s in calendar.plan_for_day(db, date(2026, 6, 13))[0].shifts] == [2, 1]
    db.dispose()
