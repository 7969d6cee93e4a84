"""The annual report as .xlsx: cells match the records of the two-year fixture, laid out like the form."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from pos.domain.members import MEMBER_CATEGORIES
from pos.reports.annual_xlsx import display_width, lines_needed, render_xlsx, write_xlsx
from pos.services import annual_report as svc
from tests.annual_fixture import EXPECTED_DRAFT, EXPECTED_LINES_FY2025, FY, two_years_db

MONTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Worksheet:
    with two_years_db(tmp_path_factory.mktemp("xlsx")) as db:
        svc.save_texts(
            db,
            FY,
            {
                svc.CHAIR_NAME: "山田 花子",
                svc.CHAIR_ORG: "工房あおば",
                svc.PROBLEMS: "売れ残りが多い\n需要が読めない",
                svc.SHARE: "情報発信の取組",
                svc.CITYWIDE: "他区との情報交換",
            },
        )
        svc.save_member_extra(db, FY, {"相談支援従事者": 2})
        data = render_xlsx(svc.annual_report(db, FY))
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    return sheet


def _row_of(ws: Worksheet, column: str, value: str) -> int:
    return next(c.row for c in ws[column] if c.value == value)


def test_title_head_and_print_setup(ws: Worksheet) -> None:
    assert ws.title == "部会年間報告書"
    assert ws["A1"].value == "【様式第２号】"
    assert ws["A2"].value == "みなと区障害者地域自立支援協議会 令和7年度 部会年間報告書"
    assert "A2:H2" in ws.merged_cells
    assert (ws["A3"].value, ws["B3"].value) == ("部会名", "自主製品販売部会")
    assert ws["A4"].value == "部会長\n（氏名・所属先）" and ws["B4"].value == "山田 花子（工房あおば）"
    assert ws["E4"].value == "副部会長\n（氏名・所属先）" and ws["G4"].value is None
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.print_area == f"'部会年間報告書'!$A$1:$H${ws.max_row}"
    assert [ws.column_dimensions[c].width for c in "ABCDEFGH"] == [16, 20, 6, 10, 10, 6, 20, 13]


def test_member_grid_counts_and_total(ws: Worksheet) -> None:
    top = _row_of(ws, "A", "構成機関")
    assert f"A{top}:A{top + 8}" in ws.merged_cells
    pairs = [
        (c.value, ws.cell(c.row, c.column + (2 if c.column == 4 else 1)).value)
        for row in ws.iter_rows(min_row=top, max_row=top + 8, min_col=2, max_col=8)
        for c in row
        if c.column in (2, 4, 7) and c.value
    ]
    assert [p[0] for p in pairs] == [*MEMBER_CATEGORIES, "合計"]
    counts = dict(pairs)
    # 5 workshops (A-E), the social welfare council, 2 others entered; empty cells for none
    assert (counts["相談支援従事者"], counts["障害福祉サービス事業者"], counts["社会福祉協議会"]) == (2, 5, 1)
    assert counts["合計"] == 8
    assert sum(v for k, v in counts.items() if k != "合計" and v) == 8
    assert counts["医療機関"] is None


def test_goal_and_the_twelve_month_rows(ws: Worksheet) -> None:
    goal = _row_of(ws, "A", "年間目標")
    assert ws[f"B{goal}"].value.startswith("障害者の社会参加")
    head = _row_of(ws, "A", "月")
    assert (ws[f"B{head}"].value, ws[f"H{head}"].value) == ("活動内容", "会議開催日時")
    rows = [ws.cell(head + i, 1).value for i in range(1, 13)]
    assert rows == [f"{m}月" for m in MONTHS]  # half-width digits
    for i, expected in enumerate(EXPECTED_LINES_FY2025, start=1):
        month, activity, days = expected.split("\t")
        assert f"B{head + i}:G{head + i}" in ws.merged_cells
        assert (ws.cell(head + i, 1).value, ws.cell(head + i, 2).value or "", ws.cell(head + i, 8).value or "") == (
            month,
            activity,
            days,
        )
        assert ws.cell(head + i, 2).alignment.wrap_text
        assert ws.cell(head + i, 2).border.top.style == "thin"


def test_collaboration_and_share(ws: Worksheet) -> None:
    label = _row_of(ws, "A", "連携・協働に\nよる課題解決\nの仕組み")
    assert ws[f"B{label}"].value == "部会でできたこと・やったこと"
    assert ws[f"B{label + 1}"].value == EXPECTED_DRAFT
    assert ws[f"B{label + 2}"].value == "運営上の課題"
    assert ws[f"B{label + 3}"].value == "1. 売れ残りが多い\n2. 需要が読めない"
    assert f"A{label}:A{label + 3}" in ws.merged_cells
    share = _row_of(ws, "A", "シェアしたい取組")
    assert ws[f"E{share}"].value == "市域で共有・検討したい課題"
    assert (ws[f"A{share + 1}"].value, ws[f"E{share + 1}"].value) == ("情報発信の取組", "他区との情報交換")
    # the draft's 12 lines need a tall row (Excel does not grow merged cells itself)
    assert ws.row_dimensions[label + 1].height >= 12 * 13


def test_row_height_estimate_counts_full_width_characters_double() -> None:
    assert display_width("区役所 ab") == 9  # 3 × 2 + 3
    assert lines_needed("あ" * 40, 41) == 2  # 80 units × 0.95 = 76 on 40 usable units
    assert lines_needed("a\nb\n", 10) == 3


def test_write_xlsx_writes_a_file(tmp_path: Path, ws: Worksheet) -> None:
    from pos.domain.annual_report import AnnualReport, Person

    r = AnnualReport(2024, "令和6年度", "協議会", "部会", Person(), Person(), (), "", (), "", "", "", "")
    path = write_xlsx(r, tmp_path / "r.xlsx")
    assert load_workbook(path).active["A2"].value == "協議会 令和6年度 部会年間報告書"
