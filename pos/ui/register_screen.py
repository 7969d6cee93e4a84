"""The register: what volunteers use all day — tiles, scanner, cart, payment, last sale, void.

Keyboard (the whole sale works without a mouse):
    a scan (code + Enter)   adds the product, wherever the focus is on this screen
    F1                      the scan field; F1 again switches it between スキャン (no input method:
                            a scanner's keys arrive as typed, whatever the IME mode) and 検索 (kana
                            input for a search by name; ↓ to the results, Enter adds)
    F2 / F3                 quantity + / − of the selected cart line (↑/↓ in the cart select a line)
    Delete                  remove the selected line        F4  clear the cart
    Ctrl+Z                  undo the last removal or clearing
    F9 or Enter (empty field)  payment                       Esc  clear the field / message
    F7                      receipt of the last sale        F8  void the last sale (coordinator PIN, a reason)
    F5                      領収書 of the last sale (宛名, 但し書き; pos.ui.ryoshusho_dialog)
    F6                      値引 of the selected line (coordinator PIN; pos.ui.markdown_dialog); an
                            open-price product asks its price when added
    Ctrl+PgUp / Ctrl+PgDown previous / next workshop tab
The full key map is docs/keys.md. The day's actions of the main window (Ctrl+Shift+X 点検,
Ctrl+Shift+Z 精算) work from the scan field too (its Redo does not take them).

Fixed places: the message line and the 直前の取引 box have fixed heights and the search results float
over the tiles, so no button or tile moves between sales.
"""

from __future__ import annotations

from functools import partial
from typing import cast
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import CartLine
from pos.domain.codes import is_valid_code, normalize_code
from pos.domain.fiscal import format_date_ja
from pos.domain.money import format_yen
from pos.domain.scanner_test import SELFTEST_TEXT, diagnose, is_selftest
from pos.services import catalog, days, stock
from pos.services.changes import Changes
from pos.services.days import DayInfo
from pos.services.register import OpenPriceRequired, Register, SaleSummary, last_sale, void_sale
from pos.services.store import Database
from pos.ui import markdown_dialog
from pos.ui.coordinator import CoordinatorGate, gate_for
from pos.ui.focus_keys import FocusKeys
from pos.ui.i18n import language, tr_args
from pos.ui.operations import failure_text, read_op, run_op
from pos.ui.payment_dialog import PaymentDialog
from pos.ui.register_models import CartColumn, CartTableModel, Tile
from pos.ui.scan_input import ScanLineEdit
from pos.ui.screen import Screen
from pos.ui.theme import set_role
from pos.ui.tile_grid import WorkshopTabs

VOID_REASONS = ["打ち間違い", "お客様のキャンセル", "二重に登録", "支払方法の誤り"]
#: The main window's shortcuts that a text field would otherwise take for itself (Ctrl+Shift+Z = Redo).
WINDOW_SHORTCUTS = {"Ctrl+Shift+Z", "Ctrl+Shift+X", "Ctrl+O"}
SCAN_MODE, SEARCH_MODE = "scan", "search"
_TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


