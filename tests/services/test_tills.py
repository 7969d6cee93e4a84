"""Two tills at one venue: ring up on two laptops, merge both ways and twice, per-till and combined Z.

Laptop B starts as a copy of A's master data and calls itself レジ2; both open 2024-06-15 at
ゆめが丘SC (two days with different ids, one per file). Both check in cookies (¥300, 8 %).
Figures worked out by hand:

レジ1 (A, change fund 20,000): cookies 10 checked in.
  A1 クッキー ×4 = 1,200 cash (2,000 tendered, 800 change); A2 石けん 500 PayPay.
  paid 2, total 1,700, cash 1,200, cashless 500; expected 20,000 + 1,200 = 21,200;
  counted 10,000×2 + 1,000 + 100×2 = 21,200 → over/short 0.
レジ2 (B, change fund 10,000): cookies 6 checked in.
  B1 クッキー ×6 = 1,800 cash; B2 食パン 1,430 cash (1,500 tendered, 70 change); B3 石けん 500 cash, voided.
  paid 2, total 3,230, cash 3,230; 1 void of 500; expected 10,000 + 3,230 = 13,230;
  counted 10,000 + 1,000×3 + 100×2 = 13,200 → short 30.
Day (both): paid 4, total 4,930, cash 4,430, cashless 500, change fund 30,000, expected 34,430,
  counted 34,400, over/short −30. Tax per receipt: 8 % → 88 (1,200) + 133 (1,800) + 105 (1,430) = 326 on
  4,430; 10 % → 45 on 500. Workshops: パン工房こむぎ 4,430 (cookies 10 = 3,000, bread 1,430, all cash);
  工房ひだまり 500 (PayPay). Cookies: 10 + 6 = 16 brought, 10 sold → one stock of 6 left.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from pos.db.engine import Database, open_database
from pos.domain.errors import InvalidInput, StateError
from pos.services import catalog, days
from pos.services.check_in import check_in_lot
from pos.services.closing import close_day
from pos.services.day_report import day_report
from pos.services.export import export_days
from pos.services.merge import merge_file
from pos.services.register import Register, void_sale
from pos.services.stock import stock_levels
from pos.services.tally import day_tally, till_tallies
from pos.services.tills import set_this_till_name, this_till_name
from pos.services.verify import check_database

SATURDAY = date(2024, 6, 15)


@pytest.fixture(autouse=True, params=["set-wise", "row by row"])
def merge_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs on both paths of merge and export: set-wise in SQL (SQLite) and row by row (PostgreSQL's)."""
    from pos.services import export, merge

    monkeypatch.setitem(merge.merge_file.__kwdefaults__, "bulk", request.param == "set-wise")
    monkeypatch.setitem(export.export_days.__kwdefaults__, "setwise", request.param == "set-wise")
    return str(request.param)


@dataclass
class Two:
    a: Database
    b: Database
    a_path: Path
    b_path: Path
    day_a: Any
    day_b: Any
    cookie: Any


def _sell(db: Database, day_id, items, **pay):  # type: ignore[no-untyped-def]
    register = Register(db, day_id)
    for code, qty in items:
        register.add_code(code, qty)
    return register.checkout(**pay)


