"""Label sheets as PDF: text on the labels, page counts, nothing outside its label, quiet zones."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm

from pos.domain.errors import InvalidInput
from pos.reports.fonts import register_font
from pos.reports.labels import LAYOUTS, LabelItem, LabelLayout, fit_text, qr_matrix, wrap, write_labels

BREAD = LabelItem("P0001", "食パン詰め合わせ", 1430, 8, "パン工房こむぎ")
SOAP = LabelItem("P0003", "手作り石けん", 500, 10, "工房ひだまり")
LONG = LabelItem(
    "P0009",
    "とても長い名前の限定セット" * 7 + "詰め合わせ特大サイズ",  # 101 characters
    1_000_000,
    8,
    "社会福祉法人なんとか会 就労継続支援B型事業所 なんとか作業所 第二工房",
)


def _cells(lay: LabelLayout, used: int) -> list[tuple[float, float, float, float]]:
    """(x0, top, x1, bottom) of the labels in pdfplumber's coordinates (top from the page's top)."""
    cells = []
    for slot in range(used):
        x, y = lay.origin(slot)
        cells.append((x, lay.page_height - y - lay.label_height, x + lay.label_width, lay.page_height - y))
    return cells


def _inside(obj: dict, cell: tuple[float, float, float, float], slack: float = 0.01) -> bool:
    x0, top, x1, bottom = cell
    return (
        obj["x0"] >= x0 - slack
        and obj["x1"] <= x1 + slack
        and obj["top"] >= top - slack
        and obj["bottom"] <= bottom + slack
    )


def test_labels_show_name_price_mark_and_workshop(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    sheet = write_labels(out, [BREAD, SOAP], "12")
    assert (sheet.labels, sheet.pages) == (2, 1)
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
        chars = pdf.pages[0].chars
    for expected in (
        "食パン詰め合わせ",
        "¥1,430※",
        "パン工房こむぎ",
        "手作り石けん",
        "¥500",
        "工房ひだまり",
        "※軽減税率",
        "※は軽減税率（8%）対象商品",
        "1 / 1",
    ):
        assert expected in text
    assert "¥500※" not in text
    # ※: after the bread's price, in its label's legend and in the sheet's legend; none for the soap
    assert sum(c["text"] == "※" for c in chars) == 3
    assert text.count("税込") == 3  # twice on the labels, once in the legend


@pytest.mark.parametrize(
    "key, labels, pages", [("12", 12, 1), ("12", 13, 2), ("24", 30, 2), ("24", 48, 2), ("single", 3, 3)]
)
def test_page_counts(tmp_path: Path, key: str, labels: int, pages: int) -> None:
    out = tmp_path / "labels.pdf"
    assert write_labels(out, [SOAP] * labels, key).pages == pages
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == pages


def test_single_labels_are_50_by_30_mm(tmp_path: Path) -> None:
    out = tmp_path / "single.pdf"
    write_labels(out, [BREAD, LONG], "single")
    with pdfplumber.open(out) as pdf:
        assert [(round(p.width / mm, 1), round(p.height / mm, 1)) for p in pdf.pages] == [(50.0, 30.0)] * 2
        assert not pdf.pages[0].lines  # a label printer's label needs no cut lines
        for page in pdf.pages:
            assert all(_inside(c, (0, 0, page.width, page.height)) for c in page.chars)


@pytest.mark.parametrize("key", ["12", "24", "single"])
def test_nothing_leaves_its_label_and_qr_codes_keep_their_quiet_zone(tmp_path: Path, key: str) -> None:
    lay = LAYOUTS[key]
    items = [BREAD, LONG, SOAP] * 9
    out = tmp_path / "labels.pdf"
    write_labels(out, items, key)
    with pdfplumber.open(out) as pdf:
        pages = pdf.pages[:2]
        texts = ""
        for number, page in enumerate(pages):
            used = min(len(items) - number * lay.per_page, lay.per_page)
            _check_page(page, lay, _cells(lay, used))
            texts += "".join(c["text"] for c in page.chars)
    assert "…" in texts  # the long name was cut, not overflowing


def _check_page(page, lay: LabelLayout, cells: list[tuple[float, float, float, float]]) -> None:
    label_chars = [c for c in page.chars if c["top"] < page.height - lay.top]  # not the sheet's footer
    for c in label_chars:
        assert sum(_inside(c, cell) for cell in cells) == 1, c["text"]
    modules = [r for r in page.rects if r["fill"]]
    for cell in cells:
        qr = [r for r in modules if _inside(r, cell)]
        module = min(r["bottom"] - r["top"] for r in qr)
        box = (
            min(r["x0"] for r in qr),
            min(r["top"] for r in qr),
            max(r["x1"] for r in qr),
            max(r["bottom"] for r in qr),
        )
        quiet = 4 * module - 0.01
        assert box[0] - cell[0] >= quiet and box[1] - cell[1] >= quiet and cell[3] - box[3] >= quiet
        text_left = min(c["x0"] for c in label_chars if _inside(c, cell))
        assert text_left - box[2] >= quiet
    assert [r for r in modules if not any(_inside(r, cell) for cell in cells)] == []


def test_cut_lines_are_light_and_drawn_once(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    write_labels(out, [SOAP] * 24, "24")
    with pdfplumber.open(out) as pdf:
        lines = pdf.pages[0].lines
    # a full 3 × 8 grid: 9 horizontal edges of 3 segments, 4 vertical edges of 8 segments
    assert len(lines) == 9 * 3 + 4 * 8
    assert {tuple(line["stroking_color"]) for line in lines} == {(0.72, 0.72, 0.72)}


def test_qr_encodes_exactly_the_code() -> None:
    matrix = qr_matrix("P0001")
    assert len(matrix) == 21  # version 1: five alphanumeric characters, nothing else
    assert len(qr_matrix("ABCDEFGHIJKLMNOPQRSTUVWXYZ-01234")) == 25


def test_wrapping_keeps_brackets_with_their_words() -> None:
    font = register_font()
    width = 8 * 9.5 + 1  # eight full-width characters at 9.5 pt
    assert wrap("ドリップコーヒー（5袋）", font, 9.5, width) == ["ドリップコーヒー", "（5袋）"]
    assert wrap("さをり織りコースター", font, 9.5, width) == ["さをり織りコース", "ター"]
    assert wrap("あいうえおかきく。", font, 9.5, width) == ["あいうえおかき", "く。"]
    fitted = fit_text("あ" * 100, font, width, 40, 9.5, 5.5, 3)
    assert fitted.size == 5.5 and len(fitted.lines) == 3 and fitted.lines[-1].endswith("…")


def test_no_labels_no_pdf(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="印刷するラベルがありません"):
        write_labels(tmp_path / "x.pdf", [], "12")
    with pytest.raises(InvalidInput, match="ラベルの種類「9」はありません"):
        write_labels(tmp_path / "x.pdf", [SOAP], "9")
