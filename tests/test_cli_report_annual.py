"""`pos report annual`: the annual report from the command line writes the PDF and the Excel file."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook

from pos.cli import main
from tests.annual_fixture import two_years_file


def test_writes_both_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(two_years_file(tmp_path))
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert main(["report", "annual", "--fy", "2025", "--pdf", str(pdf), "--xlsx", str(xlsx), "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    done = "令和7年度の部会年間報告書を書き出しました"
    assert out == [f"{done}: {pdf}", f"{done}: {xlsx}"]
    with pdfplumber.open(pdf) as doc:
        text = "".join(p.extract_text() for p in doc.pages)
    assert "みなと区障害者地域自立支援協議会 令和7年度 部会年間報告書" in text
    assert "6月、9月、1月に1事業所ずつ計3事業所加入" in text
    ws = load_workbook(xlsx).active
    assert ws is not None and ws["A2"].value == "みなと区障害者地域自立支援協議会 令和7年度 部会年間報告書"


def test_one_output_is_enough_and_none_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(two_years_file(tmp_path))
    assert main(["report", "annual", "--fy", "2024", "--xlsx", str(tmp_path / "only.xlsx"), "--db", db]) == 0
    assert (tmp_path / "only.xlsx").exists() and not list(tmp_path.glob("*.pdf"))
    capsys.readouterr()
    assert main(["report", "annual", "--fy", "2024", "--db", db]) == 2
    assert "--pdf か --xlsx" in capsys.readouterr().err


def test_an_unwritable_path_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(two_years_file(tmp_path))
    bad = tmp_path / "no-such-folder" / "r.pdf"
    assert main(["report", "annual", "--fy", "2025", "--pdf", str(bad), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "出力先のフォルダー" in err and "ありません" in err
    assert not bad.parent.exists()


def test_a_year_without_records_prints_twelve_empty_rows_and_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(two_years_file(tmp_path))
    assert main(["report", "lines", "--fy", "2019", "--db", db]) == 0
    captured = capsys.readouterr()
    rows = captured.out.rstrip("\n").split("\n")
    assert [r.split("\t")[0] for r in rows] == [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    assert all(r.split("\t")[1:] == ["", ""] for r in rows)
    assert "令和元年度には記録がありません" in captured.err
    # a year with records says nothing on stderr
    assert main(["report", "lines", "--fy", "2025", "--db", db]) == 0
    assert capsys.readouterr().err == ""
    assert main(["report", "annual", "--fy", "2019", "--xlsx", str(tmp_path / "e.xlsx"), "--db", db]) == 0
    assert "記録がありません" in capsys.readouterr().err