@pytest.fixture
def two(tmp_path: Path, db: Database, db_path: Path) -> Iterator[Two]:
    venue = catalog.create_venue(db, "ゆめが丘SC", "ゆめが丘SC出張販売", display_order=1)
    bakery = catalog.create_workshop(db, "パン工房こむぎ", kana="ぱんこうぼうこむぎ")
    crafts = catalog.create_workshop(db, "工房ひだまり", kana="こうぼうひだまり")
    catalog.create_product(db, bakery.id, "食パン詰め合わせ", 1430, 8, code="P0001")
    cookie = catalog.create_product(
        db, bakery.id, "クッキー", 300, 8, perishable=True, shelf_life_days=14, code="P0002"
    )
    catalog.create_product(db, crafts.id, "手作り石けん", 500, 10, code="P0003")
    b_path = tmp_path / "b.db"
    with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(b_path)) as dst:
        src.backup(dst)  # B starts as a copy of A (same master data, same ids)
    b = open_database(b_path)
    try:
        shops = [bakery.id, crafts.id]
        day_a = days.open_day(db, venue.id, SATURDAY, shops, 20_000, till_name="レジ1")
        set_this_till_name(b, "レジ2")
        day_b = days.open_day(b, venue.id, SATURDAY, shops, 10_000)  # this laptop's name: レジ2
        expiry = SATURDAY + timedelta(days=14)
        check_in_lot(db, day_a.id, cookie.id, 10, expiry)
        check_in_lot(b, day_b.id, cookie.id, 6, expiry)
        _sell(db, day_a.id, [("P0002", 4)], cash_tendered=2_000)
        _sell(db, day_a.id, [("P0003", 1)], cashless=[("paypay", 500)])
        _sell(b, day_b.id, [("P0002", 6)], cash_tendered=1_800)
        _sell(b, day_b.id, [("P0001", 1)], cash_tendered=1_500)
        soap = _sell(b, day_b.id, [("P0003", 1)], cash_tendered=500)
        void_sale(b, soap.id, "打ち間違い")  # type: ignore[attr-defined]
        yield Two(db, b, db_path, b_path, day_a, day_b, cookie)
    finally:
        b.dispose()


def _close_a(t: Two):  # type: ignore[no-untyped-def]
    return close_day(t.a, t.day_a.id, {10_000: 2, 1_000: 1, 100: 2})


def _close_b(t: Two):  # type: ignore[no-untyped-def]
    return close_day(t.b, t.day_b.id, {10_000: 1, 1_000: 3, 100: 2}, comment="釣り銭の渡し過ぎ")


def _fingerprint(db: Database) -> dict[str, list[tuple]]:
    """Every sales record, with the day named by venue and date (each file keeps its own day id)."""
    with db.engine.connect() as conn:
        q = lambda sql: sorted(tuple(r) for r in conn.exec_driver_sql(sql))  # noqa: E731
        day = "(SELECT v.name || ' ' || d.day FROM sales_days d JOIN venues v ON v.id = d.venue_id WHERE d.id = {})"
        return {
            "days": q(
                "SELECT v.name, d.day, d.state, d.change_fund, d.counted_cash, d.expected_cash, d.cash_comment,"
                " d.closed_by, d.notes FROM sales_days d JOIN venues v ON v.id = d.venue_id"
            ),
            "tills": q(
                f"SELECT id, {day.format('sales_day_id')}, name, state, change_fund, counted_cash,"
                " expected_cash, cash_comment, opened_at, closed_at, closed_by FROM tills"
            ),
            "participations": q(f"SELECT {day.format('sales_day_id')}, workshop_id FROM participations"),
            "lots": q(
                f"SELECT id, {day.format('sales_day_id')}, product_id, quantity, expiry_date, created_at,"
                " sold_out_at FROM lots"
            ),
            "sales": q(
                f"SELECT id, {day.format('sales_day_id')}, till_id, number, created_at, total, state,"
                " void_reason, voided_at FROM sales"
            ),
            "sale_lines": q("SELECT * FROM sale_lines"),
            "payments": q("SELECT * FROM payments"),
            "cash_counts": q(f"SELECT id, {day.format('sales_day_id')}, till_id, denomination, count FROM cash_counts"),
            "day_events": q(f"SELECT id, {day.format('sales_day_id')}, at, kind, reason, by FROM day_events"),
            "lot_dispositions": q("SELECT * FROM lot_dispositions"),
        }


