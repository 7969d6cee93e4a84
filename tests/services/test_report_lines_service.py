"""`report_lines`: days rung up in the app and imported history feed the same monthly lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pos.db.engine import Database
from pos.db.models import Activity
from pos.services import catalog, days
from pos.services.history import import_history
from pos.services.report_lines import report_lines


def test_app_days_guests_meetings_and_history_make_the_lines(db: Database, tmp_path: Path) -> None:
    ward = catalog.create_venue(db, "区役所ロビー", "区役所販売", display_order=1)
    mall = catalog.create_venue(db, "ゆめが丘SC", "ゆめが丘SC出張販売", display_order=2)
    a = catalog.create_workshop(db, "工房A")
    b = catalog.create_workshop(db, "工房B")
    c = catalog.create_workshop(db, "工房C")
    guest = catalog.create_workshop(db, "となり区工房", is_guest=True)
    # mall on 21 July: A, B, C and a guest; ward office on 2, 3 and 9 July
    days.open_day(db, mall.id, date(2024, 7, 21), [a.id, b.id, c.id, guest.id])
    days.open_day(db, ward.id, date(2024, 7, 2), [a.id])
    days.open_day(db, ward.id, date(2024, 7, 3), [a.id, b.id])
    days.open_day(db, ward.id, date(2024, 7, 9), [b.id])
    with db.sessions.begin() as s:
        s.add(
            Activity(
                day=date(2024, 7, 16), kind="meeting", label="自主製品販売強化実行委員会会議", note="イオン販売計画等"
            )
        )
    csv = tmp_path / "past.csv"
    csv.write_text(
        "date,kind,label,workshop,note\n"
        "2025-03-08,other,会計監査,,\n"
        "2025-03-20,sale,あじさい祭り出店販売,工房A,\n"
        "2025-03-20,sale,あじさい祭り出店販売,工房Z,\n",
        encoding="utf-8",
    )
    import_history(db, csv)

    lines = report_lines(db, 2024)
    assert [ln.month for ln in lines] == [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
    july = lines[3]
    assert july.as_row() == (
        "7月\t自主製品販売強化実行委員会会議（イオン販売計画等）、区役所販売（3日間、2事業所、延4事業所出店）、"
        "ゆめが丘SC出張販売（21日、3事業所出店、他区から1事業所がゲスト出店）\t16日"
    )
    assert lines[11].as_row() == "3月\t会計監査（8日）、あじさい祭り出店販売（20日、2事業所）\t"
    assert lines[0].as_row() == "4月\t\t"
    assert report_lines(db, 2023)[3].as_row() == "7月\t\t"
