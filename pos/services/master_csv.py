"""CSV export and import of workshops and products, for editing the master data in a spreadsheet.

Files are UTF-8 with a BOM (what Excel's "CSV UTF-8" reads and writes) and CRLF line ends; the
first line is the header, the columns may come in any order but all must be there (except
`invoice_individual` and `open_price`, which files written before they existed lack: a missing
`invoice_individual` means 0, a missing `open_price` leaves a product's setting as it is; the reading —
encoding, header, line numbers — is `pos.domain.csv_table`, shared with the history import):

    workshops: name,kana,category,colour,joined_on,invoice_number,invoice_individual,is_guest,active
    products:  code,workshop,name,kana,price,tax_rate,perishable,shelf_life_days,active,open_price

- Keys: a workshop is matched by its name (after NFKC width normalisation and trimming), a product by
  its code (normalised: "ｐ０００１" is P0001). A row whose key exists updates that record, any other
  row creates one. Renaming a workshop therefore happens in the app, not in the file. Every product
  row needs a code; for a new product write a free one (e.g. the next P number).
- `workshop` of a product is the name of a workshop that already exists (import workshops first).
- Values: `price` whole yen ("1200", "1,200" and "¥1,200" are read as 1200); `tax_rate` 8 or 10;
  `perishable`, `is_guest`, `active` are 1 or 0 (true/false, yes/no, はい/いいえ also read; empty is
  0, except `active`, where empty is 1); `shelf_life_days` whole days, required for perishables and
  ignored for other products; `joined_on` YYYY-MM-DD (or YYYY/M/D as Excel writes it), may be empty;
  `category` one of the annual report's member categories (empty: 障害福祉サービス事業者); `colour`
  #RRGGBB (empty: the default blue); `invoice_number` T + 13 digits or empty, whose first digit is
  the 法人番号 check digit unless `invoice_individual` is 1 (a sole proprietor's or 人格のない社団等's
  number, which is not a 法人番号: docs/invoices.md).
- All or nothing: every row is checked first, and every problem is reported with its line number
  (the header is line 1); if there is any, nothing is written (`ImportErrors`).
- Idempotent: importing a file again, or importing what was just exported, changes nothing.
- Formulas: on export, a text cell beginning with = + - @ (or a tab / carriage return, or a quote)
  gets a single quote in front so that spreadsheets show it as text (`pos.domain.spreadsheet`). On
  import one leading quote is removed from every cell, so an exported `'=HYPERLINK(...)` comes
  back as the name `=HYPERLINK(...)` — stored as plain text, which the app never evaluates, and
  neutralised again by the next export. A text that really begins with a quote is written with
  two.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Product, Workshop
from pos.domain.csv_table import CsvRow
from pos.domain.errors import ImportErrors, InvalidInput
from pos.domain.master import (
    DEFAULT_COLOUR,
    InvalidFields,
    ProductDraft,
    WorkshopDraft,
    canonical_name,
    check_code,
    clean_product,
    clean_workshop,
    parse_date_field,
    parse_days,
    parse_price,
    parse_rate,
    same_text,
)
from pos.domain.members import DEFAULT_CATEGORY
from pos.domain.spreadsheet import neutralize, unneutralize
from pos.output_files import write_owner_only
from pos.services.auth import add_entry
from pos.services.csv_import import read_csv_file

WORKSHOP_COLUMNS: tuple[str, ...] = (
    "name",
    "kana",
    "category",
    "colour",
    "joined_on",
    "invoice_number",
    "invoice_individual",
    "is_guest",
    "active",
)
_OPTIONAL_COLUMNS = frozenset({"invoice_individual", "open_price"})
PRODUCT_COLUMNS: tuple[str, ...] = (
    "code",
    "workshop",
    "name",
    "kana",
    "price",
    "tax_rate",
    "perishable",
    "shelf_life_days",
    "active",
    "open_price",
)
_COLUMN_JA = {
    "name": "名称",
    "kana": "よみがな",
    "category": "区分",
    "colour": "色",
    "joined_on": "加入日",
    "invoice_number": "登録番号",
    "invoice_individual": "法人番号によらない番号",
    "is_guest": "ゲスト",
    "active": "有効",
    "code": "商品コード",
    "workshop": "事業所",
    "price": "価格",
    "tax_rate": "税率",
    "perishable": "日持ち管理",
    "shelf_life_days": "日持ち日数",
    "open_price": "オープン価格",
}
T = TypeVar("T")
D = TypeVar("D", WorkshopDraft, ProductDraft)
_TRUE = {"1", "true", "yes", "y", "はい", "○"}
_FALSE = {"0", "false", "no", "n", "いいえ", "×"}


@dataclass(frozen=True)
class CsvImportResult:
    """What an import read and did (created + updated + unchanged = rows)."""

    rows: int
    created: int
    updated: int
    unchanged: int

    def summary_ja(self, what: str) -> str:
        return (
            f"{what}のCSVを{self.rows}行読み込みました（新規 {self.created}、更新 {self.updated}、"
            f"変更なし {self.unchanged}）"
        )


# -- export -----------------------------------------------------------------------------------


def _csv_text(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([neutralize(_cell(v)) for v in row])
    return out.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def workshops_csv(db: Database) -> str:
    with db.sessions() as s:
        rows = [
            (
                w.name,
                w.kana,
                w.category,
                w.colour,
                w.joined_on,
                w.invoice_number,
                w.invoice_individual,
                w.is_guest,
                w.active,
            )
            for w in s.scalars(select(Workshop).order_by(Workshop.kana, Workshop.name))
        ]
    return _csv_text(WORKSHOP_COLUMNS, rows)


def products_csv(db: Database) -> str:
    with db.sessions() as s:
        rows = [
            (
                p.code,
                wname,
                p.name,
                p.kana,
                p.price,
                p.tax_rate,
                p.perishable,
                p.shelf_life_days if p.perishable else None,
                p.active,
                p.open_price,
            )
            for p, wname in s.execute(select(Product, Workshop.name).join(Workshop).order_by(Product.code))
        ]
    return _csv_text(PRODUCT_COLUMNS, rows)


def export_workshops(db: Database, path: str | Path) -> int:
    """Write every workshop (active or not) to `path`; returns the number of rows."""
    return _write(path, workshops_csv(db))


def export_products(db: Database, path: str | Path) -> int:
    """Write every product (active or not), by code, to `path`; returns the number of rows."""
    return _write(path, products_csv(db))


def _write(path: str | Path, text: str) -> int:
    write_owner_only(path, text.encode("utf-8-sig"))
    return text.count("\r\n") - 1


# -- reading ----------------------------------------------------------------------------------


def _read(path: str | Path, columns: tuple[str, ...]) -> tuple[list[CsvRow], list[tuple[int, str]]]:
    """The file's rows, each cell without the quote an export puts before formula-like text."""
    table = read_csv_file(path, columns, optional=_OPTIONAL_COLUMNS)
    rows = [CsvRow(r.line, {k: unneutralize(v).strip() for k, v in r.values.items()}) for r in table.rows]
    return rows, table.problems