def test_merged_both_ways_and_twice_the_records_are_identical_and_the_z_adds_up(two: Two, tmp_path: Path) -> None:
    _close_a(two)
    _close_b(two)
    report = merge_file(two.a, two.b_path)
    assert report.days_joined == ("2024-06-15 ゆめが丘SC レジ2",) and not report.days_added
    assert report.added["sales"] == 3 and report.added["tills"] == 1 and report.added["lots"] == 1
    assert merge_file(two.a, two.b_path).nothing_new  # twice: nothing more
    assert merge_file(two.b, two.a_path).days_joined == ("2024-06-15 ゆめが丘SC レジ1",)
    assert merge_file(two.b, two.a_path).nothing_new
    assert _fingerprint(two.a) == _fingerprint(two.b)
    assert check_database(two.a).ok and check_database(two.b).ok

    for db, day in ((two.a, two.day_a), (two.b, two.day_b)):
        r1, r2 = till_tallies(db, day.id)
        assert (r1.till.name, r1.sales_count, r1.total, r1.cash_received, r1.cashless_total) == (
            "レジ1",
            2,
            1_700,
            1_200,
            500,
        )
        assert (r1.expected_cash, r1.till.counted_cash, r1.till.over_short) == (21_200, 21_200, 0)
        assert (r2.till.name, r2.sales_count, r2.void_count, r2.voided_amount, r2.total, r2.cash_received) == (
            "レジ2",
            2,
            1,
            500,
            3_230,
            3_230,
        )
        assert (r2.expected_cash, r2.till.counted_cash, r2.till.over_short) == (13_230, 13_200, -30)
        whole = day_tally(db, day.id)
        assert (whole.sales_count, whole.void_count, whole.total, whole.cash_received, whole.cashless_total) == (
            4,
            1,
            4_930,
            4_430,
            500,
        )
        assert whole.expected_cash == 34_430
        assert [(r.rate, r.gross, r.tax) for r in whole.by_rate] == [(8, 4_430, 326), (10, 500, 45)]
        assert [(w.name, w.amount, w.cash, w.cashless) for w in whole.workshops] == [  # in kana order
            ("工房ひだまり", 500, 0, 500),
            ("パン工房こむぎ", 4_430, 4_430, 0),
        ]
        rep = day_report(db, day.id)
        assert rep.closed and (rep.counted_cash, rep.expected_cash, rep.over_short) == (34_400, 34_430, -30)
        assert [(t.till.name, t.counted_cash, t.over_short) for t in rep.tills] == [
            ("レジ1", 21_200, 0),
            ("レジ2", 13_200, -30),
        ]
        assert {c.denomination: c.count for c in rep.cash_counts if c.count} == {10_000: 3, 1_000: 4, 100: 4}
        [cookies] = stock_levels(db, day.id).values()
        assert (cookies.brought, cookies.sold, cookies.remaining) == (16, 10, 6)


def test_a_till_left_open_keeps_the_day_open_and_says_which(two: Two, tmp_path: Path) -> None:
    export_days(two.b, tmp_path / "noon.db", on=SATURDAY)  # B still selling
    merge_file(two.a, tmp_path / "noon.db")
    result = _close_a(two)
    assert result.open_tills == ("レジ2",) and not result.day_closed
    assert "レジ2がまだ締められていません" in result.message_ja()
    info = days.get_day(two.a, two.day_a.id)
    assert info.state == "open" and "レジ2がまだ締められていません" in info.close_blocker()
    assert _frozen(two.a) == []  # the settlement is the whole day's: nothing frozen while レジ2 sells
    report = day_report(two.a, two.day_a.id)
    assert not report.closed  # the tally stays an X until レジ2 is closed too
    with pytest.raises(StateError):  # レジ1 is closed: no more sales on it
        Register(two.a, two.day_a.id)

    _close_b(two)
    export_days(two.b, tmp_path / "evening.db", on=SATURDAY)
    merged = merge_file(two.a, tmp_path / "evening.db")
    assert merged.days_updated == ("2024-06-15 ゆめが丘SC",) and not merged.days_joined
    info = days.get_day(two.a, two.day_a.id)
    assert (info.state, info.counted_cash, info.expected_cash) == ("closed", 34_400, 34_430)
    assert day_report(two.a, two.day_a.id).closed  # closed by the merge: frozen at first use (the Z)
    assert [(w, n) for w, n, _ in _frozen(two.a)] == [("パン工房こむぎ", 4_430), ("工房ひだまり", 500)]
    assert check_database(two.a).ok


