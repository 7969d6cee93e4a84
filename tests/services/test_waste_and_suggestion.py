"""The waste report and the suggestion on small histories whose figures are worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import update

from pos.cli import main
from pos.db.engine import Database
from pos.db.models import Lot, SalesDay
from pos.domain.clock import JST
from pos.services import catalog, days
from pos.services.check_in import CheckInItem, check_in_lots
from pos.services.closing import close_day
from pos.services.dispositions import DispositionItem, record_default_dispositions, record_dispositions
from pos.services.register import Register, void_sale
from pos.services.suggestion import suggest, suggest_for_workshop
from pos.services.waste import waste_csv_table, waste_report
from tests.services.helpers import Booth, make_booth


def _jst(on: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(on, time(hh, mm), JST).astimezone(UTC)


def _sell(db: Database, day_id: UUID, product_id: UUID, quantity: int, price: int) -> UUID:
    reg = Register(db, day_id)
    reg.add_product(product_id, quantity)
    return reg.checkout(cashless=[("paypay", quantity * price)]).id


def _times(db: Database, day_id: UUID, on: date, sold_out: tuple[int, int] | None = None) -> None:
    """Opened 10:00, closed 16:00, lots checked in at 9:30 (JST); the day's sold-out lots at `sold_out`."""
    with db.sessions.begin() as s:
        s.execute(update(SalesDay).where(SalesDay.id == day_id).values(opened_at=_jst(on, 10), closed_at=_jst(on, 16)))
        s.execute(update(Lot).where(Lot.sales_day_id == day_id).values(created_at=_jst(on, 9, 30)))
        if sold_out is not None:
            s.execute(
                update(Lot)
                .where(Lot.sales_day_id == day_id, Lot.sold_out_at.is_not(None))
                .values(sold_out_at=_jst(on, *sold_out))
            )


@pytest.fixture
def history(db: Database) -> tuple[Booth, UUID]:
    """FY2024 of the bakery (bread ¥1,430, cookies ¥300):

    6/15 mall  bread 5 sold 5; cookies 10 sold 4 (+2 voided) → 4 taken back, 2 disposed; soap 4 (goods)
    7/1  ward  bread 6 sold 1 → 5 disposed; cookies 3 sold 0, nothing recorded
    7/8  ward  bread 4 sold 2 → 2 taken back by default
    """
    b = make_booth(db)
    ward = catalog.create_venue(db, "区役所ロビー", "区役所販売", display_order=1)
    lots = check_in_lots(
        db, b.day.id, [CheckInItem(b.bread.id, 5), CheckInItem(b.cookie.id, 10), CheckInItem(b.soap.id, 4)]
    )
    _sell(db, b.day.id, b.bread.id, 5, 1430)
    _sell(db, b.day.id, b.cookie.id, 4, 300)
    void_sale(db, _sell(db, b.day.id, b.cookie.id, 2, 300), "打ち間違い")
    record_dispositions(
        db, b.day.id, [DispositionItem(lots[1], "taken_back", 4), DispositionItem(lots[1], "disposed", 2)]
    )
    close_day(db, b.day.id, {10_000: 3})

    d2 = days.open_day(db, ward.id, date(2024, 7, 1), [b.bakery.id])
    bread2, _ = check_in_lots(db, d2.id, [CheckInItem(b.bread.id, 6), CheckInItem(b.cookie.id, 3)])
    _sell(db, d2.id, b.bread.id, 1, 1430)
    record_dispositions(db, d2.id, [DispositionItem(bread2, "disposed", 5)])
    close_day(db, d2.id, {})

    d3 = days.open_day(db, ward.id, date(2024, 7, 8), [b.bakery.id])
    check_in_lots(db, d3.id, [CheckInItem(b.bread.id, 4)])
    _sell(db, d3.id, b.bread.id, 2, 1430)
    record_default_dispositions(db, d3.id)
    close_day(db, d3.id, {})
    return b, ward.id


def test_waste_and_sell_through_per_venue_and_month(db: Database, history) -> None:
    b, _ = history
    report = waste_report(db, 2024)
    figures = [
        (
            r.venue_name,
            r.month,
            r.days,
            r.brought,
            r.sold,
            r.left,
            r.taken_back,
            r.disposed,
            r.other,
            r.unrecorded,
            r.sell_through_text,
        )
        for r in report.rows
    ]
    assert figures == [
        ("区役所ロビー", "2024-07", 2, 13, 3, 10, 2, 5, 0, 3, "23.1%"),  # 6+3+4 brought, 1+2 sold
        ("ゆめが丘SC", "2024-06", 1, 15, 9, 6, 4, 2, 0, 0, "60.0%"),  # the voided sale gave its 2 back
    ]
    total = report.total()
    assert (total.days, total.brought, total.sold, total.taken_back, total.disposed, total.unrecorded) == (
        3,
        28,
        12,
        6,
        7,
        3,
    )
    assert waste_report(db, 2024, b.crafts.id).rows == ()
    assert waste_report(db, 2023).rows == ()

    headers, rows = waste_csv_table(report)
    assert headers[:7] == ("事業所", "会場", "月", "販売日数", "持込数", "販売数", "販売率(%)")
    assert rows[0] == ["パン工房こむぎ", "区役所ロビー", "2024-07", 2, 13, 3, 23.1, 10, 2, 5, 0, 3, 0]
    assert rows[-1][:3] == ["全事業所", "合計", "合計"]


