"""Editing master data: add, update, deactivate and reactivate workshops, products and venues;
order the venues.

Nothing here deletes: a workshop, product or venue that is no longer used is deactivated (it keeps
its sales and reports and can be reactivated). Sale lines carry their own copy of the product name,
unit price, tax rate and workshop, so editing a product never changes a past sale.

Validation is `pos.domain.master` (every problem of a draft at once, each naming its field) plus
what needs the database: unique workshop and venue names and product codes (compared after
normalisation). A text that differs from the stored one only by NFKC width (（ vs ( ) keeps the
stored spelling, so that saving an unchanged form changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import Product, Venue, Workshop
from pos.domain.codes import next_code, normalize_code
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.master import (
    FieldError,
    InvalidFields,
    ProductDraft,
    VenueDraft,
    WorkshopDraft,
    clean_product,
    clean_venue,
    clean_workshop,
    same_text,
)
from pos.services.auth import add_entry
from pos.services.catalog import (
    ProductInfo,
    VenueInfo,
    WorkshopInfo,
    product_info,
    venue_info,
    workshop_info,
)

# -- reading ----------------------------------------------------------------------------------


def get_workshop(db: Database, workshop_id: UUID) -> WorkshopInfo:
    with db.sessions() as s:
        return workshop_info(_workshop(s, workshop_id))


def find_workshop(db: Database, name: str) -> WorkshopInfo:
    """The workshop with this name (compared after NFKC and trimming), active or not."""
    with db.sessions() as s:
        w = _workshop_named(s, name)
        if w is None:
            shown = name.strip()
            raise NotFound(f"事業所「{shown}」はありません", f"No workshop is called {shown!r}")
        return workshop_info(w)


def get_venue(db: Database, venue_id: UUID) -> VenueInfo:
    with db.sessions() as s:
        return venue_info(_venue(s, venue_id))


def venue_is_active(db: Database, venue_id: UUID) -> bool:
    with db.sessions() as s:
        return _venue(s, venue_id).active


def list_all_venues(db: Database) -> list[tuple[VenueInfo, bool]]:
    """Every venue in the coordinator's order, with whether it is active."""
    with db.sessions() as s:
        return [(venue_info(v), v.active) for v in s.scalars(_venue_order())]


# -- workshops --------------------------------------------------------------------------------


def add_workshop(db: Database, draft: WorkshopDraft, *, who: str | None = None) -> WorkshopInfo:
    d = clean_workshop(draft)
    with db.sessions.begin() as s:
        _check_workshop_name(s, d.name, None)
        w = Workshop(
            name=d.name,
            kana=d.kana,
            category=d.category,
            colour=d.colour,
            joined_on=d.joined_on,
            invoice_number=d.invoice_number,
            is_guest=d.is_guest,
            active=True,
            from_history=False,
            invoice_individual=d.invoice_individual,
        )
        s.add(w)
        s.flush()
        _audit(s, who, "master_add", "事業所", w.name)
        return workshop_info(w)


def update_workshop(db: Database, workshop_id: UUID, draft: WorkshopDraft, *, who: str | None = None) -> WorkshopInfo:
    d = clean_workshop(draft)
    with db.sessions.begin() as s:
        w = _workshop(s, workshop_id)
        _check_workshop_name(s, d.name, w.id)
        w.name = _keep_spelling(w.name, d.name)
        w.kana = _keep_spelling(w.kana, d.kana)
        w.category, w.colour, w.joined_on = d.category, d.colour, d.joined_on
        w.invoice_number, w.is_guest = d.invoice_number, d.is_guest
        w.invoice_individual = d.invoice_individual
        s.flush()
        _audit(s, who, "master_edit", "事業所", w.name)
        return workshop_info(w)


def set_workshop_active(db: Database, workshop_id: UUID, active: bool, *, who: str | None = None) -> WorkshopInfo:
    """休止 / 再開. An inactive workshop cannot join new sales days; its products are left as they are."""
    with db.sessions.begin() as s:
        w = _workshop(s, workshop_id)
        w.active = active
        s.flush()
        _audit(s, who, "master_active", "事業所", w.name, "再開" if active else "休止")
        return workshop_info(w)


