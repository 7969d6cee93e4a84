"""Master-data rules as a form or a CSV row meets them, and the spreadsheet formula guard."""

from __future__ import annotations

from datetime import date

import pytest

from pos.domain.master import (
    FieldError,
    InvalidFields,
    ProductDraft,
    VenueDraft,
    WorkshopDraft,
    check_code,
    clean_product,
    clean_venue,
    clean_workshop,
    parse_date_field,
    parse_days,
    parse_price,
    parse_rate,
)
from pos.domain.spreadsheet import neutralize, unneutralize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1200", 1200),
        ("1,200", 1200),
        ("¥1,200", 1200),
        ("１２００", 1200),
        (" 300円 ", 300),
        ("1", 1),
        ("1000000", 1_000_000),
    ],
)
def test_prices_as_typed(text: str, expected: int) -> None:
    assert parse_price(text) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("12.5", "円単位の整数"),
        ("abc", "円単位の整数"),
        ("", "円単位の整数"),
        ("-5", "円単位の整数"),
        ("0", "1円から1,000,000円まで"),
        ("1000001", "1円から1,000,000円まで"),
    ],
)
def test_bad_prices_name_the_price_field(text: str, message: str) -> None:
    with pytest.raises(FieldError, match=message) as e:
        parse_price(text)
    assert e.value.field == "price"


def test_rates_and_days() -> None:
    assert (parse_rate("8"), parse_rate("10%"), parse_rate("８")) == (8, 10, 8)
    with pytest.raises(FieldError, match="税率は8か10です（5）"):
        parse_rate("5")
    assert (parse_days(""), parse_days("3"), parse_days(None)) == (None, 3, None)
    with pytest.raises(FieldError, match="日持ち"):
        parse_days("3.5")


def test_a_product_draft_reports_every_problem_at_once() -> None:
    with pytest.raises(InvalidFields) as e:
        clean_product(ProductDraft(name=" ", price=0, tax_rate=5, perishable=True, code="P 1"))
    assert [p.field for p in e.value.problems] == ["name", "price", "tax_rate", "shelf_life_days", "code"]
    assert e.value.for_field("shelf_life_days").ja == (  # type: ignore[union-attr]
        "消費期限・賞味期限のある商品は、日持ちの日数（1日以上）を入力してください"
    )
    assert e.value.for_field("name").ja == "商品名を入力してください"  # type: ignore[union-attr]


def test_a_clean_product_is_normalised() -> None:
    d = clean_product(ProductDraft(name=" ｸｯｷｰ ", price=300, tax_rate=8, shelf_life_days=7, code="ｐ０００１"))
    assert (d.name, d.code, d.shelf_life_days) == ("クッキー", "P0001", None)  # not perishable: no shelf life
    d = clean_product(ProductDraft(name="パン", price=150, tax_rate=8, perishable=True, shelf_life_days=2))
    assert (d.perishable, d.shelf_life_days, d.code) == (True, 2, None)


def test_workshop_rules() -> None:
    with pytest.raises(InvalidFields) as e:
        clean_workshop(WorkshopDraft(name="工房", category="宇宙機関", colour="red", invoice_number="T123"))
    assert [p.field for p in e.value.problems] == ["category", "colour", "invoice_number"]
    assert "T と13桁の数字" in e.value.ja and "#RRGGBB" in e.value.ja
    d = clean_workshop(WorkshopDraft(name=" 工房 ", colour="#ABCDEF", invoice_number="ｔ７０００-０１２０５-０００２"))
    assert (d.name, d.colour, d.invoice_number) == ("工房", "#abcdef", "T7000012050002")
    assert clean_workshop(WorkshopDraft(name="工房", invoice_number=" ")).invoice_number is None


def test_names_refuse_control_characters_and_length() -> None:
    with pytest.raises(InvalidFields, match="制御文字"):
        clean_venue(VenueDraft("会場\x07"))
    with pytest.raises(InvalidFields, match="100文字まで"):
        clean_venue(VenueDraft("あ" * 101))
    assert clean_venue(VenueDraft("区役所ロビー")).report_label == "区役所ロビー"


def test_codes_and_dates() -> None:
    assert check_code(" p-01 ") == "P-01"
    with pytest.raises(FieldError, match="英数字とハイフン"):
        check_code("パン")
    assert parse_date_field("joined_on", "2024/4/1", "加入日") == date(2024, 4, 1)
    assert parse_date_field("joined_on", "", "加入日") is None
    with pytest.raises(FieldError, match="加入日「2024-02-30」が読めません"):
        parse_date_field("joined_on", "2024-02-30", "加入日")


@pytest.mark.parametrize(
    "text, cell",
    [
        ('=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'),
        ("+81", "'+81"),
        ("-ミニ-", "'-ミニ-"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'quoted", "''quoted"),
        ("クッキー", "クッキー"),
        ("", ""),
        ("a=b", "a=b"),
    ],
)
def test_formula_cells_are_neutralised_and_come_back(text: str, cell: str) -> None:
    assert neutralize(text) == cell
    assert unneutralize(cell) == text
