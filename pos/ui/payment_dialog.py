"""Payment: cash with a keypad and quick notes, a cashless brand for the total, or both (mixed).

Keys (docs/keys.md): digits type the amount tendered, Backspace deletes, Delete clears, F5 ちょうど,
F6 ¥1,000, F11 ¥5,000, F12 ¥10,000 (F7/F8 keep their one meaning, the register's receipt and void),
Enter confirms what is shown, Esc goes back to the cart. Ctrl+1 … Ctrl+0, Ctrl+-, Ctrl+= pick the
cashless brands in the order shown (the key is printed on each button). Alt+K ticks
"一部をキャッシュレス": digits then go to its amount until a brand is chosen, after which they go
to the cash tendered again.

No button here takes the keyboard focus (a focused button would swallow Enter): the dialog itself
holds it, so Enter always confirms. A scanner's burst (pos.ui.scan_input) is recognised and refused
with a message instead of becoming the amount tendered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.money import format_yen
from pos.domain.payments import CASHLESS_BRANDS
from pos.services import catalog
from pos.services.changes import Changes
from pos.services.register import Register, SaleSummary
from pos.ui.i18n import tr_args
from pos.ui.operations import LabelStatus, run_op
from pos.ui.scan_input import ScanBurst, is_enter
from pos.ui.theme import set_role

BRAND_KEYS = [
    "Ctrl+1",
    "Ctrl+2",
    "Ctrl+3",
    "Ctrl+4",
    "Ctrl+5",
    "Ctrl+6",
    "Ctrl+7",
    "Ctrl+8",
    "Ctrl+9",
    "Ctrl+0",
    "Ctrl+-",
    "Ctrl+=",
]
QUICK = [("ちょうど", "F5", None), ("¥1,000", "F6", 1_000), ("¥5,000", "F11", 5_000), ("¥10,000", "F12", 10_000)]
QUICK_KEYS = {key: amount for _, key, amount in QUICK}
SPLIT_KEY = "Alt+K"  # 一部をキャッシュレス on / off
MAX_TENDERED = 9_999_999


def _button(text: str) -> QPushButton:
    """A button of this dialog: clicked or reached by its key, never focused (Enter must confirm)."""
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


class PaymentDialog(QDialog):
    """Takes the payment for the register's cart; `result_sale` holds the committed sale."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.total = register.cart.total
        self.tendered = ""  # digits typed
        self.cashless_part: tuple[str, int] | None = None
        self.result_sale: SaleSummary | None = None
        self.burst = ScanBurst()
        self._before_burst = ""
        self.setWindowTitle(self.tr("お会計"))
        self.setModal(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the dialog holds the focus: Enter reaches it
        brand_names = self.brand_names()

        self.total_label = QLabel(tr_args(self.tr("お会計 %1"), format_yen(self.total)))
        self.total_label.setObjectName("payTotal")
        set_role(self.total_label, "due")
        self.due_label = QLabel()
        set_role(self.due_label, "large")
        self.tendered_label = QLabel()
        self.tendered_label.setObjectName("tendered")
        set_role(self.tendered_label, "display")
        self.tendered_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.change_label = QLabel()
        self.change_label.setObjectName("change")
        set_role(self.change_label, "change")
        self.error_label = QLabel()
        self.error_label.setObjectName("payError")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "big-error")

        cash_box = QGroupBox(self.tr("現金"))
        cash = QVBoxLayout(cash_box)
        cash.addWidget(QLabel(self.tr("お預かり")))
        cash.addWidget(self.tendered_label)
        cash.addLayout(self._keypad())
        quick = QHBoxLayout()
        self.quick_buttons: dict[str, QPushButton] = {}
        quick_texts = {"ちょうど": self.tr("ちょうど")}
        for text, key, amount in QUICK:
            button = _button(f"{quick_texts.get(text, text)}\n{key}")
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, a=amount: self.quick(a))
            quick.addWidget(button)
            self.quick_buttons[text] = button
        cash.addLayout(quick)
        cash.addWidget(QLabel(self.tr("お釣り")))
        cash.addWidget(self.change_label)
        self.confirm_button = _button(self.tr("現金で確定 (Enter)"))
        self.confirm_button.setMinimumHeight(64)
        set_role(self.confirm_button, "confirm")
        self.confirm_button.clicked.connect(self.confirm_cash)
        cash.addWidget(self.confirm_button)

        cashless_box = QGroupBox(self.tr("キャッシュレス（端末で決済してから押す）"))
        cashless = QVBoxLayout(cashless_box)
        split = QHBoxLayout()
        self.split_check = QCheckBox(self.tr("一部をキャッシュレス、残りを現金 (Alt+K)"))
        self.split_check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.split_amount = QSpinBox()
        self.split_amount.setObjectName("splitAmount")
        self.split_amount.setRange(1, max(self.total - 1, 1))
        self.split_amount.setSingleStep(100)
        self.split_amount.setSuffix(self.tr(" 円"))
        self.split_amount.setEnabled(False)
        self.split_amount.installEventFilter(self)
        self.split_check.toggled.connect(self._split_toggled)
        split.addWidget(self.split_check)
        split.addWidget(self.split_amount)
        cashless.addLayout(split)
        grid = QGridLayout()
        self.brand_buttons: dict[str, QPushButton] = {}
        for i, (brand, label) in enumerate(CASHLESS_BRANDS):
            button = _button(f"{brand_names.get(brand, label)}\n{BRAND_KEYS[i]}")
            button.setMinimumHeight(56)
            button.setToolTip(BRAND_KEYS[i])
            button.clicked.connect(lambda _=False, b=brand: self.pay_cashless(b))
            grid.addWidget(button, i // 3, i % 3)
            self.brand_buttons[brand] = button
        cashless.addLayout(grid)
        cashless.addStretch(1)
        back = _button(self.tr("戻る (Esc)"))
        back.setMinimumHeight(48)
        back.clicked.connect(self.reject)
        cashless.addWidget(back)

        panels = QHBoxLayout()
        panels.addWidget(cash_box, 1)
        panels.addWidget(cashless_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total_label)
        layout.addWidget(self.due_label)
        layout.addLayout(panels)
        layout.addWidget(self.error_label)
        self._update()

    def brand_names(self) -> dict[str, str]:
        """The brands' names in the interface language (the domain's labels are the Japanese ones)."""
        return {
            "credit": self.tr("クレジット（タッチ含む）"),
            "transit_ic": self.tr("交通系IC"),
            "id": "iD",
            "quicpay": "QUICPay",
            "paypay": "PayPay",
            "d_barai": self.tr("d払い"),
            "rakuten_pay": self.tr("楽天ペイ"),
            "au_pay": "au PAY",
            "other_qr": self.tr("その他QR"),
            "emoney": self.tr("電子マネー（WAON・nanaco・楽天Edy）"),
            "gift_voucher": self.tr("商品券"),
            "other": self.tr("その他"),
            "cash": self.tr("現金"),
        }

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()

    def _split_toggled(self, on: bool) -> None:
        self.split_amount.setEnabled(on)
        if on:
            self.split_amount.setFocus()
            self.split_amount.selectAll()
        else:
            self.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """In the cashless-part box, the brand and quick keys and Enter still mean what they mean here."""
        if obj is self.split_amount and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            pressed = QKeySequence(event.keyCombination()).toString()
            if pressed in QUICK_KEYS or pressed in BRAND_KEYS or pressed == SPLIT_KEY or is_enter(event):
                self.keyPressEvent(event)
                return True
        return super().eventFilter(obj, event)

    # -- keypad --------------------------------------------------------------------------------
    def _keypad(self) -> QGridLayout:
        grid = QGridLayout()
        keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3", "0", "00", "C"]
        for i, key in enumerate(keys):
            button = _button(key)
            button.setMinimumSize(72, 56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            set_role(button, "key")
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, i // 3, i % 3)
        return grid

    def press(self, key: str) -> None:
        if key == "C":
            self.tendered = ""
        elif key == "BS":
            self.tendered = self.tendered[:-1]
        elif (self.tendered + key).lstrip("0") and int(self.tendered + key) <= MAX_TENDERED:
            self.tendered = (self.tendered + key).lstrip("0")
        self.error_label.clear()
        self._update()

    def quick(self, amount: int | None) -> None:
        self.tendered = str(self.cash_due if amount is None else amount)
        self.error_label.clear()
        self._update()

    def keyPressEvent(self, event) -> None:
        key, text = event.key(), event.text()
        pressed = QKeySequence(event.keyCombination()).toString()
        self.burst.key(event)
        if len(self.burst.text) == 1:
            self._before_burst = self.tendered  # a burst may start here: what to restore if it is a scan
        if is_enter(event) and self._refuse_scan(event):
            return
        if pressed == SPLIT_KEY:
            self.split_check.setChecked(not self.split_check.isChecked())
        elif pressed in QUICK_KEYS:
            self.quick(QUICK_KEYS[pressed])
        elif pressed in BRAND_KEYS:
            self.pay_cashless(CASHLESS_BRANDS[BRAND_KEYS.index(pressed)][0])
        elif text.isdigit() and text.isascii() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.press("BS")
        elif key == Qt.Key.Key_Delete:
            self.press("C")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm_cash()
        else:
            super().keyPressEvent(event)

    def _refuse_scan(self, enter: QKeyEvent) -> bool:
        """Enter after a scanner's burst: the code is not an amount. Refuse it, keep what was typed before."""
        code = self.burst.finish(enter)
        if code is None:
            return False
        if code.isdigit() and len(code) <= len(str(MAX_TENDERED)):
            known = run_op(
                self,
                self.register.db,
                lambda: catalog.find_product_by_code(self.register.db, code),
                on_failed=lambda _e: None,
            )
            if known is None:
                return False  # a fast typist's amount, not a product code
        self.tendered = self._before_burst
        self._update()
        self.error_label.setText(
            tr_args(
                self.tr(
                    "スキャンされました（%1）。お会計中は商品を追加できません。戻る (Esc) で戻ってから、"
                    "もう一度スキャンしてください。"
                ),
                code,
            )
        )
        QApplication.beep()
        return True

    # -- figures -------------------------------------------------------------------------------
    @property
    def cash_due(self) -> int:
        return self.total - (self.cashless_part[1] if self.cashless_part else 0)

    def _update(self) -> None:
        tendered = int(self.tendered or 0)
        self.tendered_label.setText(format_yen(tendered))
        if self.cashless_part:
            brand, amount = self.cashless_part
            self.due_label.setText(
                tr_args(
                    self.tr("%1 %2 支払済み　現金で残り %3"),
                    self.brand_names().get(brand, brand),
                    format_yen(amount),
                    format_yen(self.cash_due),
                )
            )
        else:
            self.due_label.setText("")
        change = tendered - self.cash_due
        self.change_label.setText(format_yen(change) if self.tendered and change >= 0 else "—")

    # -- committing ----------------------------------------------------------------------------
    def confirm_cash(self) -> None:
        if not self.tendered:
            self.error_label.setText(self.tr("お預かり金額を入力してください（ちょうどは F5）"))
            return
        cashless = [self.cashless_part] if self.cashless_part else None
        self._commit(cashless, int(self.tendered))

    def pay_cashless(self, brand: str) -> None:
        if self.split_check.isChecked():
            amount = self.split_amount.value()
            if amount >= self.total:
                self.error_label.setText(self.tr("キャッシュレスの一部払いは合計より少ない金額にしてください"))
                return
            self.cashless_part = (brand, amount)
            self.tendered = ""
            self.error_label.clear()
            self.split_amount.setEnabled(False)
            self.setFocus()  # typed digits are the cash for the rest from now on
            self._update()
            return
        self._commit([(brand, self.total)], None)

    def _commit(self, cashless: list[tuple[str, int]] | None, cash: int | None) -> None:
        # the sale commit: a named fast path, on the GUI thread; it announces sales and stock
        self.result_sale = run_op(
            self,
            self.register.db,
            lambda: self.register.checkout(cashless=cashless, cash_tendered=cash),
            changes=Changes(sales=True, stock=True),
            status=LabelStatus(self.error_label),
        )
        if self.result_sale is not None:
            self.accept()