class _RowChecker:
    """Parses the cells of one row, collecting every problem instead of stopping at the first."""

    def __init__(self, row: CsvRow) -> None:
        self.row = row
        self.problems: list[str] = []
        self.failed: set[str] = set()  # columns whose cell was refused

    def value(self, column: str) -> str:
        return self.row.values.get(column, "")  # only optional columns can be absent

    def take(self, column: str, parse: Callable[[str], T]) -> T | None:
        try:
            return parse(self.value(column))
        except InvalidInput as e:
            self.problems.append(e.ja)
            self.failed.add(column)
        return None

    def flag(self, column: str, default: bool) -> bool | None:
        text = unicodedata.normalize("NFKC", self.value(column)).strip().lower()
        if not text:
            return default
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        self.problems.append(f"{_COLUMN_JA[column]}（{column}）「{self.value(column)}」は 1 か 0 で書いてください。")
        return None

    def day(self, column: str) -> date | None:
        return self.take(column, lambda text: parse_date_field(column, text, _COLUMN_JA[column]))

    def draft(self, clean: Callable[[D], D], draft: D) -> D | None:
        try:
            return clean(draft)
        except InvalidFields as e:
            self.problems.extend(p.ja for p in e.problems)
            return None


# -- workshops --------------------------------------------------------------------------------