# -- products ---------------------------------------------------------------------------------


def add_product(db: Database, workshop_id: UUID, draft: ProductDraft, *, who: str | None = None) -> ProductInfo:
    """A new product; without a code it gets the next free one (P0001, P0002, ...)."""
    d = clean_product(draft)
    with db.sessions.begin() as s:
        w = _workshop(s, workshop_id)
        codes = list(s.scalars(select(Product.code)))
        code = d.code or next_code(codes)
        _check_code(s, code, None)
        p = Product(
            workshop_id=w.id,
            name=d.name,
            kana=d.kana,
            price=d.price,
            tax_rate=d.tax_rate,
            perishable=d.perishable,
            shelf_life_days=d.shelf_life_days,
            code=code,
            active=True,
            open_price=d.open_price,
        )
        s.add(p)
        s.flush()
        _audit(s, who, "master_add", "商品", p.name)
        return product_info(p, w.name)


def update_product(
    db: Database,
    product_id: UUID,
    draft: ProductDraft,
    *,
    workshop_id: UUID | None = None,
    who: str | None = None,
) -> ProductInfo:
    """Change a product (and, with `workshop_id`, its workshop). A code of None keeps the code.

    Past sale lines keep the name, price and rate they were sold with; only new sales see the change.
    A new code makes the price tags already printed unreadable: reprint them.
    """
    d = clean_product(draft)
    with db.sessions.begin() as s:
        p = s.get(Product, product_id)
        if p is None:
            raise NotFound("商品が見つかりません", "Product not found")
        w = _workshop(s, workshop_id or p.workshop_id)
        if d.code is not None and d.code != p.code:
            _check_code(s, d.code, p.id)
            p.code = d.code
        p.workshop_id = w.id
        p.name = _keep_spelling(p.name, d.name)
        p.kana = _keep_spelling(p.kana, d.kana)
        p.price, p.tax_rate = d.price, d.tax_rate
        p.perishable, p.shelf_life_days = d.perishable, d.shelf_life_days
        p.open_price = d.open_price
        s.flush()
        _audit(s, who, "master_edit", "商品", p.name)
        return product_info(p, w.name)


def set_product_active(db: Database, product_id: UUID, active: bool, *, who: str | None = None) -> ProductInfo:
    """販売停止 / 再開. The register refuses a product that is not active."""
    with db.sessions.begin() as s:
        p = s.get(Product, product_id)
        if p is None:
            raise NotFound("商品が見つかりません", "Product not found")
        p.active = active
        s.flush()
        _audit(s, who, "master_active", "商品", p.name, "販売再開" if active else "販売停止")
        return product_info(p, s.get_one(Workshop, p.workshop_id).name)


# -- venues -----------------------------------------------------------------------------------


def add_venue(
    db: Database, draft: VenueDraft, *, display_order: int | None = None, who: str | None = None
) -> VenueInfo:
    """A new venue, placed after every other venue (or at `display_order`, as a script sets it)."""
    d = clean_venue(draft)
    with db.sessions.begin() as s:
        _check_venue_name(s, d.name, None)
        if display_order is None:
            display_order = (s.scalar(select(func.max(Venue.display_order))) or 0) + 1
        v = Venue(
            name=d.name,
            report_label=d.report_label,
            display_order=display_order,
            active=True,
            from_history=False,
        )
        s.add(v)
        s.flush()
        _audit(s, who, "master_add", "会場", v.name)
        return venue_info(v)


def update_venue(db: Database, venue_id: UUID, draft: VenueDraft, *, who: str | None = None) -> VenueInfo:
    """Rename a venue or its report label (the monthly lines group days by the report label)."""
    d = clean_venue(draft)
    with db.sessions.begin() as s:
        v = _venue(s, venue_id)
        _check_venue_name(s, d.name, v.id)
        v.name = _keep_spelling(v.name, d.name)
        v.report_label = _keep_spelling(v.report_label, d.report_label)
        s.flush()
        _audit(s, who, "master_edit", "会場", v.name)
        return venue_info(v)


