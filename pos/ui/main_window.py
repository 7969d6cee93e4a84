"""The main window: the register of today's sales day first, then the day's figures and the records.

Tabs: レジ (the register, or a button to start today's sales day), 本日の集計 (the open day's X
tally per workshop), 販売日 (recent sales days with totals), 事業所, 商品. The 表示 menu sets the text
size, a high-contrast theme and the language; settings persist across runs (QSettings).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.clock import today_local
from pos.domain.fiscal import format_date_ja
from pos.domain.money import format_yen
from pos.services import days, tally, tills
from pos.services.days import DaySummary
from pos.services.store import Database
from pos.services.tally import WorkshopSettlement
from pos.ui.activity_log import ActivityLogWidget
from pos.ui.analytics import AnalyticsWidget
from pos.ui.annual_report import AnnualReportWidget
from pos.ui.check_in import CheckInScreen
from pos.ui.coordinator import gate_for
from pos.ui.day_actions import install_day_actions, todays_day_id
from pos.ui.master_data import MasterDataWidget
from pos.ui.merge_dialog import open_merge_dialog
from pos.ui.monthly_lines import MonthlyLinesWidget
from pos.ui.open_day_dialog import OpenDayDialog
from pos.ui.print_actions import print_receipt
from pos.ui.register_screen import RegisterScreen
from pos.ui.settings_dialog import open_settings_dialog
from pos.ui.table_model import Column, RowsTableModel
from pos.ui.theme import FONT_SIZES, apply_theme
from pos.ui.workshop_stock import WorkshopStockView


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
    def __init__(self, db: Database, *, ask_to_open: bool = False) -> None:
        super().__init__()
        self.db = db
        self.register: RegisterScreen | None = None
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
        today = QWidget()
        today_layout = QVBoxLayout(today)
        today_layout.addWidget(self.summary)
        today_layout.addWidget(_table(self.settlement_model))

        self.register_page = QWidget()
        self.register_layout = QVBoxLayout(self.register_page)
        self.register_layout.setContentsMargins(0, 0, 0, 0)
        self.start_button = QPushButton(self.tr("今日の販売を始める (Ctrl+O)"))
        self.start_button.setObjectName("startDay")
        self.start_button.setMinimumHeight(96)
        self.start_button.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.start_button.clicked.connect(self.open_day)
        self.register_layout.addWidget(self.start_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.register_page, self.tr("レジ"))
        self.tabs.addTab(today, self.tr("本日の集計"))
        self.stock_tabs = QTabWidget()
        self.stock_tabs.currentChanged.connect(lambda _: self._build_stock_view())
        self.stock_day_id = "unset"
        self.tabs.addTab(self.stock_tabs, self.tr("持ち込み・在庫"))
        self.tabs.addTab(_table(self.days_model, stretch=1), self.tr("販売日"))
        self.master_data = MasterDataWidget(db)
        self.master_data.changed.connect(self._master_data_changed)
        self.tabs.addTab(self.master_data, self.tr("事業所・商品・会場"))
        self.reports = self._reports_tab()
        self.tabs.addTab(self.reports, self.tr("報告書・分析"))
        self.tabs.currentChanged.connect(self._tab_shown)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("データベース: %1").replace("%1", db.url))
        self._build_menus()
        self.refresh()
        self.show_register()
        if ask_to_open and self.register is None:
            QTimer.singleShot(0, self.open_day)

    def _set_stock_day(self, day_id) -> None:  # type: ignore[no-untyped-def]
        """Check-in and the workshops' stock view follow today's open sales day."""
        if day_id == self.stock_day_id:
            return
        self.stock_day_id = day_id
        while self.stock_tabs.count():
            page = self.stock_tabs.widget(0)
            self.stock_tabs.removeTab(0)
            page.deleteLater()
        if day_id is not None:
            self.check_in = CheckInScreen(self.db, day_id)
            self.check_in.checked_in.connect(lambda _: self.register and self.register.reload_tiles())
            self.stock_tabs.addTab(self.check_in, self.tr("持ち込み"))
        else:
            note = QLabel(self.tr("持ち込みの記録は、今日の販売を始めるとできます。"))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stock_tabs.addTab(note, self.tr("持ち込み"))
        # built on first show: its history and suggestions read the venue's past years
        self.stock_view: WorkshopStockView | None = None
        self.stock_view_page = QWidget()
        QVBoxLayout(self.stock_view_page).setContentsMargins(0, 0, 0, 0)
        self.stock_tabs.addTab(self.stock_view_page, self.tr("事業所の在庫"))

    def _build_stock_view(self) -> None:
        page = getattr(self, "stock_view_page", None)
        if page is not None and self.stock_tabs.currentWidget() is page and self.stock_view is None:
            self.stock_view = WorkshopStockView(self.db, self.stock_day_id)
            page.layout().addWidget(self.stock_view)

    def _master_data_changed(self) -> None:
        self.refresh()
        if self.register is not None:
            self.register.reload_tiles()  # prices, names or products on sale changed

    def _reports_tab(self) -> QTabWidget:
        """The coordinator's reporting: activity log, monthly lines, the annual report, analytics."""
        self.activity_log = ActivityLogWidget(self.db)
        self.monthly_lines = MonthlyLinesWidget(self.db)
        self.annual_report = AnnualReportWidget(self.db)
        self.analytics: AnalyticsWidget | None = None  # built on first show: a year of figures takes a while
        self.analytics_page = QWidget()
        QVBoxLayout(self.analytics_page).setContentsMargins(0, 0, 0, 0)
        self.activity_log.changed.connect(self.monthly_lines.refresh)
        self.activity_log.changed.connect(self.annual_report.refresh)
        tabs = QTabWidget()
        tabs.addTab(self.activity_log, self.tr("活動記録"))
        tabs.addTab(self.monthly_lines, self.tr("月ごとの活動"))
        tabs.addTab(self.annual_report, self.tr("年間報告書"))
        tabs.addTab(self.analytics_page, self.tr("売上分析"))
        tabs.currentChanged.connect(lambda _: self._refresh_report_page())
        return tabs

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.reports:
            self._refresh_report_page()

    def _refresh_report_page(self) -> None:
        page = self.reports.currentWidget()
        if page is self.analytics_page:
            if self.analytics is None:  # the first show builds it, which loads the year's figures
                self.analytics = AnalyticsWidget(self.db)
                self.analytics_page.layout().addWidget(self.analytics)
                return
            page = self.analytics
        if page is not self.annual_report or not self.annual_report.is_dirty():
            page.refresh()  # type: ignore[attr-defined]

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.annual_report.is_dirty():
            self.annual_report.save()  # the coordinator's edits are never lost on closing
        super().closeEvent(event)

    # -- menus -------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        day_menu = self.menuBar().addMenu(self.tr("販売日(&D)"))
        open_action = QAction(self.tr("今日の販売を始める"), self)
        open_action.setShortcut(QKeySequence("Ctrl+O"))
        open_action.triggered.connect(self.open_day)
        day_menu.addAction(open_action)
        self.day_menu = day_menu
        day_menu.addAction(self.tr("別のブースのデータを取り込む…"), self._merge)
        self.day_end = install_day_actions(day_menu, self, self.db, lambda: todays_day_id(self.db), self.refresh)

        tools = self.menuBar().addMenu(self.tr("設定(&S)"))
        tools.addAction(self.tr("設定・PIN・操作の記録…"), lambda: open_settings_dialog(self, self.db))
        tools.addAction(self.tr("コーディネーターをロック"), lambda: gate_for(self.db).lock())

        view = self.menuBar().addMenu(self.tr("表示(&V)"))
        settings = QSettings()
        sizes = QActionGroup(self)
        current = settings.value("font_size", "標準")
        for name in FONT_SIZES:
            action = QAction(self.tr(name), self, checkable=True)
            action.setChecked(name == current)
            action.triggered.connect(lambda _=False, n=name: self.set_font_size(n))
            sizes.addAction(action)
            view.addAction(action)
        view.addSeparator()
        self.contrast_action = QAction(self.tr("ハイコントラスト"), self, checkable=True)
        self.contrast_action.setChecked(settings.value("high_contrast", False, type=bool))
        self.contrast_action.toggled.connect(self.set_high_contrast)
        view.addAction(self.contrast_action)
        view.addSeparator()
        language = view.addMenu(self.tr("言語 / Language"))
        for code, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(label, self)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            language.addAction(action)

    def _merge(self) -> None:
        if open_merge_dialog(self, self.db):
            self.refresh()

    def set_font_size(self, name: str) -> None:
        QSettings().setValue("font_size", name)
        apply_theme(QApplication.instance(), name, self.contrast_action.isChecked())  # type: ignore[arg-type]

    def set_high_contrast(self, on: bool) -> None:
        QSettings().setValue("high_contrast", on)
        apply_theme(QApplication.instance(), str(QSettings().value("font_size", "標準")), on)  # type: ignore[arg-type]

    def set_language(self, code: str) -> None:
        QSettings().setValue("language", code)
        QMessageBox.information(
            self, "Booth POS", "次に起動したときに切り替わります。\nThe language changes the next time the app starts."
        )

    # -- the register ----------------------------------------------------------------------------
    def today_day_id(self):  # type: ignore[no-untyped-def]
        today = today_local()
        mine = tills.this_till_name(self.db)  # this laptop's till must be open on the day (docs/tills.md)
        open_today = [d for d in days.open_days(self.db) if d.day == today
                      and (till := d.till_named(mine)) is not None and till.state == "open"]
        return open_today[0].id if open_today else None

    def show_register(self) -> None:
        day_id = self.today_day_id()
        self._set_stock_day(day_id)
        if self.register is not None and self.register.day.id != day_id:
            self.register.hide()  # the day was closed (or is being counted): no more sales on it
            self.register.deleteLater()
            self.register = None
        if day_id is None or self.register is not None:
            self.start_button.setVisible(day_id is None)
            return
        self.start_button.setVisible(False)
        self.register = RegisterScreen(self.db, day_id)
        self.register.sale_committed.connect(lambda _: self.refresh())
        self.register.sale_voided.connect(lambda _: self.refresh())
        self.register.receipt_requested.connect(lambda sale_id: print_receipt(self, self.db, sale_id))
        self.register_layout.addWidget(self.register)
        self.tabs.setCurrentWidget(self.register_page)
        self.refresh()

    def open_day(self) -> None:
        if self.today_day_id() is not None:
            self.show_register()
            return
        dialog = OpenDayDialog(self.db, today_local(), self)
        if dialog.exec():
            self.show_register()

    def refresh(self) -> None:
        open_days = days.open_days(self.db)
        today = today_local()
        open_days.sort(key=lambda d: d.day != today)
        if open_days:
            d = open_days[0]
            stale = self.tr("　※締められていない販売日です") if d.day != today else ""
            self.header.setText(f"{d.venue.name}　{format_date_ja(d.day)}　{d.state_label}{stale}")
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
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if hasattr(self, "day_end"):
            self.day_end.update()
            self.show_register()