class RegisterScreen(Screen):
    """One register on one open sales day."""

    sale_committed = Signal(object)  # SaleSummary
    sale_voided = Signal(object)  # SaleSummary
    receipt_requested = Signal(object)  # sale id
    alerted = Signal(str)  # an error was signalled to the volunteer (message shown + sound)

    def __init__(
        self, db: Database, day_id: UUID, parent: QWidget | None = None, gate: CoordinatorGate | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.gate = gate if gate is not None else gate_for(db)  # voids need the coordinator PIN
        self.register = Register(db, day_id)
        self.day: DayInfo = read_op(parent, db, lambda: days.get_day(db, day_id))
        till_id = self.register.till_id  # the last sale of this till
        self.last: SaleSummary | None = read_op(parent, db, lambda: last_sale(db, day_id, till_id))
        self.tile_loads = 0  # how many times the tiles were read (tests count reloads)
        self._undo: list[CartLine] = []

        self.scan = ScanLineEdit()  # its ImEnabled follows WA_InputMethodEnabled (set_mode)
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(self.tr("スキャン、または商品名・かなで検索 (F1)"))
        self.scan.setMinimumHeight(48)
        set_role(self.scan, "large")
        self.scan.returnPressed.connect(self.on_scan_returnPressed)
        self.scan.textEdited.connect(self.on_scan_textEdited)
        self.scan.installEventFilter(self)
        self.focus_keys = FocusKeys(self.eventFilter, self)  # keys on any widget while the register shows
        self.mode_button = QPushButton()
        self.mode_button.setObjectName("scanMode")
        self.mode_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mode_button.setMinimumHeight(48)
        self.mode_button.clicked.connect(self.toggle_mode)
        self.mode = SCAN_MODE
        self.message = QLabel()
        self.message.setObjectName("registerMessage")
        self.message.setWordWrap(True)
        self.message.setFixedHeight(self._lines_height(15, 2))  # two lines, always

        self.tabs = WorkshopTabs()
        self.tabs.product_clicked.connect(self.add_product)

        self.cart_model = CartTableModel(self.register.cart, self)
        self.cart_view = QTableView()
        self.cart_view.setObjectName("cart")
        self.cart_view.setModel(self.cart_model)
        self.cart_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cart_view.verticalHeader().setVisible(False)
        self.cart_view.verticalHeader().setDefaultSectionSize(40)
        header = self.cart_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CartColumn.NAME, QHeaderView.ResizeMode.Stretch)

        self.total_label = QLabel()
        self.total_label.setObjectName("cartTotal")
        set_role(self.total_label, "total")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label = QLabel()
        set_role(self.count_label, "count")
        self.last_label = QLabel()
        self.last_label.setObjectName("lastSale")
        self.last_label.setWordWrap(True)
        set_role(self.last_label, "recap")
        self.last_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.last_label.setFixedHeight(self._lines_height(13, 3))  # up to three lines; the same for every sale

        def button(text: str, slot, name: str) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.setMinimumHeight(56)
            b.clicked.connect(slot)
            return b

        self.minus_button = button(self.tr("－ (F3)"), lambda: self.change_quantity(-1), "minus")
        self.plus_button = button(self.tr("＋ (F2)"), lambda: self.change_quantity(1), "plus")
        self.remove_button = button(self.tr("行を削除 (Del)"), self.remove_line, "removeLine")
        self.clear_button = button(self.tr("クリア (F4)"), self.clear_cart, "clearCart")
        self.pay_button = button(self.tr("お会計 (F9)"), self.pay, "pay")
        self.pay_button.setMinimumHeight(72)
        set_role(self.pay_button, "pay")
        self.receipt_button = button(self.tr("レシート (F7)"), self.request_receipt, "receipt")
        self.void_button = button(self.tr("直前の取引を取消 (F8)"), self.void_last, "voidLast")

        line_buttons = QHBoxLayout()
        for b in (self.minus_button, self.plus_button, self.remove_button, self.clear_button):
            line_buttons.addWidget(b)
        last_buttons = QHBoxLayout()
        last_buttons.addWidget(self.receipt_button)
        last_buttons.addWidget(self.void_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.cart_view, 1)
        right_layout.addLayout(line_buttons)
        right_layout.addWidget(self.count_label)
        right_layout.addWidget(self.total_label)
        right_layout.addWidget(self.pay_button)
        right_layout.addWidget(self.last_label)
        right_layout.addLayout(last_buttons)

        left = self.left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.mode_button)
        left_layout.addLayout(scan_row)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.tabs, 1)
        # the search results float over the tiles (in no layout): showing them moves nothing
        self.results = QListWidget(left)
        self.results.setObjectName("searchResults")
        self.results.setVisible(False)
        set_role(self.results, "results")
        self.results.itemActivated.connect(self.on_results_itemActivated)
        left.installEventFilter(self)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        # handled in eventFilter for any widget of this screen that has the focus
        self.keys = {
            "F1": self.focus_scan,
            "F2": lambda: self.change_quantity(1),
            "F3": lambda: self.change_quantity(-1),
            "F4": self.clear_cart,
            "F7": self.request_receipt,
            "F8": self.void_last,
            "F9": self.pay,
            "Esc": self.escape,
            "Ctrl+PgDown": lambda: self._step_tab(1),
            "Ctrl+PgUp": lambda: self._step_tab(-1),
            "F6": self.mark_down,
            "F5": self.request_ryoshusho,
        }
        self.keys_outside_text = {"Del": self.remove_line, "Ctrl+Z": self.undo}  # in a text field they edit text

        self.reload_tiles(rebuild=True)
        self.refresh_cart()
        self.show_last_sale()
        self.set_mode(SCAN_MODE)
        # prices, names, products on sale (master) and stock levels (sales, stock) show on the tiles: read
        # now if the register shows, else when it next shows (before a scan from another tab is added: the
        # window brings the register to the front first)
        self.follow_changes(db, lambda c: c.master or c.stock or c.sales, self.reload_tiles)

    def _lines_height(self, point_size: int, lines: int) -> int:
        font = QFont(self.font())
        font.setPointSize(point_size)
        return lines * QFontMetrics(font).lineSpacing() + 16

    # -- scan mode (no input method) and search mode (kana) ------------------------------------------
    def set_mode(self, mode: str) -> None:
        """スキャン: the input method is off for the field, so a scanner's keys arrive as typed even when the
        laptop's IME is in ひらがな mode. 検索: the IME works (kana search)."""
        self.mode = mode
        scanning = mode == SCAN_MODE
        self.scan.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, not scanning)
        self.scan.setInputMethodHints(
            Qt.InputMethodHint.ImhLatinOnly | Qt.InputMethodHint.ImhNoPredictiveText
            if scanning
            else Qt.InputMethodHint.ImhNone
        )
        if self.scan.hasFocus():  # tell the input method at once (it reads the attribute on focus)
            QApplication.inputMethod().update(Qt.InputMethodQuery.ImEnabled)
            QApplication.inputMethod().reset()
        self.mode_button.setText(self.tr("スキャン A (F1)") if scanning else self.tr("検索 あ (F1)"))
        set_role(self.mode_button, "scan-mode" if scanning else "search-mode")
        self.scan.setPlaceholderText(
            self.tr("スキャン、または商品名で検索 (F1: かな検索)")
            if scanning
            else self.tr("商品名・かなで検索 (F1: スキャンに戻す)")
        )

    def toggle_mode(self) -> None:
        self.set_mode(SEARCH_MODE if self.mode == SCAN_MODE else SCAN_MODE)
        self.scan.setFocus()

    def _show_results(self) -> None:
        """Float the results under the scan field, over the tiles."""
        if not self.results.count():
            self.results.setVisible(False)
            return
        top = self.scan.geometry().bottom() + 2
        rows = min(self.results.count(), 6)
        height = rows * max(self.results.sizeHintForRow(0), 24) + 2 * self.results.frameWidth() + 4
        self.results.setGeometry(0, top, self.left.width(), min(height, max(self.left.height() - top, 60)))
        self.results.setVisible(True)
        self.results.raise_()

    # -- keyboard-wedge scans anywhere on the screen -----------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)  # stale tiles are read first (Screen)
        self.focus_keys.start()
        self.focus_scan()

    def hideEvent(self, event) -> None:
        self.focus_keys.stop()
        super().hideEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.left and event.type() == QEvent.Type.Resize and self.results.isVisible():
            self._show_results()
            return False
        if event.type() == QEvent.Type.ShortcutOverride and obj is self.scan:
            pressed = QKeySequence(cast(QKeyEvent, event).keyCombination()).toString()
            return pressed in WINDOW_SHORTCUTS  # not taken by the field: the window's action runs
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key_event = event
        if not isinstance(obj, QWidget) or not (obj is self or self.isAncestorOf(obj) or self._keys_to_window(obj)):
            return False
        pressed = QKeySequence(key_event.keyCombination()).toString()
        if pressed == "F1" and self.scan.hasFocus():
            self.toggle_mode()
            return True
        if pressed in self.keys:
            self.keys[pressed]()
            return True
        if pressed in self.keys_outside_text and (obj is not self.scan or not self.scan.text()):
            self.keys_outside_text[pressed]()
            return True
        if obj is self.scan:
            if key_event.key() == Qt.Key.Key_Down and self.results.isVisible() and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
            return False
        if isinstance(obj, _TEXT_INPUTS):
            return False
        if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.scan.text().strip():
            self.scan.setFocus()
            self.on_scan_returnPressed()  # the end of a scan that began on another widget
            return True
        text = key_event.text()
        if (
            text
            and text.isprintable()
            and not text.isspace()
            and not key_event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.scan.setFocus()
            self.scan.insert(text)
            self.on_scan_textEdited(self.scan.text())
            return True
        return False

    def _keys_to_window(self, obj: QWidget) -> bool:
        """No widget has the focus (the one that had it was deleted): X gives the keys to the window,
        and while the register shows they are the register's (a scan must not be lost)."""
        return QApplication.focusWidget() is None and obj is self.window() and self.isVisible()

    # -- adding products ---------------------------------------------------------------------------
    def focus_scan(self) -> None:
        self.scan.setFocus()
        self.scan.selectAll()

    def on_scan_returnPressed(self) -> None:
        text = self.scan.text().strip()
        if is_selftest(text):
            self.scan.clear()
            self.show_selftest(text, enter=True)
            return
        if not text:
            if len(self.register.cart):
                self.pay()
            return
        if self.results.isVisible() and self.results.count() == 1:
            self.on_results_itemActivated(self.results.item(0))
            return
        code = normalize_code(text)
        if is_valid_code(code):
            self.scan.clear()
            self.results.setVisible(False)
            self._try(lambda: self.register.add_code(code), self.tr("追加しました"))
            self.set_mode(SCAN_MODE)
            return
        self.on_scan_textEdited(text)
        if not self.results.count():
            self.alert(tr_args(self.tr("「%1」に当てはまる商品はありません"), text))

    def on_scan_textEdited(self, text: str) -> None:
        text = text.strip()
        if is_selftest(text):  # the self-test card: wait for its Enter, and report if it never comes
            self.results.setVisible(False)
            if len(text) >= len(SELFTEST_TEXT):
                QTimer.singleShot(1000, self, lambda: self._selftest_without_enter(text))  # not after a close
            return
        self.results.clear()
        if not text or is_valid_code(normalize_code(text)):
            self.results.setVisible(False)
            return
        on_sale = {w.id for w in self.day.workshops}
        for p in catalog.search_products(self.db, text, limit=20):
            if p.workshop_id in on_sale:
                item = QListWidgetItem(f"{p.name}　{format_yen(p.price)}　{p.workshop_name}")
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.results.addItem(item)
        self._show_results()

    def _selftest_without_enter(self, text: str) -> None:
        if self.scan.text().strip() == text:
            self.scan.clear()
            self.show_selftest(text, enter=False)

    def show_selftest(self, arrived: str, *, enter: bool) -> None:
        """The scanner self-test card was scanned: say what the scanner and the PC did to it."""
        findings = diagnose(arrived, enter)
        english = language() == "en"
        lines = [("✔ " if f.ok else "✖ ") + (f.en if english else f.ja) for f in findings]
        text = tr_args(self.tr("スキャナーの自己診断（届いた文字: %1）"), arrived) + "\n\n" + "\n".join(lines)
        all_ok = all(f.ok for f in findings)
        if all_ok:
            self.info(self.tr("スキャナーの自己診断: 問題なし"))
        else:
            self.alert(self.tr("スキャナーの自己診断: 設定を確認してください"))
        box = QMessageBox(
            QMessageBox.Icon.Information if all_ok else QMessageBox.Icon.Warning,
            self.tr("スキャナーの自己診断"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _: self.focus_scan())
        self.selftest_box = box
        box.open()

    def on_results_itemActivated(self, item: QListWidgetItem) -> None:
        product_id = item.data(Qt.ItemDataRole.UserRole)
        self.scan.clear()
        self.results.setVisible(False)
        self.add_product(product_id)
        self.set_mode(SCAN_MODE)  # the next thing is most likely a scan again
        self.focus_scan()

    def add_scanned(self, code: str) -> None:
        """A scan that arrived while another screen was shown (the main window passes it on)."""
        self._try(lambda: self.register.add_code(code), self.tr("追加しました"))
        self.focus_scan()

    def add_product(self, product_id: UUID) -> None:
        self._try(lambda: self.register.add_product(product_id), self.tr("追加しました"))

    def request_ryoshusho(self) -> None:
        if self.last is None or self.last.state != "paid":
            self.alert(self.tr("領収書を出せる直前の取引はありません"))
            return
        from pos.ui import ryoshusho_dialog  # with the printing modules: at the first 領収書

        request = ryoshusho_dialog.ask_ryoshusho(self)
        if request is not None:
            self.ryoshusho_dialog = ryoshusho_dialog.print_ryoshusho(
                self, self.db, self.last.id, request, self.gate.who
            )
        self.focus_scan()

    def mark_down(self) -> None:
        markdown_dialog.mark_down_selected(self)

    def _try(self, action, done_text: str) -> None:
        def attempt():
            try:
                return action()
            except OpenPriceRequired as e:  # its price is asked, then it is added at that price
                return e

        index = run_op(self, self.db, attempt, status=self)  # scan → cart: a named fast path
        if isinstance(index, OpenPriceRequired):
            product = index.product
            price = markdown_dialog.ask_open_price(self, product.name, product.price)
            if price is None:
                self.focus_scan()
                return
            index = run_op(self, self.db, lambda: self.register.add_product(product.id, price=price), status=self)
        if index is None:
            return
        self.refresh_cart(select=index)
        line = self.register.cart.lines[index]
        self.info(f"{done_text}: {line.item.name} × {line.quantity}")

    # -- the cart ----------------------------------------------------------------------------------
    def selected_row(self) -> int | None:
        rows = self.cart_view.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return len(self.register.cart) - 1 if len(self.register.cart) else None

    def change_quantity(self, step: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        line = self.register.cart.lines[row]
        if line.quantity + step < 1:
            self.remove_line()
            return

        def change() -> bool:
            self.register.set_quantity(row, line.quantity + step)
            return True

        if run_op(self, self.db, change, status=self) is None:
            return
        self.refresh_cart(select=row)

    def remove_line(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        line = self.register.remove(row)
        self._undo = [line]
        self.refresh_cart(select=min(row, len(self.register.cart) - 1))
        self.info(tr_args(self.tr("%1 を削除しました（元に戻す: Ctrl+Z）"), line.item.name))

    def clear_cart(self) -> None:
        if not len(self.register.cart):
            return
        self._undo = list(self.register.cart.lines)
        self.register.clear()
        self.refresh_cart()
        self.info(self.tr("カートを空にしました（元に戻す: Ctrl+Z）"))

    def undo(self) -> None:
        if not self._undo:
            return
        lines, self._undo = self._undo, []
        for line in lines:
            run_op(
                self,
                self.db,
                partial(self.register.restore, line),  # its typed price, its markdown
                status=self,
            )
        self.refresh_cart()
        self.info(self.tr("元に戻しました"))

    def refresh_cart(self, select: int | None = None) -> None:
        self.cart_model.refresh()
        cart = self.register.cart
        self.total_label.setText(tr_args(self.tr("合計 %1"), format_yen(cart.total)))
        self.count_label.setText(tr_args(self.tr("%1点"), str(cart.item_count)))
        self.pay_button.setEnabled(len(cart) > 0)
        if select is not None and 0 <= select < len(cart):
            self.cart_view.selectRow(select)

    # -- tiles ---------------------------------------------------------------------------------------
    def reload_tiles(self, rebuild: bool = False) -> None:
        self.tile_loads += 1
        self.register.refresh_catalogue()
        workshops = list(self.day.workshops)
        levels, products = read_op(
            self,
            self.db,
            lambda: (
                stock.stock_levels(self.db, self.day.id),
                catalog.list_products(self.db, workshop_ids=[w.id for w in workshops]),
            ),
        )
        tiles: dict[UUID, list[Tile]] = {w.id: [] for w in workshops}
        for p in products:
            tiles[p.workshop_id].append(Tile(p, levels.get(p.id)))
        if rebuild:
            self.tabs.set_workshops(workshops, tiles)
        else:
            self.tabs.update_tiles(tiles)

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    # -- paying, last sale, void -----------------------------------------------------------------------
    def pay(self) -> None:
        if not len(self.register.cart):
            self.alert(self.tr("商品が入っていません"))
            return
        dialog = PaymentDialog(self.register, self)
        accepted = dialog.exec() and dialog.result_sale is not None
        sale = dialog.result_sale
        dialog.deleteLater()
        if accepted and sale is not None:
            self.sale_done(sale)
        self.focus_scan()

    def sale_done(self, sale: SaleSummary) -> None:
        self.last = sale
        self._undo = []
        self.refresh_cart()  # the tiles follow the sale's announcement (sales, stock)
        self.show_last_sale()
        self.info(tr_args(self.tr("No.%1 を記録しました"), sale.receipt_no))
        self.sale_committed.emit(sale)

    def show_last_sale(self) -> None:
        sale = self.last
        self.receipt_button.setEnabled(sale is not None and sale.state == "paid")
        self.void_button.setEnabled(sale is not None and sale.state == "paid")
        if sale is None:
            self.last_label.setText(self.tr("直前の取引: なし"))
            return
        text = tr_args(self.tr("直前の取引 No.%1　%2　%3"), sale.receipt_no, format_yen(sale.total), sale.payment_text)
        if sale.state != "paid":
            text += tr_args(self.tr("　【取消済み: %1】"), sale.void_reason)
        elif any(p.method == "cash" for p in sale.payments):
            text += tr_args(self.tr("\nお預かり %1　お釣り %2"), format_yen(sale.tendered), format_yen(sale.change))
        self.last_label.setText(text)

    def void_last(self) -> None:
        sale = self.last
        if sale is None or sale.state != "paid":
            self.alert(self.tr("取り消せる直前の取引はありません"))
            return
        who = self.gate.require(self, self.tr("取引の取消"))
        if who is None:
            self.focus_scan()
            return
        reason, ok = QInputDialog.getItem(
            self,
            self.tr("取引の取消"),
            tr_args(self.tr("No.%1（%2）を取り消します。理由:"), sale.receipt_no, format_yen(sale.total)),
            [self.tr(r) for r in VOID_REASONS],
            0,
            True,
        )
        if not ok:
            return
        voided = run_op(
            self,
            self.db,
            lambda: void_sale(self.db, sale.id, reason, who=who),
            changes=Changes(sales=True, stock=True),
            status=self,
        )
        if voided is None:
            return
        self.last = voided
        self.show_last_sale()
        self.info(tr_args(self.tr("No.%1 を取り消しました"), sale.receipt_no))
        self.sale_voided.emit(self.last)

    def request_receipt(self) -> None:
        if self.last is not None and self.last.state == "paid":
            self.receipt_requested.emit(self.last.id)

    # -- messages --------------------------------------------------------------------------------------
    def info(self, text: str) -> None:
        set_role(self.message, "said")
        self.message.setText(text)

    def error(self, error: BaseException | str) -> None:
        """A failure from the operation runner, shown as any refusal here."""
        self.alert(error if isinstance(error, str) else failure_text(error))

    def alert(self, text: str) -> None:
        """A refusal: shown large in red, with a sound, and nothing added."""
        set_role(self.message, "refused")
        self.message.setText(text)
        QApplication.beep()
        self.alerted.emit(text)

    def escape(self) -> None:
        self.scan.clear()
        self.results.setVisible(False)
        self.set_mode(SCAN_MODE)
        self.message.clear()
        set_role(self.message, "")
        self.focus_scan()

    def header_text(self) -> str:
        return f"{self.day.venue.name}　{format_date_ja(self.day.day)}"
