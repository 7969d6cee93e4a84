"""`pos tally` and `pos receipt` from a terminal: PDFs written, clear Japanese refusals (exit 2)."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from pos.cli import main
from pos.db.engine import open_database
from pos.services.closing import close_day
from pos.services.register import Register
from tests.services.helpers import make_booth


def _text(path: Path) -> str:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as doc:
        return "\n".join(p.extract_text() or "" for p in doc.pages)


@pytest.fixture
def booth_db(db_path: Path):
    """An open day at ゆめが丘SC on 2024-06-15 with sale 1: bread + soap, cash 2,000 (total 1,930)."""
    db = open_database(db_path)
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.add_product(b.soap.id)
    sale = reg.checkout(cash_tendered=2000)
    db.dispose()
    return str(db_path), b, sale


def test_tally_of_an_open_then_a_closed_day(booth_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, b, _ = booth_db
    out = tmp_path / "x.pdf"
    assert main(["tally", "--day", "2024-06-15", "--venue", "ゆめが丘SC出張販売", "--pdf", str(out), "--db", db]) == 0
    said = capsys.readouterr().out
    assert "点検（X）を書き出しました" in said and "売上 ¥1,930" in said
    text = _text(out)
    assert "販売日計表 点検（X）" in text and "未精算" in text and "¥1,930" in text
    database = open_database(db)
    close_day(database, b.day.id, {10_000: 3, 1_000: 1, 500: 1, 100: 4, 10: 3}, closed_by="山田")  # 31,930
    database.dispose()
    assert main(["tally", "--day", "2024-06-15", "--venue", "ゆめが丘SC", "--pdf", str(out), "--db", db]) == 2
    assert "--force" in capsys.readouterr().err  # the X tally is not replaced unasked
    assert (
        main(["tally", "--day", "2024-06-15", "--venue", "ゆめが丘SC", "--pdf", str(out), "--db", db, "--force"]) == 0
    )
    assert "精算（Z）を書き出しました" in capsys.readouterr().out
    assert "販売日計表 精算（Z）" in _text(out) and "実際の現金 ¥31,930" in _text(out)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--day", "2024-06-16", "--venue", "ゆめが丘SC"], "2024年6月16日(日)の「ゆめが丘SC」の販売日はありません"),
        (["--day", "2024-06-15", "--venue", "星川駅"], "会場「星川駅」が見つかりません"),
        (["--day", "15/06/2024", "--venue", "ゆめが丘SC"], "YYYY-MM-DD の形式で指定してください"),
    ],
)
def test_tally_refusals(booth_db, tmp_path: Path, capsys: pytest.CaptureFixture[str], args, message) -> None:
    db, _, _ = booth_db
    out = tmp_path / "x.pdf"
    assert main(["tally", *args, "--pdf", str(out), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.startswith("エラー: ") and message in err
    assert not out.exists()


def test_receipt_by_id_and_by_day_and_number(booth_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _, sale = booth_db
    roll, a6 = tmp_path / "r.pdf", tmp_path / "a6.pdf"
    assert main(["receipt", "--sale", str(sale.id), "--pdf", str(roll), "--db", db]) == 0
    assert "レシート（No.1、80mm）を書き出しました" in capsys.readouterr().out
    with pdfplumber.open(roll) as doc:
        assert round(float(doc.pages[0].width), 2) == 226.77
    text = _text(roll)
    # 1,430 (8 %, パン工房こむぎ, not registered: no tax stated) + 500 (10 %, 工房ひだまり, registered:
    # its own tax floor(500 × 10/110) = 45); change 70
    assert "合計（2点） ¥1,930" in text and "8%対象 ※ ¥1,430" in text and "（内消費税 10%） ¥45" in text
    assert "（内消費税 8%）" not in text
    assert "お釣り ¥70" in text
    args = ["receipt", "--day", "2024-06-15", "--venue", "ゆめが丘SC", "--number", "1", "--size", "a6"]
    assert main([*args, "--pdf", str(a6), "--db", db]) == 0
    with pdfplumber.open(a6) as doc:
        assert round(float(doc.pages[0].height), 1) == 419.5
    assert "合計（2点） ¥1,930" in _text(a6)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--sale", "not-a-uuid", "--pdf", "x.pdf"], "取引ID「not-a-uuid」の形式が正しくありません"),
        (["--sale", "00000000-0000-0000-0000-000000000000", "--pdf", "x.pdf"], "取引が見つかりません"),
        (["--day", "2024-06-15", "--venue", "ゆめが丘SC", "--number", "9", "--pdf", "x.pdf"], "9番の取引はありません"),
        (["--day", "2024-06-15", "--venue", "ゆめが丘SC", "--pdf", "x.pdf"], "--number の組で指定してください"),
        (["--sale", "00000000-0000-0000-0000-000000000000"], "--pdf（出力先）か --printer"),
    ],
)
def test_receipt_refusals(booth_db, tmp_path: Path, capsys: pytest.CaptureFixture[str], args, message) -> None:
    db, _, _ = booth_db
    args = [str(tmp_path / a) if a == "x.pdf" else a for a in args]
    assert main(["receipt", *args, "--db", db]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_receipt_to_an_escpos_file_printer(booth_db, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("escpos")
    db, _, sale = booth_db
    device = tmp_path / "lp0"
    device.touch()
    assert main(["receipt", "--sale", str(sale.id), "--printer", f"file:{device}", "--db", db]) == 0
    assert "プリンタに送りました" in capsys.readouterr().out
    assert b"\x1dv0" in device.read_bytes()