def set_venue_active(db: Database, venue_id: UUID, active: bool, *, who: str | None = None) -> VenueInfo:
    with db.sessions.begin() as s:
        v = _venue(s, venue_id)
        v.active = active
        s.flush()
        _audit(s, who, "master_active", "会場", v.name, "使用再開" if active else "使用停止")
        return venue_info(v)


def move_venue(db: Database, venue_id: UUID, step: int, *, who: str | None = None) -> list[VenueInfo]:
    """Move a venue `step` places up (negative) or down (positive) among all venues; the orders
    become 1, 2, 3 ... Moving past either end stops there. Returns every venue in the new order."""
    with db.sessions.begin() as s:
        venues = list(s.scalars(_venue_order()))
        index = next((i for i, v in enumerate(venues) if v.id == venue_id), None)
        if index is None:
            raise NotFound("会場が見つかりません", "Venue not found")
        target = min(max(index + step, 0), len(venues) - 1)
        moved = venues[index]
        venues.insert(target, venues.pop(index))
        _renumber(venues)
        s.flush()
        _audit(s, who, "master_move", "会場", moved.name, "上へ" if step < 0 else "下へ")
        return [venue_info(v) for v in venues]


def set_venue_order(db: Database, venue_ids: Sequence[UUID]) -> list[VenueInfo]:
    """The listed venues first, in that order; venues not listed follow in their present order."""
    if len(set(venue_ids)) != len(venue_ids):
        raise InvalidInput("同じ会場が2回指定されています", "A venue is listed twice")
    with db.sessions.begin() as s:
        venues = list(s.scalars(_venue_order()))
        by_id = {v.id: v for v in venues}
        if unknown := [i for i in venue_ids if i not in by_id]:
            raise NotFound(f"会場が見つかりません（{len(unknown)}件）", "Venue not found")
        listed = [by_id[i] for i in venue_ids]
        ordered = listed + [v for v in venues if v.id not in set(venue_ids)]
        _renumber(ordered)
        s.flush()
        return [venue_info(v) for v in ordered]


# -- helpers ----------------------------------------------------------------------------------


def _audit(s: Session, who: str | None, action: str, what: str, name: str, detail: str = "") -> None:
    """The audit entry of a master-data change, in the change's own transaction (None: not recorded)."""
    if who is not None:
        add_entry(s, who, action, f"{what}「{name}」" if name else what, detail)


def _keep_spelling(stored: str, new: str) -> str:
    return stored if same_text(stored, new) else new


def _workshop(s: Session, workshop_id: UUID) -> Workshop:
    w = s.get(Workshop, workshop_id)
    if w is None:
        raise NotFound("事業所が見つかりません", "Workshop not found")
    return w


def _workshop_named(s: Session, name: str) -> Workshop | None:
    return next((w for w in s.scalars(select(Workshop).order_by(Workshop.name)) if same_text(w.name, name)), None)


def _venue(s: Session, venue_id: UUID) -> Venue:
    v = s.get(Venue, venue_id)
    if v is None:
        raise NotFound("会場が見つかりません", "Venue not found")
    return v


def _venue_order() -> Select[Venue]:
    return select(Venue).order_by(Venue.display_order, Venue.name)


def _renumber(venues: list[Venue]) -> None:
    for i, v in enumerate(venues, start=1):
        v.display_order = i


def _field_error(field: str, ja: str, en: str) -> InvalidFields:
    return InvalidFields([FieldError(field, ja, en)])


def _check_workshop_name(s: Session, name: str, own_id: UUID | None) -> None:
    other = _workshop_named(s, name)
    if other is not None and other.id != own_id:
        raise _field_error("name", f"事業所「{name}」はすでにあります", f"Workshop {name!r} already exists")


def _check_venue_name(s: Session, name: str, own_id: UUID | None) -> None:
    for v in s.scalars(select(Venue)):
        if v.id != own_id and same_text(v.name, name):
            raise _field_error("name", f"会場「{name}」はすでにあります", f"Venue {name!r} already exists")


def _check_code(s: Session, code: str, own_id: UUID | None) -> None:
    code = normalize_code(code)
    taken = s.scalar(select(Product.id).where(Product.code == code))
    if taken is not None and taken != own_id:
        raise _field_error("code", f"商品コード「{code}」はすでに使われています", f"Code {code!r} is taken")
