"""Merging two booths: export files and whole database files, both ways, twice; refusals; master differences.

Two laptops share their master data (B's file is a copy of A's), then each runs its own venue on the
same Saturday; B raises the price of the cookies before selling. Expected figures by hand:
- A (ゆめが丘SC): sale 1 = 食パン 1,430 + クッキー 300 = 1,730 cash; sale 2 = 石けん 500 × 2 = 1,000 cash.
  A's total 2,730.
- B (浄水場まつり): sale 1 = クッキー at B's new price 350 × 3 = 1,050 cash; sale 2 = 石けん 500 PayPay;
  sale 3 = 食パン 1,430, voided. B's paid total 1,550.
- Merged: 2,730 + 1,550 = 4,280 paid, 5 paid sales + 1 voided, both days.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from alembic import command

from pos.cli import main
from pos.db.engine import Database, open_database
from pos.db.migrate import alembic_config
from pos.domain.errors import StateError
from pos.services import catalog, days
from pos.services.closing import close_day
from pos.services.export import export_days
from pos.services.merge import merge_file
from pos.services.product_images import pictures, set_picture
from pos.services.register import Register, void_sale
from pos.services.verify import check_database, verify_file

SATURDAY = date(2024, 6, 15)
TABLES = (
    "workshops",
    "products",
    "venues",
    "sales_days",
    "participations",
    "lots",
    "sales",
    "sale_lines",
    "payments",
    "cash_counts",
    "day_events",
    "lot_dispositions",
)


@pytest.fixture(autouse=True, params=["set-wise", "row by row"])
def merge_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs on both paths of merge and export: set-wise in SQL (SQLite) and row by row (PostgreSQL's)."""
    from pos.services import export, merge

    monkeypatch.setitem(merge.merge_file.__kwdefaults__, "bulk", request.param == "set-wise")
    monkeypatch.setitem(export.export_days.__kwdefaults__, "setwise", request.param == "set-wise")
    return str(request.param)


@dataclass
class Laptops:
    a: Database
    b: Database
    a_path: Path
    b_path: Path


def _sell(db: Database, day_id, items: list[tuple[str, int]], **pay) -> object:
    register = Register(db, day_id)
    for code, qty in items:
        register.add_code(code, qty)
    return register.checkout(**pay)


def _masters(db: Database) -> None:
    catalog.create_venue(db, "ゆめが丘SC", "ゆめが丘SC出張販売", display_order=1)
    catalog.create_venue(db, "浄水場まつり", "浄水場まつり", display_order=2)
    bakery = catalog.create_workshop(db, "パン工房こむぎ", kana="ぱんこうぼうこむぎ")
    crafts = catalog.create_workshop(db, "工房ひだまり", kana="こうぼうひだまり")
    catalog.create_product(db, bakery.id, "食パン詰め合わせ", 1430, 8, code="P0001")
    catalog.create_product(db, bakery.id, "クッキー", 300, 8, code="P0002")
    catalog.create_product(db, crafts.id, "手作り石けん", 500, 10, code="P0003")


def _ids(db: Database) -> tuple[dict[str, object], dict[str, object], dict[str, object]]:
    venues = {v.name: v.id for v in catalog.list_venues(db)}
    workshops = {w.name: w.id for w in catalog.list_workshops(db)}
    products = {p.code: p for p in catalog.list_products(db)}
    return venues, workshops, products


