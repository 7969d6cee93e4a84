"""Choosing a product's picture in the product form (the file dialog is the only thing mocked)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services import product_images
from pos.ui.master_forms import ProductForm
from tests.services.helpers import Booth


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_a_chosen_photo_is_stored_when_the_form_is_saved(
    qtbot: QtBot, db: Database, booth: Booth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = tmp_path / "cookie.jpg"
    Image.new("RGB", (900, 600), (180, 120, 60)).save(photo, format="JPEG")
    form = ProductForm(db, booth.cookie)
    qtbot.addWidget(form)
    _choose(monkeypatch, photo)
    form.picture.choose.click()
    assert product_images.pictures(db, [booth.cookie.id]) == {}  # not before saving
    assert form.picture.preview.pixmap() is not None and not form.picture.preview.pixmap().isNull()
    form.accept()
    stored = product_images.pictures(db, [booth.cookie.id])[booth.cookie.id]
    with Image.open(io.BytesIO(stored)) as png:
        assert png.size == (320, 213)

    again = ProductForm(db, booth.cookie)  # shown again when the product is edited; removable
    qtbot.addWidget(again)
    assert again.picture.remove.isEnabled()
    again.picture.remove.click()
    again.accept()
    assert product_images.pictures(db, [booth.cookie.id]) == {}


@pytest.mark.parametrize("content", [b"=1+1,<b>not an image</b>", b""])
def test_a_file_that_is_not_an_image_is_refused_under_the_field(
    qtbot: QtBot, db: Database, booth: Booth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    bogus = tmp_path / "photo.png"
    bogus.write_bytes(content)
    form = ProductForm(db, booth.cookie)
    qtbot.addWidget(form)
    _choose(monkeypatch, bogus)
    form.picture.choose.click()
    assert "画像" in form.picture.message.text()
    form.accept()
    assert product_images.pictures(db, [booth.cookie.id]) == {}


def test_a_folder_or_missing_file_is_refused(
    qtbot: QtBot, db: Database, booth: Booth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = ProductForm(db, booth.cookie)
    qtbot.addWidget(form)
    for path in (tmp_path, tmp_path / "missing.png"):
        _choose(monkeypatch, path)
        form.picture.choose.click()
        assert "ファイルを読めません" in form.picture.message.text()
    assert form.picture.pending == "keep"
