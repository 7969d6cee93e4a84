"""Receipts as invoices when several workshops share one sale (docs/invoices.md): one block per
registered seller with its own tax per rate, the unregistered sellers' part, and the intermediary
arrangement (媒介者交付特例). Figures worked out by hand in the comments."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pdfplumber
import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.domain.master import WorkshopDraft
from pos.reports.receipt_escpos import receipt_image
from pos.reports.receipt_pdf import receipt_pdf
from pos.services import catalog, days
from pos.services import master_data as md
from pos.services.receipts import receipt_data
from pos.services.register import Register
from pos.services.settings import save_settings
from tests.services.helpers import Booth, make_booth

YEN = re.compile(r"¥([\d,]+)$")
BAKERY_T = "T9234567890123"  # a valid 法人番号: 234567890123 → Σ 72, 72 mod 9 = 0 → check digit 9


def _lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [ln.strip() for p in doc.pages for ln in (p.extract_text() or "").splitlines()]


def _yen(line: str) -> int:
    m = YEN.search(line)
    assert m, line
    return int(m.group(1).replace(",", ""))


@pytest.fixture
def booth(db: Database) -> Booth:
    b = make_booth(db)
    md.update_workshop(
        db,
        b.bakery.id,
        WorkshopDraft(name="パン工房こむぎ", kana="ぱんこうぼうこむぎ", colour="#d9822b", invoice_number=BAKERY_T),
    )
    days.add_workshops(db, b.day.id, [b.absent.id])  # さくら作業所: not registered
    return b


def _three_sellers(db: Database, b: Booth):  # type: ignore[no-untyped-def]
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id, 1)
    reg.add_product(b.cookie.id, 2)
    reg.add_product(b.soap.id, 3)
    reg.add_product(b.card.id, 2)
    return reg.checkout(cash_tendered=5000)


def _block(lines: list[str], head: str) -> list[str]:
    start = lines.index(head)
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith(("【", "合計")))
    return lines[start:end]


@pytest.mark.parametrize("size", ["80mm", "a6"])
def test_each_registered_seller_has_its_own_invoice_block(db: Database, booth: Booth, size: str) -> None:
    # パン工房こむぎ (registered, 8 %): 食パン 1,430 + クッキー 300 × 2 = 2,030 → floor(2,030 × 8 / 108) = 150
    # 工房ひだまり (registered, 10 %): 石けん 500 × 3 = 1,500 → floor(1,500 × 10 / 110) = 136
    # さくら作業所 (not registered, 10 %): ポストカード 150 × 2 = 300, no tax stated
    # total 2,030 + 1,500 + 300 = 3,830; cash 5,000 → change 1,170
    # (one receipt-wide 10 % figure would be floor(1,800 × 10 / 110) = 163: not what either seller owes)
    sale = _three_sellers(db, booth)
    lines = _lines(receipt_pdf(receipt_data(db, sale.id), size))
    bakery = _block(lines, "【パン工房こむぎ】")
    assert bakery == [
        "【パン工房こむぎ】",
        f"登録番号 {BAKERY_T}",
        "食パン詰め合わせ ※ ¥1,430",
        "¥1,430 × 1",
        "クッキー ※ ¥600",
        "¥300 × 2",
        "小計（3点） ¥2,030",
        "8%対象 ※ ¥2,030",
        "（内消費税 8%） ¥150",
    ]
    crafts = _block(lines, "【工房ひだまり】")
    assert crafts == [
        "【工房ひだまり】",
        "登録番号 T1234567890123",
        "手作り石けん ¥1,500",
        "¥500 × 3",
        "小計（3点） ¥1,500",
        "10%対象 ¥1,500",
        "（内消費税 10%） ¥136",
    ]
    others = _block(lines, "【適格請求書発行事業者ではない事業所】")
    assert others == [
        "【適格請求書発行事業者ではない事業所】",
        "この部分は適格請求書ではありません",
        "ポストカード ¥300",
        "さくら作業所 ¥150 × 2",
        "小計（2点） ¥300",
        "10%対象 ¥300",
    ]
    assert "合計（8点） ¥3,830" in lines and "お釣り ¥1,170" in lines
    subtotals = [_yen(ln) for ln in lines if ln.startswith("小計")]
    assert subtotals == [2030, 1500, 300] and sum(subtotals) == 3830
    assert "（内消費税 10%） ¥163" not in lines


def test_tax_is_rounded_once_per_rate_for_each_seller(db: Database, booth: Booth) -> None:
    # two registered sellers at 8 %: 160 → floor(160 × 8 / 108) = floor(11.85) = 11,
    # 170 → floor(12.59) = 12; together 330 would give floor(24.44) = 24, not 11 + 12 = 23
    a = catalog.create_product(db, booth.bakery.id, "マフィン", 160, 8, code="P0160")
    c = catalog.create_workshop(db, "ジャム工房", invoice_number="T1180301018771")
    days.add_workshops(db, booth.day.id, [c.id])
    b = catalog.create_product(db, c.id, "いちごジャム", 170, 8, code="P0170")
    reg = Register(db, booth.day.id)
    reg.add_product(a.id)
    reg.add_product(b.id)
    data = receipt_data(db, reg.checkout(cash_tendered=330).id)
    assert data.layout == "sellers"
    assert [(blk.name, blk.total, [(r.rate, r.gross, r.tax) for r in blk.by_rate]) for blk in data.blocks] == [
        ("パン工房こむぎ", 160, [(8, 160, 11)]),
        ("ジャム工房", 170, [(8, 170, 12)]),
    ]


def test_intermediary_arrangement_one_invoice_in_the_booths_name(db: Database, booth: Booth) -> None:
    save_settings(db, {"booth_invoice_number": "t1-2345-6789-0123-", "invoice_intermediary": "1"}, "テスト")
    # every seller registered: パン工房こむぎ 1,430 (8 %) and 工房ひだまり 500 (10 %)
    # → one invoice: 8 % ¥1,430, tax floor(1,430 × 8 / 108) = 105; 10 % ¥500, tax 45
    reg = Register(db, booth.day.id)
    reg.add_product(booth.bread.id)
    reg.add_product(booth.soap.id)
    lines = _lines(receipt_pdf(receipt_data(db, reg.checkout(cash_tendered=2000).id)))
    assert lines[0] == "自主製品販売ブース" and lines[1] == "登録番号 T1234567890123"
    assert "（各事業所の委託を受けて販売・媒介者交付特例）" in lines
    assert not any(ln.startswith("【") for ln in lines)
    assert "8%対象 ※ ¥1,430" in lines and "（内消費税 8%） ¥105" in lines
    assert "10%対象 ¥500" in lines and "（内消費税 10%） ¥45" in lines
    # an unregistered seller on the receipt: the arrangement does not apply, one block per seller again
    sale = _three_sellers(db, booth)
    data = receipt_data(db, sale.id)
    assert data.layout == "sellers" and data.booth_invoice_number == ""
    assert [blk.invoice_number for blk in data.blocks] == [BAKERY_T, "T1234567890123", None]


def test_booth_number_setting_is_checked(db: Database) -> None:
    with pytest.raises(InvalidInput, match="ブースの登録番号は T と13桁の数字です"):
        save_settings(db, {"booth_invoice_number": "T12345"}, "テスト")
    with pytest.raises(InvalidInput, match="0から1まで"):
        save_settings(db, {"invoice_intermediary": "2"}, "テスト")


def test_escpos_image_grows_with_the_blocks(db: Database, booth: Booth) -> None:
    sale = _three_sellers(db, booth)
    data = receipt_data(db, sale.id)
    plain = receipt_image(replace(data, layout="plain", blocks=()))
    assert receipt_image(data).height > plain.height
