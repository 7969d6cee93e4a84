"""`pos labels`: choosing products and counts, layouts, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pos.cli import main
from pos.db.engine import Database
from pos.domain.master import ProductDraft
from pos.services import master_data as md
from pos.services.labels import parse_pick, select_labels
from tests.services.helpers import make_booth


@pytest.fixture
def booth_db(db: Database, db_path: Path) -> str:
    make_booth(db)
    return str(db_path)


def _pdf_text(path: Path) -> tuple[int, str]:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages), "\n".join(p.extract_text() for p in pdf.pages)


def test_default_is_every_active_product_of_the_workshop_once(
    booth_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tags.pdf"
    assert main(["labels", "--workshop", "パン工房こむぎ", "--pdf", str(out), "--db", booth_db]) == 0
    assert "値札 2枚（2商品）を 1ページに出力しました" in capsys.readouterr().out
    pages, text = _pdf_text(out)
    assert pages == 1 and "食パン詰め合わせ" in text and "クッキー" in text and "手作り石けん" not in text


def test_products_with_counts_copies_and_layout(
    booth_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tags.pdf"
    args = [
        "labels",
        "--pdf",
        str(out),
        "--layout",
        "single",
        "--product",
        "P0003x2",
        "--product",
        "p0001",
        "--copies",
        "2",
        "--db",
        booth_db,
    ]
    assert main(args) == 0
    assert "値札 6枚（2商品）を 6ページに出力しました" in capsys.readouterr().out
    pages, text = _pdf_text(out)
    assert pages == 6 and text.count("手作り石けん") == 4 and text.count("¥1,430※") == 2


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--workshop", "ないよ工房"], "エラー: 事業所「ないよ工房」はありません"),
        (["--product", "P0999"], "エラー: 「P0999」という商品コードはありません"),
        (
            ["--workshop", "パン工房こむぎ", "--product", "P0003"],
            "エラー: 商品「手作り石けん」（P0003）は「工房ひだまり」の商品で、「パン工房こむぎ」の商品ではありません",
        ),
        ([], "エラー: 事業所（--workshop）か商品コード（--product）を指定してください"),
        (["--product", "P0001x0"], "エラー: 枚数は1から999までの整数です（0）"),
        (["--product", "P0001", "--copies", "0"], "エラー: 部数は1から100までの整数です（0）"),
    ],
)
def test_refusals_are_clear_and_write_nothing(
    booth_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    out = tmp_path / "tags.pdf"
    assert main(["labels", "--pdf", str(out), "--db", booth_db, *extra]) == 2
    assert capsys.readouterr().err.strip() == message
    assert not out.exists()


def test_inactive_products_are_left_out_or_refused(db: Database, tmp_path: Path) -> None:
    b = make_booth(db)
    md.set_product_active(db, b.cookie.id, False)
    assert [i.code for i in select_labels(db, workshop="パン工房こむぎ")] == ["P0001"]
    with pytest.raises(Exception, match="販売停止中"):
        select_labels(db, picks=["P0002"])
    md.set_product_active(db, b.bread.id, False)
    with pytest.raises(Exception, match="販売中の商品がありません"):
        select_labels(db, workshop="パン工房こむぎ")


def test_a_code_that_ends_like_a_count_is_still_a_code(db: Database) -> None:
    b = make_booth(db)
    md.add_product(db, b.crafts.id, ProductDraft(name="箱", price=100, tax_rate=10, code="BOX2"))
    known = {"P0001", "BOX2"}
    assert parse_pick("box2", known) == ("BOX2", 1)
    assert parse_pick("BOX2x3", known) == ("BOX2", 3)
    assert parse_pick("P0001×12", known) == ("P0001", 12)
    assert parse_pick("P0001*2", known) == ("P0001", 2)
    assert [i.code for i in select_labels(db, picks=["box2x2"])] == ["BOX2", "BOX2"]
