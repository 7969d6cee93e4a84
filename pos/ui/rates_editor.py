"""手数料率: the commission per workshop and per venue, and the terminal fee per cashless brand.

A tab of the 設定 dialog. Rates are typed as percent with at most two decimals (3.24); an empty
workshop rate means the booth's default (the ブース tab's 手数料（%）), an empty venue rate means no
override. Saving asks the coordinator gate, checks every value before writing anything and writes one
audit entry (pos.services.settlement.save_rates). Days already closed keep the figures frozen at
their close; the note under the tables says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.settlement import format_rate, rate_text
from pos.services.changes import Changes
from pos.services.settlement import Rates, get_rates, save_rates
from pos.services.store import Database
from pos.ui.coordinator import CoordinatorGate, gate_for
from pos.ui.i18n import tr_args
from pos.ui.operations import query_op, run_op
from pos.ui.report_controls import StatusLine
from pos.ui.screen import Screen


class RatesEditor(Screen):
    def __init__(self, db: Database, gate: CoordinatorGate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.gate = gate if gate is not None else gate_for(db)
        self.rates: Rates | None = None
        self.default_label = QLabel()
        self.default_label.setObjectName("defaultCommission")
        self.workshops = self._table("workshopRates", self.tr("事業所"), self.tr("手数料（%）"))
        self.venues = self._table("venueRates", self.tr("会場"), self.tr("手数料（%）"))
        self.fees = self._table("feeRates", self.tr("決済ブランド"), self.tr("手数料（%）"))
        self.save_button = QPushButton(self.tr("手数料率を保存(&S)"))
        self.save_button.setObjectName("saveRates")
        self.save_button.clicked.connect(self.save)
        self.status = StatusLine()
        note = QLabel(
            self.tr(
                "手数料＝売上×率、決済手数料＝ブランドごとのキャッシュレス額×率（円未満切り捨て）。会場の上書きがあれば"
                "その会場ではすべての事業所に上書きの率を使います。商品券には決済手数料はかかりません。"
                "締めた販売日の額は締めのときの率のまま変わりません。"
            )
        )
        note.setWordWrap(True)
        tables = QHBoxLayout()
        for title, table in (
            (self.tr("事業所ごとの手数料（空欄＝既定）"), self.workshops),
            (self.tr("会場ごとの上書き（空欄＝なし）"), self.venues),
            (self.tr("決済手数料（ブランドごと）"), self.fees),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(table, 1)
            tables.addLayout(box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.default_label)
        layout.addLayout(tables, 1)
        layout.addWidget(note)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.follow_changes(db, lambda c: c.settings or c.master, self.load)
        self.load()

    def _table(self, name: str, first: str, second: str) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([first, second])
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def load(self) -> None:
        query_op(self, self.db, lambda: get_rates(self.db), self._show, status=self.status, background=False)

    def _show(self, rates: Rates) -> None:
        self.rates = rates
        self.default_label.setText(
            tr_args(self.tr("既定の手数料（「ブース」タブで変更）: %1"), format_rate(rates.default_bp))
        )
        self._fill(self.workshops, [(w.name, rate_text(w.rate_bp)) for w in rates.workshops])
        self._fill(self.venues, [(v.name, rate_text(v.rate_bp)) for v in rates.venues])
        self._fill(self.fees, [(label, rate_text(bp)) for _, label, bp in rates.fees])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, str]]) -> None:
        table.setRowCount(len(rows))
        for i, (name, value) in enumerate(rows):
            label = QTableWidgetItem(name)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(i, 0, label)
            table.setItem(i, 1, QTableWidgetItem(value))

    @staticmethod
    def _texts(table: QTableWidget) -> list[str]:
        return [(table.item(i, 1).text() if table.item(i, 1) else "") for i in range(table.rowCount())]

    def save(self) -> None:
        if self.rates is None:
            return
        for table in (self.workshops, self.venues, self.fees):  # an edit still open counts
            table.setCurrentCell(-1, -1)
        who = self.gate.require(self, self.tr("手数料率の変更"))
        if who is None:
            return
        rates = self.rates
        workshops = dict(zip((w.id for w in rates.workshops), self._texts(self.workshops), strict=True))
        venues = dict(zip((v.id for v in rates.venues), self._texts(self.venues), strict=True))
        fees = dict(zip((m for m, _, _ in rates.fees), self._texts(self.fees), strict=True))
        run_op(
            self,
            self.db,
            lambda: save_rates(self.db, workshops=workshops, venues=venues, fees=fees, who=who),
            changes=Changes(settings=True, master=True),
            status=self.status,
            on_done=self._saved,
        )

    def _saved(self, changes: list[str]) -> None:
        self.status.ok(
            tr_args(self.tr("保存しました（%1件）"), str(len(changes))) if changes else self.tr("変更はありません")
        )
