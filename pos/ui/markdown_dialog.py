"""値引 (markdown) of a cart line and the price of an open-price item, at the register.

Keyboard, as everywhere at the till: type digits, Enter confirms, Esc cancels.

- F6 on the register (`mark_down_selected`): asks the coordinator gate first (the PIN when one is
  set, as for voids), then `MarkdownDialog` for the selected cart line: type `100` for ¥100 off or
  `30%` for 30 % off (full-width digits and ％ work too), choose the reason with ↑/↓ in the field
  (or Alt+M 見切り, Alt+S 試食, Alt+O その他; 見切り is preselected), Enter. Alt+C takes an
  earlier markdown off.
  A refusal (more than the line's amount, 0 %, …) shows in red inside the dialog, which stays open.
  Each markdown is written to the audit log (who, the line, the amount, the reason).
- An open-price product (scanned, tapped or searched): `OpenPriceDialog` asks its price; typed
  digits + Enter add it to the cart, Esc adds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import MARKDOWN_REASONS, CartLine
from pos.domain.errors import InvalidInput, PosError
from pos.domain.money import format_yen
from pos.services import auth
from pos.services.changes import Changes
from pos.ui.i18n import error_text, tr_args
from pos.ui.operations import run_op
from pos.ui.theme import set_role

if TYPE_CHECKING:
    from pos.services.register import Register
    from pos.ui.register_screen import RegisterScreen

_ENTRY = re.compile(r"(\d{1,7})(%?)")


def parse_markdown(text: str) -> tuple[int | None, int | None]:
    """ "100" → (100 yen, None); "30%" → (None, 30 percent). Refuses anything else."""
    t = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("円", "").replace("¥", "")
    m = _ENTRY.fullmatch(t.replace(" ", ""))
    if not m:
        raise InvalidInput(
            "値引は金額（例: 100）か割合（例: 30%）で入力してください", "Type an amount (100) or a percentage (30%)"
        )
    value = int(m.group(1))
    return (None, value) if m.group(2) else (value, None)


def parse_price(text: str) -> int:
    t = unicodedata.normalize("NFKC", text).strip().replace(",", "").replace("円", "").replace("¥", "")
    if not t.isdigit() or len(t) > 7:
        raise InvalidInput("価格は円単位の整数で入力してください（例: 250）", "Type the price in whole yen")
    return int(t)


def _entry(placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    set_role(edit, "entry")
    edit.setMinimumHeight(48)
    edit.setMaxLength(12)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
    return edit


class MarkdownDialog(QDialog):
    """Mark down cart line `index` of `register`; `result` holds the marked-down line once accepted
    (None when the markdown was taken off)."""

    def __init__(self, register: Register, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.index = index
        self.result_line: CartLine | None = None
        line = register.cart.lines[index]
        self.setWindowTitle(self.tr("値引"))
        title = QLabel(
            tr_args(self.tr("%1 × %2　%3"), line.item.name, str(line.quantity), format_yen(line.list_amount))
        )
        title.setObjectName("markdownTitle")
        set_role(title, "sum")
        title.setWordWrap(True)
        self.amount = _entry(self.tr("例: 100（円）または 30%"))
        self.amount.setObjectName("markdownAmount")
        self.amount.textEdited.connect(self._preview)
        self.amount.installEventFilter(self)  # ↑/↓ choose the reason without leaving the field
        labels = {"mikiri": self.tr("見切り(&M)"), "shishoku": self.tr("試食(&S)"), "other": self.tr("その他(&O)")}
        self.reasons: dict[str, QRadioButton] = {}
        reason_row = QHBoxLayout()
        for key in MARKDOWN_REASONS:
            b = QRadioButton(labels[key])
            b.setObjectName(f"reason_{key}")
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            reason_row.addWidget(b)
            self.reasons[key] = b
        (self.reasons.get(line.discount_reason) or self.reasons["mikiri"]).setChecked(True)
        self.preview = QLabel()
        self.preview.setObjectName("markdownPreview")
        self.error_label = QLabel()
        self.error_label.setObjectName("markdownError")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        buttons = QDialogButtonBox()
        ok = QPushButton(self.tr("値引する"))
        ok.setObjectName("confirm")
        ok.setDefault(True)
        buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.clear_button = QPushButton(self.tr("値引を取り消す(&C)"))
        self.clear_button.setObjectName("clearMarkdown")
        self.clear_button.setEnabled(line.marked_down)
        self.clear_button.clicked.connect(self.take_off)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.amount)
        layout.addLayout(reason_row)
        layout.addWidget(self.preview)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.amount.setFocus()
        self._preview()

    def reason(self) -> str:
        return next(k for k, b in self.reasons.items() if b.isChecked())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.amount and event.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event).key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                keys = list(self.reasons)
                step = 1 if key == Qt.Key.Key_Down else -1
                self.reasons[keys[(keys.index(self.reason()) + step) % len(keys)]].setChecked(True)
                return True
        return super().eventFilter(obj, event)

    def _preview(self) -> None:
        line = self.register.cart.lines[self.index]
        try:
            yen, percent = parse_markdown(self.amount.text()) if self.amount.text().strip() else (0, None)
        except PosError:
            self.preview.setText("")
            return
        off = line.list_amount * percent // 100 if percent is not None else (yen or 0)
        self.preview.setText(tr_args(self.tr("値引 %1 → %2"), format_yen(off), format_yen(line.list_amount - off)))

    def accept(self) -> None:
        try:
            yen, percent = parse_markdown(self.amount.text())
            self.result_line = self.register.mark_down(self.index, self.reason(), yen=yen, percent=percent)
        except PosError as e:
            self.error_label.setText(error_text(e))
            self.amount.selectAll()
            self.amount.setFocus()
            return
        super().accept()

    def take_off(self) -> None:
        self.register.clear_markdown(self.index)
        self.result_line = None
        super().accept()


class OpenPriceDialog(QDialog):
    """The price of an open-price product; `price` holds it once accepted."""

    def __init__(self, name: str, usual: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.price: int | None = None
        self.setWindowTitle(self.tr("価格の入力"))
        title = QLabel(tr_args(self.tr("「%1」の価格を入力してください（いつもは %2）"), name, format_yen(usual)))
        title.setObjectName("openPriceTitle")
        title.setWordWrap(True)
        self.entry = _entry(self.tr("例: 250"))
        self.entry.setObjectName("openPrice")
        self.error_label = QLabel()
        self.error_label.setObjectName("openPriceError")
        set_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.entry)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.entry.setFocus()

    def accept(self) -> None:
        try:
            self.price = parse_price(self.entry.text())
        except PosError as e:
            self.error_label.setText(error_text(e))
            return
        super().accept()


def ask_open_price(parent: QWidget | None, name: str, usual: int) -> int | None:
    """The typed price, or None when cancelled."""
    dialog = OpenPriceDialog(name, usual, parent)
    try:
        return dialog.price if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def mark_down_selected(screen: RegisterScreen) -> None:
    """F6: the gate, then the markdown dialog for the selected cart line, then the audit entry."""
    row = screen.selected_row()
    if row is None:
        screen.alert(QCoreApplication.translate("MarkdownDialog", "値引する商品がカートにありません"))
        return
    who = screen.gate.require(screen, QCoreApplication.translate("MarkdownDialog", "値引"))
    if who is None:
        screen.focus_scan()
        return
    dialog = MarkdownDialog(screen.register, row, screen)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        line = dialog.result_line
    finally:
        dialog.deleteLater()
    screen.refresh_cart(select=row)
    screen.focus_scan()
    if not accepted:
        return
    item = screen.register.cart.lines[row]
    if line is None:
        detail = f"{item.item.name} × {item.quantity}　値引を取り消し"
    else:
        reason = MARKDOWN_REASONS[line.discount_reason]
        how = f"{line.discount_percent}%" if line.discount_percent else format_yen(line.discount_yen)
        detail = f"{item.item.name} × {item.quantity}　{how}（−{format_yen(line.discount)}）　理由: {reason}"
    run_op(
        screen,
        screen.db,
        lambda: auth.record(screen.db, who, "markdown", screen.header_text(), detail),
        changes=Changes(settings=True),
    )
    if line is None:
        screen.info(QCoreApplication.translate("MarkdownDialog", "値引を取り消しました"))
    else:
        screen.info(tr_args(QCoreApplication.translate("MarkdownDialog", "値引しました: %1"), detail))