def import_workshops(db: Database, path: str | Path, *, who: str | None = None) -> CsvImportResult:
    """Create or update workshops from a CSV file, all or nothing (see the module docstring)."""
    rows, problems = _read(path, WORKSHOP_COLUMNS)
    with db.sessions.begin() as s:
        existing = list(s.scalars(select(Workshop)))
        plans: list[tuple[Workshop | None, WorkshopDraft, bool]] = []
        seen: dict[str, int] = {}
        for row in rows:
            c = _RowChecker(row)
            joined = c.day("joined_on")
            is_guest = c.flag("is_guest", False)
            active = c.flag("active", True)
            individual = c.flag("invoice_individual", False)
            d = c.draft(
                clean_workshop,
                WorkshopDraft(
                    name=c.value("name"),
                    kana=c.value("kana"),
                    category=c.value("category") or DEFAULT_CATEGORY,
                    colour=c.value("colour") or DEFAULT_COLOUR,
                    joined_on=joined,
                    invoice_number=c.value("invoice_number") or None,
                    is_guest=bool(is_guest),
                    invoice_individual=bool(individual),
                ),
            )
            key = canonical_name(c.value("name"))
            if key in seen:
                c.problems.append(f"事業所「{key}」は{seen[key]}行目にもあります。1行にまとめてください。")
            elif key:
                seen[key] = row.line
            problems.extend((row.line, p) for p in c.problems)
            if not c.problems:
                assert d is not None and active is not None
                match = next((w for w in existing if same_text(w.name, d.name)), None)
                plans.append((match, d, active))
        if problems:
            raise ImportErrors(sorted(problems, key=lambda p: p[0]))
        created = updated = 0
        for match, d, active in plans:
            if match is None:
                s.add(
                    Workshop(
                        name=d.name,
                        kana=d.kana,
                        category=d.category,
                        colour=d.colour,
                        joined_on=d.joined_on,
                        invoice_number=d.invoice_number,
                        is_guest=d.is_guest,
                        active=active,
                        from_history=False,
                        invoice_individual=d.invoice_individual,
                    )
                )
                created += 1
            elif _update_workshop(match, d, active):
                updated += 1
        result = CsvImportResult(len(rows), created, updated, len(rows) - created - updated)
        if who is not None:  # recorded in the import's own transaction
            add_entry(s, who, "master_import", "事業所のCSV", f"{path}\n{result.summary_ja('事業所')}")
    return result


def _update_workshop(w: Workshop, d: WorkshopDraft, active: bool) -> bool:
    new = {
        "kana": w.kana if same_text(w.kana, d.kana) else d.kana,
        "category": d.category,
        "colour": w.colour if w.colour.lower() == d.colour else d.colour,
        "joined_on": d.joined_on,
        "invoice_number": d.invoice_number,
        "invoice_individual": d.invoice_individual,
        "is_guest": d.is_guest,
        "active": active,
    }
    return _apply(w, new)


def _apply(record: object, values: Mapping[str, object]) -> bool:
    changed = False
    for attr, value in values.items():
        if getattr(record, attr) != value:
            setattr(record, attr, value)
            changed = True
    return changed


# -- products ---------------------------------------------------------------------------------


