"""The product form's picture field (for かんたんレジ's tiles): choose an image file, preview, remove.

The file is read and resized when it is chosen (a file that is not an image is refused there, under
the field); the picture is stored when the form is saved.
"""

from __future__ import annotations

from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from pos.domain.errors import InvalidInput
from pos.services import product_images
from pos.services.store import Database
from pos.ui.operations import run_op
from pos.ui.theme import set_role

IMAGE_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.webp"
KEEP, SET, REMOVE = "keep", "set", "remove"


class PictureField(QWidget):
    """Preview with 写真を選ぶ… / 写真を外す; `pending` says what saving the form will do."""

    def __init__(self, db: Database, product_id: UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.pending = KEEP
        self.png: bytes | None = None
        self.preview = QLabel()
        self.preview.setObjectName("picturePreview")
        self.preview.setFixedSize(96, 96)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.preview, "frame")
        self.choose = QPushButton(self.tr("写真を選ぶ…"))
        self.choose.setObjectName("choosePicture")
        self.choose.clicked.connect(self.pick)
        self.remove = QPushButton(self.tr("写真を外す"))
        self.remove.setObjectName("removePicture")
        self.remove.clicked.connect(self.drop)
        self.message = QLabel()
        self.message.setObjectName("pictureMessage")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(self.choose)
        row.addWidget(self.remove)
        row.addWidget(self.message, 1)
        current = None
        if product_id is not None:
            found = run_op(self, db, lambda: product_images.pictures(db, [product_id]))
            current = (found or {}).get(product_id)
        self._show(current)

    def _show(self, png: bytes | None) -> None:
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.preview.setPixmap(
                pixmap.scaled(92, 92, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.preview.clear()
            self.preview.setText(self.tr("写真なし"))
        self.remove.setEnabled(bool(png))

    def pick(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("商品の写真を選ぶ"), folder, self.tr("画像") + f" ({IMAGE_FILTER})"
        )
        if not path:
            return
        self.message.clear()

        def read() -> bytes:
            try:
                data = Path(path).read_bytes()
            except OSError as e:
                raise InvalidInput(f"ファイルを読めません: {path}", f"Cannot read the file: {path}") from e
            return product_images.normalise_picture(data)

        png = run_op(self, self.db, read, on_failed=lambda e: self.message.setText(str(e)))
        if png is not None:
            self.png, self.pending = png, SET
            self._show(png)

    def drop(self) -> None:
        self.png, self.pending = None, REMOVE
        self.message.clear()
        self._show(None)

    def save(self, product_id: UUID, who: str = "") -> None:
        """Store what was chosen (called once the product itself is saved)."""
        db = self.db
        if self.pending == SET and self.png is not None:
            png = self.png
            run_op(self, db, lambda: product_images.set_picture(db, product_id, png, who=who))
        elif self.pending == REMOVE:
            run_op(self, db, lambda: product_images.remove_picture(db, product_id, who=who))
        self.pending = KEEP
