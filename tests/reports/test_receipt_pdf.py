"""Receipts: the Japanese receipt rules in the PDF's text, the 80 mm and A6 page sizes, and the
ESC/POS image path (Japanese drawn as an image, sent to python-escpos's Dummy printer)."""

from __future__ import annotations

import io
import re
import sys

import pdfplumber
import pytest

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.reports import receipt_layout
from pos.reports.receipt_escpos import (
    WIDTH_80MM,
    EscposUnavailable,
    connect_printer,
    print_receipt_escpos,
    receipt_image,
)
from pos.reports.receipt_pdf import receipt_pdf
from pos.services import catalog, receipts
from pos.services.receipts import receipt_data
from pos.services.register import Register, void_sale
from tests.services.helpers import Booth, make_booth

T_NUMBER = re.compile(r"T\d{13}")


def _text(pdf: bytes) -> tuple[list[str], tuple[float, float], int]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        lines = [ln.strip() for p in doc.pages for ln in (p.extract_text() or "").splitlines()]
        return lines, (float(page.width), float(page.height)), len(doc.pages)


def _sale(db: Database, b: Booth, items: list[tuple[object, int]], **pay):
    reg = Register(db, b.day.id)
    for product, qty in items:
        reg.add_product(product.id, qty)  # type: ignore[attr-defined]
    return reg.checkout(**pay)


@pytest.fixture
def booth(db: Database) -> Booth:
    return make_booth(db)


def test_mixed_rates_receipt_on_80mm(db: Database, booth: Booth) -> None:
    # 食パン 1,430 + クッキー 300 × 2 = 2,030 at 8 % (パン工房こむぎ, not registered: no tax shown)
    # 石けん 500 at 10 % (工房ひだまり, registered) → tax floor(500 × 10 / 110) = 45; total 2,530
    # paid 交通系IC 1,000 + cash 5,000 for the remaining 1,530 → change 3,470
    sale = _sale(
        db,
        booth,
        [(booth.bread, 1), (booth.cookie, 2), (booth.soap, 1)],
        cashless=[("transit_ic", 1000)],
        cash_tendered=5000,
    )
    lines, (width, height), pages = _text(receipt_pdf(receipt_data(db, sale.id), "80mm", council="みなと区協議会"))
    assert pages == 1
    assert width == pytest.approx(226.77, abs=0.01)  # 80 mm
    assert 200 < height < 500  # fitted to the content, not a fixed page
    assert lines[0] == "自主製品販売ブース" and lines[1] == "みなと区協議会"
    assert "会場: ゆめが丘SC" in lines
    assert any(ln.endswith("No.1") for ln in lines)
    # 工房ひだまり is registered: its own invoice block, tax on its 500 alone
    block = lines.index("【工房ひだまり】")
    assert lines[block : block + 7] == [
        "【工房ひだまり】",
        "登録番号 T1234567890123",
        "手作り石けん ¥500",
        "¥500 × 1",
        "小計（1点） ¥500",
        "10%対象 ¥500",
        "（内消費税 10%） ¥45",
    ]
    # パン工房こむぎ is not: its items in the part that says it is not an invoice, totals per rate, no tax
    other = lines.index("【適格請求書発行事業者ではない事業所】")
    assert lines[other + 1] == "この部分は適格請求書ではありません"
    assert "食パン詰め合わせ ※ ¥1,430" in lines and "パン工房こむぎ ¥1,430 × 1" in lines
    assert "クッキー ※ ¥600" in lines and "パン工房こむぎ ¥300 × 2" in lines
    assert "小計（3点） ¥2,030" in lines and "8%対象 ※ ¥2,030" in lines
    assert "（内消費税 8%）" not in "\n".join(lines)
    assert "合計（4点） ¥2,530" in lines
    assert "交通系IC ¥1,000" in lines and "現金お預り ¥5,000" in lines and "お釣り ¥3,470" in lines
    assert "※は軽減税率対象" in lines
    assert T_NUMBER.findall("\n".join(lines)) == ["T1234567890123"]
    assert "取消" not in "\n".join(lines)


def test_no_reduced_item_no_mark_and_no_legend(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth, [(booth.soap, 3)], cashless=[("paypay", 1500)])
    text = "\n".join(_text(receipt_pdf(receipt_data(db, sale.id)))[0])
    assert "※" not in text and "軽減税率" not in text
    assert "10%対象 ¥1,500" in text and "（内消費税 10%） ¥136" in text  # floor(1,500 × 10 / 110) = 136
    assert "PayPay ¥1,500" in text and "お釣り" not in text and "現金" not in text


def test_no_registration_number_where_none_is_set(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth, [(booth.bread, 1)], cash_tendered=2000)
    text = "\n".join(_text(receipt_pdf(receipt_data(db, sale.id), "a6"))[0])
    assert not T_NUMBER.search(text)
    assert "登録番号" not in text and "適格請求書" not in text
    assert "※は軽減税率対象" in text and "お釣り ¥570" in text


