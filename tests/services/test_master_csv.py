"""CSV export and import of workshops and products: all or nothing, idempotent, formulas neutralised."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pos.db.engine import Database
from pos.domain.errors import ImportErrors
from pos.domain.master import ProductDraft
from pos.services import catalog, master_csv
from pos.services import master_data as md
from tests.services.helpers import make_booth

WORKSHOP_HEADER = "name,kana,category,colour,joined_on,invoice_number,invoice_individual,is_guest,active"
PRODUCT_HEADER = "code,workshop,name,kana,price,tax_rate,perishable,shelf_life_days,active"  # before open_price
EXPORTED_PRODUCT_HEADER = f"{PRODUCT_HEADER},open_price"
FORMULA = '=HYPERLINK("http://example.invalid","click")'


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8-sig", newline="")
    return path


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_export_is_excel_csv_with_documented_headers(db: Database, tmp_path: Path) -> None:
    make_booth(db)
    assert master_csv.export_products(db, tmp_path / "p.csv") == 4
    assert master_csv.export_workshops(db, tmp_path / "w.csv") == 3
    raw = (tmp_path / "p.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + EXPORTED_PRODUCT_HEADER.encode() + b"\r\n")
    products = _rows(tmp_path / "p.csv")
    assert products[1] == ["P0001", "パン工房こむぎ", "食パン詰め合わせ", "", "1430", "8", "1", "3", "1", "0"]
    assert products[3] == ["P0003", "工房ひだまり", "手作り石けん", "", "500", "10", "0", "", "1", "0"]
    workshops = _rows(tmp_path / "w.csv")
    assert workshops[0] == WORKSHOP_HEADER.split(",")
    crafts = [
        "工房ひだまり",
        "こうぼうひだまり",
        "障害福祉サービス事業者",
        "#2b8ad9",
        "",
        "T1234567890123",
        "1",
        "0",
        "1",
    ]
    assert crafts in workshops


def test_reimporting_an_export_changes_nothing(db: Database, tmp_path: Path) -> None:
    make_booth(db)
    master_csv.export_workshops(db, tmp_path / "w.csv")
    master_csv.export_products(db, tmp_path / "p.csv")
    before = (catalog.list_workshops(db, active_only=False), catalog.list_products(db, active_only=False))
    assert master_csv.import_workshops(db, tmp_path / "w.csv") == master_csv.CsvImportResult(3, 0, 0, 3)
    assert master_csv.import_products(db, tmp_path / "p.csv") == master_csv.CsvImportResult(4, 0, 0, 4)
    assert (catalog.list_workshops(db, active_only=False), catalog.list_products(db, active_only=False)) == before


def test_import_creates_and_updates_by_key_and_is_idempotent(db: Database, tmp_path: Path) -> None:
    b = make_booth(db)
    workshops = _write(
        tmp_path / "w.csv",
        (
            f"{WORKSHOP_HEADER}\n"
            "パン工房こむぎ,ぱんこうぼうこむぎ,,#d9822b,2019/4/1,,0,0,1\n"  # update: joined_on
            "新しい工房,あたらしいこうぼう,障害福祉サービス事業者,,2024-10-01,,0,1,1\n"  # create
        ),
    )
    assert master_csv.import_workshops(db, workshops) == master_csv.CsvImportResult(2, 1, 1, 0)
    new = md.find_workshop(db, "新しい工房")
    assert (new.is_guest, new.colour, str(new.joined_on)) == (True, "#4a7bb7", "2024-10-01")
    assert str(md.get_workshop(db, b.bakery.id).joined_on) == "2019-04-01"

    products = _write(
        tmp_path / "p.csv",
        (
            f"{PRODUCT_HEADER}\n"
            'p0002,パン工房こむぎ,クッキー,くっきー,"1,200",8,1,10,1\n'  # update by normalised code
            "P0100,新しい工房,木のスプーン,,¥800,10%,0,,1\n"  # create
            "P0004,さくら作業所,ポストカード,,150,10,0,,0\n"  # deactivate
        ),
    )
    assert master_csv.import_products(db, products) == master_csv.CsvImportResult(3, 1, 2, 0)
    cookie = catalog.get_product(db, b.cookie.id)
    assert (cookie.price, cookie.kana, cookie.shelf_life_days) == (1200, "くっきー", 10)
    spoon = catalog.find_product_by_code(db, "P0100")
    assert (spoon.workshop_name, spoon.price, spoon.tax_rate, spoon.perishable) == ("新しい工房", 800, 10, False)
    assert catalog.get_product(db, b.card.id).active is False

    assert master_csv.import_workshops(db, workshops) == master_csv.CsvImportResult(2, 0, 0, 2)
    assert master_csv.import_products(db, products) == master_csv.CsvImportResult(3, 0, 0, 3)


def test_a_bad_file_changes_nothing_and_names_every_line(db: Database, tmp_path: Path) -> None:
    make_booth(db)
    before = catalog.list_products(db, active_only=False)
    path = _write(
        tmp_path / "p.csv",
        (
            f"{PRODUCT_HEADER}\n"
            "P0001,パン工房こむぎ,食パン,,1500,8,1,3,1\n"  # fine, but must not be written
            "P0002,パン工房こむぎ,クッキー,,12.5,8,1,14,1\n"  # 3: price
            "\n"
            "P0009,ないよ工房,ジャム,,500,5,0,,1\n"  # 5: workshop, rate
            "P0010,パン工房こむぎ,,,100,8,1,,yes\n"  # 6: name, shelf life
            "p0001,パン工房こむぎ,食パン,,1500,8,1,3,maybe\n"  # 7: duplicate code, active
        ),
    )
    with pytest.raises(ImportErrors) as e:
        master_csv.import_products(db, path)
    assert e.value.problems == [
        (3, "価格は円単位の整数で入力してください（例: 1200）"),
        (5, "事業所「ないよ工房」がありません（先に事業所を登録するか、事業所のCSVを取り込んでください）。"),
        (5, "税率は8か10です（5）"),
        (6, "商品名を入力してください"),
        (6, "消費期限・賞味期限のある商品は、日持ちの日数（1日以上）を入力してください"),
        (7, "有効（active）「maybe」は 1 か 0 で書いてください。"),
        (7, "商品コード「P0001」は2行目にもあります。1行にまとめてください。"),
    ]
    assert "何も変更していません" in e.value.ja and "3行目: 価格は円単位の整数" in e.value.ja
    assert catalog.list_products(db, active_only=False) == before


def test_workshop_rows_are_checked_too(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "w.csv",
        (
            f"{WORKSHOP_HEADER}\n"
            "工房A,,宇宙機関,red,2024-13-01,T123,0,0,1\n"
            ",,,,,,0,0,1\n"  # not blank: a row without a name
            "工房Ａ,,,,,,0,0,1\n"  # the same name as line 2 once width is normalised
        ),
    )
    with pytest.raises(ImportErrors) as e:
        master_csv.import_workshops(db, path)
    expected = [
        (2, "加入日「2024-13-01」が読めません"),
        (2, "構成機関の区分「宇宙機関」はありません"),
        (2, "色は #RRGGBB の形式です"),
        (2, "登録番号は T と13桁の数字です"),
        (3, "事業所名を入力してください"),
        (4, "事業所「工房A」は2行目にもあります"),
    ]
    assert len(e.value.problems) == len(expected)
    for (line, message), (want_line, want_start) in zip(e.value.problems, expected, strict=True):
        assert line == want_line and message.startswith(want_start), (line, message)
    assert catalog.list_workshops(db, active_only=False) == []


def test_header_and_encoding_problems(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "w.csv", "name,kana,colour,colour\n工房A,,,\n")
    with pytest.raises(ImportErrors) as e:
        master_csv.import_workshops(db, path)
    assert e.value.problems[0][0] == 1
    assert "「category」" in e.value.problems[0][1] and "重複" in e.value.problems[0][1]
    sjis = tmp_path / "sjis.csv"
    sjis.write_bytes(f"{WORKSHOP_HEADER}\n工房A,,,,,,0,1\n".encode("shift_jis"))
    with pytest.raises(ImportErrors, match="UTF-8ではない"):
        master_csv.import_workshops(db, sjis)
    with pytest.raises(ImportErrors, match="ファイルが空です"):
        master_csv.import_workshops(db, _write(tmp_path / "empty.csv", ""))
    # columns in another order are fine
    reordered = "active,name,kana,category,colour,joined_on,invoice_number,is_guest\n1,工房B,,,,,,\n"
    path = _write(tmp_path / "w2.csv", reordered)
    assert master_csv.import_workshops(db, path).created == 1


def test_formula_names_are_neutralised_on_export_and_round_trip(db: Database, tmp_path: Path) -> None:
    b = make_booth(db)
    p = md.add_product(db, b.crafts.id, ProductDraft(name=FORMULA, price=100, tax_rate=10, kana="-かな"))
    path = tmp_path / "p.csv"
    master_csv.export_products(db, path)
    row = next(r for r in _rows(path) if r[0] == p.code)
    assert row[2] == "'" + FORMULA and row[3] == "'-かな"  # a spreadsheet shows these as text
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in _rows(path) for cell in r)
    assert master_csv.import_products(db, path).unchanged == 5  # the quote is the export's mark, removed
    assert (catalog.get_product(db, p.id).name, catalog.get_product(db, p.id).kana) == (FORMULA, "-かな")
    # a file written by hand with the formula unquoted is stored as plain text, and exported quoted again
    _write(path, f"{PRODUCT_HEADER}\nP0003,工房ひだまり,=1+2,,500,10,0,,1\n")
    master_csv.import_products(db, path)
    assert catalog.get_product(db, b.soap.id).name == "=1+2"
    master_csv.export_products(db, path)
    assert next(r for r in _rows(path) if r[0] == "P0003")[2] == "'=1+2"


def test_registration_numbers_check_digit_on_import(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "w.csv",
        (
            f"{WORKSHOP_HEADER}\n"
            "工房A,,,,,T7000012050003,0,0,1\n"  # 国税庁's number with the last digit changed: check digit 6, not 7
            "工房B,,,,,T1234567890123,1,0,1\n"  # a sole proprietor's number: only its form is checked
        ),
    )
    with pytest.raises(ImportErrors) as e:
        master_csv.import_workshops(db, path)
    assert [(line, m.split("（")[0]) for line, m in e.value.problems] == [
        (2, "登録番号 T7000012050003 は法人番号として正しくありません")
    ]
    assert "残り12桁からは 6 になります" in e.value.problems[0][1]
    assert catalog.list_workshops(db, active_only=False) == []
    path.write_text(
        path.read_text(encoding="utf-8-sig").replace("T7000012050003", "T7000012050002"), encoding="utf-8-sig"
    )
    assert master_csv.import_workshops(db, path).created == 2
    b = md.find_workshop(db, "工房B")
    assert (b.invoice_number, b.invoice_individual) == ("T1234567890123", True)


def test_a_file_without_the_individual_column_still_imports(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "w.csv",
        ("name,kana,category,colour,joined_on,invoice_number,is_guest,active\n工房A,,,,,T7000012050002,0,1\n"),
    )
    assert master_csv.import_workshops(db, path).created == 1
    assert md.find_workshop(db, "工房A").invoice_individual is False


def test_open_price_column_is_optional_and_kept_when_missing(db: Database, tmp_path: Path) -> None:
    b = make_booth(db)
    path = _write(
        tmp_path / "p.csv",
        (
            f"{EXPORTED_PRODUCT_HEADER}\n"
            "P0100,パン工房こむぎ,朝どれ野菜,,100,8,0,,1,1\n"  # new, open price
            "P0003,工房ひだまり,手作り石けん,,500,10,0,,1,はい\n"  # existing, now open price
        ),
    )
    assert master_csv.import_products(db, path) == master_csv.CsvImportResult(2, 1, 1, 0)
    assert catalog.find_product_by_code(db, "P0100").open_price is True
    assert catalog.get_product(db, b.soap.id).open_price is True
    old = _write(tmp_path / "old.csv", f"{PRODUCT_HEADER}\nP0003,工房ひだまり,手作り石けん,,500,10,0,,1\n")
    assert master_csv.import_products(db, old) == master_csv.CsvImportResult(1, 0, 0, 1)  # unchanged
    assert catalog.get_product(db, b.soap.id).open_price is True
