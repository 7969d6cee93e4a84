"""The small dialogs of the 予定・人員 tab: plan a day (or a recurring pattern), record a request,
accept one (venue and hours), decline one (reason 人手不足・日程重複・その他 and a note).

Each dialog only collects values; the tab runs the service call through the operation runner, and a
refusal is shown on the dialog's own error line so nothing typed is lost. Enter confirms, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any
from uuid import UUID

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.calendar import REASON_LABELS, WEEKDAY_JA
from pos.domain.errors import PosError
from pos.services.catalog import VenueInfo, WorkshopInfo
from pos.ui.i18n import error_text
from pos.ui.theme import set_role


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def date_edit(d: date) -> QDateEdit:
    edit = QDateEdit(qdate(d))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _FormDialog(QDialog):
    """A form with an error line and OK / Cancel; `submit` runs `self.action()` and closes on success."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_line = QLabel()
        self.error_line.setObjectName("dialogError")
        self.error_line.setWordWrap(True)
        set_role(self.error_line, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        layout.addWidget(self.error_line)
        layout.addWidget(self.buttons)
        self.action: Callable[[], Any] | None = None
        self.result_value: Any = None

    def error(self, error: Exception | str) -> None:
        """The operation runner's status protocol: a refusal lands on the dialog's error line."""
        self.error_line.setText(error_text(error) if isinstance(error, PosError) else str(error))

    def submit(self) -> None:
        if self.action is not None:
            self.action()


class PlanDayDialog(_FormDialog):
    """A planned day, or a recurring pattern of days, with hours, workshops and one shift."""

    def __init__(
        self,
        on: date,
        venues: list[VenueInfo],
        workshops: list[WorkshopInfo],
        parent: QWidget | None = None,
        existing: Any = None,
    ) -> None:
        super().__init__(self.tr("販売予定を追加") if existing is None else self.tr("販売予定を変更"), parent)
        self.first = date_edit(on)
        self.venue = QComboBox()
        for v in venues:
            self.venue.addItem(v.name, v.id)
        self.start = QLineEdit("10:00")
        self.end = QLineEdit("15:00")
        hours = QHBoxLayout()
        hours.addWidget(self.start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.end)
        self.repeat = QComboBox()
        self.repeat.addItem(self.tr("繰り返さない"), "")
        self.repeat.addItem(self.tr("毎平日（月～金）"), "weekdays")
        self.repeat.addItem(self.tr("毎週"), "weekly")
        self.repeat.addItem(self.tr("毎月 第N曜日（例 第2土曜）"), "monthly")
        self.nth = QSpinBox()
        self.nth.setRange(1, 5)
        self.nth.setPrefix(self.tr("第"))
        self.weekday = QComboBox()
        for i, weekday_name in enumerate(WEEKDAY_JA):
            self.weekday.addItem(weekday_name + self.tr("曜"), i)
        self.weekday.setCurrentIndex(5)
        self.last = date_edit(on)
        repeat_row = QHBoxLayout()
        for widget in (self.repeat, self.nth, self.weekday, QLabel(self.tr("終わりの日")), self.last):
            repeat_row.addWidget(widget)
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self.workshops = QListWidget()
        for w in workshops:
            item = QListWidgetItem(w.name)
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.workshops.addItem(item)
        self.workshops.itemActivated.connect(
            lambda it: it.setCheckState(
                Qt.CheckState.Unchecked if it.checkState() == Qt.CheckState.Checked else Qt.CheckState.Checked
            )
        )
        self.shift_start = QLineEdit("10:00")
        self.shift_end = QLineEdit("15:00")
        self.needed = QSpinBox()
        self.needed.setRange(0, 50)
        self.needed.setValue(2)
        self.needed.setSuffix(self.tr(" 人"))
        shift_row = QHBoxLayout()
        for part in (self.shift_start, QLabel("–"), self.shift_end, self.needed):
            shift_row.addWidget(part)
        self.notes = QLineEdit()
        self.form.addRow(self.tr("日付(&D)"), self.first)
        self.form.addRow(self.tr("会場(&V)"), self.venue)
        self.form.addRow(self.tr("時間(&H)"), hours)
        self.form.addRow(self.tr("繰り返し(&R)"), repeat_row)
        self.form.addRow(self.tr("人員（シフトと必要な人数、0人ならシフトなし）"), shift_row)
        self.form.addRow(self.tr("メモ(&N)"), self.notes)
        self.extra.addWidget(QLabel(self.tr("出店する事業所（スペースで選択）")))
        self.extra.addWidget(self.workshops)
        self._repeat_changed()
        if existing is not None:
            self._edit(existing)

    def _edit(self, p: Any) -> None:
        """Editing a planned day: hours, notes and workshops change; date, venue and shifts stay."""
        self.first.setDate(qdate(p.day))
        for i in range(self.venue.count()):
            if self.venue.itemData(i) == p.venue_id:
                self.venue.setCurrentIndex(i)
        self.start.setText(p.start)
        self.end.setText(p.end)
        self.notes.setText(p.notes)
        planned = {w for w, _ in p.workshops}
        for i in range(self.workshops.count()):
            item = self.workshops.item(i)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in planned else Qt.CheckState.Unchecked
            )
        for w in (
            self.first,
            self.venue,
            self.repeat,
            self.nth,
            self.weekday,
            self.last,
            self.shift_start,
            self.shift_end,
            self.needed,
        ):
            w.setEnabled(False)

    def _repeat_changed(self) -> None:
        kind = self.repeat.currentData()
        self.nth.setEnabled(kind == "monthly")
        self.weekday.setEnabled(kind in ("weekly", "monthly"))
        self.last.setEnabled(bool(kind))

    def pattern(self) -> str:
        kind = self.repeat.currentData()
        if kind == "weekly":
            return f"weekly:{self.weekday.currentData()}"
        if kind == "monthly":
            return f"monthly:{self.nth.value()}:{self.weekday.currentData()}"
        return kind or ""

    def checked_workshops(self) -> list[UUID]:
        return [
            self.workshops.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.workshops.count())
            if self.workshops.item(i).checkState() == Qt.CheckState.Checked
        ]


