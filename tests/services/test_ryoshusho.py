"""領収書 with 宛名 and 但し書き: issued from a paid sale, recorded in the audit log, 再発行 from the
second issue on; the PDF (pdfplumber text), the ESC/POS image and `pos receipt --ryoshusho`."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from pos.cli import main
from pos.db.engine import Database, open_database
from pos.domain.errors import InvalidInput, StateError
from pos.reports.receipt_escpos import print_ryoshusho_escpos
from pos.reports.receipt_pdf import ryoshusho_pdf
from pos.services import auth
from pos.services.register import Register, void_sale
from pos.services.ryoshusho import issue_ryoshusho
from tests.services.helpers import Booth, make_booth


def _lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [ln.strip() for p in doc.pages for ln in (p.extract_text() or "").splitlines()]


@pytest.fixture
def booth(db: Database) -> Booth:
    return make_booth(db)


def _sale(db: Database, b: Booth):  # type: ignore[no-untyped-def]
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)  # 1,430 at 8 %, パン工房こむぎ (not registered)
    reg.add_product(b.soap.id, 2)  # 1,000 at 10 %, 工房ひだまり (registered): tax floor(1,000 × 10/110) = 90
    return reg.checkout(cash_tendered=3000)  # total 2,430


def test_first_issue_then_reissue(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth)
    first = issue_ryoshusho(db, sale.id, "  株式会社みなと商事 ", "お菓子代", who="山田")
    assert (first.atena, first.tadashigaki) == ("株式会社みなと商事", "お菓子代")
    assert (first.issue_no, first.reissued) == (1, False)
    lines = _lines(ryoshusho_pdf(first, "a6", council="みなと区協議会"))
    assert lines[0] == "領 収 書" and "株式会社みなと商事 様" in lines
    assert "金額 ¥2,430-" in lines and "但し お菓子代として" in lines and "上記正に領収いたしました" in lines
    assert "再発行" not in "\n".join(lines)
    # the invoice part is the receipt's: 工房ひだまり's own block with its number and tax
    assert "登録番号 T1234567890123" in lines and "（内消費税 10%） ¥90" in lines
    assert "【適格請求書発行事業者ではない事業所】" in lines
    entry = auth.list_audit(db)[0]
    assert (entry.who, entry.action) == ("山田", "ryoshusho")
    assert "宛名: 株式会社みなと商事" in entry.detail and "¥2,430" in entry.detail

    again = issue_ryoshusho(db, sale.id, "株式会社みなと商事", "お菓子代", who="佐藤")
    assert (again.issue_no, again.reissued) == (2, True)
    lines = _lines(ryoshusho_pdf(again, "80mm"))
    assert lines[0] == "再発行（2回目）"
    assert any(ln.startswith("再発行 ") for ln in lines[1:])  # when it was reissued
    assert "再発行（2回目）" in auth.list_audit(db)[0].detail


def test_defaults_and_markup_are_printed_as_text(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth)
    plain = issue_ryoshusho(db, sale.id)
    assert (plain.atena, plain.tadashigaki) == ("上様", "お品代")
    odd = issue_ryoshusho(db, sale.id, "<b>A&B</b>", "=1+1")
    lines = _lines(ryoshusho_pdf(odd, "a6"))
    assert "<b>A&B</b> 様" in lines and "但し =1+1として" in lines


@pytest.mark.parametrize(
    "atena, tadashigaki, message",
    [
        ("山田\n商店", "", "宛名に制御文字は使えません"),
        ("", "あ" * 61, "但し書きは60文字までです"),
    ],
)
def test_refusals_record_nothing(db: Database, booth: Booth, atena: str, tadashigaki: str, message: str) -> None:
    sale = _sale(db, booth)
    with pytest.raises(InvalidInput, match=message):
        issue_ryoshusho(db, sale.id, atena, tadashigaki)
    assert not [e for e in auth.list_audit(db) if e.action == "ryoshusho"]


def test_a_voided_sale_gets_no_ryoshusho(db: Database, booth: Booth) -> None:
    sale = _sale(db, booth)
    void_sale(db, sale.id, "打ち間違い")
    with pytest.raises(StateError, match="取消済みのため領収書を発行できません"):
        issue_ryoshusho(db, sale.id, "山田")


def test_escpos_dummy_printer(db: Database, booth: Booth) -> None:
    printer_mod = pytest.importorskip("escpos.printer")
    dummy = printer_mod.Dummy()
    print_ryoshusho_escpos(dummy, issue_ryoshusho(db, _sale(db, booth).id, "山田"))
    assert b"\x1dv0" in dummy.output and b"\x1dV" in dummy.output[-8:]


def test_cli(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(db_path)
    b = make_booth(db)
    sale = _sale(db, b)
    db.dispose()
    out = tmp_path / "r.pdf"
    args = ["receipt", "--day", "2024-06-15", "--venue", "ゆめが丘SC", "--number", "1", "--db", str(db_path)]
    assert (
        main(
            [
                *args,
                "--ryoshusho",
                "--atena",
                "みなと商事",
                "--tadashigaki",
                "お菓子代",
                "--by",
                "山田",
                "--size",
                "a6",
                "--pdf",
                str(out),
            ]
        )
        == 0
    )
    assert "領収書（No.1、みなと商事 様、¥2,430）を書き出しました" in capsys.readouterr().out
    assert "みなと商事 様" in _lines(out.read_bytes())
    assert main([*args, "--ryoshusho", "--atena", "みなと商事", "--pdf", str(out)]) == 2  # never over a file
    assert "もうあります" in capsys.readouterr().err
    assert main([*args, "--ryoshusho", "--atena", "みなと商事", "--pdf", str(out), "--force"]) == 0
    assert "再発行 2回目" in capsys.readouterr().out
    assert _lines(out.read_bytes())[0] == "再発行（2回目）"
    # refusals: exit 2, a Japanese message, nothing written or recorded
    before = out.read_bytes()
    for bad, words in (
        (["--atena", "みなと商事", "--pdf", str(out)], "--ryoshusho（領収書）と一緒に"),
        (["--ryoshusho", "--pdf", str(tmp_path)], "はフォルダーです"),
        (["--ryoshusho", "--pdf", str(tmp_path / "none" / "r.pdf")], "がありません"),
        (["--ryoshusho", "--atena", "a\nb", "--pdf", str(out), "--force"], "宛名に制御文字は使えません"),
    ):
        assert main([*args, *bad]) == 2
        assert words in capsys.readouterr().err
    assert out.read_bytes() == before
    db = open_database(db_path)
    assert [e.action for e in auth.list_audit(db)].count("ryoshusho") == 2
    assert sale.number == 1
    db.dispose()
