"""Product pictures for かんたんレジ: set from an image file (resized, stored as PNG), read for the tiles.

A picture is validated and resized here with Pillow (already needed by reportlab), never trusted as
given: a file that is not an image, or is absurdly large, is refused with a message and nothing
changes. Setting and removing a picture writes its audit entry in the same transaction.
"""

from __future__ import annotations

import io
from uuid import UUID

from PIL import Image, UnidentifiedImageError
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Product, ProductImage
from pos.domain.clock import now_utc
from pos.domain.errors import InvalidInput, NotFound
from pos.services.auth import add_entry
from pos.services.changes import Changes

#: Longest side of a stored picture, in pixels (a tile shows it at about 160 px).
MAX_SIDE = 320
#: Largest file accepted, and largest picture in pixels (guards against decompression bombs).
MAX_FILE_BYTES = 20_000_000
MAX_PIXELS = 40_000_000

CHANGES = Changes(master=True)


def normalise_picture(data: bytes) -> bytes:
    """Any common image file → a PNG at most MAX_SIDE px on its longest side."""
    if not data:
        raise InvalidInput("画像ファイルが空です", "The image file is empty")
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput("画像ファイルが大きすぎます（20MBまで）", "The image file is too large (20 MB at most)")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.width * probe.height > MAX_PIXELS:
                raise InvalidInput("画像が大きすぎます", "The picture is too large")
            probe.load()
            picture = probe.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError, ValueError) as e:
        raise InvalidInput(
            "画像として読めないファイルです（PNG・JPEG などを選んでください）",
            "The file is not a readable image (choose a PNG, JPEG …)",
        ) from e
    picture.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def set_picture(db: Database, product_id: UUID, data: bytes, *, who: str = "") -> Changes:
    png = normalise_picture(data)
    with db.sessions.begin() as s:
        product = s.get(Product, product_id)
        if product is None:
            raise NotFound("商品が見つかりません", "Product not found")
        row = s.get(ProductImage, product_id)
        if row is None:
            s.add(ProductImage(product_id=product_id, png=png, updated_at=now_utc()))
        else:
            row.png, row.updated_at = png, now_utc()
        add_entry(s, who, "product_picture", f"{product.code} {product.name}", f"{len(png)} bytes")
    return CHANGES


def remove_picture(db: Database, product_id: UUID, *, who: str = "") -> Changes:
    with db.sessions.begin() as s:
        row = s.get(ProductImage, product_id)
        if row is not None:
            product = s.get(Product, product_id)
            s.delete(row)  # a picture is master data, not part of the sales record
            add_entry(s, who, "product_picture", f"{product.code} {product.name}" if product else "", "削除")
    return CHANGES


def pictures(db: Database, product_ids: list[UUID]) -> dict[UUID, bytes]:
    """The PNGs of those products that have one."""
    if not product_ids:
        return {}
    with db.sessions() as s:
        rows = s.execute(
            select(ProductImage.product_id, ProductImage.png).where(ProductImage.product_id.in_(product_ids))
        ).all()
    return {r.product_id: r.png for r in rows}