class RequestDialog(_FormDialog):
    """A new request for the booth to come."""

    def __init__(self, on: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("出店依頼を記録"), parent)
        self.requester = QLineEdit()
        self.requester.setPlaceholderText(self.tr("例: ○○地域ケアプラザ"))
        self.event_name = QLineEdit()  # not `event`: that would hide QWidget.event()
        self.day = date_edit(on)
        self.contact = QLineEdit()
        self.form.addRow(self.tr("依頼元(&F)"), self.requester)
        self.form.addRow(self.tr("行事(&E)"), self.event_name)
        self.form.addRow(self.tr("日付(&D)"), self.day)
        self.form.addRow(self.tr("連絡先(&C)"), self.contact)


class AcceptDialog(_FormDialog):
    """Accepting a request: at which venue, and the hours."""

    def __init__(self, summary: str, venues: list[VenueInfo], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("依頼をお受けする"), parent)
        self.venue = QComboBox()
        for v in venues:
            self.venue.addItem(v.name, v.id)
        self.start = QLineEdit("10:00")
        self.end = QLineEdit("15:00")
        self.form.addRow(QLabel(summary))
        self.form.addRow(self.tr("会場(&V)"), self.venue)
        self.form.addRow(self.tr("開始(&S)"), self.start)
        self.form.addRow(self.tr("終了(&E)"), self.end)


class DeclineDialog(_FormDialog):
    """Declining a request: the reason and a note."""

    def __init__(self, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("依頼をお断りする"), parent)
        self.reason = QComboBox()
        labels = {"staff": self.tr("人手不足"), "clash": self.tr("日程重複"), "other": self.tr("その他")}
        for key in REASON_LABELS:
            self.reason.addItem(labels[key], key)
        self.note = QLineEdit()
        self.form.addRow(QLabel(summary))
        self.form.addRow(self.tr("理由(&R)"), self.reason)
        self.form.addRow(self.tr("メモ(&N)"), self.note)
