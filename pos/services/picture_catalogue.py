"""What かんたんレジ shows: the day's workshops and their products with stock and picture, in one read."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from pos.db.engine import Database
from pos.services import catalog, days, product_images, stock
from pos.services.catalog import ProductInfo, WorkshopInfo
from pos.services.stock import StockLevel


@dataclass(frozen=True)
class PictureProduct:
    product: ProductInfo
    stock: StockLevel | None  # None: not stock-tracked
    png: bytes | None  # the product's picture, if one was set

    @property
    def sellable(self) -> bool:
        return self.stock is None or (not self.stock.sold_out and not self.stock.expired_only)


@dataclass(frozen=True)
class PictureCatalogue:
    workshops: tuple[WorkshopInfo, ...]
    products: dict[UUID, tuple[PictureProduct, ...]]  # by workshop id, in the catalogue's order


def picture_catalogue(db: Database, day_id: UUID) -> PictureCatalogue:
    day = days.get_day(db, day_id)
    workshops = tuple(day.workshops)
    items = catalog.list_products(db, workshop_ids=[w.id for w in workshops])
    levels = stock.stock_levels(db, day_id)
    pngs = product_images.pictures(db, [p.id for p in items])
    by_workshop: dict[UUID, list[PictureProduct]] = {w.id: [] for w in workshops}
    for p in items:
        by_workshop[p.workshop_id].append(PictureProduct(p, levels.get(p.id), pngs.get(p.id)))
    return PictureCatalogue(workshops, {k: tuple(v) for k, v in by_workshop.items()})
