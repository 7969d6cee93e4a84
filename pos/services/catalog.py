"""Master data as the register and the reports see it: workshops, products and venues.

Read functions return frozen dataclasses (the register, check-in, reports and the master-data screens
list through them). The `create_*` functions write one record in its own transaction; demo data and
tests build with them. The coordinator's editing screens and the CSV import write through
`pos.services.master_data` and `pos.services.master_csv` instead (validated by `pos.domain.master`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import func, or_, select

from pos.db.engine import Database
from pos.db.models import Product, Venue, Workshop
from pos.domain.codes import is_valid_code, next_code, normalize_code
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.members import DEFAULT_CATEGORY, MEMBER_CATEGORIES
from pos.domain.money import check_price, check_rate

INVOICE_NUMBER = re.compile(r"^T\d{13}$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class WorkshopInfo:
    id: UUID
    name: str
    kana: str
    category: str
    colour: str
    is_guest: bool
    invoice_number: str | None
    active: bool
    joined_on: date | None


@dataclass(frozen=True)
class ProductInfo:
    id: UUID
    workshop_id: UUID
    workshop_name: str
    name: str
    kana: str
    price: int
    tax_rate: int
    perishable: bool
    shelf_life_days: int | None
    code: str
    active: bool


@dataclass(frozen=True)
class VenueInfo:
    id: UUID
    name: str
    report_label: str
    display_order: int


def workshop_info(w: Workshop) -> WorkshopInfo:
    return WorkshopInfo(
        w.id, w.name, w.kana, w.category, w.colour, w.is_guest, w.invoice_number, w.active, w.joined_on
    )


def product_info(p: Product, workshop_name: str) -> ProductInfo:
    return ProductInfo(
        p.id, p.workshop_id, workshop_name, p.name, p.kana, p.price, p.tax_rate, p.perishable,
        p.shelf_life_days, p.code, p.active,
    )


def venue_info(v: Venue) -> VenueInfo:
    return VenueInfo(v.id, v.name, v.report_label, v.display_order)


def list_workshops(db: Database, *, active_only: bool = True) -> list[WorkshopInfo]:
    stmt = select(Workshop).order_by(Workshop.kana, Workshop.name)
    if active_only:
        stmt = stmt.where(Workshop.active)
    with db.sessions() as s:
        return [workshop_info(w) for w in s.scalars(stmt)]


def list_venues(db: Database, *, active_only: bool = True) -> list[VenueInfo]:
    stmt = select(Venue).order_by(Venue.display_order, Venue.name)
    if active_only:
        stmt = stmt.where(Venue.active)
    with db.sessions() as s:
        return [venue_info(v) for v in s.scalars(stmt)]


def _product_query(active_only: bool):  # type: ignore[no-untyped-def]
    stmt = select(Product, Workshop.name).join(Workshop).order_by(Workshop.kana, Product.kana, Product.name)
    return stmt.where(Product.active) if active_only else stmt


def list_products(
    db: Database, *, workshop_ids: list[UUID] | None = None, active_only: bool = True
) -> list[ProductInfo]:
    stmt = _product_query(active_only)
    if workshop_ids is not None:
        stmt = stmt.where(Product.workshop_id.in_(workshop_ids))
    with db.sessions() as s:
        return [product_info(p, wname) for p, wname in s.execute(stmt)]


def search_products(db: Database, text: str, *, limit: int = 50) -> list[ProductInfo]:
    """Active products whose name, kana or code contains `text` (width- and case-insensitive)."""
    needle = unicodedata.normalize("NFKC", text).strip()
    if not needle:
        return []
    pattern = f"%{needle}%"
    stmt = _product_query(True).where(
        or_(Product.name.like(pattern), Product.kana.like(pattern), Product.code.like(pattern.upper()))
    )
    with db.sessions() as s:
        return [product_info(p, wname) for p, wname in s.execute(stmt.limit(limit))]


def get_product(db: Database, product_id: UUID) -> ProductInfo:
    with db.sessions() as s:
        row = s.execute(_product_query(False).where(Product.id == product_id)).first()
    if row is None:
        raise NotFound("商品が見つかりません", "Product not found")
    return product_info(row[0], row[1])


def find_product_by_code(db: Database, raw_code: str) -> ProductInfo:
    code = normalize_code(raw_code)
    with db.sessions() as s:
        row = s.execute(_product_query(False).where(Product.code == code)).first()
    if row is None:
        raise NotFound(f"「{code}」という商品コードはありません", f"No product has the code {code!r}")
    if not row[0].active:
        raise NotFound(f"商品「{row[0].name}」は販売停止中です", f"{row[0].name} is not on sale")
    return product_info(row[0], row[1])


def _required(value: str, what_ja: str, what_en: str) -> str:
    value = unicodedata.normalize("NFKC", value or "").strip()
    if not value:
        raise InvalidInput(f"{what_ja}を入力してください", f"{what_en} is required")
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise InvalidInput(f"{what_ja}に制御文字は使えません", f"{what_en} contains control characters")
    return value


def create_workshop(
    db: Database,
    name: str,
    *,
    kana: str = "",
    category: str = DEFAULT_CATEGORY,
    colour: str = "#4a7bb7",
    joined_on: date | None = None,
    invoice_number: str | None = None,
    is_guest: bool = False,
) -> WorkshopInfo:
    name = _required(name, "事業所名", "Workshop name")
    if category not in MEMBER_CATEGORIES:
        raise InvalidInput(f"構成機関の区分「{category}」はありません", f"Unknown category {category!r}")
    if not COLOUR.match(colour):
        raise InvalidInput("色は #RRGGBB の形式です", "Colour must look like #RRGGBB")
    if invoice_number and not INVOICE_NUMBER.match(invoice_number):
        raise InvalidInput(
            "登録番号は T と13桁の数字です（例: T1234567890123）",
            "A registration number is T followed by 13 digits",
        )
    with db.sessions.begin() as s:
        if s.scalar(select(func.count()).where(Workshop.name == name)):
            raise InvalidInput(f"事業所「{name}」はすでにあります", f"Workshop {name!r} already exists")
        w = Workshop(
            name=name, kana=kana.strip(), category=category, colour=colour, joined_on=joined_on,
            invoice_number=invoice_number or None, is_guest=is_guest, active=True, from_history=False,
        )
        s.add(w)
        s.flush()
        return workshop_info(w)


def create_product(
    db: Database,
    workshop_id: UUID,
    name: str,
    price: int,
    tax_rate: int,
    *,
    kana: str = "",
    perishable: bool = False,
    shelf_life_days: int | None = None,
    code: str | None = None,
) -> ProductInfo:
    name = _required(name, "商品名", "Product name")
    check_price(price)
    check_rate(tax_rate)
    if perishable and (shelf_life_days is None or shelf_life_days < 1):
        raise InvalidInput(
            "消費期限・賞味期限のある商品は、日持ちの日数（1日以上）を入力してください",
            "A perishable product needs a shelf life of at least one day",
        )
    with db.sessions.begin() as s:
        workshop = s.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFound("事業所が見つかりません", "Workshop not found")
        if code is None:
            code = next_code(list(s.scalars(select(Product.code))))
        code = normalize_code(code)
        if not is_valid_code(code):
            raise InvalidInput(
                "商品コードは英数字とハイフン（32文字まで）です", "A code is letters, digits and '-' (32 max)"
            )
        if s.scalar(select(func.count()).where(Product.code == code)):
            raise InvalidInput(f"商品コード「{code}」はすでに使われています", f"Code {code!r} is taken")
        p = Product(
            workshop_id=workshop_id, name=name, kana=kana.strip(), price=price, tax_rate=tax_rate,
            perishable=perishable, shelf_life_days=shelf_life_days,
            code=code, active=True,
        )
        s.add(p)
        s.flush()
        return product_info(p, workshop.name)


def create_venue(db: Database, name: str, report_label: str = "", *, display_order: int = 100) -> VenueInfo:
    name = _required(name, "会場名", "Venue name")
    label = _required(report_label or name, "報告書での名称", "Report label")
    with db.sessions.begin() as s:
        if s.scalar(select(func.count()).where(Venue.name == name)):
            raise InvalidInput(f"会場「{name}」はすでにあります", f"Venue {name!r} already exists")
        v = Venue(name=name, report_label=label, display_order=display_order, active=True, from_history=False)
        s.add(v)
        s.flush()
        return venue_info(v)
