"""The annual report PDF: its text matches the records of the two-year fixture; the layout splits cleanly."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest

from pos.domain.annual_report import AnnualReport, MemberCount, Person
from pos.domain.members import MEMBER_CATEGORIES
from pos.domain.report_lines import MonthLine
from pos.reports import annual_pdf
from pos.reports.annual_pdf import render_pdf, write_pdf
from pos.services import annual_report as svc
from tests.annual_fixture import EXPECTED_DRAFT, EXPECTED_LINES_FY2025, FY, two_years_db

MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]
MM = 72 / 25.4


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    with two_years_db(tmp_path_factory.mktemp("pdf")) as db:
        svc.save_texts(
            db,
            FY,
            {
                svc.CHAIR_NAME: "山田 花子",
                svc.CHAIR_ORG: "工房あおば",
                svc.VICE_NAME: "佐藤 一郎",
                svc.VICE_ORG: "パン工房こむぎ",
                svc.PROBLEMS: "・売れ残りが多い\n需要が読めない",
                svc.SHARE: "販売の際に他の部会の情報発信をする",
                svc.CITYWIDE: "市内他区との情報交換",
            },
        )
        svc.save_member_extra(db, FY, {"相談支援従事者": 2})
        return render_pdf(svc.annual_report(db, FY))


@pytest.fixture(scope="module")
def pages(pdf_bytes: bytes) -> Iterator[list[pdfplumber.page.Page]]:
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        yield list(pdf.pages)


def _text(pages: list[pdfplumber.page.Page]) -> str:
    return "\n".join(p.extract_text() for p in pages)


def _column(pages: list[pdfplumber.page.Page], x0: float, x1: float) -> str:
    """All text between x0 and x1 (points), pages in order, line breaks removed."""
    return "".join(p.within_bbox((x0, 0, x1, p.height)).extract_text().replace("\n", "") for p in pages)


def _month_cells(pages: list[pdfplumber.page.Page]) -> list[str]:
    left = annual_pdf.MARGIN_X
    return [
        w["text"]
        for p in pages
        for w in p.extract_words()
        if left <= w["x0"] < left + 14 * MM and re.fullmatch(r"\d{1,2}月", w["text"])
    ]


def _chars_crossing_rules(page: pdfplumber.page.Page) -> list[str]:
    """Characters that a vertical table rule runs through (text spilling out of its cell)."""
    rules = [ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) < 0.5]
    return [
        c["text"]
        for c in page.chars
        for ln in rules
        if c["x0"] + 0.5 < ln["x0"] < c["x1"] - 0.5 and ln["top"] < c["bottom"] and c["top"] < ln["bottom"]
    ]


def test_no_text_runs_over_a_cell_border(pages: list[pdfplumber.page.Page]) -> None:
    assert all(_chars_crossing_rules(p) == [] for p in pages)


def test_a4_with_the_font_embedded(pages: list[pdfplumber.page.Page]) -> None:
    assert all((round(p.width), round(p.height)) == (595, 842) for p in pages)
    assert {c["fontname"].split("+")[-1] for c in pages[0].chars} == {"IPAexGothic"}


def test_title_and_head(pages: list[pdfplumber.page.Page]) -> None:
    lines = pages[0].extract_text().splitlines()
    assert lines[:3] == [
        "【様式第２号】",
        "みなと区障害者地域自立支援協議会 令和7年度 部会年間報告書",
        "部会名 自主製品販売部会",
    ]
    text = _text(pages)
    assert "山田 花子（工房あおば）" in text and "佐藤 一郎（パン工房こむぎ）" in text
    assert "（氏名・所属先）" in text


def test_member_grid_counts_and_total(pages: list[pdfplumber.page.Page]) -> None:
    lines = pages[0].extract_text().splitlines()
    # A B C D E are 障害福祉サービス事業者 (5), F 社会福祉協議会 (1), 2 others entered: 合計 8.
    assert "相談支援従事者 2 就労支援センター 発達障害者支援センター" in lines
    assert "障害福祉サービス事業者 5 医療機関 教育関係機関" in lines
    assert "社会福祉協議会 1 その他 合計 8" in lines
    assert all(c in _text(pages) for c in MEMBER_CATEGORIES)


def test_month_cells_read_4_to_3_with_half_width_digits(pages: list[pdfplumber.page.Page]) -> None:
    assert _month_cells(pages) == [f"{m}月" for m in MONTHS]


def test_activity_and_meeting_columns_match_the_records(pages: list[pdfplumber.page.Page]) -> None:
    left = annual_pdf.MARGIN_X + 14 * MM
    right = annual_pdf.PAGE_W - annual_pdf.MARGIN_X - 26 * MM
    activity = _column(pages, left, right)
    for row in EXPECTED_LINES_FY2025:
        _month, text, _days = row.split("\t")
        assert text in activity
    # the meeting day sits on the same middle line as its month cell
    by_month = {}
    for p in pages:
        words = p.extract_words()
        for m in (w for w in words if w["x0"] < left and re.fullmatch(r"\d{1,2}月", w["text"])):
            by_month[m["text"]] = "".join(w["text"] for w in words if w["x0"] >= right and abs(w["top"] - m["top"]) < 2)
    assert by_month == {row.split("\t")[0]: row.split("\t")[2] for row in EXPECTED_LINES_FY2025}


def test_draft_problems_and_share(pages: list[pdfplumber.page.Page]) -> None:
    body = _column(pages, annual_pdf.MARGIN_X + annual_pdf.LABEL_W, annual_pdf.PAGE_W - annual_pdf.MARGIN_X)
    for line in EXPECTED_DRAFT.splitlines():
        assert line.lstrip("　").replace(" ", "") in body.replace(" ", "")
    assert "6月、9月、1月に1事業所ずつ計3事業所加入" in body
    assert "区役所販売3,500円（昨年度1,800円、94.4%増）" in body.replace(" ", "")
    text = _text(pages)
    assert "1. 売れ残りが多い" in text and "2. 需要が読めない" in text
    assert "シェアしたい取組 市域で共有・検討したい課題" in text
    assert "販売の際に他の部会の情報発信をする 市内他区との情報交換" in text


def _long_report() -> AnnualReport:
    segment = "区役所販売（14日間、8事業所、延16事業所出店）、"
    return AnnualReport(
        fiscal_year=2024,
        year_label="令和6年度",
        council="みなと区障害者地域自立支援協議会",
        subcommittee="自主製品販売部会",
        chair=Person("山田 花子", "工房あおば"),
        vice_chair=Person(),
        members=tuple(MemberCount(c, 1) for c in MEMBER_CATEGORIES),
        goal="目標",
        months=tuple(MonthLine(m, f"{m}月の" + segment * 12, "5日、19日") for m in MONTHS),
        achievements="\n".join(f"・{i}行目の成果。" + "とても長い説明文" * 8 for i in range(1, 81)),
        problems="\n".join(f"課題{i}" for i in range(1, 31)),
        share="共有\n" * 40,
        citywide="検討",
    )


def test_long_texts_wrap_and_continue_on_next_pages(tmp_path: Path) -> None:
    path = write_pdf(_long_report(), tmp_path / "long.pdf")
    with pdfplumber.open(path) as pdf:
        pages = list(pdf.pages)
        assert len(pages) >= 4
        assert _month_cells(pages) == [f"{m}月" for m in MONTHS]
        month_pages = [
            p for p in pages if any(re.fullmatch(r"\d{1,2}月", w["text"]) and w["x0"] < 90 for w in p.extract_words())
        ]
        assert len(month_pages) >= 2
        assert all("会議開催日時" in p.extract_text() for p in month_pages)  # header repeated
        text = "".join(p.extract_text().replace("\n", "") for p in pages)
        assert "・80行目の成果。" in text and "30. 課題30" in text
        assert f"- {len(pages)} -" in pages[-1].extract_text()
        assert all(_chars_crossing_rules(p) == [] for p in pages)
        for p in pages:  # nothing outside the page
            assert all(
                c["x0"] >= 0 and c["x1"] <= p.width and c["top"] >= 0 and c["bottom"] <= p.height for c in p.chars
            )