def test_receipt_numbers_carry_the_till(two: Two, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pos.cli import main
    from pos.services.receipts import receipt_data

    sale = _sell(two.a, two.day_a.id, [("P0003", 1)], cash_tendered=500)
    assert sale.receipt_no == "3"  # type: ignore[attr-defined]  # レジ1 prints as before tills
    other = _sell(two.b, two.day_b.id, [("P0003", 1)], cash_tendered=500)
    assert other.receipt_no == "レジ2-4"  # type: ignore[attr-defined]
    assert receipt_data(two.b, other.id).receipt_no == "レジ2-4"  # type: ignore[attr-defined]
    merge_file(two.a, two.b_path)
    args = ["receipt", "--day", "2024-06-15", "--venue", "ゆめが丘SC", "--number", "1", "--db", str(two.a_path)]
    assert main([*args, "--pdf", str(tmp_path / "r.pdf")]) == 2  # No.1 on both tills: which one?
    said = capsys.readouterr()
    assert "複数のレジ" in said.err + said.out
    assert main([*args, "--till", "レジ2", "--pdf", str(tmp_path / "r.pdf")]) == 0
    assert "No.レジ2-1" in capsys.readouterr().out


def test_a_second_till_joins_the_open_day_on_the_same_file(db: Database) -> None:
    venue = catalog.create_venue(db, "星川駅", "星川駅コンコース", display_order=1)
    shop = catalog.create_workshop(db, "工房ひだまり", kana="こうぼうひだまり")
    catalog.create_product(db, shop.id, "手作り石けん", 500, 10, code="P0003")
    assert this_till_name(db) == "レジ1"  # until it is set, a laptop is レジ1
    day = days.open_day(db, venue.id, SATURDAY, [shop.id], 5_000)
    with pytest.raises(StateError) as taken:
        days.join_day(db, day.id, 1_000, till_name="レジ1")
    assert "「レジ1」のレジがすでにあります" in taken.value.ja
    with pytest.raises(InvalidInput):
        days.join_day(db, day.id, 1_000, till_name="   ")
    joined = days.join_day(db, day.id, 3_000, till_name="レジ2")
    assert [t.name for t in joined.tills] == ["レジ1", "レジ2"] and joined.change_fund == 8_000
    first = Register(db, day.id, joined.tills[1].id)
    first.add_code("P0003")
    assert first.checkout(cash_tendered=500).receipt_no == "レジ2-1"
    with pytest.raises(StateError) as open_again:
        days.open_day(db, venue.id, SATURDAY, [shop.id], 0)
    assert "参加" in open_again.value.ja


def _pdf_text(pdf: bytes) -> str:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_the_z_prints_each_till_and_the_day(two: Two) -> None:
    from pos.reports.tally_pdf import tally_pdf

    merge_file(two.a, two.b_path)  # B's till while still open: the day prints as X naming it
    x = _pdf_text(tally_pdf(day_report(two.a, two.day_a.id)))
    assert "点検（X）" in x and "締められていないレジ: レジ1、レジ2" in x
    _close_a(two)
    _close_b(two)
    merge_file(two.a, two.b_path)
    z = _pdf_text(tally_pdf(day_report(two.a, two.day_a.id)))
    assert "精算（Z）" in z and "レジ別の集計" in z
    assert "レジ1 締め済み 2 0 ¥1,700 ¥1,200 ¥500 ¥20,000 ¥21,200 ¥21,200 ¥0" in z
    assert "レジ2 締め済み 2 1 ¥3,230 ¥3,230 ¥0 ¥10,000 ¥13,230 ¥13,200 -¥30" in z
    assert "販売日の合計 4 1 ¥4,930 ¥4,430 ¥500 ¥30,000 ¥34,430 ¥34,400 -¥30" in z
    assert "レジ2: 釣り銭の渡し過ぎ" in z


def test_pos_till_shows_and_sets_this_laptops_name(db: Database, db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from pos.cli import main

    assert main(["till", "--db", str(db_path)]) == 0
    assert "このパソコンのレジ名: レジ1" in capsys.readouterr().out
    assert main(["till", "--name", "  レジ3 ", "--db", str(db_path)]) == 0
    assert this_till_name(db) == "レジ3"
    assert main(["till", "--name", "", "--db", str(db_path)]) == 2
    assert main(["till", "--name", "あ" * 21, "--db", str(db_path)]) == 2
    assert this_till_name(db) == "レジ3"  # refusals changed nothing


def test_notes_written_on_either_laptop_are_kept_once(two: Two) -> None:
    from pos.services.activities import set_day_notes

    set_day_notes(two.b, two.day_b.id, "相談コーナー併設")
    merge_file(two.a, two.b_path)
    merge_file(two.a, two.b_path)
    assert days.get_day(two.a, two.day_a.id).notes == "相談コーナー併設"
    set_day_notes(two.a, two.day_a.id, "雨天")
    set_day_notes(two.b, two.day_b.id, "相談コーナー併設")
    merge_file(two.a, two.b_path)
    assert days.get_day(two.a, two.day_a.id).notes == "雨天、相談コーナー併設"


def _frozen(db: Database) -> list[tuple[str, int, str]]:
    """The day's settlement frozen at the close: (workshop, sales, note) per workshop."""
    with db.engine.connect() as conn:
        return sorted(
            tuple(r)
            for r in conn.exec_driver_sql(  # type: ignore[misc]
                "SELECT w.name, s.sales, s.note FROM day_settlements s JOIN workshops w ON w.id = s.workshop_id"
            )
        )


def test_the_settlement_is_frozen_when_the_last_till_closes_the_day(db: Database) -> None:
    """レジ2 joins with ¥3,000 and sells one soap (¥500 cash): its close leaves the day open and freezes
    nothing; the close of レジ1 closes the day and freezes the whole day's figures; a reopen drops them."""
    from pos.services.closing import reopen_day

    venue = catalog.create_venue(db, "星川駅", "星川駅コンコース", display_order=1)
    shop = catalog.create_workshop(db, "工房ひだまり", kana="こうぼうひだまり")
    catalog.create_product(db, shop.id, "手作り石けん", 500, 10, code="P0003")
    day = days.open_day(db, venue.id, SATURDAY, [shop.id], 5_000)  # レジ1
    second = days.join_day(db, day.id, 3_000, till_name="レジ2").tills[1]
    register = Register(db, day.id, second.id)
    register.add_code("P0003")
    register.checkout(cash_tendered=500)
    closed_2 = close_day(db, day.id, {1_000: 3, 500: 1}, till_id=second.id)  # 3,500 = 3,000 + 500
    assert closed_2.open_tills == ("レジ1",) and _frozen(db) == []
    assert close_day(db, day.id, {1_000: 5}).day_closed  # this laptop: レジ1, 5,000 = its fund
    assert _frozen(db) == [("工房ひだまり", 500, "")]
    assert check_database(db).ok
    reopen_day(db, day.id, "打ち漏れ")
    assert _frozen(db) == []


def test_a_closed_day_another_till_joins_at_the_merge_is_frozen_again(two: Two) -> None:
    """Each laptop closed its own day (A froze こむぎ 1,200 and ひだまり 500; B froze こむぎ 3,230). Merged,
    A's day holds both tills: こむぎ 1,200 + 1,800 + 1,430 = 4,430, ひだまり 500 (B's soap was voided)."""
    from pos.services.merge import MERGE_NOTE

    _close_a(two)
    _close_b(two)
    assert _frozen(two.a) == [("パン工房こむぎ", 1_200, ""), ("工房ひだまり", 500, "")]
    merge_file(two.a, two.b_path)
    assert _frozen(two.a) == [("パン工房こむぎ", 4_430, MERGE_NOTE), ("工房ひだまり", 500, MERGE_NOTE)]
    assert check_database(two.a).ok
    merge_file(two.b, two.a_path)
    assert [(w, n) for w, n, _ in _frozen(two.b)] == [("パン工房こむぎ", 4_430), ("工房ひだまり", 500)]
