"""The main window: the register of today's sales day first, then the day's figures and the records.

Tabs: レジ (the register, or a button to start today's sales day), 本日の集計 (the open day's X
tally per workshop), 持ち込み・在庫 (check-in and the workshops' stock), 販売日 (recent sales days
with totals), 事業所・商品・会場 (master data), 報告書・分析 (activity log, monthly lines, the annual
report, analytics). The 表示 menu sets the text size, a high-contrast theme and the language;
settings persist across runs (QSettings).

The window wires no screen to another: every write is announced on the database's change bus
(pos.ui.operations) and each screen reloads what the flags name. The window itself follows
`days`/`master` (which day is open: the header, the register, check-in) and, for the two figure
tabs, marks them stale on `sales`/`days`/`master` and reloads them in the background when shown —
never on the GUI thread after a sale.

A scanner's burst (pos.ui.scan_input) while another tab is shown goes to the register (the tab
switches and the product is added; what the burst typed into a text field there is taken out again),
or the status line says why not. Closing the window with items in the cart asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast
from uuid import UUID

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.clock import today_local
from pos.domain.money import format_yen
from pos.domain.settlement import format_rate
from pos.services import days, tally, tills
from pos.services.changes import EVERYTHING, Changes
from pos.services.days import DayInfo, DaySummary
from pos.services.store import Database
from pos.services.tally import DayTally, WorkshopSettlement

if TYPE_CHECKING:  # the pages built on first show are imported then too (a quicker start)
    from pos.ui.activity_log import ActivityLogWidget
    from pos.ui.analytics import AnalyticsWidget
    from pos.ui.annual_report import AnnualReportWidget
    from pos.ui.calendar_tab import CalendarTab
    from pos.ui.check_in import CheckInScreen
    from pos.ui.master_data import MasterDataWidget
    from pos.ui.monthly_lines import MonthlyLinesWidget
    from pos.ui.payouts_screen import PayoutsWidget
    from pos.ui.workshop_stock import WorkshopStockView
from pos.ui.checkpoints import WalCheckpoints
from pos.ui.coordinator import gate_for
from pos.ui.day_actions import install_day_actions, todays_day_id
from pos.ui.easy.mode import EASY, EasyMode, saved_mode
from pos.ui.easy.options import PHRASES_SETTING
from pos.ui.easy.sounds import SETTING as SOUNDS_SETTING
from pos.ui.focus_keys import FocusKeys
from pos.ui.i18n import tr_args, ui_date
from pos.ui.lazy_page import LazyPage
from pos.ui.operations import next_turn, on_changes, query_op, read_op, show_error
from pos.ui.register_screen import RegisterScreen
from pos.ui.report_controls import table_view
from pos.ui.scan_input import ScanBurst, is_enter
from pos.ui.table_model import Column, RowsTableModel
from pos.ui.theme import FONT_SIZES, apply_theme, set_role
from pos.ui.warmup import QUIET_MS, freeze_heap, import_later_modules

#: What makes the figure tabs (本日の集計, 販売日) stale.
FIGURES = Changes(sales=True, days=True, master=True)


class MainWindow(QMainWindow):
    figures_loaded = Signal()  # the figure tabs were (re)loaded from the records

    def __init__(self, db: Database, *, ask_to_open: bool = False) -> None:
        super().__init__()
        self._day_refresh_pending = False  # a change to the days, read in the next turn
        self.db = db
        self.register: RegisterScreen | None = None
        # the later pages' modules, imported in a thread once the booth pauses (no key, no write)
        self.warm_up = QTimer(self, singleShot=True, interval=QUIET_MS)
        self.warm_up.timeout.connect(self._warm_up)
        self._warm_up_started = False
        self.setWindowTitle(self.tr("Booth POS — 自主製品販売ブース"))
        self.resize(1200, 800)

        self.header = QLabel()
        self.header.setObjectName("dayHeader")
        set_role(self.header, "big")
        self.summary = QLabel()
        set_role(self.summary, "figure")

        self.settlement_model: RowsTableModel[WorkshopSettlement] = RowsTableModel(
            [
                Column(self.tr("事業所"), lambda w: w.name),
                Column(self.tr("点数"), lambda w: w.quantity, align_right=True),
                Column(self.tr("売上"), lambda w: format_yen(w.amount), align_right=True),
                Column(self.tr("現金"), lambda w: format_yen(w.cash), align_right=True),
                Column(self.tr("キャッシュレス"), lambda w: format_yen(w.cashless), align_right=True),
                Column(self.tr("商品券"), lambda w: format_yen(w.vouchers), align_right=True),
                Column(
                    self.tr("手数料"),
                    lambda w: f"{format_yen(w.commission)}（{format_rate(w.commission_bp)}）",
                    align_right=True,
                ),
                Column(self.tr("決済手数料"), lambda w: format_yen(w.fees), align_right=True),
                Column(self.tr("現金渡し"), lambda w: format_yen(w.cash_handed), align_right=True),
                Column(self.tr("振込予定"), lambda w: format_yen(w.transfer), align_right=True),
            ]
        )
        self.days_model: RowsTableModel[DaySummary] = RowsTableModel(
            [
                Column(self.tr("日付"), lambda d: ui_date(d.day)),
                Column(self.tr("会場"), lambda d: d.venue_name),
                Column(self.tr("状態"), lambda d: self.state_text(d.state)),
                Column(self.tr("出店"), lambda d: d.workshop_count, align_right=True),
                Column(self.tr("取引数"), lambda d: d.sales_count, align_right=True),
                Column(self.tr("売上"), lambda d: format_yen(d.total), align_right=True),
            ]
        )
        self.today_page = today = QWidget()
        today_layout = QVBoxLayout(today)
        today_layout.addWidget(self.summary)
        today_layout.addWidget(table_view(self.settlement_model, 0))
        self.figures_stale = True
        self.figures_loads = 0  # how many times the figure tabs were read (tests count reloads)
        self._figures_running = False

        self.register_page = QWidget()
        self.register_layout = QVBoxLayout(self.register_page)
        self.register_layout.setContentsMargins(0, 0, 0, 0)
        self.start_button = QPushButton(self.tr("今日の販売を始める (Ctrl+O)"))
        self.start_button.setObjectName("startDay")
        self.start_button.setMinimumHeight(96)
        set_role(self.start_button, "big")
        self.start_button.clicked.connect(self.open_day)
        self.register_layout.addWidget(self.start_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.register_page, self.tr("レジ"))
        self.tabs.addTab(today, self.tr("本日の集計"))
        self.stock_tabs = QTabWidget()
        self.stock_tabs.currentChanged.connect(lambda _: self._build_stock_pages())
        self.stock_day: UUID | None = None
        self.check_in_page: LazyPage[CheckInScreen] | None = None
        self.stock_view_page: LazyPage[WorkshopStockView] | None = None
        self.tabs.addTab(self.stock_tabs, self.tr("持ち込み・在庫"))
        self.days_page = table_view(self.days_model, 1)
        self.tabs.addTab(self.days_page, self.tr("販売日"))
        self._pages: dict[str, LazyPage[QWidget]] = {}
        self.master_page = self._lazy("master_data", self._master_data)
        self.tabs.addTab(self.master_page, self.tr("事業所・商品・会場"))
        self.reports = self._reports_tab()
        self.tabs.addTab(self.reports, self.tr("報告書・分析"))
        # 予定・人員: built on first show, then refreshes itself on Changes.calendar
        self.tabs.addTab(self._lazy("calendar", self._calendar), self.tr("予定・人員"))
        self.tabs.currentChanged.connect(self._tab_shown)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.statusBar().showMessage(tr_args(self.tr("データベース: %1"), db.url))
        self.easy_mode = EasyMode(self, db, gate_for(db), self.today_day_id)
        self.checkpoints = WalCheckpoints(self, db)  # the WAL copied in a worker, never inside a sale
        self._build_menus()
        self._build_stock_tabs(None)
        on_changes(db, self, self._on_changes)
        self.refresh()
        if saved_mode() == EASY:  # this till was left in かんたんレジ: it starts in it again
            self.easy_mode.enter(ask=False)
        self.burst = ScanBurst()
        self._burst_at = 0  # the address of the widget the last typed key arrived at
        self.focus_keys = FocusKeys(self._key_event, self)  # scans typed into any other widget
        self.focus_keys.start()
        if ask_to_open and self.register is None:
            QTimer.singleShot(0, self.open_day)

    def _set_stock_day(self, day_id: UUID | None) -> None:
        """Check-in and the workshops' stock view follow today's open sales day."""
        if day_id != self.stock_day:
            self._build_stock_tabs(day_id)

    def _build_stock_tabs(self, day_id: UUID | None) -> None:
        self.stock_day = day_id
        self.stock_tabs.blockSignals(True)  # no page is "shown" while they are swapped
        while self.stock_tabs.count():
            page = self.stock_tabs.widget(0)
            self.stock_tabs.removeTab(0)
            page.deleteLater()
        self.check_in_page = None
        if day_id is not None:  # check-in is built when first shown: opening a day does not wait for it
            self.check_in_page = LazyPage(lambda: self._check_in_screen(day_id))
            self.stock_tabs.addTab(self.check_in_page, self.tr("持ち込み"))
        else:
            note = QLabel(self.tr("持ち込みの記録は、今日の販売を始めるとできます。"))
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stock_tabs.addTab(note, self.tr("持ち込み"))
        # built on first show: its history and suggestions read the venue's past years
        self.stock_view_page = LazyPage(lambda: self._workshop_stock(day_id))
        self.stock_tabs.addTab(self.stock_view_page, self.tr("事業所の在庫"))
        self.stock_tabs.blockSignals(False)
        self._build_stock_pages()

    def _check_in_screen(self, day_id: UUID) -> CheckInScreen:
        from pos.ui.check_in import CheckInScreen  # imported when the stock tab is first shown

        return CheckInScreen(self.db, day_id)

    def _workshop_stock(self, day_id: UUID | None) -> WorkshopStockView:
        from pos.ui.workshop_stock import WorkshopStockView

        return WorkshopStockView(self.db, day_id)

    @property
    def check_in(self) -> CheckInScreen | None:
        """Today's check-in screen (built on first use), None while no day is open."""
        return self.check_in_page.content() if self.check_in_page is not None else None

    @property
    def stock_view(self) -> WorkshopStockView | None:
        """The workshops' stock view, once it has been shown."""
        return self.stock_view_page.built if self.stock_view_page is not None else None

    def _build_stock_pages(self) -> None:
        """Build the stock tab's page now showing (check-in only while the stock tab itself is shown)."""
        page = self.stock_tabs.currentWidget()
        if page is self.stock_view_page or (
            page is self.check_in_page and self.tabs.currentWidget() is self.stock_tabs
        ):
            cast(LazyPage[QWidget], page).build_soon()

    # -- pages built when first shown (or first asked for): the register comes up sooner ------------
    def _lazy(self, name: str, factory: Callable[[], QWidget]) -> QWidget:
        self._pages[name] = LazyPage(factory)
        return self._pages[name]

    def _page(self, name: str) -> QWidget:
        return self._pages[name].content()

    @property
    def _built(self) -> dict[str, QWidget]:
        """The lazy pages built so far."""
        return {name: page.built for name, page in self._pages.items() if page.built is not None}

    @property
    def master_data(self) -> MasterDataWidget:
        return cast("MasterDataWidget", self._page("master_data"))  # built on first use; the class is imported then

    @property
    def activity_log(self) -> ActivityLogWidget:
        return cast("ActivityLogWidget", self._page("activity_log"))  # built on first use; the class is imported then

    @property
    def monthly_lines(self) -> MonthlyLinesWidget:
        return cast("MonthlyLinesWidget", self._page("monthly_lines"))  # built on first use; the class is imported then

    @property
    def annual_report(self) -> AnnualReportWidget:
        return cast("AnnualReportWidget", self._page("annual_report"))  # built on first use; the class is imported then

    @property
    def analytics(self) -> AnalyticsWidget | None:
        """Built on first show only: a year of figures takes a while."""
        return cast("AnalyticsWidget | None", self._pages["analytics"].built)

    @property
    def analytics_page(self) -> QWidget:
        return self._pages["analytics"]

    @property
    def calendar_tab(self) -> CalendarTab:
        return cast("CalendarTab", self._page("calendar"))  # built on first use; the class is imported then

    @property
    def payouts(self) -> PayoutsWidget:
        return cast("PayoutsWidget", self._page("payouts"))  # built on first use; the class is imported then

    def _calendar(self) -> QWidget:
        from pos.ui.calendar_tab import CalendarTab

        return CalendarTab(self.db)

    def _payouts(self) -> QWidget:
        from pos.ui.payouts_screen import PayoutsWidget

        return PayoutsWidget(self.db)

    def _master_data(self) -> QWidget:
        from pos.ui.master_data import MasterDataWidget

        return MasterDataWidget(self.db)

    def _activity_log(self) -> QWidget:
        from pos.ui.activity_log import ActivityLogWidget

        return ActivityLogWidget(self.db)

    def _monthly_lines(self) -> QWidget:
        from pos.ui.monthly_lines import MonthlyLinesWidget

        return MonthlyLinesWidget(self.db)

    def _annual_report(self) -> QWidget:
        from pos.ui.annual_report import AnnualReportWidget

        return AnnualReportWidget(self.db)

    def _analytics(self) -> QWidget:
        from pos.ui.analytics import AnalyticsWidget  # QtCharts too

        return AnalyticsWidget(self.db)

    def _reports_tab(self) -> QTabWidget:
        """The coordinator's reporting: activity log, monthly lines, the annual report, analytics."""
        tabs = QTabWidget()
        tabs.addTab(self._lazy("activity_log", self._activity_log), self.tr("活動記録"))
        tabs.addTab(self._lazy("monthly_lines", self._monthly_lines), self.tr("月ごとの活動"))
        tabs.addTab(self._lazy("annual_report", self._annual_report), self.tr("年間報告書"))
        tabs.addTab(self._lazy("analytics", self._analytics), self.tr("売上分析"))
        tabs.addTab(self._lazy("payouts", self._payouts), self.tr("月次精算"))
        tabs.currentChanged.connect(lambda _: self._build_shown())
        return tabs

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        self._build_shown()
        if page is self.stock_tabs:
            self._build_stock_pages()
        if page in (self.today_page, self.days_page) and self.figures_stale:
            self.load_figures()

    def _build_shown(self) -> None:
        """Build the page now showing, if it is a lazy one (it then reads its records itself; later it
        reloads from the change record, not on every show)."""
        shown = self.tabs.currentWidget()
        if shown is self.reports:
            shown = self.reports.currentWidget()
        if isinstance(shown, LazyPage):
            shown.build_soon()

    # -- scans while the register is not shown ---------------------------------------------------------
    def _key_event(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.isActiveWindow():
            return False
        if self.warm_up.isActive():
            self.warm_up.start()  # someone is typing or scanning: not a pause yet
        focus = QApplication.focusWidget()
        key_event = cast(QKeyEvent, event)  # a KeyPress (checked above)
        at = shiboken6.getCppPointer(obj)[0]  # an address, not a wrapper: the widget may be gone later
        # each key once: at the focused widget, else at the window. The Enter of a scan typed into an open
        # combo box's list arrives after the list closed and gave the focus back: it is taken where the
        # scan's keys were.
        ending = is_enter(key_event) and at == self._burst_at
        if (obj is not (focus or self) and not ending) or QApplication.activeModalWidget() is not None:
            return False  # dialogs handle their own keys
        if not is_enter(key_event):
            self.burst.key(key_event)
            self._burst_at = at
            return False
        self._burst_at = 0
        code = self.burst.finish(key_event)
        if code is None or (self.register is not None and self.tabs.currentWidget() is self.register_page):
            return False  # typed by a person, or the register itself takes it
        if isinstance(focus, QLineEdit) and focus.text()[: focus.cursorPosition()].endswith(self.burst.raw):
            for _ in self.burst.raw:  # the field was not meant to receive the code
                focus.backspace()
        if self.register is None:
            self.statusBar().showMessage(
                tr_args(
                    self.tr(
                        "スキャン「%1」は追加していません: 今日の販売日が始まっていません（今日の販売を始める: Ctrl+O）"
                    ),
                    code,
                )
            )
            QApplication.beep()
            return True
        self.tabs.setCurrentWidget(self.register_page)
        self.register.add_scanned(code)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warm_up_started:
            self._warm_up_started = True
            self.warm_up.start()
            QTimer.singleShot(0, self, freeze_heap)  # the start's objects: no longer walked by every full gc

    def _warm_up(self) -> None:
        import_later_modules()

    def closeEvent(self, event) -> None:
        if self.register is not None and len(self.register.register.cart):
            answer = QMessageBox.question(
                self,
                self.tr("終了の確認"),
                tr_args(
                    self.tr(
                        "カートに%1点（%2）が入っています。お会計せずに終了すると、カートの中身は失われます。終了しますか？"
                    ),
                    self.register.register.cart.item_count,
                    format_yen(self.register.register.cart.total),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                self.tabs.setCurrentWidget(self.register_page)
                return
        self.focus_keys.stop()
        report = cast("AnnualReportWidget | None", self._pages["annual_report"].built)
        if report is not None and report.is_dirty():
            report.save()  # the coordinator's edits are never lost on closing
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
        day_menu.addAction(self.tr("複数日の催しを登録…"), self._event)
        self.day_end = install_day_actions(day_menu, self, self.db, lambda: todays_day_id(self.db))

        tools = self.menuBar().addMenu(self.tr("設定(&S)"))
        tools.addAction(self.tr("設定・PIN・操作の記録…"), self._open_settings)
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
        self.contrast_action.setChecked(bool(settings.value("high_contrast", False, type=bool)))
        self.contrast_action.toggled.connect(self.set_high_contrast)
        view.addAction(self.contrast_action)
        view.addSeparator()
        easy = QAction(self.tr("かんたんレジに切り替える…"), self)
        easy.setObjectName("enterEasyMode")
        easy.triggered.connect(lambda: self.easy_mode.enter())
        view.addAction(easy)
        phrases_on = QAction(self.tr("かんたんレジ: ことばのヒント"), self, checkable=True)
        phrases_on.setChecked(bool(settings.value(PHRASES_SETTING, True, type=bool)))
        phrases_on.toggled.connect(lambda on: settings.setValue(PHRASES_SETTING, on))
        view.addAction(phrases_on)
        sounds_on = QAction(self.tr("かんたんレジ: 音"), self, checkable=True)
        sounds_on.setChecked(bool(settings.value(SOUNDS_SETTING, True, type=bool)))
        sounds_on.toggled.connect(lambda on: settings.setValue(SOUNDS_SETTING, on))
        view.addAction(sounds_on)
        view.addSeparator()
        language = view.addMenu(self.tr("言語 / Language"))
        for code, label in (("ja", "日本語"), ("en", "English")):
            action = QAction(label, self)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            language.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("ヘルプ(&H)"))
        help_menu.addAction(self.tr("このアプリについて"), self.show_about)

    def _print_receipt(self, sale_id: UUID) -> None:
        from pos.ui.print_actions import print_receipt  # the printing modules: at the first receipt

        print_receipt(self, self.db, sale_id)

    def _open_settings(self) -> None:
        from pos.ui.settings_dialog import open_settings_dialog

        open_settings_dialog(self, self.db)

    def show_about(self) -> None:
        from pos.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _merge(self) -> None:
        from pos.ui.merge_dialog import open_merge_dialog  # the merge service loads alembic: not at start

        open_merge_dialog(self, self.db)  # a merge announces what it changed

    def _event(self) -> None:
        from pos.ui.event_dialog import open_event_dialog

        open_event_dialog(self, self.db, today_local())

    def set_font_size(self, name: str) -> None:
        QSettings().setValue("font_size", name)
        apply_theme(QApplication.instance(), name, self.contrast_action.isChecked())  # type: ignore[arg-type]  # typed QCoreApplication
        self._restyle_tiles()

    def set_high_contrast(self, on: bool) -> None:
        QSettings().setValue("high_contrast", on)
        apply_theme(QApplication.instance(), str(QSettings().value("font_size", "標準")), on)  # type: ignore[arg-type]  # typed QCoreApplication
        self._restyle_tiles()

    def _restyle_tiles(self) -> None:
        """Tiles carry their colours and fitted captions themselves (a sale updates only the ones it
        changed): a new theme or text size makes them all anew."""
        if self.register is not None:
            self.register.reload_tiles(rebuild=True)

    def set_language(self, code: str) -> None:
        QSettings().setValue("language", code)
        QMessageBox.information(
            self, "Booth POS", "次に起動したときに切り替わります。\nThe language changes the next time the app starts."
        )

    # -- the register ----------------------------------------------------------------------------
    def today_day_id(self) -> UUID | None:
        today = today_local()
        mine = read_op(self, self.db, lambda: tills.this_till_name(self.db), "")
        # this laptop's till must be open on the day (docs/tills.md)
        open_today = [
            d
            for d in self._open_days()
            if d.day == today and (till := d.till_named(mine)) is not None and till.state == "open"
        ]
        return open_today[0].id if open_today else None

    def _open_days(self) -> list[DayInfo]:
        return read_op(self, self.db, lambda: days.open_days(self.db), [])

    def show_register(self, day_id: UUID | bool | None = False) -> None:
        """Show the register of today's open day (or the start button when there is none)."""
        if day_id is False:
            day_id = self.today_day_id()
        assert day_id is not True
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
        self.register.receipt_requested.connect(lambda sale_id: self._print_receipt(sale_id))
        self.register.hide()  # built in this turn of the event loop, laid out and painted in the next
        self.register_layout.addWidget(self.register)
        next_turn(self.register, self.register.show)
        self.tabs.setCurrentWidget(self.register_page)

    def open_day(self) -> None:
        if self.today_day_id() is not None:
            self.show_register()
            self.tabs.setCurrentWidget(self.register_page)
            self.statusBar().showMessage(self.tr("今日の販売日はすでに始まっています（レジを表示しました）"), 8000)
            return
        from pos.ui.open_day_dialog import OpenDayDialog

        dialog = OpenDayDialog(self.db, today_local(), self)
        if dialog.exec():  # opening also announces `days`, which shows the register
            self.show_register()

    def _on_changes(self, changes: Changes) -> None:
        if self.warm_up.isActive():
            self.warm_up.start()  # a sale or an edit: not a pause yet
        # which day is open: in the next turn, not in the one that wrote (or merged)
        if (changes.days or changes.master) and not self._day_refresh_pending:
            self._day_refresh_pending = True
            next_turn(self, self._refresh_day_pending)
        if changes & FIGURES:
            self.figures_stale = True
            if self.tabs.currentWidget() in (self.today_page, self.days_page):
                self.load_figures()

    def state_text(self, state: str) -> str:
        labels = {"open": self.tr("営業中"), "closing": self.tr("締め作業中"), "closed": self.tr("締め済み")}
        return labels.get(state, state)

    def _refresh_day_pending(self) -> None:
        if self._day_refresh_pending:
            self.refresh_day()

    def refresh(self) -> None:
        """Everything the window shows itself, as after any change (now)."""
        self._on_changes(EVERYTHING)
        self.refresh_day()
        self.day_end.update()  # (after a change announced on the bus, its own subscription does)

    def refresh_day(self) -> None:
        """The header, the register and the day-end actions follow which day is open."""
        self._day_refresh_pending = False
        open_days = self._open_days()
        today = today_local()
        open_days.sort(key=lambda d: d.day != today)
        if open_days:
            d = open_days[0]
            stale = self.tr("　※締められていない販売日です") if d.day != today else ""
            self.header.setText(f"{d.venue.name}　{ui_date(d.day)}　{self.state_text(d.state)}{stale}")
        else:
            self.header.setText(self.tr("営業中の販売日はありません"))
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        today_open = [d for d in open_days if d.day == today and d.state == "open"]
        self.show_register(today_open[0].id if today_open else None)

    def load_figures(self) -> None:
        """Read the open day's tally and the recent days in the background, then show them."""
        if self._figures_running:
            return
        self._figures_running = True
        self.figures_stale = False
        self.figures_loads += 1
        db = self.db

        def read() -> tuple[DayInfo | None, DayTally | None, list[DaySummary]]:
            open_days = days.open_days(db)
            today = today_local()
            open_days.sort(key=lambda d: d.day != today)
            d = open_days[0] if open_days else None
            return d, (tally.day_tally(db, d.id) if d is not None else None), days.recent_days(db)

        def show(result: tuple[DayInfo | None, DayTally | None, list[DaySummary]]) -> None:
            self._figures_running = False
            d, t, recent = result
            if d is not None and t is not None:
                self.summary.setText(
                    tr_args(
                        self.tr("取引 %1件　売上 %2　取消 %3件　出店 %4事業所"),
                        f"{t.sales_count:,}",
                        format_yen(t.total),
                        t.void_count,
                        len(d.workshops),
                    )
                )
                self.settlement_model.set_rows(t.workshops)
            else:
                self.summary.setText("")
                self.settlement_model.set_rows([])
            self.days_model.set_rows(recent)
            if self.figures_stale and self.tabs.currentWidget() in (self.today_page, self.days_page):
                self.load_figures()  # changed again while reading
            self.figures_loaded.emit()

        def failed(error: BaseException) -> None:
            self._figures_running = False
            show_error(self, error)

        query_op(self, db, read, show, on_failed=failed, busy=False)  # self: nothing shown once the window is gone
