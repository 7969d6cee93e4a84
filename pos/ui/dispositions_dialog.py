"""End of day: what happens to the perishable food left (売れ残りの記録), before the close.

`open_dispositions_dialog(parent, db, day_id) -> bool` lists every perishable lot with units left:
workshop, product, expiry, units left; per lot the number disposed (廃棄) and handed over otherwise
(その他, with what happened in words) — the rest is taken back (持ち帰り), the default. Buttons:
記録 (Ctrl+Enter) records what is shown; すべて持ち帰り records everything as taken back, marked as
recorded by default; キャンセル records nothing and returns False (the close should not go on).
Returns True at once, without showing anything, when no perishable units are left.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.services import dispositions
from pos.services.changes import Changes
from pos.services.dispositions import DISPOSED, OTHER, TAKEN_BACK, DispositionItem, RecordedDisposition, UnsoldLot
from pos.services.store import Database
from pos.ui.i18n import tr_args
from pos.ui.operations import LabelStatus, read_op, run_op
from pos.ui.theme import set_role


@dataclass
class _Row:
    lot: UnsoldLot
    taken_back: QLabel
    disposed: QSpinBox
    other: QSpinBox
    note: QLineEdit

    def taken_back_units(self) -> int:
        return self.lot.left - self.disposed.value() - self.other.value()

    def items(self) -> list[DispositionItem]:
        note = self.note.text().strip()
        return [
            DispositionItem(self.lot.lot_id, kind, n, note if kind == OTHER else "")
            for kind, n in (
                (TAKEN_BACK, self.taken_back_units()),
                (DISPOSED, self.disposed.value()),
                (OTHER, self.other.value()),
            )
            if n
        ]


class DispositionsDialog(QDialog):
    """The perishable lots left at the end of the day; `recorded` holds what was written."""

    def __init__(self, db: Database, day_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.day_id = day_id
        self.recorded: list[RecordedDisposition] = []
        self.setWindowTitle(self.tr("売れ残りの記録（締めの前に）"))
        self.resize(960, 560)

        intro = QLabel(
            self.tr(
                "消費期限のある商品の売れ残りです。廃棄した数、その他（寄贈など）の数を入れてください。"
                "残りは各事業所の持ち帰りとして記録され、精算票に載ります。"
            )
        )
        intro.setWordWrap(True)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        for col, text in enumerate(
            (
                self.tr("事業所"),
                self.tr("商品"),
                self.tr("期限"),
                self.tr("残り"),
                self.tr("持ち帰り"),
                self.tr("廃棄"),
                self.tr("その他"),
                self.tr("その他の内容"),
            )
        ):
            header = QLabel(text)
            set_role(header, "heading")
            grid.addWidget(header, 0, col)
        self.rows: list[_Row] = []
        for i, lot in enumerate(read_op(parent, db, lambda: dispositions.unsold_lots(db, day_id)), start=1):
            self.rows.append(self._add_row(grid, i, lot))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")

        buttons = QDialogButtonBox()
        self.record_button = QPushButton(self.tr("記録 (Ctrl+Enter)"))
        self.record_button.setObjectName("record")
        self.record_button.setDefault(True)
        self.all_back_button = QPushButton(self.tr("すべて持ち帰りで記録"))
        self.all_back_button.setObjectName("allTakenBack")
        cancel = QPushButton(self.tr("キャンセル"))
        for b in (self.record_button, self.all_back_button, cancel):
            b.setMinimumHeight(44)
        buttons.addButton(self.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.all_back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.record_button.clicked.connect(self.record)
        self.all_back_button.clicked.connect(self.record_all_taken_back)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._update()
        if self.rows:
            self.rows[0].disposed.setFocus()

    def _add_row(self, grid: QGridLayout, i: int, lot: UnsoldLot) -> _Row:
        disposed, other = QSpinBox(), QSpinBox()
        for spin, kind in ((disposed, "disposed"), (other, "other")):
            spin.setRange(0, lot.left)
            spin.setMinimumSize(90, 36)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setObjectName(f"{kind}_{i}")
            spin.valueChanged.connect(self._update)
        disposed.setAccessibleName(tr_args(self.tr("%1の廃棄数"), lot.product_name))
        other.setAccessibleName(tr_args(self.tr("%1のその他の数"), lot.product_name))
        note = QLineEdit()
        note.setObjectName(f"note_{i}")
        note.setPlaceholderText(self.tr("例: 子ども食堂へ寄贈"))
        note.textChanged.connect(self._update)
        taken_back = QLabel()
        taken_back.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        taken_back.setObjectName(f"takenBack_{i}")
        expiry = "—" if lot.expiry_date is None else lot.expiry_date.strftime("%m/%d")
        if lot.expired:
            expiry += self.tr("（期限切れ）")
        left = QLabel(str(lot.left))
        left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for col, widget in enumerate(
            (
                QLabel(lot.workshop_name),
                QLabel(lot.product_name),
                QLabel(expiry),
                left,
                taken_back,
                disposed,
                other,
                note,
            )
        ):
            grid.addWidget(widget, i, col)
        return _Row(lot, taken_back, disposed, other, note)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if QKeySequence(event.keyCombination()).toString() in ("Ctrl+Return", "Ctrl+Enter"):
            self.record()
            return
        super().keyPressEvent(event)

    # -- checking --------------------------------------------------------------------------------
    def problem(self) -> str:
        for r in self.rows:
            if r.taken_back_units() < 0:
                return tr_args(
                    self.tr("「%1」: 廃棄とその他の合計が残り（%2個）を超えています"), r.lot.product_name, r.lot.left
                )
            if r.other.value() and not r.note.text().strip():
                return tr_args(self.tr("「%1」: その他の内容（渡した先など）を入力してください"), r.lot.product_name)
        return ""

    def _update(self) -> None:
        for r in self.rows:
            r.taken_back.setText(str(max(r.taken_back_units(), 0)))
        problem = self.problem()
        self.message.setText(problem)
        self.record_button.setEnabled(not problem)

    def items(self) -> list[DispositionItem]:
        return [item for r in self.rows for item in r.items()]

    # -- recording -----------------------------------------------------------------------------------
    def record(self) -> None:
        if self.problem():
            return
        items = self.items()
        recorded = run_op(
            self,
            self.db,
            lambda: dispositions.record_dispositions(self.db, self.day_id, items),
            changes=Changes(stock=True),
            status=LabelStatus(self.message),
        )
        if recorded is None:
            return
        self.recorded = recorded
        self.accept()

    def record_all_taken_back(self) -> None:
        recorded = run_op(
            self,
            self.db,
            lambda: dispositions.record_default_dispositions(self.db, self.day_id),
            changes=Changes(stock=True),
            status=LabelStatus(self.message),
        )
        if recorded is None:
            return
        self.recorded = recorded
        self.accept()


def open_dispositions_dialog(parent: QWidget | None, db: Database, day_id: UUID) -> bool:
    """Ask what happened to the perishable food left; True when recorded (or nothing was left)."""
    if not read_op(parent, db, lambda: dispositions.unsold_lots(db, day_id)):
        return True
    dialog = DispositionsDialog(db, day_id, parent)
    return bool(dialog.exec())