@pytest.fixture
def laptops(tmp_path: Path, db: Database, db_path: Path) -> Iterator[Laptops]:
    a = db
    _masters(a)
    b_path = tmp_path / "b.db"
    with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(b_path)) as dst:
        src.backup(dst)  # B starts as a copy of A
    b = open_database(b_path)
    try:
        venues, workshops, _ = _ids(a)
        day_a = days.open_day(a, venues["ゆめが丘SC"], SATURDAY, list(workshops.values()), 30_000)
        _sell(a, day_a.id, [("P0001", 1), ("P0002", 1)], cash_tendered=2_000)
        _sell(a, day_a.id, [("P0003", 2)], cash_tendered=1_000)
        close_day(a, day_a.id, {10_000: 3, 1_000: 2, 100: 7, 10: 3})  # 30,000 + 2,730

        with b.engine.begin() as conn:  # B's coordinator raised the cookie price before the day
            conn.exec_driver_sql("UPDATE products SET price = 350 WHERE code = 'P0002'")
        day_b = days.open_day(b, venues["浄水場まつり"], SATURDAY, list(workshops.values()), 10_000)
        _sell(b, day_b.id, [("P0002", 3)], cash_tendered=1_050)
        _sell(b, day_b.id, [("P0003", 1)], cashless=[("paypay", 500)])
        bread = _sell(b, day_b.id, [("P0001", 1)], cash_tendered=1_430)
        void_sale(b, bread.id, "打ち間違い")  # type: ignore[attr-defined]
        close_day(b, day_b.id, {10_000: 1, 1_000: 1, 50: 1})  # 10,000 + 1,050
        yield Laptops(a, b, db_path, b_path)
    finally:
        b.dispose()


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar_one() for t in TABLES}


