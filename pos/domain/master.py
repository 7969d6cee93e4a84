"""Rules for master data as people type it: workshops, products and venues, field by field.

A *draft* is what a form or a CSV row proposes; `clean_workshop` / `clean_product` / `clean_venue`
return the normalised draft or raise `InvalidFields` listing every problem, each a `FieldError`
naming its field, so that a form can show the message beside the field and an import can list them
all with the line number.

| field            | rule                                                                |
|------------------|---------------------------------------------------------------------|
| name             | required, no control characters, `canonical_name`, at most 100 chars |
| price            | a whole number of yen, 1 to 1,000,000 ("1,200", "¥1200" accepted)   |
| tax_rate         | 8 (reduced, food) or 10                                             |
| shelf_life_days  | perishables: a whole number of days, 1 or more; others: none        |
| code             | letters, digits and '-', compared after normalisation (P0001)       |
| invoice_number   | T + 13 digits, or nothing; a 法人番号's check digit unless          |
|                  | `invoice_individual` (pos.domain.invoice, docs/invoices.md)         |
| colour           | #RRGGBB                                                             |
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import ParamSpec, TypeVar

from pos.domain.codes import is_valid_code, normalize_code
from pos.domain.errors import InvalidInput
from pos.domain.invoice import invoice_number_problem, normalize_invoice_number
from pos.domain.members import DEFAULT_CATEGORY, MEMBER_CATEGORIES
from pos.domain.money import MAX_PRICE, TAX_RATES

COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DEFAULT_COLOUR = "#4a7bb7"
MAX_NAME = 100  # workshops.name, products.name, venues.name, venues.report_label
MAX_KANA = 200

P = ParamSpec("P")
T = TypeVar("T")


class FieldError(InvalidInput):
    """A problem with one field of a draft; `field` is the draft's attribute name."""

    def __init__(self, field: str, ja: str, en: str = "") -> None:
        super().__init__(ja, en)
        self.field = field


class InvalidFields(InvalidInput):
    """Every problem found in one draft (at least one)."""

    def __init__(self, problems: list[FieldError]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.ja for p in problems), "; ".join(p.en for p in problems))

    def for_field(self, field: str) -> FieldError | None:
        return next((p for p in self.problems if p.field == field), None)


@dataclass(frozen=True)
class WorkshopDraft:
    name: str
    kana: str = ""
    category: str = DEFAULT_CATEGORY
    colour: str = DEFAULT_COLOUR
    joined_on: date | None = None
    invoice_number: str | None = None
    is_guest: bool = False
    invoice_individual: bool = False  # the number is not a 法人番号 (sole proprietor, 人格のない社団等)


@dataclass(frozen=True)
class ProductDraft:
    """A product without its workshop (the service checks that one)."""

    name: str
    price: int
    tax_rate: int
    kana: str = ""
    perishable: bool = False
    shelf_life_days: int | None = None
    code: str | None = None  # None: the next free code when adding
    open_price: bool = False  # the price is typed at the till (`price` is the usual one)


@dataclass(frozen=True)
class VenueDraft:
    name: str
    report_label: str = ""  # empty: the same as the name


# -- single fields ----------------------------------------------------------------------------


_WHITESPACE = re.compile(r"\s+")


def canonical_name(value: str | None) -> str:
    """The one form of a name, used wherever names are stored, compared or matched (the forms, the
    master-data CSV, the history import, merging): NFKC (half-width kana → full-width, "ﾊﾟ" and a
    decomposed "パ" → "パ", full-width letters and digits → ASCII, the ideographic space → a space),
    then every run of whitespace as one space, trimmed. "ﾊﾟﾝ工房　こむぎ" and "パン工房 こむぎ" are one name."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", value or "")).strip()


def clean_text(
    field: str, value: str | None, what_ja: str, what_en: str, *, required: bool = True, limit: int = MAX_NAME
) -> str:
    """`canonical_name`; refuses control characters, empties (when required) and over-long text."""
    if any(ch in "\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029" for ch in value or ""):
        raise FieldError(field, f"{what_ja}に制御文字は使えません", f"{what_en} contains control characters")
    text = canonical_name(value)
    if required and not text:
        raise FieldError(field, f"{what_ja}を入力してください", f"{what_en} is required")
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in text):
        raise FieldError(field, f"{what_ja}に制御文字は使えません", f"{what_en} contains control characters")
    if len(text) > limit:
        raise FieldError(field, f"{what_ja}は{limit}文字までです", f"{what_en} is longer than {limit} characters")
    return text


def name_key(value: str | None) -> str:
    """What two names are matched by: the `canonical_name` without its spaces, so that
    "パン工房　こむぎ", "パン工房 こむぎ" and "ﾊﾟﾝ工房こむぎ" are found as the one workshop パン工房こむぎ."""
    return canonical_name(value).replace(" ", "")


def same_text(a: str | None, b: str | None) -> bool:
    """The same name once matched by `name_key` (how names are compared and matched everywhere)."""
    return name_key(a) == name_key(b)


def _whole_number(text: str) -> int | None:
    t = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    t = t.removeprefix("¥").removeprefix("\\").removesuffix("円").strip()
    return int(t) if re.fullmatch(r"\d{1,9}", t) else None


def parse_price(text: str | int) -> int:
    """A price as typed: "1200", "1,200", "¥1,200", "１２００" → 1200; checked 1 to 1,000,000."""
    value = text if isinstance(text, int) and not isinstance(text, bool) else _whole_number(str(text))
    if value is None:
        raise FieldError(
            "price", "価格は円単位の整数で入力してください（例: 1200）", "Price must be a whole number of yen"
        )
    return check_price_field(value)


def check_price_field(price: object) -> int:
    if isinstance(price, bool) or not isinstance(price, int):
        raise FieldError(
            "price", "価格は円単位の整数で入力してください（例: 1200）", "Price must be a whole number of yen"
        )
    if not 1 <= price <= MAX_PRICE:
        raise FieldError("price", "価格は1円から1,000,000円までです", "Price must be between ¥1 and ¥1,000,000")
    return price


def parse_rate(text: str | int) -> int:
    """ "8", "8%", "８" → 8; only 8 and 10 are rates."""
    raw = str(text)
    t = unicodedata.normalize("NFKC", raw).strip().removesuffix("%").strip()
    if t.isdigit() and int(t) in TAX_RATES:
        return int(t)
    raise FieldError(
        "tax_rate", f"税率は8か10です（{raw.strip() or '空欄'}）", f"Tax rate must be 8 or 10 (got {raw!r})"
    )


def parse_days(text: str | int | None) -> int | None:
    """Shelf life as typed: empty → None, "3" → 3; anything else is refused."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    value = text if isinstance(text, int) and not isinstance(text, bool) else _whole_number(str(text))
    if value is None:
        raise FieldError(
            "shelf_life_days",
            "日持ちは日数（1以上の整数）で入力してください",
            "Shelf life must be a whole number of days",
        )
    return value