def import_products(db: Database, path: str | Path, *, who: str | None = None) -> CsvImportResult:
    """Create or update products by code from a CSV file, all or nothing (see the module docstring)."""
    rows, problems = _read(path, PRODUCT_COLUMNS)
    with db.sessions.begin() as s:
        workshops = list(s.scalars(select(Workshop).order_by(Workshop.name)))
        products = {p.code: p for p in s.scalars(select(Product))}
        plans: list[tuple[Product | None, Workshop, ProductDraft, bool]] = []
        seen: dict[str, int] = {}
        for row in rows:
            c = _RowChecker(row)
            code = c.take("code", check_code)
            workshop = _find_workshop(c, workshops)
            price = c.take("price", parse_price)
            rate = c.take("tax_rate", parse_rate)
            perishable = c.flag("perishable", False)
            days = c.take("shelf_life_days", parse_days) if perishable else None
            active = c.flag("active", True)
            stored = products.get(code) if code is not None else None
            open_price = (
                c.flag("open_price", False)
                if "open_price" in row.values
                else bool(stored is not None and stored.open_price)
            )
            d = c.draft(
                clean_product,
                ProductDraft(  # placeholders where a cell was already refused
                    name=c.value("name"),
                    kana=c.value("kana"),
                    price=1 if price is None else price,
                    tax_rate=8 if rate is None else rate,
                    perishable=bool(perishable),
                    shelf_life_days=1 if "shelf_life_days" in c.failed else days,
                    open_price=bool(open_price),
                ),
            )
            if code is not None:
                if code in seen:
                    c.problems.append(f"商品コード「{code}」は{seen[code]}行目にもあります。1行にまとめてください。")
                seen.setdefault(code, row.line)
            problems.extend((row.line, p) for p in c.problems)
            if not c.problems:
                assert d is not None and workshop is not None and active is not None and code is not None
                plans.append((products.get(code), workshop, replace(d, code=code), active))
        if problems:
            raise ImportErrors(sorted(problems, key=lambda p: p[0]))
        created = updated = 0
        for match, workshop, d, active in plans:
            if match is None:
                assert d.code is not None
                s.add(
                    Product(
                        workshop_id=workshop.id,
                        name=d.name,
                        kana=d.kana,
                        price=d.price,
                        tax_rate=d.tax_rate,
                        perishable=d.perishable,
                        shelf_life_days=d.shelf_life_days,
                        code=d.code,
                        active=active,
                        open_price=d.open_price,
                    )
                )
                created += 1
            elif _update_product(match, workshop, d, active):
                updated += 1
        result = CsvImportResult(len(rows), created, updated, len(rows) - created - updated)
        if who is not None:  # recorded in the import's own transaction
            add_entry(s, who, "master_import", "商品のCSV", f"{path}\n{result.summary_ja('商品')}")
    return result


def _find_workshop(c: _RowChecker, workshops: list[Workshop]) -> Workshop | None:
    name = c.value("workshop")
    if not name:
        c.problems.append("事業所（workshop）がありません。")
        return None
    match = next((w for w in workshops if same_text(w.name, name)), None)
    if match is None:
        c.problems.append(f"事業所「{name}」がありません（先に事業所を登録するか、事業所のCSVを取り込んでください）。")
    return match


def _update_product(p: Product, w: Workshop, d: ProductDraft, active: bool) -> bool:
    stored_shelf = p.shelf_life_days if p.perishable else None
    new: dict[str, object] = {
        "workshop_id": w.id,
        "name": p.name if same_text(p.name, d.name) else d.name,
        "kana": p.kana if same_text(p.kana, d.kana) else d.kana,
        "price": d.price,
        "tax_rate": d.tax_rate,
        "perishable": d.perishable,
        "active": active,
        "open_price": d.open_price,
    }
    if stored_shelf != d.shelf_life_days:
        new["shelf_life_days"] = d.shelf_life_days
    return _apply(p, new)
