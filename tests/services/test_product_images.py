"""Product pictures: any image file is stored as a small PNG; what is not an image changes nothing."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from pos.db.engine import Database
from pos.domain.errors import InvalidInput
from pos.services import auth, product_images
from tests.services.helpers import make_booth


def _jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 120, 40)).save(out, format="JPEG")
    return out.getvalue()


def test_a_large_photo_is_stored_as_a_png_of_at_most_320_px(db: Database) -> None:
    booth = make_booth(db)
    product = booth.bread
    changes = product_images.set_picture(db, product.id, _jpeg(1600, 1200), who="コーディネーター")
    assert changes.master
    png = product_images.pictures(db, [product.id, booth.cookie.id])
    assert list(png) == [product.id]
    with Image.open(io.BytesIO(png[product.id])) as stored:
        assert stored.format == "PNG" and stored.size == (320, 240)
    assert any(a.action == "product_picture" and a.who == "コーディネーター" for a in auth.list_audit(db))


@pytest.mark.parametrize("data", [b"", b"not an image at all", b"\x89PNG\r\n\x1a\n broken"])
def test_a_file_that_is_not_an_image_is_refused_and_nothing_changes(db: Database, data: bytes) -> None:
    booth = make_booth(db)
    with pytest.raises(InvalidInput) as refused:
        product_images.set_picture(db, booth.bread.id, data)
    assert "画像" in refused.value.ja
    assert product_images.pictures(db, [booth.bread.id]) == {}
    assert auth.list_audit(db) == []


def test_replacing_and_removing_a_picture(db: Database) -> None:
    booth = make_booth(db)
    pid = booth.bread.id
    product_images.set_picture(db, pid, _jpeg(100, 50))
    product_images.set_picture(db, pid, _jpeg(50, 100))
    with Image.open(io.BytesIO(product_images.pictures(db, [pid])[pid])) as stored:
        assert stored.size == (50, 100)
    product_images.remove_picture(db, pid)
    assert product_images.pictures(db, [pid]) == {}
