"""The master-data screen: tabs 事業所 / 商品 / 会場, each a table with its actions.

- Add and edit open a form (`pos.ui.master_forms`) whose messages appear beside the fields.
- Nothing is deleted: 休止 / 販売停止 / 使用停止 deactivates (and 再開 reactivates); the record keeps its
  sales and reports.
- Venues move up and down (the order of the venue list everywhere in the app).
- Workshops and products go to and come from CSV (Excel's "CSV UTF-8"), all or nothing.
- 値札を作る opens the price-tag dialog for the selected product or the workshop shown.

Every change (add, edit, deactivate/reactivate, move, CSV import) asks for the coordinator PIN first
(`pos.ui.coordinator`; the gate shared on the database unless one is given) and writes an audit entry
once done. Export and price tags only read.

Keyboard: every button has an Alt mnemonic; Enter (or double-click) on a row edits it.
Self-contained: `MasterDataWidget(db)` can sit in a tab of the main window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar, cast
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.money import REDUCED_RATE, format_yen
from pos.services import catalog, master_csv
from pos.services import master_data as md
from pos.services.catalog import ProductInfo, VenueInfo, WorkshopInfo
from pos.services.changes import Changes
from pos.services.store import Database
from pos.ui.coordinator import CoordinatorGate, gate_for
from pos.ui.files import documents_folder, documents_path
from pos.ui.i18n import tr_args
from pos.ui.lazy_page import LazyPage
from pos.ui.master_forms import FormDialog, ProductForm, VenueForm, WorkshopForm
from pos.ui.operations import failure_text, read_op, run_op
from pos.ui.report_controls import table_view
from pos.ui.screen import Screen
from pos.ui.table_model import Column, RowsTableModel
from pos.ui.theme import set_role

Row = TypeVar("Row")
CSV_FILTER = "CSV (*.csv)"
MASTER = Changes(master=True)


class _Panel(QWidget, Generic[Row]):
    """A table of one kind of record, with a row of buttons under it."""

    message = Signal(str, bool)  # text, is an error

    def __init__(
        self, db: Database, columns: Sequence[Column[Row]], stretch: int, gate: CoordinatorGate | None = None
    ) -> None:
        super().__init__()
        self.db = db
        self.gate = gate if gate is not None else gate_for(db)
        self.dialog: QWidget | None = None  # the form or dialog opened last (kept alive while open)
        self.model: RowsTableModel[Row] = RowsTableModel(columns)
        self.view = table_view(self.model, stretch)
        self.loads = 0  # how many times the rows were read (tests count reloads)
        self.view.activated.connect(lambda _index: self.edit())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        self.buttons = QHBoxLayout()
        self.top = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.buttons)

    def button(self, text: str, slot: Callable[[], Any], name: str) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(lambda: slot())
        self.buttons.addWidget(b)
        return b

    # rows and selection
    def rows(self) -> list[Row]:
        raise NotImplementedError

    def key(self, row: Row) -> object:
        return getattr(row, "id", None)

    def refresh(self, select: object = None) -> None:
        current = self.current()
        keep = select if select is not None else (self.key(current) if current is not None else None)
        self.loads += 1
        self.model.set_rows(read_op(self, self.db, self.rows, [], status=self))
        if keep is not None:
            self.select(keep)
        elif self.model.rowCount():
            self.view.selectRow(0)
        self.update_buttons()

    def current(self) -> Row | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select(self, key: object) -> None:
        for i in range(self.model.rowCount()):
            if self.key(self.model.row(i)) == key:
                self.view.selectRow(i)
                self.view.setCurrentIndex(self.model.index(i, 0))
                return

    def update_buttons(self) -> None:
        pass

    # actions
    def add(self) -> None:
        pass

    def edit(self) -> None:
        pass

    what = ""  # the kind of record, for the audit log

    def guard(self, label: str) -> str | None:
        """Ask the coordinator gate; the name of who may go on, or None."""
        return self.gate.require(self, label)

    def error(self, error: BaseException | str) -> None:
        """A failure from the operation runner, on the message line."""
        self.message.emit(error if isinstance(error, str) else failure_text(error), True)

    def write(self, fn: Callable[[], Any], done: Callable[[Any], None], *, background: bool = False) -> None:
        """A write of master data: refused on the message line, else announced (every panel reloads)."""
        run_op(self, self.db, fn, changes=MASTER, on_done=done, status=self, background=background)

    def open_form(self, form: FormDialog, who: str = "", action: str = "master_edit") -> FormDialog:
        form.saved.connect(self._saved)
        self.dialog = form
        form.open()
        return form

    def _saved(self, record: Any) -> None:
        self.select(self.key(record))  # the save's announcement reloaded the panels (audited by the service)
        self.message.emit(tr_args(self.tr("保存しました: %1"), getattr(record, "name", "")), False)
        self.view.setFocus()


def _status(active: bool, inactive_text: str) -> str:
    return "" if active else inactive_text


class WorkshopsPanel(_Panel[WorkshopInfo]):
    what = "事業所"

    def __init__(self, db: Database, gate: CoordinatorGate | None = None) -> None:
        super().__init__(
            db,
            [
                Column(self.tr("色"), lambda w: "", colour=lambda w: w.colour),
                Column(self.tr("事業所"), lambda w: w.name),
                Column(self.tr("よみがな"), lambda w: w.kana),
                Column(self.tr("区分"), lambda w: w.category),
                Column(self.tr("加入日"), lambda w: w.joined_on or ""),
                Column(self.tr("ゲスト"), lambda w: self.tr("他区") if w.is_guest else ""),
                Column(self.tr("登録番号"), lambda w: w.invoice_number or ""),
                Column(self.tr("状態"), lambda w: _status(w.active, self.tr("休止中"))),
            ],
            stretch=1,
            gate=gate,
        )
        self.button(self.tr("追加(&A)…"), self.add, "add")
        self.edit_button = self.button(self.tr("編集(&E)…"), self.edit, "edit")
        self.toggle_button = self.button(self.tr("休止にする(&S)"), self.toggle_active, "toggle")
        self.buttons.addStretch(1)
        self.button(self.tr("CSVに書き出す(&X)…"), self.export_csv, "export")
        self.button(self.tr("CSVから取り込む(&I)…"), self.import_csv, "import")
        self.refresh()

    def rows(self) -> list[WorkshopInfo]:
        return catalog.list_workshops(self.db, active_only=False)

    def update_buttons(self) -> None:
        w = self.current()
        self.edit_button.setEnabled(w is not None)
        self.toggle_button.setEnabled(w is not None)
        self.toggle_button.setText(
            self.tr("再開する(&S)") if w is not None and not w.active else self.tr("休止にする(&S)")
        )

    def add(self) -> None:
        if (who := self.guard(self.tr("事業所の追加"))) is not None:
            self.open_form(WorkshopForm(self.db, parent=self, who=who), who, "master_add")

    def edit(self) -> None:
        if (w := self.current()) is not None and (who := self.guard(self.tr("事業所の編集"))) is not None:
            self.open_form(WorkshopForm(self.db, w, parent=self, who=who), who)

    def toggle_active(self) -> None:
        if (w := self.current()) is None:
            return
        if (who := self.guard(self.tr("事業所の休止・再開"))) is None:
            return

        def done(changed: WorkshopInfo) -> None:
            self.select(w.id)
            self.message.emit(
                tr_args(
                    self.tr("「%1」を再開しました")
                    if changed.active
                    else self.tr("「%1」を休止にしました（販売の記録は残ります）"),
                    w.name,
                ),
                False,
            )

        self.write(lambda: md.set_workshop_active(self.db, w.id, not w.active, who=who), done)

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("事業所をCSVに書き出す"), documents_path("事業所.csv"), CSV_FILTER
        )
        if path:
            text = self.tr("事業所 %1件を書き出しました: %2")
            run_op(
                self,
                self.db,
                lambda: master_csv.export_workshops(self.db, path),
                status=self,
                on_done=lambda n: self.message.emit(tr_args(text, n, path), False),
            )

    def import_csv(self) -> None:
        if (who := self.guard(self.tr("事業所のCSV取り込み"))) is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("事業所のCSVを取り込む"), str(documents_folder()), CSV_FILTER
        )
        if path:
            _import(self, lambda: master_csv.import_workshops(self.db, path, who=who), "事業所", who, path)


class ProductsPanel(_Panel[ProductInfo]):
    what = "商品"

    def __init__(self, db: Database, gate: CoordinatorGate | None = None) -> None:
        super().__init__(
            db,
            [
                Column(self.tr("コード"), lambda p: p.code),
                Column(self.tr("商品"), lambda p: p.name),
                Column(self.tr("事業所"), lambda p: p.workshop_name),
                Column(self.tr("価格（税込）"), lambda p: format_yen(p.price), align_right=True),
                Column(self.tr("税率"), lambda p: f"{p.tax_rate}%" + (" ※" if p.tax_rate == REDUCED_RATE else "")),
                Column(
                    self.tr("日持ち"),
                    lambda p: tr_args(self.tr("%1日"), p.shelf_life_days) if p.perishable and p.shelf_life_days else "",
                ),
                Column(self.tr("状態"), lambda p: _status(p.active, self.tr("販売停止中"))),
            ],
            stretch=1,
            gate=gate,
        )
        self.filter = QComboBox()
        self.filter.setObjectName("workshopFilter")
        label = QLabel(self.tr("事業所(&W)"))
        label.setBuddy(self.filter)
        self.top.addWidget(label)
        self.top.addWidget(self.filter, 1)
        self.fill_filter()
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.button(self.tr("追加(&A)…"), self.add, "add")
        self.edit_button = self.button(self.tr("編集(&E)…"), self.edit, "edit")
        self.toggle_button = self.button(self.tr("販売停止にする(&S)"), self.toggle_active, "toggle")
        self.button(self.tr("値札を作る(&L)…"), self.open_labels, "labels")
        self.buttons.addStretch(1)
        self.button(self.tr("CSVに書き出す(&X)…"), self.export_csv, "export")
        self.button(self.tr("CSVから取り込む(&I)…"), self.import_csv, "import")
        self.refresh()

    def fill_filter(self) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("すべての事業所"), None)
        workshops: list[WorkshopInfo] = read_op(
            self, self.db, lambda: catalog.list_workshops(self.db, active_only=False), [], status=self
        )
        for w in workshops:
            self.filter.addItem(w.name + ("" if w.active else self.tr("（休止中）")), str(w.id))
        index = self.filter.findData(current)
        self.filter.setCurrentIndex(max(index, 0))
        self.filter.blockSignals(False)

    def workshop_id(self) -> UUID | None:
        data = self.filter.currentData()
        return UUID(data) if data else None

    def show_workshop(self, workshop_id: UUID | None) -> None:
        self.filter.setCurrentIndex(max(self.filter.findData(str(workshop_id) if workshop_id else None), 0))

    def rows(self) -> list[ProductInfo]:
        wid = self.workshop_id()
        return catalog.list_products(self.db, active_only=False, workshop_ids=None if wid is None else [wid])

    def update_buttons(self) -> None:
        p = self.current()
        self.edit_button.setEnabled(p is not None)
        self.toggle_button.setEnabled(p is not None)
        self.toggle_button.setText(
            self.tr("販売を再開する(&S)") if p is not None and not p.active else self.tr("販売停止にする(&S)")
        )

    def add(self) -> None:
        if (who := self.guard(self.tr("商品の追加"))) is not None:
            form = ProductForm(self.db, workshop_id=self.workshop_id(), parent=self, who=who)
            self.open_form(form, who, "master_add")

    def edit(self) -> None:
        if (p := self.current()) is not None and (who := self.guard(self.tr("商品の編集"))) is not None:
            self.open_form(ProductForm(self.db, p, parent=self, who=who), who)

    def toggle_active(self) -> None:
        if (p := self.current()) is None:
            return
        if (who := self.guard(self.tr("商品の販売停止・再開"))) is None:
            return

        def done(changed: ProductInfo) -> None:
            self.select(p.id)
            self.message.emit(
                tr_args(
                    self.tr("「%1」の販売を再開しました")
                    if changed.active
                    else self.tr("「%1」を販売停止にしました（販売の記録は残ります）"),
                    p.name,
                ),
                False,
            )

        self.write(lambda: md.set_product_active(self.db, p.id, not p.active, who=who), done)

    def open_labels(self) -> None:
        p = self.current()
        selected = [p.id] if p is not None and p.active else []
        from pos.ui.label_dialog import LabelDialog  # reportlab and qrcode: loaded when first used

        dialog = LabelDialog(self.db, workshop_id=self.workshop_id(), product_ids=selected, parent=self)
        self.dialog = dialog
        dialog.open()

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("商品をCSVに書き出す"), documents_path("商品.csv"), CSV_FILTER
        )
        if path:
            text = self.tr("商品 %1件を書き出しました: %2")
            run_op(
                self,
                self.db,
                lambda: master_csv.export_products(self.db, path),
                status=self,
                on_done=lambda n: self.message.emit(tr_args(text, n, path), False),
            )

    def import_csv(self) -> None:
        if (who := self.guard(self.tr("商品のCSV取り込み"))) is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("商品のCSVを取り込む"), str(documents_folder()), CSV_FILTER)
        if path:
            _import(self, lambda: master_csv.import_products(self.db, path, who=who), "商品", who, path)


def _import(
    panel: _Panel, run: Callable[[], master_csv.CsvImportResult], what: str, who: str = "", path: str = ""
) -> None:

    def done(result: master_csv.CsvImportResult) -> None:
        panel.message.emit(result.summary_ja(what), False)

    panel.write(run, done)


class VenuesPanel(_Panel[tuple[VenueInfo, bool]]):
    what = "会場"

    def __init__(self, db: Database, gate: CoordinatorGate | None = None) -> None:
        super().__init__(
            db,
            [
                Column(self.tr("順"), lambda r: r[0].display_order, align_right=True),
                Column(self.tr("会場"), lambda r: r[0].name),
                Column(self.tr("報告書での名称"), lambda r: r[0].report_label),
                Column(self.tr("状態"), lambda r: _status(r[1], self.tr("使用停止中"))),
            ],
            stretch=1,
            gate=gate,
        )
        self.button(self.tr("追加(&A)…"), self.add, "add")
        self.edit_button = self.button(self.tr("編集(&E)…"), self.edit, "edit")
        self.toggle_button = self.button(self.tr("使用停止にする(&S)"), self.toggle_active, "toggle")
        self.buttons.addStretch(1)
        self.up_button = self.button(self.tr("↑ 上へ(&U)"), lambda: self.move_by(-1), "up")
        self.down_button = self.button(self.tr("↓ 下へ(&D)"), lambda: self.move_by(+1), "down")
        self.refresh()

    def rows(self) -> list[tuple[VenueInfo, bool]]:
        return md.list_all_venues(self.db)

    def key(self, row: Any) -> object:
        return row[0].id if isinstance(row, tuple) else getattr(row, "id", None)

    def update_buttons(self) -> None:
        r = self.current()
        index = self.view.currentIndex().row()
        for b in (self.edit_button, self.toggle_button):
            b.setEnabled(r is not None)
        self.up_button.setEnabled(r is not None and index > 0)
        self.down_button.setEnabled(r is not None and index < self.model.rowCount() - 1)
        self.toggle_button.setText(
            self.tr("使用を再開する(&S)") if r is not None and not r[1] else self.tr("使用停止にする(&S)")
        )

    def add(self) -> None:
        if (who := self.guard(self.tr("会場の追加"))) is not None:
            self.open_form(VenueForm(self.db, parent=self, who=who), who, "master_add")

    def edit(self) -> None:
        if (r := self.current()) is not None and (who := self.guard(self.tr("会場の編集"))) is not None:
            self.open_form(VenueForm(self.db, r[0], parent=self, who=who), who)

    def toggle_active(self) -> None:
        if (r := self.current()) is None:
            return
        if (who := self.guard(self.tr("会場の使用停止・再開"))) is None:
            return

        def done(_: object) -> None:
            self.select(r[0].id)

        self.write(lambda: md.set_venue_active(self.db, r[0].id, not r[1], who=who), done)

    def move_by(self, step: int) -> None:
        """The chosen venue `step` places up (-1) or down (+1); not `move`: that is QWidget.move()."""
        if (r := self.current()) is None:
            return
        if (who := self.guard(self.tr("会場の並べ替え"))) is None:
            return

        def done(_: object) -> None:
            self.select(r[0].id)
            self.view.setFocus()

        self.write(lambda: md.move_venue(self.db, r[0].id, step, who=who), done)


class MasterDataWidget(Screen):
    """Tabs 事業所 / 商品 / 会場 and a message line for what happened last. Every write here announces
    `master` on the change bus; the panels (and the register's tiles, check-in, …) reload from it. A panel is
    built when its tab is first shown (or it is first asked for), so the page comes up with one table."""

    def __init__(self, db: Database, parent: QWidget | None = None, gate: CoordinatorGate | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.gate = gate if gate is not None else gate_for(db)
        # a panel is built (and reads its rows) when its tab is first shown or it is first asked for
        self._pages: dict[str, LazyPage[_Panel[Any]]] = {
            "workshops": LazyPage(lambda: self._connected(WorkshopsPanel(db, self.gate))),
            "products": LazyPage(lambda: self._connected(ProductsPanel(db, self.gate))),
            "venues": LazyPage(lambda: self._connected(VenuesPanel(db, self.gate))),
        }
        self.tabs = QTabWidget()
        for page, title in zip(
            self._pages.values(), (self.tr("事業所"), self.tr("商品"), self.tr("会場")), strict=True
        ):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda index: cast(LazyPage[QWidget], self.tabs.widget(index)).build_soon())
        self._pages["workshops"].build_soon()  # the first tab's panel, built in the next turns
        self.message = QLabel()
        self.message.setObjectName("masterMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.follow_changes(db, lambda c: c.master, self.refresh)

    def _connected(self, panel: _Panel[Row]) -> _Panel[Row]:
        panel.message.connect(self.show_message)
        return panel

    @property
    def _built(self) -> dict[str, _Panel[Any]]:
        """The panels built so far."""
        return {name: page.built for name, page in self._pages.items() if page.built is not None}

    @property
    def workshops(self) -> WorkshopsPanel:
        return cast(WorkshopsPanel, self._pages["workshops"].content())

    @property
    def products(self) -> ProductsPanel:
        return cast(ProductsPanel, self._pages["products"].content())

    @property
    def venues(self) -> VenuesPanel:
        return cast(VenuesPanel, self._pages["venues"].content())

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "ok")

    def refresh(self) -> None:
        """The panels built so far read their rows again (one built later reads them then)."""
        for panel in self._built.values():
            if isinstance(panel, ProductsPanel):
                panel.fill_filter()
            panel.refresh()
