"""The main window: today's open sales day at the top, and the records in tabs.

Tabs: 本日 (the open day's X tally per workshop), 販売日 (recent sales days with totals),
事業所 (workshops with their colours), 商品 (products). The register screen plugs in here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.fiscal import format_date_ja
from pos.domain.money import format_yen
from pos.services import catalog, days, tally
from pos.services.catalog import ProductInfo, WorkshopInfo
from pos.services.days import DaySummary
from pos.services.store import Database
from pos.services.tally import WorkshopSettlement
from pos.ui.table_model import Column, RowsTableModel


def _table(model: RowsTableModel, stretch: int = 0) -> QTableView:  # type: ignore[type-arg]
    """A read-only table; column `stretch` takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Booth POS — 自主製品販売ブース"))
        self.resize(1200, 800)

        self.header = QLabel()
        self.header.setObjectName("dayHeader")
        self.header.setStyleSheet("font-size: 20pt; font-weight: bold; padding: 8px;")
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 14pt; padding: 0 8px 8px 8px;")

        self.settlement_model: RowsTableModel[WorkshopSettlement] = RowsTableModel([
            Column(self.tr("事業所"), lambda w: w.name),
            Column(self.tr("点数"), lambda w: w.quantity, align_right=True),
            Column(self.tr("売上"), lambda w: format_yen(w.amount), align_right=True),
            Column(self.tr("現金"), lambda w: format_yen(w.cash), align_right=True),
            Column(self.tr("キャッシュレス"), lambda w: format_yen(w.cashless), align_right=True),
        ])
        self.days_model: RowsTableModel[DaySummary] = RowsTableModel([
            Column(self.tr("日付"), lambda d: format_date_ja(d.day)),
            Column(self.tr("会場"), lambda d: d.venue_name),
            Column(self.tr("状態"), lambda d: d.state_label),
            Column(self.tr("出店"), lambda d: d.workshop_count, align_right=True),
            Column(self.tr("取引数"), lambda d: d.sales_count, align_right=True),
            Column(self.tr("売上"), lambda d: format_yen(d.total), align_right=True),
        ])
        self.workshops_model: RowsTableModel[WorkshopInfo] = RowsTableModel([
            Column(self.tr("色"), lambda w: "", colour=lambda w: w.colour),
            Column(self.tr("事業所"), lambda w: w.name),
            Column(self.tr("区分"), lambda w: w.category),
            Column(self.tr("加入日"), lambda w: w.joined_on or ""),
            Column(self.tr("ゲスト"), lambda w: self.tr("他区") if w.is_guest else ""),
            Column(self.tr("登録番号"), lambda w: w.invoice_number or ""),
        ])
        self.products_model: RowsTableModel[ProductInfo] = RowsTableModel([
            Column(self.tr("コード"), lambda p: p.code),
            Column(self.tr("商品"), lambda p: p.name),
            Column(self.tr("事業所"), lambda p: p.workshop_name),
            Column(self.tr("価格"), lambda p: format_yen(p.price), align_right=True),
            Column(self.tr("税率"), lambda p: f"{p.tax_rate}%" + (" ※" if p.tax_rate == 8 else "")),
            Column(self.tr("日持ち"), lambda p: self.tr("%n日", "", p.shelf_life_days) if p.perishable else ""),
        ])

        today = QWidget()
        today_layout = QVBoxLayout(today)
        today_layout.addWidget(self.summary)
        today_layout.addWidget(_table(self.settlement_model))

        self.tabs = QTabWidget()
        self.tabs.addTab(today, self.tr("本日"))
        self.tabs.addTab(_table(self.days_model, stretch=1), self.tr("販売日"))
        self.tabs.addTab(_table(self.workshops_model, stretch=1), self.tr("事業所"))
        self.tabs.addTab(_table(self.products_model, stretch=1), self.tr("商品"))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("データベース: %1").replace("%1", db.url))
        self.refresh()

    def refresh(self) -> None:
        open_days = days.open_days(self.db)
        if open_days:
            d = open_days[0]
            self.header.setText(f"{d.venue.name}　{format_date_ja(d.day)}　{d.state_label}")
            t = tally.day_tally(self.db, d.id)
            self.summary.setText(
                self.tr("取引 %1件　売上 %2　取消 %3件　出店 %4事業所")
                .replace("%1", f"{t.sales_count:,}").replace("%2", format_yen(t.total))
                .replace("%3", str(t.void_count)).replace("%4", str(len(d.workshops)))
            )
            self.settlement_model.set_rows(t.workshops)
        else:
            self.header.setText(self.tr("営業中の販売日はありません"))
            self.summary.setText("")
            self.settlement_model.set_rows([])
        self.days_model.set_rows(days.recent_days(self.db))
        self.workshops_model.set_rows(catalog.list_workshops(self.db, active_only=False))
        self.products_model.set_rows(catalog.list_products(self.db, active_only=False))
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
