"""Payment: cash with a keypad and quick notes, a cashless brand for the total, or both (mixed).

Keys: digits type the amount tendered, Backspace deletes, Delete clears, F5 ちょうど, F6 ¥1,000,
F7 ¥5,000, F8 ¥10,000, Enter confirms, Esc goes back to the cart. Ctrl+1 … Ctrl+0, Ctrl+-, Ctrl+=
pick the cashless brands in the order shown. With "一部をキャッシュレス" ticked, a brand pays the
amount entered there and cash pays the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
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
from pos.domain.payments import CASHLESS_BRANDS, method_label
from pos.services.changes import Changes
from pos.services.register import Register, SaleSummary
from pos.ui.operations import LabelStatus, run_op

BRAND_KEYS = ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+7", "Ctrl+8", "Ctrl+9",
              "Ctrl+0", "Ctrl+-", "Ctrl+="]
QUICK = [("ちょうど", "F5", None), ("¥1,000", "F6", 1_000), ("¥5,000", "F7", 5_000), ("¥10,000", "F8", 10_000)]
QUICK_KEYS = {key: amount for _, key, amount in QUICK}
MAX_TENDERED = 9_999_999


class PaymentDialog(QDialog):
    """Takes the payment for the register's cart; `result_sale` holds the committed sale."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.total = register.cart.total
        self.tendered = ""  # digits typed
        self.cashless_part: tuple[str, int] | None = None
        self.result_sale: SaleSummary | None = None
        self.setWindowTitle(self.tr("お会計"))
        self.setModal(True)

        self.total_label = QLabel(self.tr("お会計 %1").replace("%1", format_yen(self.total)))
        self.total_label.setObjectName("payTotal")
        self.total_label.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.due_label = QLabel()
        self.due_label.setStyleSheet("font-size: 16pt;")
        self.tendered_label = QLabel()
        self.tendered_label.setObjectName("tendered")
        self.tendered_label.setStyleSheet(
            "font-size: 26pt; border: 2px solid #555; background: white; color: black; padding: 4px;"
        )
        self.tendered_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.change_label = QLabel()
        self.change_label.setObjectName("change")
        self.change_label.setStyleSheet("font-size: 30pt; font-weight: bold; color: #0a6b1f;")
        self.error_label = QLabel()
        self.error_label.setObjectName("payError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("font-size: 14pt; font-weight: bold; color: #b00020;")

        cash_box = QGroupBox(self.tr("現金"))
        cash = QVBoxLayout(cash_box)
        cash.addWidget(QLabel(self.tr("お預かり")))
        cash.addWidget(self.tendered_label)
        cash.addLayout(self._keypad())
        quick = QHBoxLayout()
        self.quick_buttons: dict[str, QPushButton] = {}
        for text, key, amount in QUICK:
            button = QPushButton(f"{self.tr(text)}\n{key}")
            button.setMinimumHeight(56)
            button.clicked.connect(lambda _=False, a=amount: self.quick(a))
            quick.addWidget(button)
            self.quick_buttons[text] = button
        cash.addLayout(quick)
        cash.addWidget(QLabel(self.tr("お釣り")))
        cash.addWidget(self.change_label)
        self.confirm_button = QPushButton(self.tr("現金で確定 (Enter)"))
        self.confirm_button.setMinimumHeight(64)
        self.confirm_button.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.confirm_button.clicked.connect(self.confirm_cash)
        cash.addWidget(self.confirm_button)

        cashless_box = QGroupBox(self.tr("キャッシュレス（端末で決済してから押す）"))
        cashless = QVBoxLayout(cashless_box)
        split = QHBoxLayout()
        self.split_check = QCheckBox(self.tr("一部をキャッシュレス、残りを現金"))
        self.split_amount = QSpinBox()
        self.split_amount.setRange(1, max(self.total - 1, 1))
        self.split_amount.setSingleStep(100)
        self.split_amount.setSuffix(" 円")
        self.split_amount.setEnabled(False)
        self.split_check.toggled.connect(self.split_amount.setEnabled)
        split.addWidget(self.split_check)
        split.addWidget(self.split_amount)
        cashless.addLayout(split)
        grid = QGridLayout()
        self.brand_buttons: dict[str, QPushButton] = {}
        for i, (brand, label) in enumerate(CASHLESS_BRANDS):
            button = QPushButton(label)
            button.setMinimumHeight(56)
            button.setToolTip(BRAND_KEYS[i])
            button.clicked.connect(lambda _=False, b=brand: self.pay_cashless(b))
            grid.addWidget(button, i // 3, i % 3)
            self.brand_buttons[brand] = button
        cashless.addLayout(grid)
        cashless.addStretch(1)
        back = QPushButton(self.tr("戻る (Esc)"))
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

    # -- keypad --------------------------------------------------------------------------------
    def _keypad(self) -> QGridLayout:
        grid = QGridLayout()
        keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3", "0", "00", "C"]
        for i, key in enumerate(keys):
            button = QPushButton(key)
            button.setMinimumSize(72, 56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("font-size: 18pt;")
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
        if pressed in QUICK_KEYS:
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
                self.tr("%1 %2 支払済み　現金で残り %3")
                .replace("%1", method_label(brand)).replace("%2", format_yen(amount))
                .replace("%3", format_yen(self.cash_due))
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
            self._update()
            return
        self._commit([(brand, self.total)], None)

    def _commit(self, cashless: list[tuple[str, int]] | None, cash: int | None) -> None:
        # the sale commit: a named fast path, on the GUI thread; it announces sales and stock
        self.result_sale = run_op(
            self, self.register.db, lambda: self.register.checkout(cashless=cashless, cash_tendered=cash),
            changes=Changes(sales=True, stock=True), status=LabelStatus(self.error_label),
        )
        if self.result_sale is not None:
            self.accept()
