"""Master data as the register and the reports see it: workshops, products and venues.

Read functions return frozen dataclasses (`WorkshopInfo`, `ProductInfo`, `VenueInfo`). Editing lives in
`pos.services.master_data` (rules in `pos.domain.master`) and the CSV import in `pos.services.master_csv`;
the `create_*` functions here are keyword shortcuts to `master_data.add_*` for scripts and tests, so
that test data passes the same checks as data typed into the app.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import Select, or_, select

from pos.db.engine import Database
from pos.db.models import Product, Venue, Workshop
from pos.domain.codes import normalize_code
from pos.domain.errors import NotFound
from pos.domain.master import DEFAULT_COLOUR, ProductDraft, VenueDraft, WorkshopDraft
from pos.domain.members import DEFAULT_CATEGORY


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
    invoice_individual: bool = False  # the number is not a 法人番号 (no corporate check digit)


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
    open_price: bool = False  # the price is typed at the till


@dataclass(frozen=True)
class VenueInfo:
    id: UUID
    name: str
    report_label: str
    display_order: int


def workshop_info(w: Workshop) -> WorkshopInfo:
    return WorkshopInfo(
        w.id,
        w.name,
        w.kana,
        w.category,
        w.colour,
        w.is_guest,
        w.invoice_number,
        w.active,
        w.joined_on,
        bool(w.invoice_individual),
    )


def product_info(p: Product, workshop_name: str) -> ProductInfo:
    return ProductInfo(
        p.id,
        p.workshop_id,
        workshop_name,
        p.name,
        p.kana,
        p.price,
        p.tax_rate,
        p.perishable,
        p.shelf_life_days,
        p.code,
        p.active,
        bool(p.open_price),
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


def _product_query(active_only: bool) -> Select[Product, str]:
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


# -- adding (shortcuts for scripts and tests) ------------------------------------------------------
# The rules are those of the master-data screens and the CSV import: `pos.domain.master` checks the
# fields, `pos.services.master_data` the uniqueness; these only spell a draft as keyword arguments.


def create_workshop(
    db: Database,
    name: str,
    *,
    kana: str = "",
    category: str = DEFAULT_CATEGORY,
    colour: str = DEFAULT_COLOUR,
    joined_on: date | None = None,
    invoice_number: str | None = None,
    is_guest: bool = False,
    invoice_individual: bool = False,
) -> WorkshopInfo:
    """`master_data.add_workshop` with the draft's fields as keywords."""
    from pos.services import master_data  # master_data reads this module's records

    draft = WorkshopDraft(name, kana, category, colour, joined_on, invoice_number, is_guest, invoice_individual)
    return master_data.add_workshop(db, draft)


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
    open_price: bool = False,
) -> ProductInfo:
    """`master_data.add_product` with the draft's fields as arguments (no code: the next free one)."""
    from pos.services import master_data

    draft = ProductDraft(name, price, tax_rate, kana, perishable, shelf_life_days, code, open_price)
    return master_data.add_product(db, workshop_id, draft)


def create_venue(db: Database, name: str, report_label: str = "", *, display_order: int | None = None) -> VenueInfo:
    """`master_data.add_venue`; `display_order` None places the venue after every other one."""
    from pos.services import master_data

    return master_data.add_venue(db, VenueDraft(name, report_label), display_order=display_order)
