"""The price-tag dialog: tick products, set how many labels of each, choose the sheet, save a PDF.

Keyboard: ↑↓ move through the products, Space ticks one, typing a number in the 枚数 column (or F2)
sets its count (which also ticks it); Alt+S saves. The PDF is written off the GUI thread
(`run_in_background`); the dialog shows where it went.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from uuid import UUID

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import PosError
from pos.domain.money import REDUCED_RATE, format_yen
from pos.reports.labels import LAYOUTS, LabelSheet, write_labels
from pos.services import catalog
from pos.services.catalog import ProductInfo, WorkshopInfo
from pos.services.labels import MAX_PER_PRODUCT, labels_for_products
from pos.services.store import Database
from pos.ui.files import documents_path
from pos.ui.i18n import tr_args
from pos.ui.operations import failure_text, read_op, run_op, show_error
from pos.ui.theme import set_role

NAME, CODE, PRICE, COUNT = range(4)


class _CountDelegate(QStyledItemDelegate):
    """Edits a label count with a spin box from 1 to 999."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        box = QSpinBox(parent)
        box.setRange(1, MAX_PER_PRODUCT)
        return box


class LabelDialog(QDialog):
    def __init__(
        self,
        db: Database,
        *,
        workshop_id: UUID | None = None,
        product_ids: tuple[UUID, ...] | list[UUID] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("値札（QRコード）を作る"))
        self.resize(760, 640)
        self.products: list[ProductInfo] = read_op(parent, db, lambda: catalog.list_products(db), [])  # active
        self.checked: dict[UUID, bool] = {p.id: p.id in set(product_ids) for p in self.products}
        self.counts: dict[UUID, int] = {p.id: 1 for p in self.products}
        self.job: bool | None = None  # a PDF is being made
        self.last_sheet: LabelSheet | None = None
        self.last_path: str = ""
        self._filling = False

        self.workshop = QComboBox()
        self.workshop.addItem(self.tr("すべての事業所"), None)
        workshops: list[WorkshopInfo] = read_op(parent, db, lambda: catalog.list_workshops(db), [])
        for w in workshops:
            self.workshop.addItem(w.name, str(w.id))  # Qt compares strings, not UUID objects
        if workshop_id is not None:
            self.workshop.setCurrentIndex(max(self.workshop.findData(str(workshop_id)), 0))
        shop_label = QLabel(self.tr("事業所(&W)"))
        shop_label.setBuddy(self.workshop)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("商品"), self.tr("コード"), self.tr("価格（税込）"), self.tr("枚数")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setItemDelegateForColumn(COUNT, _CountDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)

        self.select_all = QPushButton(self.tr("表示中をすべて選ぶ(&A)"))
        self.select_none = QPushButton(self.tr("選択をすべて外す(&C)"))
        self.select_all.clicked.connect(lambda: self._check_visible(True))
        self.select_none.clicked.connect(self._uncheck_all)

        self.layout_choice = QComboBox()
        for key, lay in LAYOUTS.items():
            self.layout_choice.addItem(lay.title, key)
        layout_label = QLabel(self.tr("用紙(&L)"))
        layout_label.setBuddy(self.layout_choice)
        self.layout_choice.currentIndexChanged.connect(self._update_summary)

        self.summary = QLabel()
        self.summary.setObjectName("labelSummary")
        self.status = QLabel()
        self.status.setObjectName("labelStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("PDFを保存(&S)…"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("閉じる"))
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(shop_label)
        top.addWidget(self.workshop, 1)
        top.addWidget(self.select_all)
        top.addWidget(self.select_none)
        bottom = QHBoxLayout()
        bottom.addWidget(layout_label)
        bottom.addWidget(self.layout_choice, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        root = QVBoxLayout(self)
        root.addLayout(top)
        root.addWidget(self.table, 1)
        root.addWidget(self.summary)
        root.addLayout(bottom)
        root.addWidget(self.status)

        self.workshop.currentIndexChanged.connect(self._fill)
        self._fill()
        self.table.setFocus()

    # -- the list -----------------------------------------------------------------------------
    def workshop_id(self) -> UUID | None:
        data = self.workshop.currentData()
        return UUID(data) if data else None

    def visible_products(self) -> list[ProductInfo]:
        wanted = self.workshop_id()
        return [p for p in self.products if wanted is None or p.workshop_id == wanted]

    def _fill(self) -> None:
        self._filling = True
        rows = self.visible_products()
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            name = QTableWidgetItem(p.name if self.workshop_id() else f"{p.name}（{p.workshop_name}）")
            name.setData(Qt.ItemDataRole.UserRole, p.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if self.checked[p.id] else Qt.CheckState.Unchecked)
            code = QTableWidgetItem(p.code)
            price = QTableWidgetItem(format_yen(p.price) + (" ※" if p.tax_rate == REDUCED_RATE else ""))
            count = QTableWidgetItem()
            count.setData(Qt.ItemDataRole.EditRole, self.counts[p.id])
            for item in (code, price):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            price.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in ((NAME, name), (CODE, code), (PRICE, price), (COUNT, count)):
                self.table.setItem(r, column, item)
        self._filling = False
        if rows:
            self.table.setCurrentCell(0, NAME)
        self._update_summary()

    def _product_id(self, row: int) -> UUID:
        return self.table.item(row, NAME).data(Qt.ItemDataRole.UserRole)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        pid = self._product_id(item.row())
        if item.column() == NAME:
            self.checked[pid] = item.checkState() == Qt.CheckState.Checked
        elif item.column() == COUNT:
            value = item.data(Qt.ItemDataRole.EditRole)
            self.counts[pid] = max(1, min(MAX_PER_PRODUCT, int(value or 1)))
            self.set_checked(pid, True)  # setting a count means "print this"
        self._update_summary()

    def set_checked(self, product_id: UUID, checked: bool) -> None:
        self.checked[product_id] = checked
        for r in range(self.table.rowCount()):
            if self._product_id(r) == product_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                if self.table.item(r, NAME).checkState() != state:
                    self.table.item(r, NAME).setCheckState(state)
        self._update_summary()

    def set_count(self, product_id: UUID, count: int) -> None:
        """Set a count as the 枚数 column does (and tick the product)."""
        for r in range(self.table.rowCount()):
            if self._product_id(r) == product_id:
                self.table.item(r, COUNT).setData(Qt.ItemDataRole.EditRole, count)
                return
        self.counts[product_id] = count
        self.set_checked(product_id, True)

    def _check_visible(self, checked: bool) -> None:
        for p in self.visible_products():
            self.set_checked(p.id, checked)

    def _uncheck_all(self) -> None:
        for pid in list(self.checked):
            self.set_checked(pid, False)

    def chosen(self) -> list[tuple[UUID, int]]:
        """(product id, labels) of every ticked product, in list order (filters aside)."""
        return [(p.id, self.counts[p.id]) for p in self.products if self.checked[p.id]]

    def layout_key(self) -> str:
        return str(self.layout_choice.currentData())

    def _update_summary(self) -> None:
        chosen = self.chosen()
        labels = sum(n for _, n in chosen)
        lay = LAYOUTS[self.layout_key()]
        self.summary.setText(
            tr_args(
                self.tr("選択 %1商品・%2枚（%3で%4ページ）"),
                len(chosen),
                f"{labels:,}",
                lay.title.split("（")[0],
                lay.pages_for(labels),
            )
        )
        self.save_button.setEnabled(labels > 0 and self.job is None)

    # -- saving ----------------------------------------------------------------------------------
    def save_pdf(self) -> None:
        chosen = self.chosen()
        items = read_op(self, self.db, lambda: labels_for_products(self.db, chosen), None, status=self)
        if items is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("値札のPDFを保存"), documents_path("値札.pdf"), "PDF (*.pdf)"
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        layout = self.layout_key()
        self._show(self.tr("PDFを作っています…"))
        self.save_button.setEnabled(False)
        self.job = True
        run_op(
            self,
            self.db,
            lambda: write_labels(path, items, layout),
            background=True,
            busy=False,
            on_done=lambda sheet: self._done(path, sheet),
            on_failed=self._failed,
        )

    def _done(self, path: str, sheet: Any) -> None:
        self.job = None
        self.last_sheet, self.last_path = sheet, path
        self._show(tr_args(self.tr("保存しました: %1（%2枚・%3ページ）"), Path(path), sheet.labels, sheet.pages))
        self._update_summary()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        if isinstance(error, PosError):
            self._show(failure_text(error), error=True)
        elif isinstance(error, OSError):
            self._show(tr_args(self.tr("PDFを保存できませんでした: %1"), failure_text(error)), error=True)
        else:
            show_error(self, error)
        self._update_summary()

    def error(self, error: BaseException | str) -> None:
        """A refusal from the operation runner."""
        self._show(error if isinstance(error, str) else failure_text(error), error=True)

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "error" if error else "")
