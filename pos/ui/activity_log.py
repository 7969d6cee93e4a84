"""活動記録: the committee meetings and other dated activities of a fiscal year, and the notes on its
sales days — everything the monthly activity lines take besides the sales themselves.

`ActivityLogWidget(db)` is self-contained; every saved change announces `activities` on the change
bus (pos.ui.operations), from which the monthly lines and the annual report refresh; `changed` is
still emitted for a caller that waits on it. Its texts are Japanese only (the committee's own
records, read by the ward in Japanese). Deleting an activity asks first; sales days
are never deleted here, only their notes edited.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from pos.domain.calendar import requests_sentence
from pos.domain.clock import today_local
from pos.domain.fiscal import fiscal_year_range, format_date_ja
from pos.domain.report_lines import KIND_MEETING, KIND_OTHER
from pos.services import activities, requests
from pos.services.activities import ActivityInfo, DayNote
from pos.services.changes import Changes
from pos.services.fiscal_years import fiscal_years
from pos.services.requests import RequestInfo
from pos.services.store import Database
from pos.ui.operations import first_load, read_op, run_op
from pos.ui.report_controls import FiscalYearCombo, StatusLine, table_view
from pos.ui.screen import Screen
from pos.ui.table_model import Column, RowsTableModel

T = TypeVar("T")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class ActivityLogWidget(Screen):
    """Record meetings (date, agenda) and other activities; edit the notes of sales days."""

    changed = Signal()

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.today = today or today_local()
        self._editing: ActivityInfo | None = None

        self.years = FiscalYearCombo(read_op(self, db, lambda: fiscal_years(db, self.today), [self.today.year]))
        self.years.year_changed.connect(self._on_year_changed)

        # -- meetings and other activities --
        self.activity_model: RowsTableModel[ActivityInfo] = RowsTableModel(
            [
                Column("日付", lambda a: format_date_ja(a.day)),
                Column("種類", lambda a: a.kind_label),
                Column("名称", lambda a: a.label),
                Column("議題・備考", lambda a: a.note),
            ]
        )
        self.activity_view = table_view(self.activity_model, stretch=3)
        self.activity_view.setAccessibleName("会議・活動の一覧")
        self.activity_view.selectionModel().currentRowChanged.connect(self._on_activity_selected)

        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setLocale(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
        self.day_edit.setDisplayFormat("yyyy/MM/dd (ddd)")
        self.kind_box = QComboBox()
        self.kind_box.addItem(activities.KIND_LABELS[KIND_MEETING], KIND_MEETING)
        self.kind_box.addItem(activities.KIND_LABELS[KIND_OTHER], KIND_OTHER)
        self.kind_box.currentIndexChanged.connect(self._on_kind_changed)
        self.label_box = QComboBox()
        self.label_box.setEditable(True)
        self.label_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText("会議の議題（例: 区役所・イオン販売、新規加入等）や備考")
        self.note_edit.returnPressed.connect(self.on_save_activity)

        self.add_button = QPushButton("追加(&A)")
        self.add_button.clicked.connect(self.on_add_activity)
        self.update_button = QPushButton("変更を保存(&U)")
        self.update_button.clicked.connect(self.on_update_activity)
        self.delete_button = QPushButton("削除(&D)…")
        self.delete_button.clicked.connect(self.on_delete_activity)
        self.new_button = QPushButton("新規入力(&N)")
        self.new_button.clicked.connect(self.start_new)

        form = QGridLayout()
        for col, (text, widget) in enumerate(
            (("日付(&T)", self.day_edit), ("種類(&K)", self.kind_box), ("名称(&L)", self.label_box))
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, 0, 2 * col)
            form.addWidget(widget, 0, 2 * col + 1)
        note_label = QLabel("議題・備考(&G)")
        note_label.setBuddy(self.note_edit)
        form.addWidget(note_label, 1, 0)
        form.addWidget(self.note_edit, 1, 1, 1, 5)
        form.setColumnStretch(5, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.update_button, self.delete_button, self.new_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        activity_box = QGroupBox("会議・その他の活動")
        box_layout = QVBoxLayout(activity_box)
        box_layout.addWidget(self.activity_view)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)

        # -- notes on sales days --
        self.day_model: RowsTableModel[DayNote] = RowsTableModel(
            [
                Column("日付", lambda d: format_date_ja(d.day)),
                Column("会場", lambda d: d.venue_name),
                Column("出店", lambda d: d.workshops, align_right=True),
                Column("ゲスト", lambda d: d.guests or "", align_right=True),
                Column("備考（月ごとの活動に追記）", lambda d: d.notes),
            ]
        )
        self.day_view = table_view(self.day_model, stretch=4)
        self.day_view.setAccessibleName("販売日の一覧")
        self.day_view.selectionModel().currentRowChanged.connect(self._on_day_selected)
        self.day_note_edit = QLineEdit()
        self.day_note_edit.setPlaceholderText("例: 他区から1事業所がゲスト出店、相談コーナー併設")
        self.day_note_edit.returnPressed.connect(self.on_save_day_note)
        self.day_note_button = QPushButton("備考を保存(&S)")
        self.day_note_button.clicked.connect(self.on_save_day_note)
        note_row = QHBoxLayout()
        day_note_label = QLabel("選んだ販売日の備考(&B)")
        day_note_label.setBuddy(self.day_note_edit)
        note_row.addWidget(day_note_label)
        note_row.addWidget(self.day_note_edit, 1)
        note_row.addWidget(self.day_note_button)
        day_box = QGroupBox("販売日の備考")
        day_layout = QVBoxLayout(day_box)
        day_layout.addWidget(self.day_view)
        day_layout.addLayout(note_row)

        top = QHBoxLayout()
        year_label = QLabel("年度(&Y)")
        year_label.setBuddy(self.years)
        top.addWidget(year_label)
        top.addWidget(self.years)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(activity_box)
        splitter.addWidget(day_box)
        splitter.addWidget(self._requests_box())
        self.status = StatusLine()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        self.refresh(background=True)  # the page comes up at once; its rows a moment later
        self.start_new()
        # the sales days listed for their notes, and the requests
        self.follow_changes(db, lambda c: c.days or c.calendar, self.refresh)

    def _requests_box(self) -> QGroupBox:
        """The year's requests for the booth (出店依頼) and their answers; answered in 予定・人員."""
        self.requests_model: RowsTableModel[RequestInfo] = RowsTableModel(
            [
                Column("日付", lambda r: format_date_ja(r.day)),
                Column("平日/土日", lambda r: r.day_kind),
                Column("依頼元", lambda r: r.requester),
                Column("行事", lambda r: r.event),
                Column("回答", lambda r: r.answer),
            ]
        )
        self.requests_view = table_view(self.requests_model, stretch=4)
        self.requests_view.setAccessibleName("出店依頼の一覧")
        self.requests_sentence = QLabel()
        self.requests_sentence.setWordWrap(True)
        box = QGroupBox("出店依頼（回答は「予定・人員」のタブで）")
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.requests_view)
        box_layout.addWidget(self.requests_sentence)
        return box

    def _show_requests(self, rows: list[RequestInfo]) -> None:
        self.requests_model.set_rows(rows)
        counts = requests.count_requests((r.day, r.status, r.decline_reason) for r in rows)
        self.requests_sentence.setText(f"{len(rows)}件の依頼。" + requests_sentence(counts))

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, *, background: bool = False) -> None:
        """Read the chosen year's records and show them: at once after the user's own change (what
        they did shows with its message), in a worker when the page is first built."""
        fy = self.years.year()

        def read() -> tuple[list[ActivityInfo], list[DayNote], list[str], list[RequestInfo]]:
            return (
                activities.list_activities(self.db, fy),
                activities.list_day_notes(self.db, fy),
                activities.activity_labels(self.db),
                requests.list_requests(self.db, fy),
            )

        if background:
            first_load(self, self.db, read, self._show, status=self.status)
            return
        nothing: tuple[list[ActivityInfo], list[DayNote], list[str], list[RequestInfo]] = ([], [], [], [])
        self._show(read_op(self, self.db, read, nothing, status=self.status))

    def _show(self, records: tuple[list[ActivityInfo], list[DayNote], list[str], list[RequestInfo]]) -> None:
        rows, notes, labels, requests_rows = records
        self.activity_model.set_rows(rows)
        self.day_model.set_rows(notes)
        self._show_requests(requests_rows)
        current = self.label_box.currentText()
        self.label_box.clear()
        self.label_box.addItems(labels)
        self.label_box.setCurrentText(current)
        self._editing = None
        self._update_buttons()

    def _on_year_changed(self, _fy: int) -> None:
        self.refresh()
        self.start_new()  # the date field offers the chosen year's days

    def _update_buttons(self) -> None:
        self.update_button.setEnabled(self._editing is not None)
        self.delete_button.setEnabled(self._editing is not None)
        self.day_note_button.setEnabled(self.day_view.currentIndex().isValid())

    def start_new(self) -> None:
        """Empty the form for a new activity (a meeting, dated today when today is in the year)."""
        self._editing = None
        self.activity_view.clearSelection()
        first, last = fiscal_year_range(self.years.year())
        self.day_edit.setDateRange(_qdate(first), _qdate(last))
        self.day_edit.setDate(_qdate(min(max(self.today, first), last)))
        self.kind_box.setCurrentIndex(0)
        self.label_box.setCurrentText(activities.MEETING_LABEL)
        self.note_edit.clear()
        self._update_buttons()

    def _on_kind_changed(self, _index: int) -> None:
        if self._editing is None:
            meeting = self.kind_box.currentData() == KIND_MEETING
            self.label_box.setCurrentText(activities.MEETING_LABEL if meeting else activities.AUDIT_LABEL)

    def _on_activity_selected(self, current, _previous) -> None:
        if not current.isValid():
            return
        a = self.activity_model.row(current.row())
        self._editing = a
        self.day_edit.setDate(_qdate(a.day))
        self.kind_box.setCurrentIndex(self.kind_box.findData(a.kind))
        self.label_box.setCurrentText(a.label)
        self.note_edit.setText(a.note)
        self._update_buttons()

    def _on_day_selected(self, current, _previous) -> None:
        if current.isValid():
            self.day_note_edit.setText(self.day_model.row(current.row()).notes)
        self._update_buttons()

    # -- saving --------------------------------------------------------------------------------
    def _form(self) -> tuple[date, str, str, str]:
        return (
            _pydate(self.day_edit.date()),
            self.kind_box.currentData(),
            self.label_box.currentText(),
            self.note_edit.text(),
        )

    def _done(self, message: str) -> None:
        self.refresh()
        self.start_new()
        self.status.ok(message)
        self.changed.emit()

    def on_save_activity(self) -> None:
        """Enter in the agenda field: save the chosen activity, or add a new one."""
        if self._editing is None:
            self.on_add_activity()
        else:
            self.on_update_activity()

    def _write(self, fn: Callable[[], T]) -> T | None:
        return run_op(self, self.db, fn, changes=Changes(activities=True), status=self.status)

    def on_add_activity(self) -> None:
        form = self._form()
        a = self._write(lambda: activities.add_activity(self.db, *form))
        if a is None:
            return
        self._done(f"{format_date_ja(a.day)}の「{a.label}」を記録しました")

    def on_update_activity(self) -> None:
        if self._editing is None:
            return
        form, editing = self._form(), self._editing
        a = self._write(lambda: activities.update_activity(self.db, editing.id, *form))
        if a is None:
            return
        self._done(f"{format_date_ja(a.day)}の「{a.label}」を修正しました")

    def on_delete_activity(self) -> None:
        a = self._editing
        if a is None:
            return
        answer = QMessageBox.question(
            self,
            "活動の削除",
            f"{format_date_ja(a.day)}の「{a.label}」（{a.kind_label}）を削除しますか？\n"
            "間違えて記録したときだけ削除してください。",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def delete() -> bool:
            activities.delete_activity(self.db, a.id)
            return True

        if self._write(delete) is None:
            return
        self._done(f"{format_date_ja(a.day)}の「{a.label}」を削除しました")

    def on_save_day_note(self) -> None:
        index = self.day_view.currentIndex()
        if not index.isValid():
            self.status.error("備考を書く販売日を一覧から選んでください")
            return
        day = self.day_model.row(index.row())
        text, fy = self.day_note_edit.text(), self.years.year()
        saved = self._write(lambda: activities.set_day_notes(self.db, day.id, text))
        if saved is None:
            return
        row = index.row()
        self.day_model.set_rows(
            read_op(self, self.db, lambda: activities.list_day_notes(self.db, fy), [], status=self.status)
        )
        self.day_view.selectRow(row)
        self.status.ok(f"{format_date_ja(saved.day)} {saved.venue_name}の備考を保存しました")
        self.changed.emit()
