"""設定: the booth's names, default commission and backups; commission and fee rates (pos.ui.rates_editor);
the coordinator PIN; the audit log (latest 200).

`open_settings_dialog(parent, db)` asks the coordinator gate first (the PIN, unless unlocked or no PIN
is set yet) and shows the dialog (modal). Saving asks the gate again (at once when still unlocked) and
writes one audit entry listing what changed. The first PIN is set without a PIN; changing it needs the
current one. Nothing is saved while a value is refused (the message says which).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.clock import local
from pos.domain.errors import InvalidInput
from pos.services import auth
from pos.services.changes import Changes
from pos.services.settings import EDITABLE_NUMBERS, EDITABLE_TEXT, get_settings, save_settings
from pos.services.store import Database
from pos.ui.coordinator import CoordinatorGate, gate_for
from pos.ui.i18n import tr_args
from pos.ui.operations import LabelStatus, read_op, run_op
from pos.ui.rates_editor import RatesEditor
from pos.ui.theme import set_role

AUDIT_ROWS = 200


class SettingsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, gate: CoordinatorGate | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.gate = gate if gate is not None else gate_for(db)
        self.setWindowTitle(self.tr("設定"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._settings_tab(), self.tr("ブース"))
        self.rates = RatesEditor(db, self.gate)
        self.tabs.addTab(self.rates, self.tr("手数料率"))
        self.tabs.addTab(self._pin_tab(), self.tr("コーディネーターPIN"))
        self.tabs.addTab(self._audit_tab(), self.tr("操作の記録"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("閉じる"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.resize(760, 560)
        self.load()

    # -- booth settings ---------------------------------------------------------------------------------
    def _settings_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key, (label, required) in {
            **{k: (v[0], v[1]) for k, v in EDITABLE_TEXT.items()},
            **{k: (v[0], True) for k, v in EDITABLE_NUMBERS.items()},
        }.items():
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setMaxLength(100)
            form.addRow(label + ("" if required else self.tr("（任意）")), edit)
            self.fields[key] = edit
        self.save_button = QPushButton(self.tr("保存(&S)"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addStretch(1)
        return tab

    def load(self) -> None:
        values: dict[str, str] = read_op(
            self, self.db, lambda: get_settings(self.db), {}, status=LabelStatus(self.message)
        )
        for key, edit in self.fields.items():
            edit.setText(values.get(key, ""))
        self.refresh_pin()
        self.refresh_audit()

    def save(self) -> None:
        who = self.gate.require(self, self.tr("設定の変更"))
        if who is None:
            return
        values = {k: e.text() for k, e in self.fields.items()}
        self._say(self.message, "", error=True)
        changed = run_op(
            self,
            self.db,
            lambda: save_settings(self.db, values, who) or False,
            changes=Changes(settings=True),
            status=LabelStatus(self.message),
        )
        if changed is None:
            return
        self.load()
        self.rates.load()  # the default commission shown there
        self._say(self.message, self.tr("保存しました") if changed else self.tr("変更はありません"))

    # -- the PIN ------------------------------------------------------------------------------------------
    def _pin_tab(self) -> QWidget:
        tab = QWidget()
        self.pin_state = QLabel()
        self.pin_state.setObjectName("pinState")
        self.pin_state.setWordWrap(True)
        box = QGroupBox(tr_args(self.tr("PINの登録・変更（%1〜%2桁の数字）"), auth.MIN_DIGITS, auth.MAX_DIGITS))
        form = QFormLayout(box)
        self.pin_who = QLineEdit()
        self.pin_who.setObjectName("pinWho")
        self.old_pin, self.new_pin, self.new_pin2 = (self._pin_field(n) for n in ("oldPin", "newPin", "newPin2"))
        self.old_pin_label = QLabel(self.tr("今のPIN"))
        form.addRow(self.tr("担当者"), self.pin_who)
        form.addRow(self.old_pin_label, self.old_pin)
        form.addRow(self.tr("新しいPIN"), self.new_pin)
        form.addRow(self.tr("新しいPIN（確認）"), self.new_pin2)
        self.pin_button = QPushButton()
        self.pin_button.setObjectName("setPin")
        self.pin_button.clicked.connect(self.change_pin)
        self.lock_button = QPushButton(self.tr("今すぐロックする"))
        self.lock_button.setObjectName("lockNow")
        self.lock_button.clicked.connect(self.lock_now)
        self.pin_message = QLabel()
        self.pin_message.setObjectName("pinMessage")
        self.pin_message.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.pin_state)
        layout.addWidget(box)
        layout.addWidget(self.pin_button)
        layout.addWidget(self.pin_message)
        layout.addWidget(self.lock_button)
        layout.addStretch(1)
        return tab

    def _pin_field(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(auth.MAX_DIGITS)
        return edit

    def refresh_pin(self) -> None:
        is_set = read_op(self, self.db, lambda: auth.pin_is_set(self.db), False)
        self.pin_state.setText(
            self.tr("PINは登録済みです。取消・精算・再開・設定・マスタの変更にはPINが必要です。")
            if is_set
            else self.tr("コーディネーターPINが未設定です。登録するまで、取消・精算などはPINなしでできます。")
        )
        self.old_pin.setVisible(is_set)
        self.old_pin_label.setVisible(is_set)
        self.pin_button.setText(self.tr("PINを変更する") if is_set else self.tr("PINを登録する"))
        if not self.pin_who.text() and self.gate.who:
            self.pin_who.setText(self.gate.who)

    def change_pin(self) -> None:
        who = self.pin_who.text().strip()
        old, new, again = self.old_pin.text(), self.new_pin.text(), self.new_pin2.text()
        for edit in (self.old_pin, self.new_pin, self.new_pin2):
            edit.clear()

        def set_pin() -> bool:
            if not who:
                raise InvalidInput("担当者の名前を入力してください", "Enter your name")
            if new != again:
                raise InvalidInput("新しいPINが確認欄と一致しません", "The new PINs differ")
            changing = auth.pin_is_set(self.db)
            auth.set_pin(self.db, new, old if changing else None, who)
            return changing

        self._say(self.pin_message, "", error=True)
        changing = run_op(self, self.db, set_pin, changes=Changes(settings=True), status=LabelStatus(self.pin_message))
        if changing is None:
            return
        self.gate.who = who
        self.refresh_pin()
        self.refresh_audit()
        self._say(self.pin_message, self.tr("PINを変更しました") if changing else self.tr("PINを登録しました"))

    def lock_now(self) -> None:
        self.gate.lock()
        self._say(self.pin_message, self.tr("ロックしました。次の操作ではPINが必要です"))

    # -- the audit log ----------------------------------------------------------------------------------
    def _audit_tab(self) -> QWidget:
        tab = QWidget()
        self.audit = QTableWidget(0, 5)
        self.audit.setObjectName("auditLog")
        self.audit.setHorizontalHeaderLabels(
            [self.tr("日時"), self.tr("担当者"), self.tr("操作"), self.tr("対象"), self.tr("内容")]
        )
        self.audit.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit.verticalHeader().setVisible(False)
        header = self.audit.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        note = QLabel(tr_args(self.tr("新しい順に最大%1件"), AUDIT_ROWS))
        layout = QVBoxLayout(tab)
        layout.addWidget(note)
        layout.addWidget(self.audit, 1)
        return tab

    def refresh_audit(self) -> None:
        rows: list[auth.AuditRecord] = read_op(self, self.db, lambda: auth.list_audit(self.db, AUDIT_ROWS), [])
        self.audit.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = [
                local(r.at).strftime("%Y-%m-%d %H:%M:%S"),
                r.who,
                auth.action_label(r.action),
                r.target,
                r.detail.replace("\n", " / "),
            ]
            for j, text in enumerate(cells):
                self.audit.setItem(i, j, QTableWidgetItem(text))

    def _say(self, label: QLabel, text: str, error: bool = False) -> None:
        set_role(label, "error" if error else "ok")
        label.setText(text)


def open_settings_dialog(parent: QWidget | None, db: Database, gate: CoordinatorGate | None = None) -> bool:
    """Ask the gate, then show the settings dialog (modal). False when the PIN was not given."""
    gate = gate if gate is not None else gate_for(db)
    if gate.require(parent, QCoreApplication.translate("SettingsDialog", "設定")) is None:
        return False
    dialog = SettingsDialog(db, parent, gate)
    dialog.exec()
    dialog.deleteLater()
    return True