def test_the_cli_prints_the_report_and_writes_a_csv(
    db_path: Path, history, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "waste.csv"
    assert main(["stock", "waste", "--fy", "2024", "--csv", str(out), "--db", str(db_path)]) == 0
    printed = capsys.readouterr().out
    assert "令和6年度" in printed and "区役所ロビー\t2024-07\t13\t3\t23.1%\t10\t2\t5\t0\t3" in printed
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode()) and "パン工房こむぎ".encode() in data


def test_a_formula_like_name_is_neutralised_in_the_csv(db: Database, db_path: Path, tmp_path: Path) -> None:
    b = make_booth(db)
    shady = catalog.create_workshop(db, "=HYPERLINK(1)作業所")
    jam = catalog.create_product(db, shady.id, "ジャム", 500, 8, perishable=True, shelf_life_days=90)
    days.add_workshops(db, b.day.id, [shady.id])
    check_in_lots(db, b.day.id, [CheckInItem(jam.id, 3)])
    out = tmp_path / "w.csv"
    assert main(["stock", "waste", "--fy", "2024", "--csv", str(out), "--db", str(db_path)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1)作業所,ゆめが丘SC,2024-06,1,3,0,0.0,3,0,0,0,3,0" in text.splitlines()


def test_the_suggestion_reads_sell_outs_as_censored_demand(db: Database) -> None:
    """Bread at the ward office, four closed days (opened 10:00, closed 16:00 = 360 minutes):
    20 brought, 12 sold → 12; 10 sold out at 14:00 → 10 × 360/240 = 15; 10 sold out at 12:00 → 30,
    capped at 20; 15 brought, 9 sold → 9. Median of 9, 12, 15, 20 = 13.5 → 14."""
    b = make_booth(db)
    ward = catalog.create_venue(db, "区役所ロビー", "区役所販売", display_order=1)
    for on, brought, sold, sold_out in (
        (date(2024, 7, 1), 20, 12, None),
        (date(2024, 7, 8), 10, 10, (14, 0)),
        (date(2024, 7, 15), 10, 10, (12, 0)),
        (date(2024, 7, 22), 15, 9, None),
    ):
        d = days.open_day(db, ward.id, on, [b.bakery.id])
        check_in_lots(db, d.id, [CheckInItem(b.bread.id, brought)])
        _sell(db, d.id, b.bread.id, sold, 1430)
        close_day(db, d.id, {})
        _times(db, d.id, on, sold_out)
    today = days.open_day(db, ward.id, date(2024, 7, 29), [b.bakery.id])  # open: not part of the history
    check_in_lots(db, today.id, [CheckInItem(b.bread.id, 1)])

    s = suggest(db, ward.id, b.bread.id)
    assert s.quantity == 14
    assert s.text == "区役所ロビー、直近4回: 2回売り切れ（平均13:00まで）、売れ残り平均3.5個 → 14個をおすすめ"
    assert s.details()[2] == "2024-07-15 持込10 販売10 12:00に売り切れ（360分中120分） → 需要の推定20"
    assert suggest(db, ward.id, b.bread.id, before=date(2024, 7, 15)).quantity == 14  # 12 and 15 → 13.5
    assert suggest(db, b.venue.id, b.bread.id).text == ("ゆめが丘SCでの「食パン詰め合わせ」の販売記録はまだありません")
    by_product = {x.product_name: x.quantity for x in suggest_for_workshop(db, ward.id, b.bakery.id)}
    assert by_product == {"クッキー": None, "食パン詰め合わせ": 14}


def test_the_cli_suggests(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    b = make_booth(db)
    d = b.day
    check_in_lots(db, d.id, [CheckInItem(b.bread.id, 8)])
    _sell(db, d.id, b.bread.id, 8, 1430)
    close_day(db, d.id, {10_000: 3})
    _times(db, d.id, d.day, (13, 0))  # 8 in 180 of 360 minutes → 16
    args = ["stock", "suggest", "--venue", "ゆめが丘SC出張販売", "--product", "p0001", "--db", str(db_path)]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "食パン詰め合わせ（パン工房こむぎ）"
    assert out[1] == (
        "ゆめが丘SC、直近1回: 1回売り切れ（平均13:00まで）、売れ残り平均0個 → 16個をおすすめ（記録が少ないため参考値）"
    )
    assert main(["stock", "suggest", "--venue", "どこか", "--product", "P0001", "--db", str(db_path)]) == 2
    assert "会場「どこか」が見つかりません" in capsys.readouterr().err