def test_tax_is_computed_once_per_rate(db: Database, booth: Booth) -> None:
    # 130 × 3 = 390 at 8 %: floor(390 × 8 / 108) = 28 (per line it would be 9 × 3 = 27)
    rusk = catalog.create_product(db, booth.bakery.id, "ラスク", 130, 8, code="P0010")
    sale = _sale(db, booth, [(rusk, 3)], cash_tendered=390)
    text = "\n".join(_text(receipt_pdf(receipt_data(db, sale.id)))[0])
    assert "（内消費税 8%） ¥28" in text
    assert "お釣り ¥0" in text


def test_a6_page_and_a_voided_sale(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth, [(booth.soap, 1)], cash_tendered=1000)
    void_sale(db, sale.id, "返品")
    lines, (width, height), _ = _text(receipt_pdf(receipt_data(db, sale.id), "A6"))
    assert (width, height) == (pytest.approx(297.64, abs=0.01), pytest.approx(419.53, abs=0.01))
    assert lines[0] == "取消" and "この取引は取り消されています" in lines


def test_a_long_receipt_stays_on_one_80mm_page(db: Database, booth: Booth) -> None:
    reg = Register(db, booth.day.id)
    for i in range(25):
        p = catalog.create_product(
            db, booth.bakery.id, f"とても長い名前の焼き菓子詰め合わせセット{i}号", 100 + i, 8, code=f"L{i:04d}"
        )
        reg.add_product(p.id)
    sale = reg.checkout(cash_tendered=10_000)
    lines, (width, height), pages = _text(receipt_pdf(receipt_data(db, sale.id)))
    assert pages == 1 and width == pytest.approx(226.77, abs=0.01) and height > 900
    assert "お買い上げありがとうございました" in lines


def test_unknown_size_is_refused(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth, [(booth.soap, 1)], cash_tendered=500)
    with pytest.raises(InvalidInput, match="80mm か a6"):
        receipt_pdf(receipt_data(db, sale.id), "b5")


def test_layout_uses_the_services_legend() -> None:
    assert receipt_layout.REDUCED_LEGEND == receipts.REDUCED_LEGEND
    assert receipt_layout.REDUCED_MARK == receipts.REDUCED_MARK


# -- ESC/POS -------------------------------------------------------------------------------------
def test_receipt_image_draws_japanese_glyphs(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth, [(booth.bread, 1), (booth.soap, 1)], cash_tendered=2000)
    image = receipt_image(receipt_data(db, sale.id), "みなと区協議会")
    assert image.mode == "1" and image.width == WIDTH_80MM and image.height > 400
    black = image.histogram()[0]  # pixels at 0 (black)
    assert 0.01 < black / (image.width * image.height) < 0.3
    # real glyphs, not one missing-glyph box for every character: different kanji draw differently
    from pos.reports.receipt_escpos import _font

    font = _font(24)
    masks = [font.getmask(ch).getbbox() for ch in "取消合計"]
    assert all(m is not None for m in masks)
    bitmaps = {bytes(font.getmask(ch)) for ch in "取消合計"}
    assert len(bitmaps) == 4


def test_voided_receipt_image_is_taller(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth, [(booth.soap, 1)], cash_tendered=500)
    before = receipt_image(receipt_data(db, sale.id)).height
    void_sale(db, sale.id, "返品")
    assert receipt_image(receipt_data(db, sale.id)).height > before


def test_escpos_dummy_printer_gets_a_raster_image_and_a_cut(db: Database, booth: Booth) -> None:
    printer_mod = pytest.importorskip("escpos.printer")
    sale = _sale(db, booth, [(booth.cookie, 2)], cash_tendered=1000)
    dummy = printer_mod.Dummy()
    print_receipt_escpos(dummy, receipt_data(db, sale.id))
    out = dummy.output
    assert b"\x1dv0" in out  # GS v 0: raster bit image
    width_bytes = int.from_bytes(out[out.index(b"\x1dv0") + 4 : out.index(b"\x1dv0") + 6], "little")
    assert width_bytes == WIDTH_80MM // 8
    assert b"\x1dV" in out[-8:]  # GS V: cut


def test_escpos_file_printer_spec(db: Database, booth: Booth, tmp_path) -> None:
    pytest.importorskip("escpos")
    sale = _sale(db, booth, [(booth.soap, 1)], cash_tendered=500)
    target = tmp_path / "lp0"
    target.touch()
    printer = connect_printer(f"file:{target}")
    print_receipt_escpos(printer, receipt_data(db, sale.id))
    printer.close()
    assert b"\x1dv0" in target.read_bytes()
    with pytest.raises(InvalidInput, match="プリンタの指定"):
        connect_printer("bluetooth:abc")


def test_missing_escpos_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "escpos", None)
    with pytest.raises(EscposUnavailable, match=r"pip install -e '\.\[escpos\]'"):
        connect_printer("network:192.0.2.1")
