"""Commission and fees frozen at the close, the settlement split per workshop per day, the month's
payout statements (PDF, CSV, `pos payouts`), all against hand-worked figures."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos.cli import main
from pos.db.engine import Database, open_database
from pos.domain.errors import InvalidInput, NotFound
from pos.reports.payout_pdf import payout_pdf
from pos.reports.tally_pdf import tally_pdf
from pos.services import auth, catalog, days
from pos.services.closing import close_day, reopen_day
from pos.services.day_report import day_report
from pos.services.payouts import month_payouts, payout_csv_rows
from pos.services.register import Register, void_sale
from pos.services.settings import set_setting
from pos.services.settlement import get_rates, save_rates
from pos.services.tally import day_tally
from tests.services.helpers import make_booth


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\n".join(p.extract_text() or "" for p in doc.pages)


def _close(db: Database, day_id, by: str = "山田") -> None:  # type: ignore[no-untyped-def]
    expected = day_tally(db, day_id).expected_cash
    close_day(db, day_id, {1: expected}, closed_by=by)


def _june(db: Database):  # type: ignore[no-untyped-def]
    """Two closed days in June 2024, commission 10 %, 交通系IC 3.24 %, PayPay 1.98 %.

    6/15 ゆめが丘SC: #1 bread 1,430 + soap 500 cash | #2 soap PayPay (voided) | #3 cookies 2 × 300: 商品券 500
    + cash 100 | #4 bread 1,430: IC 1,000 + cash 430.
      こむぎ 3,460 = cash 1,960 + vouchers 500 + IC 1,000; commission 346, fee 32 (32.4) → cash 1,614, transfer 968.
      ひだまり 500 cash; commission 50 → cash 450.
    6/22 駅前 (venue override 5 %; ひだまり's own 8 % does not apply there): #1 soap × 2 PayPay 1,000 |
    #2 bread 1,430 + soap 500: PayPay 1,000 + cash 930 → PayPay 741 / 259, cash 689 / 241.
      こむぎ 1,430 = cash 689 + PayPay 741; commission 71 (71.5), fee 14 (14.67) → cash 618, transfer 727.
      ひだまり 1,500 = cash 241 + PayPay 1,259; commission 75, fee 24 (24.93) → cash 166, transfer 1,235.
    """
    b = make_booth(db)
    set_setting(db, "commission_percent", "10")
    save_rates(db, fees={"transit_ic": "3.24", "paypay": "1.98"}, workshops={b.crafts.id: "8"}, who="山田")
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.add_product(b.soap.id)
    reg.checkout(cash_tendered=2000)
    reg.add_product(b.soap.id)
    voided = reg.checkout(cashless=[("paypay", 500)])
    reg.add_product(b.cookie.id, 2)
    reg.checkout(cashless=[("gift_voucher", 500)], cash_tendered=100)
    reg.add_product(b.bread.id)
    reg.checkout(cashless=[("transit_ic", 1000)], cash_tendered=500)
    void_sale(db, voided.id, "打ち間違い")
    auth.record(db, "佐藤", "void_sale", "No.2　ゆめが丘SC　2024年6月15日(土)", "¥500　理由: 打ち間違い")
    station = catalog.create_venue(db, "駅前広場", "駅前", display_order=3)
    save_rates(db, venues={station.id: "5"})
    day2 = days.open_day(db, station.id, date(2024, 6, 22), [b.bakery.id, b.crafts.id], 10_000)
    reg2 = Register(db, day2.id)
    reg2.add_product(b.soap.id, 2)
    reg2.checkout(cashless=[("paypay", 1000)])
    reg2.add_product(b.bread.id)
    reg2.add_product(b.soap.id)
    reg2.checkout(cashless=[("paypay", 1000)], cash_tendered=1000)
    _close(db, b.day.id)
    _close(db, day2.id)
    return b, day2


def _split(w):  # type: ignore[no-untyped-def]
    return (w.amount, w.cash, w.vouchers, w.cashless, w.commission, w.fees, w.cash_handed, w.transfer)


def test_the_close_freezes_each_workshops_split(db: Database) -> None:
    b, day2 = _june(db)
    t = {w.name: w for w in day_tally(db, b.day.id).workshops}
    assert _split(t["パン工房こむぎ"]) == (3460, 1960, 500, 1000, 346, 32, 1614, 968)
    assert _split(t["工房ひだまり"]) == (500, 500, 0, 0, 40, 0, 460, 0)  # its own 8 %: 40
    t2 = {w.name: w for w in day_tally(db, day2.id).workshops}
    assert _split(t2["パン工房こむぎ"]) == (1430, 689, 0, 741, 71, 14, 618, 727)
    assert _split(t2["工房ひだまり"]) == (1500, 241, 0, 1259, 75, 24, 166, 1235)
    assert t2["工房ひだまり"].commission_bp == 500  # the venue's override


def test_changing_the_rates_after_the_close_changes_neither_the_reprint_nor_the_statement(db: Database) -> None:
    b, _ = _june(db)
    before_z = _text(tally_pdf(day_report(db, b.day.id)))
    before_month = payout_csv_rows(month_payouts(db, "2024-06"))
    set_setting(db, "commission_percent", "20")
    save_rates(db, fees={"transit_ic": "5", "paypay": "5"}, workshops={b.crafts.id: ""})
    after_z = _text(tally_pdf(day_report(db, b.day.id)))
    assert "パン工房こむぎ 10% ¥346 ¥32 ¥1,614 ¥500 ¥968" in after_z
    assert "工房ひだまり 8% ¥40 ¥0 ¥460 ¥0 ¥0" in after_z
    strip = lambda text: [ln for ln in text.splitlines() if "作成" not in ln]  # noqa: E731  (print time)
    assert strip(after_z) == strip(before_z)
    assert payout_csv_rows(month_payouts(db, "2024-06")) == before_month
    # an open day uses today's rates: 20 % of 500
    day3 = days.open_day(db, b.venue.id, date(2024, 6, 29), [b.crafts.id], 0)
    reg = Register(db, day3.id)
    reg.add_product(b.soap.id)
    reg.checkout(cash_tendered=500)
    [w] = day_tally(db, day3.id).workshops
    assert (w.commission_bp, w.commission, w.cash_handed) == (2000, 100, 400)


def test_reopen_and_close_again_recomputes_and_the_events_keep_the_first_figures(db: Database) -> None:
    b, _ = _june(db)
    set_setting(db, "commission_percent", "20")
    reopen_day(db, b.day.id, "商品券の数え直し", "山田")
    _close(db, b.day.id, "鈴木")
    bakery = next(w for w in day_tally(db, b.day.id).workshops if w.name == "パン工房こむぎ")
    # 20 % of 3,460 = 692 from cash 1,960 → 1,268; fee unchanged 32 → transfer 968
    assert (bakery.commission, bakery.cash_handed, bakery.transfer) == (692, 1268, 968)
    first, second = (e.detail for e in day_report(db, b.day.id).events if e.kind == "close")
    assert "パン工房こむぎ: 売上 ¥3,460" in first and "手数料 10% ¥346" in first and "振込 ¥968" in first
    assert "手数料 20% ¥692" in second
    z = _text(tally_pdf(day_report(db, b.day.id)))
    assert "パン工房こむぎ 20% ¥692 ¥32 ¥1,268 ¥500 ¥968" in z  # the second close's figures …
    assert "この締めで確定していた精算:" in z and "手数料 10% ¥346" in z  # … and the first close's, in the record


def test_the_month_statement_and_csv_per_workshop(db: Database, tmp_path: Path) -> None:
    _june(db)
    payouts = month_payouts(db, "2024-06")
    assert [s.name for s in payouts.statements] == ["工房ひだまり", "パン工房こむぎ"]  # kana order
    crafts, bakery = payouts.statements
    assert crafts.invoice_number == "T1234567890123"
    assert [(d.day.day, d.venue, d.sales, d.commission, d.fees, d.cash_handed, d.transfer) for d in bakery.days] == [
        (15, "ゆめが丘SC", 3460, 346, 32, 1614, 968),
        (22, "駅前広場", 1430, 71, 14, 618, 727),
    ]
    # totals: sales 4,890 = paid lines 1,430 + 600 + 1,430 + 1,430 (the voided soap is crafts'); transfer 1,695
    assert [bakery.total(k) for k in ("sales", "commission", "fees", "cash_handed", "vouchers", "transfer")] == [
        4890,
        417,
        46,
        2232,
        500,
        1695,
    ]
    assert [crafts.total(k) for k in ("sales", "commission", "fees", "cash_handed", "vouchers", "transfer")] == [
        2000,
        115,
        24,
        626,
        0,
        1235,
    ]  # 500 + 1,500 (the voided 500 not counted); 40 + 75

    rows = payout_csv_rows(payouts)
    assert len(rows) == 4
    for name, sales in (("パン工房こむぎ", 4890), ("工房ひだまり", 2000)):
        mine = [r for r in rows if r[3] == name]
        assert sum(r[5] for r in mine) == sales
        for r in mine:  # cash handed + transfer + vouchers + commission + fees = sales
            assert r[12] + r[14] + r[13] + r[10] + r[11] == r[5]
            assert all(isinstance(v, int) for v in r[5:9] + r[10:])

    only = month_payouts(db, "2024-06", "パン工房こむぎ")
    assert [s.name for s in only.statements] == ["パン工房こむぎ"]
    with pytest.raises(NotFound, match="見つかりません"):
        month_payouts(db, "2024-06", "ない作業所")
    for bad in ("2024-13", "2024/06", "June", ""):
        with pytest.raises(InvalidInput, match="YYYY-MM"):
            month_payouts(db, bad)
    assert month_payouts(db, "2024-07").statements == ()


def test_the_statement_pdf(db: Database) -> None:
    _june(db)
    text = _text(payout_pdf(month_payouts(db, "2024-06")))
    assert "振込一覧 2024年6月" in text
    assert "パン工房こむぎ — 2 ¥4,890 ¥417 ¥46 ¥2,232 ¥500 ¥1,695" in text
    assert "工房ひだまり T1234567890123 2 ¥2,000 ¥115 ¥24 ¥626 ¥0 ¥1,235" in text
    assert "合計 4 ¥6,890 ¥532 ¥70 ¥2,858 ¥500 ¥2,930" in text
    assert "月次精算書 2024年6月" in text and "パン工房こむぎ 様" in text
    assert "6/15(土) ゆめが丘SC ¥3,460 10% ¥346 ¥32 ¥1,614 ¥500 ¥968" in text
    assert "6/22(土) 駅前広場 ¥1,430 5% ¥71 ¥14 ¥618 ¥0 ¥727" in text
    assert "今回の振込額 ¥1,695" in text and "受領印" in text
    assert "登録番号 （登録なし）" in text and "登録番号 T1234567890123" in text


def test_days_closed_before_the_feature_are_frozen_once_by_the_upgrade(tmp_path: Path) -> None:
    """A file at revision 0004 with a closed day and a 10 % commission: the upgrade freezes it with a note."""
    import sqlite3

    from alembic import command

    from pos.db.engine import resolve_url
    from pos.db.migrate import alembic_config

    path = tmp_path / "old.db"
    db = open_database(path)
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.add_product(b.soap.id)
    reg.checkout(cashless=[("gift_voucher", 1000)], cash_tendered=1000)  # 商品券 1,000 + cash 930
    set_setting(db, "commission_percent", "10")
    _close(db, b.day.id)
    db.dispose()
    command.downgrade(alembic_config(resolve_url(path)), "0004")
    with sqlite3.connect(path) as conn:
        assert "day_settlements" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    db = open_database(path)
    try:
        t = {w.name: w for w in day_tally(db, b.day.id).workshops}
        # vouchers 1,000 over bread 1,430 / soap 500: 740.93 / 259.07 → 741 / 259; cash 689 / 241
        assert _split(t["パン工房こむぎ"]) == (1430, 689, 741, 0, 143, 0, 546, 0)
        assert _split(t["工房ひだまり"]) == (500, 241, 259, 0, 50, 0, 191, 0)
        assert t["パン工房こむぎ"].frozen
        [statement, _] = sorted(month_payouts(db, "2024-06").statements, key=lambda s: s.name)
        assert "移行時に計算" in statement.days[0].note and "10%" in statement.days[0].note
    finally:
        db.dispose()


def test_rates_are_checked_before_anything_is_saved(db: Database) -> None:
    b = make_booth(db)
    with pytest.raises(InvalidInput, match="パン工房こむぎの手数料"):
        save_rates(db, fees={"paypay": "2"}, workshops={b.bakery.id: "=1+1"})
    with pytest.raises(InvalidInput, match="100%まで"):
        save_rates(db, fees={"paypay": "150"})
    with pytest.raises(InvalidInput, match="手数料を設定できません"):
        save_rates(db, fees={"gift_voucher": "1"})  # 商品券 carry no fee
    rates = get_rates(db)
    assert rates.fee_bp()["paypay"] == 0 and all(w.rate_bp is None for w in rates.workshops)
    changes = save_rates(db, fees={"paypay": "3.25"}, workshops={b.bakery.id: "7.5"}, who="山田")
    assert changes == ["決済手数料 PayPay: 0% → 3.25%", "事業所の手数料 パン工房こむぎ: — → 7.5%"]
    assert save_rates(db, fees={"paypay": "3.25"}) == []  # nothing changed, nothing recorded
    [entry] = [e for e in auth.list_audit(db) if e.target == "手数料率"]
    assert entry.who == "山田" and "7.5%" in entry.detail


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sales=st.lists(
        st.tuples(
            st.lists(st.sampled_from(["bread", "cookie", "soap"]), min_size=1, max_size=3),
            st.sampled_from([None, "paypay", "transit_ic", "gift_voucher"]),
            st.booleans(),
            st.booleans(),
        ),
        min_size=1,
        max_size=8,
    ),
    commission=st.integers(0, 30),
    fee=st.sampled_from(["0", "1.98", "3.24", "7.77"]),
)
def test_a_random_closed_day_adds_up_per_workshop(
    _migrated_template,
    tmp_path_factory,
    sales,
    commission,  # type: ignore[no-untyped-def]
    fee,
) -> None:
    path = tmp_path_factory.mktemp("random") / "pos.db"
    path.write_bytes(_migrated_template.read_bytes())
    db = open_database(path)
    b = make_booth(db)
    set_setting(db, "commission_percent", str(commission))
    save_rates(db, fees={"paypay": fee, "transit_ic": fee})
    products = {"bread": b.bread, "cookie": b.cookie, "soap": b.soap}
    reg = Register(db, b.day.id)
    paid: dict[str, int] = {"パン工房こむぎ": 0, "工房ひだまり": 0}
    owner = {"bread": "パン工房こむぎ", "cookie": "パン工房こむぎ", "soap": "工房ひだまり"}
    for names, brand, half, void in sales:
        for n in names:
            reg.add_product(products[n].id)
        total = reg.cart.total
        part = total // 2 if half else total
        sale = reg.checkout(
            cashless=[(brand, part)] if brand and part else None,
            cash_tendered=(total - part) if brand and part and half else None if brand else total,
        )
        if void:
            void_sale(db, sale.id, "テスト")
        else:
            for n in names:
                paid[owner[n]] += products[n].price
    _close(db, b.day.id)
    rows = payout_csv_rows(month_payouts(db, "2024-06"))
    for name, amount in paid.items():
        mine = [r for r in rows if r[3] == name]
        assert sum(r[5] for r in mine) == amount
        for r in mine:
            assert r[12] + r[14] + r[13] + r[10] + r[11] == r[5] == r[6] + r[7] + r[8]
    db.dispose()


def _run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as e:
        return int(e.code or 0)


def test_pos_payouts_writes_the_pdf_and_csv_and_refuses_bad_input(db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = open_database(db_path)
    _june(db)
    db.dispose()
    pdf, out_csv = tmp_path / "june.pdf", tmp_path / "june.csv"
    assert _run("payouts", "--month", "2024-06", "--pdf", str(pdf), "--csv", str(out_csv), "--db", str(db_path)) == 0
    assert "2事業所" in capsys.readouterr().out
    assert "振込一覧 2024年6月" in _text(pdf.read_bytes())
    raw = out_csv.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:6] == ["年月", "販売日", "会場", "事業所", "登録番号", "売上"]
    assert rows[1] == [
        "2024-06",
        "2024-06-15",
        "ゆめが丘SC",
        "工房ひだまり",
        "T1234567890123",
        "500",
        "500",
        "0",
        "0",
        "8%",
        "40",
        "0",
        "460",
        "0",
        "0",
    ]
    assert len(rows) == 5

    for argv, message in (
        (["--month", "2024-13", "--csv", str(out_csv)], "YYYY-MM"),
        (["--month", "2024-06"], "--pdf か --csv"),
        (["--month", "2024-06", "--csv", str(tmp_path)], "フォルダーです"),
        (["--month", "2024-06", "--csv", str(tmp_path / "no" / "x.csv")], "フォルダー"),
        (["--month", "2024-06", "--csv", str(out_csv)], "もうあります"),  # never over a file without --force
        (["--month", "2024-06", "--csv", str(out_csv), "--pdf", str(out_csv)], "同じファイル"),
        (["--month", "2024-06", "--workshop", "<b>&", "--csv", str(tmp_path / "x.csv")], "見つかりません"),
    ):
        before = out_csv.read_bytes()
        assert _run("payouts", *argv, "--db", str(db_path)) == 2
        assert message in capsys.readouterr().err
        assert out_csv.read_bytes() == before and not (tmp_path / "x.csv").exists()


def test_a_closed_day_without_frozen_figures_is_frozen_once_with_a_note(db: Database) -> None:
    """A day that came in closed by a merge or the demo data (no close here): frozen at first use."""
    from sqlalchemy import delete

    from pos.db.models import DaySettlement

    _, day2 = _june(db)
    with db.sessions.begin() as s:
        s.execute(delete(DaySettlement).where(DaySettlement.sales_day_id == day2.id))
    set_setting(db, "commission_percent", "20")  # today's default; the 駅前 override (5 %) still applies there
    bakery = next(s for s in month_payouts(db, "2024-06").statements if s.name == "パン工房こむぎ")
    late = bakery.days[1]
    assert (late.commission, late.cash_handed, late.transfer) == (71, 618, 727)
    assert "締め時の記録がないため" in late.note and bakery.days[0].note == ""
    save_rates(db, venues={day2.venue.id: ""})  # later rate changes no longer reach it
    again = next(s for s in month_payouts(db, "2024-06").statements if s.name == "パン工房こむぎ")
    assert again.days[1] == late


def test_the_z_lists_every_void_and_the_food_of_each_workshop(db: Database) -> None:
    import re

    from pos.services.check_in import check_in_lot
    from pos.services.dispositions import DispositionItem, record_dispositions, unsold_lots

    b = make_booth(db)
    check_in_lot(db, b.day.id, b.cookie.id, 10)
    reg = Register(db, b.day.id)
    reg.add_product(b.cookie.id, 2)
    first = reg.checkout(cash_tendered=600)
    reg.add_product(b.soap.id)
    second = reg.checkout(cashless=[("paypay", 200)], cash_tendered=300)
    void_sale(db, first.id, "<b>打ち間違い</b> & =1+1", who="佐藤")
    void_sale(db, second.id, "返品")  # voided by nobody named (no PIN registered): who is shown as —
    [lot] = unsold_lots(db, b.day.id)  # 10 cookies, none sold (the sale was voided)
    record_dispositions(
        db,
        b.day.id,
        [
            DispositionItem(lot.lot_id, "taken_back", 6),
            DispositionItem(lot.lot_id, "disposed", 3),
            DispositionItem(lot.lot_id, "other", 1, "隣の店に試食用"),
        ],
    )
    text = _text(tally_pdf(day_report(db, b.day.id)))
    assert "取消一覧（2件、¥1,100）" in text
    assert re.search(r"1 \d\d:\d\d \d\d:\d\d ¥600 現金 <b>打ち間違い</b> & =1\+1 佐藤", text)
    assert re.search(r"2 \d\d:\d\d \d\d:\d\d ¥500 現金 ¥300 \+ PayPay ¥200 返品 —", text)
    for kind, n in (("持ち帰り", 6), ("廃棄", 3), ("その他", 1)):
        assert f"パン工房こむぎ クッキー {kind} {n}" in text  # on the Z
        assert f"クッキー {kind} {n}" in text  # and on the slip
    assert "合計 10 持ち帰り 6・廃棄 3・その他 1" in text


def test_verify_finds_a_frozen_settlement_that_does_not_cover_the_days_sales(db: Database) -> None:
    from sqlalchemy import update

    from pos.db.models import DaySettlement
    from pos.services.verify import check_database

    b, _ = _june(db)
    assert check_database(db).ok
    with db.sessions.begin() as s:  # a damaged file: the day's frozen figures lost ¥100 of sales
        s.execute(
            update(DaySettlement)
            .where(DaySettlement.sales_day_id == b.day.id, DaySettlement.workshop_id == b.crafts.id)
            .values(sales=400, cash=400, cash_handed=360)
        )
    report = check_database(db)
    assert [p.check for p in report.problems] == ["settlement"]
    expected = "2024-06-15 ゆめが丘SC: 確定した精算の売上 ¥3,860 が取引の合計 ¥3,960 と違います"
    assert expected in report.problems[0].message
    t = day_tally(db, b.day.id)  # the Z still prints, from the sales themselves, and says it is not frozen
    assert not t.frozen and sum(w.amount for w in t.workshops) == 3960


def test_a_month_of_voucher_sales_only_is_a_claim_on_the_workshop(db: Database) -> None:
    """石けん 500 paid by 商品券 at 10 %: commission 50, no cash to take it from → transfer −50 (ご請求額 ¥50)."""
    b = make_booth(db)
    set_setting(db, "commission_percent", "10")
    reg = Register(db, b.day.id)
    reg.add_product(b.soap.id)
    reg.checkout(cashless=[("gift_voucher", 500)])
    _close(db, b.day.id)
    [crafts] = [s for s in month_payouts(db, "2024-06").statements if s.name == "工房ひだまり"]
    assert (crafts.total("vouchers"), crafts.total("commission"), crafts.transfer) == (500, 50, -50)
    text = _text(payout_pdf(month_payouts(db, "2024-06", "工房ひだまり"), transfer_list=False))
    assert "今回のご請求額 ¥50" in text and "振込一覧" not in text


def test_a_workshop_that_sold_nothing_shows_its_rate_and_zeros(db: Database) -> None:
    b = make_booth(db)
    save_rates(db, workshops={b.crafts.id: "8"})
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.checkout(cash_tendered=1430)
    _close(db, b.day.id)
    text = _text(tally_pdf(day_report(db, b.day.id)))
    assert "工房ひだまり 8% ¥0 ¥0 ¥0 ¥0 ¥0" in text and "パン工房こむぎ 0% ¥0 ¥0 ¥1,430 ¥0 ¥0" in text
    crafts = next(s for s in month_payouts(db, "2024-06").statements if s.name == "工房ひだまり")
    assert [(d.sales, d.commission_bp, d.transfer) for d in crafts.days] == [(0, 800, 0)]  # it took part that day
