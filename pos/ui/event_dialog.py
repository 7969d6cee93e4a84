"""Recording an event over several days (販売日 → 複数日の催しを登録…; docs/tills.md).

Venue, first and last day (date pickers; the first day defaults to today, the last to two days later)
and the notes for the monthly lines, written once for the whole event. 登録 records it through the
operation runner; a refusal (last day before the first, an overlapping event, more than 31 days) is
shown in the dialog's own red line and nothing is recorded. Esc cancels.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import PosError
from pos.services import catalog, events
from pos.services.changes import Changes
from pos.services.events import EventInfo
from pos.services.store import Database
from pos.ui.i18n import error_text
from pos.ui.operations import query_op, run_op, show_error
from pos.ui.theme import set_role


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class EventDialog(QDialog):
    def __init__(self, db: Database, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.created: EventInfo | None = None
        self.setWindowTitle(self.tr("複数日の催しを登録"))
        self.venue = QComboBox()
        query_op(self, db, lambda: catalog.list_venues(db), self._venues, background=False)
        self.first = QDateEdit(_qdate(today))
        self.last = QDateEdit(_qdate(today + timedelta(days=2)))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("例: 他区から1事業所がゲスト出店"))
        self.error = QLabel()
        self.error.setObjectName("eventError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        intro = QLabel(
            self.tr(
                "会場と期間を登録すると、その間の販売日が一つの催しになります。備考は月ごとの活動内容に一度だけ載ります。"
                "最終日の前の日の売れ残りは、翌日の販売日を開くと元の期限のまま持ち込まれます。"
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("会場"), self.venue)
        form.addRow(self.tr("初日"), self.first)
        form.addRow(self.tr("最終日"), self.last)
        form.addRow(self.tr("備考"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("登録"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _venues(self, venues: list) -> None:
        for v in venues:
            self.venue.addItem(v.name, v.id)

    def record(self) -> None:
        venue_id, first, last = self.venue.currentData(), _pydate(self.first.date()), _pydate(self.last.date())
        if venue_id is None:
            self.error.setText(self.tr("会場が登録されていません"))
            return
        notes = self.notes.text()
        self.created = run_op(
            self,
            self.db,
            lambda: events.create_event(self.db, venue_id, first, last, notes),
            changes=Changes(days=True, activities=True),
            on_failed=self._failed,
        )
        if self.created is not None:
            self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PosError):
            self.error.setText(error_text(error))
        else:
            show_error(self, error)


def open_event_dialog(parent: QWidget | None, db: Database, today: date) -> bool:
    """Show the dialog (modal); True when an event was recorded."""
    return EventDialog(db, today, parent).exec() == QDialog.DialogCode.Accepted
