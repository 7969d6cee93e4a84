"""The issue's round trip: print price tags, render them as a printer would (pdftoppm, 200 dpi), read
every QR back (zxing-cpp), type each text into the register's scanner path, find the products in the
cart. (Once the register screen's scanner field exists, the same texts should go through it too.)
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from pos.db.engine import Database
from pos.reports.labels import LAYOUTS, write_labels
from pos.services.labels import select_labels
from pos.services.register import Register
from tests.services.helpers import make_booth

DPI = 200
pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed")


def _render(pdf: Path) -> list[Path]:
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), str(pdf), str(pdf.with_suffix(""))], check=True, timeout=60)
    return sorted(pdf.parent.glob(pdf.stem + "-*.png"))


def _decode(png: Path) -> list[zxingcpp.Barcode]:
    with Image.open(png) as image:
        return list(zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode))


def _cart(reg: Register) -> dict[str, int]:
    return {line.item.code: line.quantity for line in reg.cart.lines}


@pytest.mark.parametrize("layout", ["12", "24", "single"])
def test_printed_tags_scan_into_the_cart(db: Database, tmp_path: Path, layout: str) -> None:
    b = make_booth(db)
    items = select_labels(db, picks=["P0001x3", "ｐ０００２x2", "P0003X4"])
    pdf = tmp_path / "tags.pdf"
    sheet = write_labels(pdf, items, layout)
    assert sheet.labels == 9
    reg = Register(db, b.day.id)
    decoded = []
    for png in _render(pdf):
        for barcode in _decode(png):
            decoded.append(barcode.text)
            reg.add_code(barcode.text)  # what a keyboard-wedge scanner types into the register
    assert sorted(decoded) == ["P0001"] * 3 + ["P0002"] * 2 + ["P0003"] * 4  # exactly the codes, nothing around
    assert _cart(reg) == {"P0001": 3, "P0002": 2, "P0003": 4}
    assert {line.item.name: line.quantity for line in reg.cart.lines} == {
        "食パン詰め合わせ": 3,
        "クッキー": 2,
        "手作り石けん": 4,
    }
    assert reg.cart.total == 1430 * 3 + 300 * 2 + 500 * 4


def test_thirty_tags_on_the_24_layout_make_two_whole_pages(db: Database, tmp_path: Path) -> None:
    b = make_booth(db)
    items = select_labels(db, workshop="パン工房こむぎ", copies=15)  # bread and cookie, 15 each
    pdf = tmp_path / "tags.pdf"
    assert write_labels(pdf, items, "24").pages == 2
    pages = _render(pdf)
    assert len(pages) == 2
    lay = LAYOUTS["24"]
    scale = DPI / 72
    reg = Register(db, b.day.id)
    per_page = []
    for png in pages:
        barcodes = _decode(png)
        per_page.append(len(barcodes))
        slots = set()
        for barcode in barcodes:
            p = barcode.position
            xs = [pt.x / scale for pt in (p.top_left, p.top_right, p.bottom_left, p.bottom_right)]
            ys = [lay.page_height - pt.y / scale for pt in (p.top_left, p.top_right, p.bottom_left, p.bottom_right)]
            cell = [
                s
                for s in range(lay.per_page)
                if lay.origin(s)[0] <= min(xs)
                and max(xs) <= lay.origin(s)[0] + lay.label_width
                and lay.origin(s)[1] <= min(ys)
                and max(ys) <= lay.origin(s)[1] + lay.label_height
            ]
            assert len(cell) == 1  # the whole symbol inside one label
            slots.add(cell[0])
            reg.add_code(barcode.text)
        assert slots == set(range(len(barcodes)))  # filled from the top left, one symbol per label
    assert per_page == [24, 6]
    assert _cart(reg) == {"P0001": 15, "P0002": 15}
    assert Counter(i.code for i in items) == Counter({"P0001": 15, "P0002": 15})