_DATE = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")


def parse_date_field(field: str, text: str | None, what_ja: str) -> date | None:
    """YYYY-MM-DD (or YYYY/M/D as Excel writes it); empty → None."""
    t = unicodedata.normalize("NFKC", text or "").strip()
    if not t:
        return None
    m = _DATE.fullmatch(t)
    try:
        if m is None:
            raise ValueError(t)
        return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    except ValueError:
        raise FieldError(
            field,
            f"{what_ja}「{t}」が読めません。YYYY-MM-DD（例 2024-04-01）の形で書いてください",
            f"Cannot read the date {t!r} (YYYY-MM-DD)",
        ) from None


def check_code(raw: str) -> str:
    code = normalize_code(raw or "")
    if not code:
        raise FieldError("code", "商品コードを入力してください", "A product code is required")
    if not is_valid_code(code):
        raise FieldError(
            "code", "商品コードは英数字とハイフン（32文字まで）です", "A code is letters, digits and '-' (32 max)"
        )
    return code


# -- drafts -----------------------------------------------------------------------------------


class _Collector:
    def __init__(self) -> None:
        self.problems: list[FieldError] = []

    def take(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        try:
            return fn(*args, **kwargs)
        except FieldError as e:
            self.problems.append(e)
            return None

    def text(
        self, field: str, value: str | None, what_ja: str, what_en: str, *, required: bool = True, limit: int = MAX_NAME
    ) -> str:
        """`clean_text`, or "" with the problem noted (the draft is refused by `raise_if_any`)."""
        cleaned = self.take(clean_text, field, value, what_ja, what_en, required=required, limit=limit)
        return "" if cleaned is None else cleaned

    def add(self, field: str, ja: str, en: str) -> None:
        self.problems.append(FieldError(field, ja, en))

    def raise_if_any(self) -> None:
        if self.problems:
            raise InvalidFields(self.problems)


def clean_workshop(d: WorkshopDraft) -> WorkshopDraft:
    c = _Collector()
    name = c.text("name", d.name, "事業所名", "Workshop name")
    kana = c.text("kana", d.kana, "よみがな", "Kana", required=False, limit=MAX_KANA)
    if d.category not in MEMBER_CATEGORIES:
        c.add("category", f"構成機関の区分「{d.category}」はありません", f"Unknown category {d.category!r}")
    colour = (d.colour or "").strip()
    if not COLOUR.match(colour):
        c.add("colour", "色は #RRGGBB の形式です（例: #4a7bb7）", "Colour must look like #RRGGBB")
    invoice = normalize_invoice_number(d.invoice_number)
    problem = invoice_number_problem(invoice, individual=d.invoice_individual) if invoice else None
    if problem:
        c.add("invoice_number", *problem)
    c.raise_if_any()
    return replace(d, name=name, kana=kana, colour=colour.lower(), invoice_number=invoice)


def clean_product(d: ProductDraft) -> ProductDraft:
    c = _Collector()
    name = c.text("name", d.name, "商品名", "Product name")
    kana = c.text("kana", d.kana, "よみがな", "Kana", required=False, limit=MAX_KANA)
    c.take(check_price_field, d.price)
    if d.tax_rate not in TAX_RATES:
        c.add("tax_rate", f"税率は8か10です（{d.tax_rate}）", f"Tax rate must be 8 or 10 (got {d.tax_rate})")
    shelf = d.shelf_life_days if d.perishable else None
    if d.perishable and (isinstance(shelf, bool) or not isinstance(shelf, int) or shelf < 1):
        c.add(
            "shelf_life_days",
            "消費期限・賞味期限のある商品は、日持ちの日数（1日以上）を入力してください",
            "A perishable product needs a shelf life of at least one day",
        )
    code = None if d.code is None else c.take(check_code, d.code)
    c.raise_if_any()
    return replace(d, name=name, kana=kana, shelf_life_days=shelf, code=code)


def clean_venue(d: VenueDraft) -> VenueDraft:
    c = _Collector()
    name = c.text("name", d.name, "会場名", "Venue name")
    label = c.text("report_label", d.report_label or d.name, "報告書での名称", "Report label")
    c.raise_if_any()
    return VenueDraft(name, label)
