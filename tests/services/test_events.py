"""An event over several days: notes written once, a month-end event in each month's line, leftovers carried.

星川駅 from Mon 30 Sept to Wed 2 Oct 2024 (fiscal year 2024), notes written once on the event:
「他区から1事業所がゲスト出店」. Workshops per day: 30 Sept A, B; 1 Oct A, C, guest G; 2 Oct B, C.
By hand (report-format.md):
- September: one day, 2 workshops → 星川駅出張販売（30日、2事業所出店、他区から1事業所がゲスト出店）
- October: 1–2 Oct consecutive, distinct members A, B, C = 3, workshop-days 2 + 2 = 4 (the guest is not a
  member) → 星川駅出張販売（1日～2日、3事業所、延4事業所出店、他区から1事業所がゲスト出店）
  (the guest is mentioned by the note, so no second guest phrase).
Leftovers: 30 Sept, A's cookies 10 brought (expiry 10 Oct), 4 sold → 6 carried to 1 Oct with expiry 10 Oct;
A's sandwiches 5 brought expiring 30 Sept, 1 sold → 4 expired, not carried.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput, StateError
from pos.services import catalog, days
from pos.services.check_in import check_in_lot
from pos.services.events import carry_over, create_event, get_event
from pos.services.register import Register
from pos.services.report_lines import report_lines
from pos.services.stock import stock_levels
from pos.services.verify import check_database

SEPT30, OCT1, OCT2 = date(2024, 9, 30), date(2024, 10, 1), date(2024, 10, 2)
NOTE = "他区から1事業所がゲスト出店"


@pytest.fixture
def station(db: Database):  # type: ignore[no-untyped-def]
    venue = catalog.create_venue(db, "星川駅", "星川駅出張販売", display_order=3)
    a = catalog.create_workshop(db, "工房A")
    b = catalog.create_workshop(db, "工房B")
    c = catalog.create_workshop(db, "工房C")
    g = catalog.create_workshop(db, "となり区工房", is_guest=True)
    cookie = catalog.create_product(db, a.id, "クッキー", 300, 8, perishable=True, shelf_life_days=10, code="P0001")
    sandwich = catalog.create_product(db, a.id, "サンド", 400, 8, perishable=True, shelf_life_days=1, code="P0002")
    first = days.open_day(db, venue.id, SEPT30, [a.id, b.id], 10_000)  # opened before the event is recorded
    event = create_event(db, venue.id, SEPT30, OCT2, NOTE)
    second = days.open_day(db, venue.id, OCT1, [a.id, c.id, g.id], 10_000)  # opened after: joins it
    third = days.open_day(db, venue.id, OCT2, [b.id, c.id], 10_000)
    return venue, event, (first, second, third), cookie, sandwich


def test_a_month_end_event_is_reported_in_each_month_with_its_note_once(db: Database, station) -> None:  # type: ignore[no-untyped-def]
    _, event, (first, second, third), _, _ = station
    assert get_event(db, event.id).day_ids == (first.id, second.id, third.id)
    lines = report_lines(db, 2024)
    assert lines[5].as_row() == f"9月\t星川駅出張販売（30日、2事業所出店、{NOTE}）\t"
    assert lines[6].as_row() == f"10月\t星川駅出張販売（1日～2日、3事業所、延4事業所出店、{NOTE}）\t"


def test_leftovers_are_carried_to_the_next_day_with_their_expiry(db: Database, station, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, _, (first, second, third), cookie, sandwich = station
    check_in_lot(db, first.id, cookie.id, 10, date(2024, 10, 10))
    check_in_lot(db, first.id, sandwich.id, 5, SEPT30)
    reg = Register(db, first.id)
    reg.add_code("P0001", 4)
    reg.add_code("P0002", 1)
    reg.checkout(cash_tendered=2_000)
    carried = carry_over(db, first.id)
    assert [(c.product_id, c.quantity, c.expiry_date) for c in carried] == [(cookie.id, 6, date(2024, 10, 10))]
    assert carry_over(db, first.id) == []  # twice: nothing more
    on_first = stock_levels(db, first.id)
    assert (on_first[cookie.id].remaining, on_first[cookie.id].withdrawn) == (0, 6)
    on_second = stock_levels(db, second.id)
    assert (on_second[cookie.id].brought, on_second[cookie.id].remaining) == (6, 6)
    assert sandwich.id not in on_second  # expired on 30 Sept: stays behind (taken back or disposed there)
    with pytest.raises(StateError):
        carry_over(db, third.id)  # the event's last day
    assert check_database(db).ok
    with db.engine.connect() as conn:  # recorded on 30 Sept as handed over, not as waste
        assert conn.exec_driver_sql("SELECT kind, quantity, note FROM lot_dispositions").all() == [
            ("other", 6, "翌日へ持ち越し（10月1日）")
        ]


def test_an_event_is_checked(db: Database, station) -> None:  # type: ignore[no-untyped-def]
    venue = station[0]
    with pytest.raises(InvalidInput):
        create_event(db, venue.id, OCT2, SEPT30)
    with pytest.raises(StateError):
        create_event(db, venue.id, OCT1, date(2024, 10, 5))  # overlaps


def test_the_cli_records_an_event_and_carries_leftovers(db: Database, db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from pos.cli import main

    venue = catalog.create_venue(db, "星川駅", "星川駅出張販売", display_order=3)
    a = catalog.create_workshop(db, "工房A")
    cookie = catalog.create_product(db, a.id, "クッキー", 300, 8, perishable=True, shelf_life_days=10, code="P0001")
    first = days.open_day(db, venue.id, SEPT30, [a.id])
    days.open_day(db, venue.id, OCT1, [a.id])
    check_in_lot(db, first.id, cookie.id, 3, date(2024, 10, 10))
    base = ["--db", str(db_path)]
    assert (
        main(
            ["event", "add", "--venue", "星川駅", "--from", "2024-09-30", "--to", "2024-10-02", "--notes", NOTE, *base]
        )
        == 0
    )
    assert "販売日 2日が参加" in capsys.readouterr().out
    assert main(["event", "carry", "--venue", "星川駅", "--day", "2024-09-30", *base]) == 0
    assert "1ロット、3個" in capsys.readouterr().out
    assert main(["event", "carry", "--venue", "星川駅", "--day", "2024-10-01", *base]) == 2  # 2 Oct not opened
    assert "翌日（2024-10-02）の販売日をまだ開いていません" in capsys.readouterr().err
    assert main(["event", "add", "--venue", "星川駅", "--from", "2024-10-02", "--to", "2024-09-30", *base]) == 2


@pytest.mark.parametrize("setwise", [True, False])
def test_an_event_travels_with_its_days_through_export_and_merge(
    db: Database, station, tmp_path: Path, setwise: bool
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from pos.db.engine import open_database
    from pos.services.export import export_days
    from pos.services.merge import merge_file

    _, event, _, _, _ = station
    coordinator_path = tmp_path / "coordinator.db"
    coordinator = open_database(coordinator_path)
    try:
        export_days(db, tmp_path / "sept30.db", on=SEPT30, setwise=setwise)
        report = merge_file(coordinator, tmp_path / "sept30.db", bulk=setwise)
        assert report.added["sales_events"] == 1 and report.days_added == ("2024-09-30 星川駅",)
        export_days(db, tmp_path / "oct.db", on=OCT1, setwise=setwise)
        assert merge_file(coordinator, tmp_path / "oct.db", bulk=setwise).added["sales_events"] == 0  # same event
        shutil.copyfile(tmp_path / "oct.db", tmp_path / "again.db")
        assert merge_file(coordinator, tmp_path / "again.db", bulk=setwise).nothing_new
        lines = report_lines(coordinator, 2024)
        assert lines[5].as_row() == f"9月\t星川駅出張販売（30日、2事業所出店、{NOTE}）\t"
        assert lines[6].as_row() == f"10月\t星川駅出張販売（1日、2事業所出店、{NOTE}）\t"
        assert check_database(coordinator).ok
        assert get_event(coordinator, event.id).first_day == SEPT30
    finally:
        coordinator.dispose()


def test_the_annual_draft_counts_an_event_once(db: Database, station) -> None:  # type: ignore[no-untyped-def]
    """No records the year before: 星川駅出張販売 3 days (one event), members A, B, C = 3, workshop-days 2+2+2 = 6."""
    from pos.services.annual_report import achievements_draft

    draft = achievements_draft(db, 2024)
    assert "・星川駅出張販売（販売日数 3日（うち複数日の催し 1回）、出店事業所 3事業所、延べ6事業所）。" in draft


def test_opening_the_next_day_of_an_event_checks_the_leftovers_in_again(db: Database) -> None:
    """30 Sept: cookies 10 (expiry 10 Oct) and sandwiches 5 (expiry 30 Sept), 4 + 1 sold, day closed
    without asking about the food (it stays); opening 1 Oct brings the 6 cookies along, not the sandwiches."""
    from pos.services.closing import close_day
    from pos.services.events import leftovers_stay

    venue = catalog.create_venue(db, "星川駅", "星川駅出張販売", display_order=3)
    a = catalog.create_workshop(db, "工房A")
    cookie = catalog.create_product(db, a.id, "クッキー", 300, 8, perishable=True, shelf_life_days=10, code="P0001")
    sandwich = catalog.create_product(db, a.id, "サンド", 400, 8, perishable=True, shelf_life_days=1, code="P0002")
    create_event(db, venue.id, SEPT30, OCT2, NOTE)
    first = days.open_day(db, venue.id, SEPT30, [a.id], 10_000)
    check_in_lot(db, first.id, cookie.id, 10, date(2024, 10, 10))
    check_in_lot(db, first.id, sandwich.id, 5, SEPT30)
    reg = Register(db, first.id)
    reg.add_code("P0001", 4)
    reg.add_code("P0002", 1)
    reg.checkout(cash_tendered=1_600)  # 1,200 + 400
    assert leftovers_stay(db, first.id)
    close_day(db, first.id, {10_000: 1, 1_000: 1, 500: 1, 100: 1})  # 10,000 + 1,600
    second = days.open_day(db, venue.id, OCT1, [a.id], 10_000)
    assert {p: (lv.brought, lv.earliest_expiry) for p, lv in stock_levels(db, second.id).items()} == {
        cookie.id: (6, date(2024, 10, 10))
    }
    third = days.open_day(db, venue.id, OCT2, [a.id], 10_000)  # 1 Oct still open: nothing carried yet
    assert stock_levels(db, third.id) == {}
    assert not leftovers_stay(db, third.id)  # the last day: the close asks about the food as usual
    assert check_database(db).ok