def _paid_total(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT COALESCE(SUM(total), 0) FROM sales WHERE state = 'paid'").scalar_one()


def _snapshot(db: Database) -> dict[str, list[tuple]]:
    with db.engine.connect() as conn:
        return {t: sorted(map(tuple, conn.exec_driver_sql(f"SELECT * FROM {t}")), key=repr) for t in TABLES}


def test_merging_whole_databases_both_ways_and_twice(laptops: Laptops) -> None:
    a, b = laptops.a, laptops.b
    assert (_paid_total(a), _paid_total(b)) == (2_730, 1_550)
    before_a, before_b = _counts(a), _counts(b)
    b_bytes = laptops.b_path.read_bytes()

    report = merge_file(a, laptops.b_path)
    assert report.kind == "database"
    assert report.days_added == ("2024-06-15 浄水場まつり",)
    assert report.added["sales"] == 3 and report.added["sale_lines"] == 3 and report.added["payments"] == 3
    assert _paid_total(a) == 2_730 + 1_550
    assert check_database(a).ok
    assert laptops.b_path.read_bytes() == b_bytes  # the input file is never changed

    again = merge_file(a, laptops.b_path)
    assert again.nothing_new and not any(again.added.values())
    assert again.days_unchanged == ("2024-06-15 浄水場まつり",)
    merged_a = _counts(a)
    assert merged_a["sales"] == before_a["sales"] + before_b["sales"] == 5
    assert merged_a["sale_lines"] == 6 and merged_a["payments"] == 5
    assert merged_a["cash_counts"] == 4 + 3 and merged_a["sales_days"] == 2

    merge_file(b, laptops.a_path)
    merge_file(b, laptops.a_path)
    assert _paid_total(b) == 4_280
    assert check_database(b).ok
    # the same records on both laptops now, row for row, except B's changed cookie price
    snap_a, snap_b = _snapshot(a), _snapshot(b)
    for table in TABLES:
        if table != "products":
            assert snap_a[table] == snap_b[table], table
    assert verify_file(laptops.a_path).ok and verify_file(laptops.b_path).ok


def test_sales_keep_their_prices_and_the_master_difference_is_reported(laptops: Laptops) -> None:
    report = merge_file(laptops.a, laptops.b_path)
    assert report.master_differences == ("商品「クッキー」（P0002）: 価格 ここ 300 / 取り込み元 350",)
    assert any("このデータベースの値を維持" in line for line in report.lines_ja())
    with laptops.a.engine.connect() as conn:
        prices = sorted(
            conn.exec_driver_sql("SELECT unit_price, quantity FROM sale_lines WHERE product_name = 'クッキー'").all()
        )
        kept = conn.exec_driver_sql("SELECT price FROM products WHERE code = 'P0002'").scalar_one()
    assert prices == [(300, 1), (350, 3)]  # each sale at the price it was made at
    assert kept == 300  # the coordinator's master data stays


def test_an_export_of_one_day_merges_and_is_idempotent(laptops: Laptops, tmp_path: Path) -> None:
    out = tmp_path / "stick" / "b-0615.db"
    out.parent.mkdir()  # an output folder must exist (pos.output_files)
    result = export_days(laptops.b, out, on=SATURDAY, venue="浄水場まつり")
    assert result.days == ("2024-06-15 浄水場まつり",) and result.sales == 3
    assert verify_file(out).ok
    report = merge_file(laptops.a, out)
    assert report.kind == "export"
    assert report.added["sales"] == 3 and report.added["cash_counts"] == 3
    assert _paid_total(laptops.a) == 4_280
    assert merge_file(laptops.a, out).nothing_new
    assert check_database(laptops.a).ok


def test_since_last_exports_only_days_with_new_records(laptops: Laptops, tmp_path: Path) -> None:
    first = export_days(laptops.b, tmp_path / "1.db", since_last=True)
    assert first.since is None and first.days == ("2024-06-15 浄水場まつり",)
    with pytest.raises(Exception, match="前回の書き出し以降"):
        export_days(laptops.b, tmp_path / "2.db", since_last=True)
    venues, workshops, _ = _ids(laptops.b)
    sunday = days.open_day(laptops.b, venues["浄水場まつり"], date(2024, 6, 16), list(workshops.values()))
    _sell(laptops.b, sunday.id, [("P0003", 1)], cash_tendered=500)
    second = export_days(laptops.b, tmp_path / "3.db", since_last=True)
    assert second.days == ("2024-06-16 浄水場まつり",) and second.since is not None
    merge_file(laptops.a, tmp_path / "1.db")
    report = merge_file(laptops.a, tmp_path / "3.db")
    assert report.days_added == ("2024-06-16 浄水場まつり",)
    assert _paid_total(laptops.a) == 4_280 + 500


def test_a_day_exported_while_open_is_completed_by_a_later_export(laptops: Laptops, tmp_path: Path) -> None:
    venues, workshops, _ = _ids(laptops.b)
    sunday = days.open_day(laptops.b, venues["浄水場まつり"], date(2024, 6, 16), list(workshops.values()))
    first = _sell(laptops.b, sunday.id, [("P0003", 1)], cash_tendered=500)
    export_days(laptops.b, tmp_path / "noon.db", on=date(2024, 6, 16))
    void_sale(laptops.b, first.id, "返品")  # type: ignore[attr-defined]
    _sell(laptops.b, sunday.id, [("P0001", 1)], cash_tendered=2_000)
    close_day(laptops.b, sunday.id, {1_000: 1, 100: 4, 10: 3})  # 1,430
    export_days(laptops.b, tmp_path / "evening.db", on=date(2024, 6, 16))

    assert merge_file(laptops.a, tmp_path / "noon.db").days_added == ("2024-06-16 浄水場まつり",)
    with pytest.raises(StateError) as refused:  # the void made on laptop B needs the coordinator's consent
        merge_file(laptops.a, tmp_path / "evening.db")
    assert "取り消された取引" in refused.value.ja and "No.1" in refused.value.ja and "返品" in refused.value.ja
    report = merge_file(laptops.a, tmp_path / "evening.db", accept_voids=True, who="コーディネーター")
    assert report.days_updated == ("2024-06-16 浄水場まつり",)
    assert report.added["sales"] == 1
    with laptops.a.engine.connect() as conn:
        state = conn.exec_driver_sql("SELECT state, counted_cash FROM sales_days WHERE day = '2024-06-16'").one()
    assert tuple(state) == ("closed", 1_430)
    assert _paid_total(laptops.a) == 2_730 + 1_430
    assert check_database(laptops.a).ok
    assert merge_file(laptops.a, tmp_path / "noon.db").nothing_new  # the older export changes nothing back


def test_two_laptops_both_named_the_same_till_are_refused_and_nothing_changes(laptops: Laptops) -> None:
    venues, workshops, _ = _ids(laptops.b)
    clash = days.open_day(laptops.b, venues["ゆめが丘SC"], SATURDAY, list(workshops.values()))
    _sell(laptops.b, clash.id, [("P0003", 1)], cash_tendered=500)
    before = _snapshot(laptops.a)
    with pytest.raises(StateError) as refused:
        merge_file(laptops.a, laptops.b_path)
    assert "2024-06-15 ゆめが丘SC" in refused.value.ja and "「レジ1」" in refused.value.ja
    assert "名前を変えて" in refused.value.ja
    assert _snapshot(laptops.a) == before


def test_a_workshop_with_the_same_name_but_another_id_is_matched_by_name(tmp_path: Path, db: Database) -> None:
    other = open_database(tmp_path / "other.db")
    try:
        for side in (db, other):  # created separately: same names, different ids
            _masters(side)
        venues, workshops, _ = _ids(other)
        day = days.open_day(other, venues["浄水場まつり"], SATURDAY, list(workshops.values()))
        _sell(other, day.id, [("P0002", 2)], cash_tendered=600)
    finally:
        other.dispose()
    report = merge_file(db, tmp_path / "other.db")
    assert "事業所「パン工房こむぎ」: IDが違うため名前で対応付けました" in report.master_matched_by_key
    assert "商品「クッキー」（P0002）: IDが違うためコードで対応付けました" in report.master_matched_by_key
    assert not report.master_added
    assert len(catalog.list_workshops(db)) == 2
    with db.engine.connect() as conn:
        line = conn.exec_driver_sql(
            "SELECT w.name, p.code FROM sale_lines l JOIN workshops w ON w.id = l.workshop_id "
            "JOIN products p ON p.id = l.product_id"
        ).one()
    assert tuple(line) == ("パン工房こむぎ", "P0002")
    assert check_database(db).ok


def test_preview_changes_nothing_and_the_cli_prints_the_report(
    laptops: Laptops, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(laptops.a)
    preview = merge_file(laptops.a, laptops.b_path, preview=True)
    assert preview.preview and preview.added["sales"] == 3
    assert _snapshot(laptops.a) == before
    assert main(["merge", str(laptops.b_path), "--db", str(laptops.a_path)]) == 0
    out = capsys.readouterr().out
    assert "追加した販売日: 1日" in out and "価格 ここ 300 / 取り込み元 350" in out
    assert _paid_total(laptops.a) == 4_280


def test_cli_export_and_refusals(laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.db"
    assert (
        main(
            ["export", "--day", "2024-06-15", "--venue", "浄水場まつり", "--out", str(out), "--db", str(laptops.b_path)]
        )
        == 0
    )
    assert "取引 3件" in capsys.readouterr().out
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello", encoding="utf-8")
    assert main(["merge", str(not_db), "--db", str(laptops.a_path)]) == 2
    assert "ではありません" in capsys.readouterr().err
    assert main(["merge", str(laptops.a_path), "--db", str(laptops.a_path)]) == 2


def test_an_older_file_is_read_through_an_upgraded_copy_and_left_unchanged(laptops: Laptops, tmp_path: Path) -> None:
    old = tmp_path / "old-b.db"
    with closing(sqlite3.connect(laptops.b_path)) as src, closing(sqlite3.connect(old)) as dst:
        src.backup(dst)
    command.downgrade(alembic_config(f"sqlite:///{old}"), "0002")  # as written by the previous release
    old_bytes = old.read_bytes()
    report = merge_file(laptops.a, old)
    assert report.upgraded_from == "0002"
    assert report.added["sales"] == 3 and _paid_total(laptops.a) == 4_280
    assert old.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("old-b")) == ["old-b.db"]


def test_a_file_that_fails_verification_is_refused(laptops: Laptops, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    with closing(sqlite3.connect(laptops.b_path)) as src, closing(sqlite3.connect(damaged)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA ignore_check_constraints=ON")
        dst.execute("UPDATE sales SET total = total + 100 WHERE number = 1")
        dst.commit()
    before = _snapshot(laptops.a)
    with pytest.raises(StateError, match="問題があるため取り込みません"):
        merge_file(laptops.a, damaged)
    assert _snapshot(laptops.a) == before


def test_the_settlement_frozen_at_the_close_comes_with_the_day(laptops: Laptops) -> None:
    """B closed its day with no commission; A charges 20 % today. After the merge A's statement shows B's
    frozen figures (0 %, no note), not A's rate of today. B: クッキー 1,050 cash, 石けん 500 PayPay."""
    from pos.services.payouts import month_payouts
    from pos.services.settings import set_setting

    set_setting(laptops.a, "commission_percent", "20")
    merge_file(laptops.a, laptops.b_path)
    days_at_b = {
        s.name: [
            (d.venue, d.sales, d.commission_bp, d.commission, d.cash_handed, d.transfer, d.note)
            for d in s.days
            if d.venue == "浄水場まつり"
        ]
        for s in month_payouts(laptops.a, "2024-06").statements
    }
    assert days_at_b["パン工房こむぎ"] == [("浄水場まつり", 1050, 0, 0, 1050, 0, "")]
    assert days_at_b["工房ひだまり"] == [("浄水場まつり", 500, 0, 0, 0, 500, "")]
    assert check_database(laptops.a).ok


def test_an_export_carries_the_frozen_settlement_of_its_day(laptops: Laptops, tmp_path: Path) -> None:
    from pos.services.payouts import month_payouts
    from pos.services.settings import set_setting

    out = tmp_path / "b-day.db"
    export_days(laptops.b, out, on=SATURDAY, venue="浄水場まつり")
    set_setting(laptops.a, "commission_percent", "20")
    merge_file(laptops.a, out)
    bakery = next(s for s in month_payouts(laptops.a, "2024-06").statements if s.name == "パン工房こむぎ")
    [at_b] = [d for d in bakery.days if d.venue == "浄水場まつり"]
    assert (at_b.sales, at_b.commission, at_b.cash_handed, at_b.note) == (1050, 0, 1050, "")


def _copy(src: Path, dst: Path) -> Path:
    with closing(sqlite3.connect(src)) as a, closing(sqlite3.connect(dst)) as b:
        a.backup(b)
    return dst


def test_the_same_sale_id_with_other_content_is_listed_and_refused(laptops: Laptops, tmp_path: Path) -> None:
    other = _copy(laptops.a_path, tmp_path / "edited.db")
    with closing(sqlite3.connect(other)) as conn, conn:  # consistent, so the file itself passes verify
        conn.execute("UPDATE sale_lines SET quantity = 3, amount = 1500 WHERE product_name = '手作り石けん'")
        conn.execute("UPDATE sales SET total = 1500 WHERE total = 1000")
        conn.execute("UPDATE payments SET amount = 1500, tendered = 1500 WHERE amount = 1000")
        conn.execute("DELETE FROM day_settlements")  # the frozen figures would no longer match (frozen at use)
    assert verify_file(other).ok
    before = _snapshot(laptops.a)
    with pytest.raises(StateError) as refused:
        merge_file(laptops.a, other)
    text = refused.value.ja
    assert "取引 No.2: 同じIDで内容が違います（合計）" in text and "明細" in text and "支払" in text
    assert "新しい記録はありませんでした" not in text
    assert _snapshot(laptops.a) == before
    assert main(["merge", str(other), "--db", str(laptops.a_path)]) == 2


def test_a_void_from_the_other_file_needs_consent_and_is_audited(laptops: Laptops, tmp_path: Path) -> None:
    other = _copy(laptops.a_path, tmp_path / "voided.db")
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute(
            "UPDATE sales SET state = 'voided', void_reason = '返品', voided_at = '2024-06-15 07:00:00'"
            " WHERE total = 1000"
        )
        conn.execute("DELETE FROM day_settlements")  # the frozen figures would no longer match (frozen at use)
    before = _snapshot(laptops.a)
    with pytest.raises(StateError) as refused:
        merge_file(laptops.a, other)
    assert "取り消された取引" in refused.value.ja and "取引 No.2（理由: 返品）" in refused.value.ja
    assert _snapshot(laptops.a) == before
    assert main(["merge", str(other), "--db", str(laptops.a_path)]) == 2
    preview = merge_file(laptops.a, other, preview=True, accept_voids=True)
    assert preview.voids == ("販売日 2024-06-15 ゆめが丘SC: 取引 No.2（理由: 返品）",)
    assert _snapshot(laptops.a) == before
    assert main(["merge", str(other), "--accept-voids", "--by", "山田", "--db", str(laptops.a_path)]) == 0
    with laptops.a.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT state, void_reason FROM sales WHERE total = 1000").one() == (
            "voided",
            "返品",
        )
        who, action, detail = conn.exec_driver_sql("SELECT who, action, detail FROM audit_log").one()
    assert (who, action) == ("山田", "merge_void") and "返品" in detail
    assert check_database(laptops.a).ok


def test_amounts_beyond_the_registers_limits_are_refused(laptops: Laptops, tmp_path: Path) -> None:
    other = _copy(laptops.b_path, tmp_path / "absurd.db")
    trillion = 1_000_000_000_000
    with closing(sqlite3.connect(other)) as conn, conn:  # consistent: line, sale and payment agree
        conn.execute(
            f"UPDATE sale_lines SET unit_price = {trillion}, amount = {trillion}, quantity = 1"
            " WHERE product_name = '手作り石けん'"
        )
        conn.execute(f"UPDATE sales SET total = {trillion} WHERE total = 500")
        conn.execute(f"UPDATE payments SET amount = {trillion}, tendered = {trillion} WHERE amount = 500")
    report = verify_file(other)
    assert not report.ok and any(p.check == "limits" and "上限" in p.message for p in report.problems)
    before = _snapshot(laptops.a)
    with pytest.raises(StateError):
        merge_file(laptops.a, other)
    assert _snapshot(laptops.a) == before


def _picture(colour: tuple[int, int, int]) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(out, format="PNG")
    return out.getvalue()


def test_product_pictures_travel_in_the_export_and_only_missing_ones_are_merged(
    laptops: Laptops, tmp_path: Path
) -> None:
    _, _, products_b = _ids(laptops.b)
    _, _, products_a = _ids(laptops.a)
    set_picture(laptops.b, products_b["P0002"].id, _picture((230, 180, 60)))  # the cookie: none on A
    set_picture(laptops.b, products_b["P0003"].id, _picture((60, 120, 230)))  # the soap: A has its own
    set_picture(laptops.a, products_a["P0003"].id, _picture((200, 40, 40)))
    soap_here = pictures(laptops.a, [products_a["P0003"].id])
    cookie_there = pictures(laptops.b, [products_b["P0002"].id])
    out = tmp_path / "b-0615.db"
    export_days(laptops.b, out, on=SATURDAY, venue="浄水場まつり")
    with closing(sqlite3.connect(out)) as conn:  # the day sold the cookie and the soap (and the voided bread)
        assert conn.execute("SELECT count(*) FROM product_images").fetchone()[0] == 2

    report = merge_file(laptops.a, out)
    assert report.added["product_images"] == 1
    cookie = products_a["P0002"].id
    assert pictures(laptops.a, [cookie]) == {cookie: cookie_there[products_b["P0002"].id]}
    assert pictures(laptops.a, [products_a["P0003"].id]) == soap_here  # the coordinator's picture stays
    assert any("手作り石けん" in d and "写真" in d for d in report.master_differences)
    assert any("商品の写真 1件" in line for line in report.lines_ja())
    assert merge_file(laptops.a, out).nothing_new


def test_a_killed_merges_copy_is_removed_by_the_next_merge(
    laptops: Laptops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # the system temp folder, for this test
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = tmp_path / f"pos-merge-{gone.stdout.strip()}-abc"  # a merge killed with -9 left its copy
    dead.mkdir()
    (dead / "source.db").write_bytes(b"a copy of another booth's sales")
    running = tmp_path / f"pos-merge-{os.getpid()}-def"  # a merge still running (this process)
    running.mkdir()
    merge_file(laptops.a, laptops.b_path, preview=True)
    assert not dead.exists()
    assert running.exists()


def test_an_export_of_damaged_records_is_refused_and_writes_nothing(
    laptops: Laptops, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with closing(sqlite3.connect(laptops.b_path)) as conn:  # a bit flip: one line's sale id no longer reads
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "UPDATE sale_lines SET sale_id = CAST(X'41FFFE42' AS TEXT) "
            "WHERE rowid = (SELECT max(rowid) FROM sale_lines)"
        )
        conn.commit()
    out = tmp_path / "b-0615.db"
    with pytest.raises(StateError, match="何も書き出していません"):
        export_days(laptops.b, out, on=SATURDAY, venue="浄水場まつり")
    assert not out.exists() and list(tmp_path.glob(".b-0615.db*")) == []
    assert (
        main(
            ["export", "--db", str(laptops.b_path), "--day", "2024-06-15", "--venue", "浄水場まつり", "--out", str(out)]
        )
        == 2
    )
    assert "pos verify" in capsys.readouterr().err and not out.exists()
