"""The day-end tally PDF carries the figures worked out by hand (text extracted with pdfplumber)."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pdfplumber
import pytest

from pos.db.engine import Database
from pos.db.models import Lot, LotDisposition
from pos.domain.money import format_yen
from pos.reports.tally_pdf import NOT_CLOSED, tally_filename, tally_pdf
from pos.services.closing import close_day
from pos.services.day_report import day_report
from pos.services.register import Register, void_sale
from pos.services.settings import set_setting
from tests.services.helpers import make_booth


def _pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert all(round(p.width) == 595 and round(p.height) == 842 for p in doc.pages)  # A4
        return [p.extract_text() or "" for p in doc.pages]


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines()]


@pytest.fixture
def small_day(db: Database):
    """#1 食パン 1,430 + クッキー 300×2 + 石けん 500 = 2,530, cash 5,000 (change 2,470)
    #2 石けん 500 PayPay — voided
    #3 食パン 1,430: 交通系IC 1,000 + cash 500 (change 70)

    Paid 2 sales, 3,960, 5 items. Tax per receipt: #1 8 % on 2,030 → 150, 10 % on 500 → 45;
    #3 8 % on 1,430 → 105; so 8 %: 3,460 / 255, 10 %: 500 / 45, tax 300.
    Cash: 現金 2 payments 2,530 + 430 = 2,960; tendered 5,500, change 2,540; expected 30,000 + 2,960 = 32,960.
    パン工房こむぎ: 4 items, 3,460 = cash 2,460 + cashless 1,000. 工房ひだまり: 1 item, 500 cash.
    """
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.add_product(b.cookie.id, 2)
    reg.add_product(b.soap.id)
    reg.checkout(cash_tendered=5000)
    reg.add_product(b.soap.id)
    voided = reg.checkout(cashless=[("paypay", 500)])
    reg.add_product(b.bread.id)
    reg.checkout(cashless=[("transit_ic", 1000)], cash_tendered=500)
    void_sale(db, voided.id, "打ち間違い")
    return b


def test_open_day_prints_as_x_marked_not_closed(db: Database, small_day) -> None:
    pages = _pages(tally_pdf(day_report(db, small_day.day.id)))
    # summary page(s), then one slip per workshop
    assert len(pages) >= 3
    first = _lines(pages[0])
    assert "販売日計表 点検（X）" in first
    assert NOT_CLOSED in first
    assert all("未精算" in p for p in pages)  # every page, slips included, says it is not closed
    assert not any("精算（Z）" in p for p in pages)
    assert "会場 ゆめが丘SC（ゆめが丘SC出張販売）" in first
    assert "販売日 令和6年6月15日(土)（2024年6月15日）" in first
    opened = small_day.day.opened_at + timedelta(hours=9)  # JST by hand
    assert f"開始 {opened.year}年{opened.month}月{opened.day}日" in pages[0]
    assert f"{opened:%H:%M}" in pages[0]
    assert "締め 未精算（営業中）" in first
    assert "2件 1件（¥500） 5点 ¥3,960 ¥300" in first
    assert any(ln.startswith("現金 2件 ¥2,960 8%（軽減税率）※ ¥3,460 ¥255") for ln in first)
    assert any(ln.startswith("交通系IC 1件 ¥1,000 10%（標準税率） ¥500 ¥45") for ln in first)
    assert any(ln.startswith("うちキャッシュレス計 1件 ¥1,000") for ln in first)
    text = pages[0]
    for expected in (
        "釣銭準備金 ¥30,000",
        "現金お預り ¥5,500",
        "お釣り -¥2,540",
        "予定現金（準備金＋お預り－お釣り） ¥32,960",
        "実際の現金 未計数",
    ):
        assert expected in text
    # sales: name, items, sales, cash, vouchers, cashless
    assert "工房ひだまり 1 ¥500 ¥500 ¥0 ¥0" in first
    assert "パン工房こむぎ 4 ¥3,460 ¥2,460 ¥0 ¥1,000" in first
    assert "合計 5 ¥3,960 ¥2,960 ¥0 ¥1,000" in first
    # payout with no commission and no fees: rate, commission, fees, cash now, vouchers, transfer
    assert "工房ひだまり 0% ¥0 ¥0 ¥500 ¥0 ¥0" in first
    assert "パン工房こむぎ 0% ¥0 ¥0 ¥2,460 ¥0 ¥1,000" in first
    assert any("取消一覧（1件、¥500）" in p for p in pages)


def test_closed_day_prints_as_z_with_the_count(db: Database, small_day) -> None:
    close_day(
        db, small_day.day.id, {10_000: 3, 1_000: 2, 500: 1, 100: 4, 50: 1}, comment="釣銭の渡し間違い", closed_by="山田"
    )
    pages = _pages(tally_pdf(day_report(db, small_day.day.id)))
    text = "\n".join(pages)
    assert "販売日計表 精算（Z）" in pages[0]
    assert "未精算" not in text and "点検（X）" not in text
    assert "締め担当 山田" in pages[0]
    for expected in ("実際の現金 ¥32,950", "過不足（不足） -¥10", "過不足の理由: 釣銭の渡し間違い"):
        assert expected in text
    # the denomination counts: 3 × 10,000, 2 × 1,000, 1 × 500, 4 × 100, 1 × 50 = 11 pieces, 32,950
    for expected in (
        "¥10,000 3 ¥30,000",
        "¥1,000 2 ¥2,000",
        "¥500 1 ¥500",
        "¥100 4 ¥400",
        "¥50 1 ¥50",
        "¥5,000 0 ¥0",
        "¥1 0 ¥0",
        "合計 11 ¥32,950",
    ):
        assert expected in text
    assert "精算（締め） 山田" in text


def test_one_slip_per_workshop_with_items_and_taken_back_food(db: Database, small_day) -> None:
    b = small_day
    with db.sessions.begin() as s:
        lot = Lot(product_id=b.cookie.id, sales_day_id=b.day.id, quantity=10, expiry_date=date(2024, 6, 20))
        s.add(lot)
        s.flush()
        s.add(LotDisposition(lot_id=lot.id, kind="taken_back", quantity=8, note=""))
        s.add(LotDisposition(lot_id=lot.id, kind="taken_back", quantity=1, note="", by_default=True))
    pages = _pages(tally_pdf(day_report(db, b.day.id)))
    slips = [p for p in pages if "事業所別精算書（事業所控）" in p]
    assert len(slips) == 2
    crafts, bakery = slips  # kana order: こうぼうひだまり, ぱんこうぼうこむぎ
    assert "工房ひだまり 様" in crafts and "登録番号 T1234567890123" in crafts
    assert "手作り石けん 10% ¥500 × 1 ¥500" in crafts
    assert "合計 1点 ¥500" in crafts and "お支払額（合計） ¥500" in crafts
    assert "売れ残り" not in crafts and "※" not in crafts
    assert "パン工房こむぎ 様" in bakery and not re.search(r"T\d{13}", bakery)
    assert "クッキー※ 8% ¥300 × 2 ¥600" in bakery
    assert "食パン詰め合わせ※ 8% ¥1,430 × 2 ¥2,860" in bakery
    assert "合計 4点 ¥3,460" in bakery
    assert "うち現金 ¥2,460" in bakery and "うちキャッシュレス ¥1,000" in bakery
    assert "※は軽減税率（8%）対象" in bakery
    assert "売れ残り（持ち帰り・廃棄・その他）" in bakery and "クッキー 持ち帰り 8 6月20日" in bakery
    assert "クッキー 持ち帰り 1 6月20日 （入力がなく、持ち帰りとして記録）" in bakery
    assert "合計 9 持ち帰り 9" in bakery


def test_commission_and_payout_appear_when_set(db: Database, small_day) -> None:
    set_setting(db, "commission_percent", "10")
    pages = _pages(tally_pdf(day_report(db, small_day.day.id)))
    # 10 % of 3,460 = 346, taken from its cash 2,460 → 2,114 now, 1,000 later; of 500 = 50 → 450 now
    assert "パン工房こむぎ 10% ¥346 ¥0 ¥2,114 ¥0 ¥1,000" in pages[0]
    assert "工房ひだまり 10% ¥50 ¥0 ¥450 ¥0 ¥0" in pages[0]
    assert "合計 ¥396 ¥0 ¥2,564 ¥0 ¥1,000" in pages[0]
    bakery = next(p for p in pages if "パン工房こむぎ 様" in p)
    assert "手数料（10%） -¥346" in bakery and "お支払額（合計） ¥3,114" in bakery
    assert "本日お渡しする現金 ¥2,114" in bakery and "後日お振込み（キャッシュレス分） ¥1,000" in bakery


def test_pdf_figures_match_the_service_on_a_busier_day(db: Database, small_day) -> None:
    b = small_day
    reg = Register(db, b.day.id)
    for i in range(30):  # enough lines to push the settlement onto more pages
        reg.add_product(b.cookie.id, 1 + i % 3)
        reg.add_product(b.soap.id)
        reg.checkout(cashless=[("credit", 400)], cash_tendered=2000) if i % 2 else reg.checkout(cash_tendered=2000)
    report = day_report(db, b.day.id)
    pages = _pages(tally_pdf(report))
    text = "\n".join(pages)
    t = report.tally
    voided = format_yen(t.voided_amount)
    assert f"{t.sales_count}件 {t.void_count}件（{voided}） {t.item_count}点 {format_yen(t.total)}" in text
    for m in t.by_method:
        assert f"{m.count}件 {format_yen(m.amount)}" in text
    for slip in report.slips:
        w = slip.settlement
        assert (
            f"{w.name} {w.quantity} {format_yen(w.amount)} {format_yen(w.cash)} {format_yen(w.vouchers)} "
            f"{format_yen(w.cashless)}"
        ) in text
        page = next(p for p in pages if f"{w.name} 様" in p)
        assert f"合計 {w.quantity}点 {format_yen(w.amount)}" in page
    assert sum(s.settlement.amount for s in report.slips) == t.total


def test_file_name_says_venue_date_and_kind(db: Database, small_day) -> None:
    assert tally_filename(day_report(db, small_day.day.id)) == "2024-06-15_ゆめが丘SC_点検X.pdf"
