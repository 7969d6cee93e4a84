"""The coordinator PIN dialog: a 担当者 name and the PIN (masked digits), checked by pos.services.auth.

Keyboard: type the digits (the number pad works, full-width digits too), Enter confirms, Esc cancels.
On a touch screen the keypad under the field types the digits. A wrong PIN shows a message, clears the
field and keeps the dialog open; nothing is done until the right PIN is given.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.services import auth
from pos.services.store import Database
from pos.ui.i18n import tr_args
from pos.ui.operations import failure_text, run_op
from pos.ui.theme import set_role


class PinDialog(QDialog):
    """Ask for the coordinator PIN before `action_label`; `who` holds the name once accepted."""

    def __init__(self, db: Database, action_label: str, who: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.who = ""
        self.setWindowTitle(self.tr("コーディネーターの確認"))
        title = QLabel(tr_args(self.tr("「%1」にはコーディネーターPINが必要です"), action_label))
        title.setObjectName("pinTitle")
        title.setWordWrap(True)
        set_role(title, "title")
        self.name = QLineEdit(who)
        self.name.setObjectName("who")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("例: 山田"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(auth.MAX_DIGITS)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhHiddenText)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9０-９]*"), self.pin))
        set_role(self.pin, "pin")
        self.pin.setMinimumHeight(48)
        form = QFormLayout()
        form.addRow(self.tr("担当者(&N)"), self.name)
        form.addRow(self.tr("PIN(&P)"), self.pin)

        keypad = QGridLayout()
        keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3", "←", "0", "C"]
        for i, key in enumerate(keys):
            b = QPushButton(key)
            b.setObjectName(f"key_{key}")
            b.setMinimumSize(56, 48)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter and typing stay in the fields
            b.clicked.connect(lambda _=False, k=key: self._key(k))
            keypad.addWidget(b, i // 3, i % 3)

        self.error_label = QLabel()
        self.error_label.setObjectName("pinError")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("確認"))
        self.ok_button.setObjectName("confirm")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(keypad)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.pin if who else self.name).setFocus()

    def _key(self, key: str) -> None:
        if key == "←":
            self.pin.backspace()
        elif key == "C":
            self.pin.clear()
        else:
            self.pin.insert(key)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)

    def error(self, error: BaseException | str) -> None:
        """A refusal from the operation runner (a wrong PIN)."""
        self.show_error(error if isinstance(error, str) else failure_text(error))

    def accept(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.show_error(self.tr("担当者の名前を入力してください"))
            self.name.setFocus()
            return
        pin = self.pin.text()

        def check() -> bool:
            auth.check_pin(self.db, pin)  # refuses a wrong PIN
            return True

        if run_op(self, self.db, check, status=self) is None:
            self.pin.clear()
            self.pin.setFocus()
            return
        self.who = name
        super().accept()
