"""予定・人員: the sales calendar tab — month view, list, a day's staffing, and the requests.

- 月表示: a Monday-first grid; each day shows its venues, `人員 3/4`, and a gap as `▲不足 あと1人`
  in red (the text marker is there so colour is never the only signal). The gaps are listed under it.
  Arrow keys move between days; Enter opens the day's staffing. Alt+← / Alt+→: the previous / next month.
- 一覧: the month's planned days in a table (Enter opens the staffing).
- 人員: one planned day's shifts with who signed up and what is missing; sign someone up (name,
  workshop or ボランティア, contact), add a shift, withdraw a sign-up.
- 出店依頼: the fiscal year's requests with their answers and the weekend sentence of the annual
  draft; record a request, accept it (it becomes a planned day), decline it with a reason, or set it
  back to pending.

Every service call goes through the operation runner (`run_op` / `query_op`); writes announce
`Changes(calendar=True)` and the tab reloads on that flag (and on master-data changes).
"""

from __future__ import annotations

import calendar as _cal
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.calendar import (
    PlannedDayInfo,
    day_label,
    hours_text,
    requests_sentence,
)
from pos.domain.clock import today_local
from pos.domain.fiscal import fiscal_year_of
from pos.reports import calendar_export
from pos.services import calendar, catalog, requests
from pos.services.calendar import ShiftSpec
from pos.services.catalog import WorkshopInfo
from pos.services.changes import Changes
from pos.services.store import Database
from pos.ui.calendar_dialogs import AcceptDialog, DeclineDialog, PlanDayDialog, RequestDialog, pydate
from pos.ui.i18n import tr_args
from pos.ui.operations import first_load, query_op, run_op
from pos.ui.report_controls import StatusLine, table_view
from pos.ui.screen import Screen
from pos.ui.table_model import Column, RowsTableModel
from pos.ui.theme import set_role

CALENDAR = Changes(calendar=True)
GAP_RED = "#b71c1c"
GAP_MARK = "▲"


class CalendarTab(Screen):
    """The 予定・人員 tab (see the module docstring)."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.today = today or today_local()
        self.year, self.month = self.today.year, self.today.month
        self.plans: list[PlannedDayInfo] = []
        self.weeks: list[list[date]] = []
        self.status = StatusLine()

        self.prev_button = QPushButton(self.tr("◀ 前の月 (Alt+←)"))
        self.next_button = QPushButton(self.tr("次の月 (Alt+→) ▶"))
        self.month_label = QLabel()
        self.month_label.setObjectName("calendarMonth")
        set_role(self.month_label, "title")
        self.add_button = QPushButton(self.tr("予定を追加… (Ctrl+N)"))
        self.pdf_button = QPushButton(self.tr("月の予定表PDF…"))
        self.ics_button = QPushButton(self.tr(".icsに書き出す…"))
        self.prev_button.clicked.connect(lambda: self.shift_month(-1))
        self.next_button.clicked.connect(lambda: self.shift_month(1))
        self.add_button.clicked.connect(self.on_add_plan)
        self.pdf_button.clicked.connect(self.on_pdf)
        self.ics_button.clicked.connect(self.on_ics)
        top = QHBoxLayout()
        for w in (self.prev_button, self.month_label, self.next_button):
            top.addWidget(w)
        top.addStretch(1)
        for w in (self.add_button, self.pdf_button, self.ics_button):
            top.addWidget(w)

        self.pages = QTabWidget()
        self.pages.addTab(self._month_page(), self.tr("月表示"))
        self.list_model: RowsTableModel[PlannedDayInfo] = RowsTableModel(
            [
                Column(self.tr("日付"), lambda p: day_label(p.day)),
                Column(self.tr("会場"), lambda p: p.venue),
                Column(self.tr("時間"), lambda p: hours_text(p.start, p.end)),
                Column(self.tr("出店事業所"), lambda p: "、".join(n for _, n in p.workshops)),
                Column(self.tr("人員"), self._people_text),
                Column(self.tr("不足"), lambda p: self._missing_text(p.missing) if p.shifts else ""),
            ]
        )
        self.list_view = table_view(self.list_model, stretch=3)
        self.list_view.setAccessibleName(self.tr("予定の一覧"))
        self.list_view.activated.connect(lambda index: self.show_staffing(self.list_model.row(index.row()).id))
        self.pages.addTab(self.list_view, self.tr("一覧"))
        self.pages.addTab(self._staffing_page(), self.tr("人員"))
        self.pages.addTab(self._requests_page(), self.tr("出店依頼"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence("Ctrl+N"), self, self.on_add_plan)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.shift_month(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.shift_month(1))
        # plans, requests and the workshops' names
        self.follow_changes(db, lambda c: c.calendar or c.master, self.refresh)
        self._first_load()

    # -- pages -------------------------------------------------------------------------------------

    def _month_page(self) -> QWidget:
        self.grid = QTableWidget(6, 7)
        self.grid.setObjectName("monthGrid")
        self.grid.setAccessibleName(self.tr("月の予定"))
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("月"),
                self.tr("火"),
                self.tr("水"),
                self.tr("木"),
                self.tr("金"),
                self.tr("土"),
                self.tr("日"),
            ]
        )
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.activated.connect(lambda index: self._day_activated(index.row(), index.column()))
        self.gaps = QListWidget()
        self.gaps.setObjectName("gapList")
        self.gaps.setAccessibleName(self.tr("人員の不足"))
        self.gaps.setMaximumHeight(110)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.grid, 1)
        self.gaps_label = QLabel(self.tr("人員の不足（▲）"))
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.gaps)
        return page

    def _staffing_page(self) -> QWidget:
        self.staff_day: PlannedDayInfo | None = None
        self.staff_title = QLabel(self.tr("月表示か一覧で日を選んで Enter を押してください"))
        self.staff_title.setObjectName("staffTitle")
        self.staff_title.setWordWrap(True)
        set_role(self.staff_title, "subtitle")
        self.shift_table = QTableWidget(0, 4)
        self.shift_table.setObjectName("shiftTable")
        self.shift_table.setHorizontalHeaderLabels(
            [self.tr("シフト"), self.tr("必要"), self.tr("申込み"), self.tr("不足")]
        )
        self.shift_table.verticalHeader().setVisible(False)
        for column in (0, 1, 3):
            self.shift_table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.shift_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.shift_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shift_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shift_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shift_table.setWordWrap(True)
        self.shift_table.currentCellChanged.connect(lambda *_: self._show_signups())

        self.signup_list = QListWidget()
        self.signup_list.setObjectName("signupList")
        self.withdraw_button = QPushButton(self.tr("選んだ申込みを取り消す"))
        self.withdraw_button.clicked.connect(self.on_withdraw)
        self.edit_day_button = QPushButton(self.tr("時間・事業所を変更…"))
        self.edit_day_button.clicked.connect(self.on_edit_day)
        self.delete_day_button = QPushButton(self.tr("この予定を削除…"))
        self.delete_day_button.clicked.connect(self.on_delete_day)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("名前"))
        self.workshop_combo = QComboBox()
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("連絡先（任意）"))
        self.signup_button = QPushButton(self.tr("このシフトに申込む"))
        self.signup_button.clicked.connect(self.on_signup)
        self.name_edit.returnPressed.connect(self.on_signup)
        self.contact_edit.returnPressed.connect(self.on_signup)
        name_label = QLabel(self.tr("名前(&M)"))
        name_label.setBuddy(self.name_edit)
        form = QHBoxLayout()
        for w in (name_label, self.name_edit, self.workshop_combo, self.contact_edit, self.signup_button):
            form.addWidget(w)

        self.new_start = QLineEdit("13:00")
        self.new_end = QLineEdit("16:00")
        self.new_needed = QSpinBox()
        self.new_needed.setRange(1, 50)
        self.new_needed.setValue(2)
        self.new_needed.setSuffix(self.tr(" 人"))
        self.add_shift_button = QPushButton(self.tr("シフトを追加"))
        self.add_shift_button.clicked.connect(self.on_add_shift)
        shift_row = QHBoxLayout()
        for widget in (
            QLabel(self.tr("新しいシフト")),
            self.new_start,
            QLabel("–"),
            self.new_end,
            self.new_needed,
            self.add_shift_button,
        ):
            shift_row.addWidget(widget)
        shift_row.addStretch(1)

        self.month_counts = QLabel()
        self.month_counts.setObjectName("monthCounts")
        self.month_counts.setWordWrap(True)

        title_row = QHBoxLayout()
        title_row.addWidget(self.staff_title, 1)
        title_row.addWidget(self.edit_day_button)
        title_row.addWidget(self.delete_day_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(title_row)
        layout.addWidget(self.shift_table, 2)
        layout.addLayout(shift_row)
        layout.addWidget(QLabel(self.tr("選んだシフトの申込み")))
        layout.addWidget(self.signup_list, 1)
        layout.addWidget(self.withdraw_button)
        layout.addLayout(form)
        layout.addWidget(self.month_counts)
        return page

    def _requests_page(self) -> QWidget:
        self.fy = QSpinBox()
        self.fy.setRange(2000, 2100)
        self.fy.setValue(fiscal_year_of(self.today))
        self.fy.setPrefix(self.tr("年度 "))
        self.fy.valueChanged.connect(lambda _: self.load_requests())
        self.requests_model: RowsTableModel[requests.RequestInfo] = RowsTableModel(
            [
                Column(self.tr("日付"), lambda r: day_label(r.day)),
                Column(self.tr("平日/土日"), lambda r: self.tr("土日") if r.weekend else self.tr("平日")),
                Column(self.tr("依頼元"), lambda r: r.requester),
                Column(self.tr("行事"), lambda r: r.event),
                Column(self.tr("連絡先"), lambda r: r.contact),
                Column(self.tr("回答"), lambda r: r.answer),
            ]
        )
        self.requests_view = table_view(self.requests_model, stretch=3)
        self.requests_view.setAccessibleName(self.tr("出店依頼の一覧"))
        self.request_add = QPushButton(self.tr("依頼を記録…"))
        self.request_accept = QPushButton(self.tr("お受けする…"))
        self.request_decline = QPushButton(self.tr("お断りする…"))
        self.request_reopen = QPushButton(self.tr("未回答に戻す"))
        self.request_add.clicked.connect(self.on_add_request)
        self.request_accept.clicked.connect(self.on_accept)
        self.request_decline.clicked.connect(self.on_decline)
        self.request_reopen.clicked.connect(self.on_reopen)
        self.request_sentence = QLabel()
        self.request_sentence.setObjectName("requestSentence")
        self.request_sentence.setWordWrap(True)
        buttons = QHBoxLayout()
        for w in (self.fy, self.request_add, self.request_accept, self.request_decline, self.request_reopen):
            buttons.addWidget(w)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.requests_view, 1)
        layout.addWidget(self.request_sentence)
        return page

    # -- loading -----------------------------------------------------------------------------------

    def _first_load(self) -> None:
        """The month and the year's requests, read in a worker: the tab comes up at once, its rows a
        moment later (later loads, after the user's own changes, run at once)."""
        self.month_label.setText(tr_args(self.tr("%1年%2月"), str(self.year), str(self.month)))
        year, month, fy = self.year, self.month, self.fy.value()

        def show(result: tuple[list[PlannedDayInfo], list[requests.RequestInfo]]) -> None:
            if (self.year, self.month) == (year, month):  # not moved to another month meanwhile
                self._show_month(result[0])
            if self.fy.value() == fy:
                self._show_requests(result[1])

        def read() -> tuple[list[PlannedDayInfo], list[requests.RequestInfo]]:
            return calendar.month_plan(self.db, year, month), requests.list_requests(self.db, fy)

        first_load(self, self.db, read, show, status=self.status)

    def refresh(self) -> None:
        self.load_month()
        self.load_requests()
        if self.staff_day is not None:
            self.show_staffing(self.staff_day.id, switch=False)

    def shift_month(self, step: int) -> None:
        month = self.month + step
        self.year, self.month = self.year + (month - 1) // 12, (month - 1) % 12 + 1
        self.load_month()

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.load_month()

    def load_month(self) -> None:
        self.month_label.setText(tr_args(self.tr("%1年%2月"), str(self.year), str(self.month)))
        year, month = self.year, self.month
        query_op(
            self,
            self.db,
            lambda: calendar.month_plan(self.db, year, month),
            self._show_month,
            status=self.status,
            background=False,
        )

    def _people_text(self, p: PlannedDayInfo) -> str:
        if not p.shifts:
            return ""
        have = sum(min(len(s.signups), s.needed) for s in p.shifts)
        return tr_args(self.tr("%1/%2人"), str(have), str(sum(s.needed for s in p.shifts)))

    def _missing_text(self, n: int) -> str:
        return GAP_MARK + tr_args(self.tr("不足 あと%1人"), str(n)) if n else self.tr("充足")

    def _show_month(self, plans: list[PlannedDayInfo]) -> None:
        self.plans = plans
        self.list_model.set_rows(plans)
        self.weeks = _cal.Calendar(firstweekday=0).monthdatescalendar(self.year, self.month)
        self.grid.clearContents()
        self.grid.setRowCount(len(self.weeks))
        by_day: dict[date, list[PlannedDayInfo]] = {}
        for p in plans:
            by_day.setdefault(p.day, []).append(p)
        for r, week in enumerate(self.weeks):
            for c, d in enumerate(week):
                item = QTableWidgetItem()
                day_plans = by_day.get(d, [])
                if d.month != self.month:
                    item.setText(f"{d.month}/{d.day}")
                    item.setForeground(QBrush(QColor("#9e9e9e")))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                else:
                    lines = [str(d.day)]
                    for p in day_plans:
                        lines.append(p.venue)
                        if p.shifts:
                            lines.append(self.tr("人員") + " " + self._people_text(p))
                        if p.missing:
                            lines.append(self._missing_text(p.missing))
                    item.setText("\n".join(lines))
                    if any(p.missing for p in day_plans):
                        item.setForeground(QBrush(QColor(GAP_RED)))
                        item.setBackground(QBrush(QColor("#fdecea")))
                    elif d.weekday() >= 5:
                        item.setBackground(QBrush(QColor("#f6f3ea")))
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                item.setData(Qt.ItemDataRole.UserRole, d.isoformat())
                self.grid.setItem(r, c, item)
        self.gaps.clear()
        for p in plans:
            for g in p.gaps():
                self.gaps.addItem(f"{GAP_MARK} {g.text()}（{g.venue}）")
        if not self.gaps.count():
            self.gaps.addItem(self.tr("人員の不足はありません"))
        year, month = self.year, self.month
        query_op(
            self,
            self.db,
            lambda: calendar.workshop_months(self.db, year, month),
            self._show_counts,
            status=self.status,
            background=False,
        )

    def _show_counts(self, rows: list[calendar.WorkshopMonth]) -> None:
        head = tr_args(self.tr("%1月の事業所ごとの参加（出店日・人員の申込み）: "), str(self.month))
        body = "、".join(f"{r.workshop} {r.selling_days}/{r.staff_signups}" for r in rows)
        self.month_counts.setText(head + (body or self.tr("なし")))

    def day_at(self, row: int, column: int) -> date:
        return self.weeks[row][column]

    def cell_of(self, d: date) -> tuple[int, int]:
        for r, week in enumerate(self.weeks):
            if d in week:
                return r, week.index(d)
        raise ValueError(d)

    def _day_activated(self, row: int, column: int) -> None:
        d = self.day_at(row, column)
        plans = [p for p in self.plans if p.day == d]
        if plans:
            self.show_staffing(plans[0].id)
        else:
            self.status.ok(tr_args(self.tr("%1には予定がありません（Ctrl+N で追加）"), day_label(d)))

    # -- staffing ----------------------------------------------------------------------------------

    def show_staffing(self, planned_id: Any, *, switch: bool = True) -> None:
        def shown(p: PlannedDayInfo) -> None:
            self._show_staffing(p)
            if switch:
                self.pages.setCurrentIndex(2)
                self.name_edit.setFocus()

        def gone(_error: BaseException) -> None:
            self.staff_day = None
            self.staff_title.setText(self.tr("この予定は削除されました"))
            self.shift_table.setRowCount(0)
            self.signup_list.clear()

        run_op(self, self.db, lambda: calendar.planned_day(self.db, planned_id), on_done=shown, on_failed=gone)

    def _show_staffing(self, p: PlannedDayInfo) -> None:
        self.staff_day = p
        workshops = "、".join(n for _, n in p.workshops) or self.tr("なし")
        self.staff_title.setText(
            f"{day_label(p.day)} {p.venue} {hours_text(p.start, p.end)}\n" + self.tr("出店: ") + workshops
        )
        keep = max(self.shift_table.currentRow(), 0)
        self.shift_table.setRowCount(len(p.shifts))
        for r, s in enumerate(p.shifts):
            names = "、".join(f"{su.name}（{su.workshop}）" for su in s.signups)
            cells = [hours_text(s.start, s.end), str(s.needed), names, self._missing_text(s.missing)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if s.missing:
                    item.setForeground(QBrush(QColor(GAP_RED)))
                self.shift_table.setItem(r, c, item)
        self.shift_table.resizeRowsToContents()
        if p.shifts:
            self.shift_table.setCurrentCell(min(keep, len(p.shifts) - 1), 0)
        self._show_signups()
        if self.workshop_combo.count() == 0:
            query_op(self, self.db, lambda: catalog.list_workshops(self.db), self._fill_workshops, background=False)

    def _fill_workshops(self, workshops: list[WorkshopInfo]) -> None:
        self.workshop_combo.clear()
        self.workshop_combo.addItem(self.tr("ボランティア"), None)
        for w in workshops:
            self.workshop_combo.addItem(w.name, w.id)

    def current_shift(self) -> calendar.ShiftInfo | None:
        row = self.shift_table.currentRow()
        if self.staff_day is None or not 0 <= row < len(self.staff_day.shifts):
            return None
        return self.staff_day.shifts[row]

    def _show_signups(self) -> None:
        self.signup_list.clear()
        shift = self.current_shift()
        for su in shift.signups if shift else ():
            contact = f" {su.contact}" if su.contact else ""
            self.signup_list.addItem(f"{su.name}（{su.workshop}）{contact}")

    def on_signup(self) -> None:
        shift = self.current_shift()
        if shift is None:
            self.status.error(self.tr("申込むシフトを選んでください（なければ「シフトを追加」）"))
            return
        name, contact, workshop = self.name_edit.text(), self.contact_edit.text(), self.workshop_combo.currentData()

        def done(su: calendar.SignupInfo) -> None:
            self.name_edit.clear()
            self.contact_edit.clear()
            self.status.ok(tr_args(self.tr("%1さんの申込みを記録しました"), su.name))

        run_op(
            self,
            self.db,
            lambda: calendar.add_signup(self.db, shift.id, name, workshop, contact),
            changes=CALENDAR,
            on_done=done,
            status=self.status,
        )

    def on_withdraw(self) -> None:
        shift, row = self.current_shift(), self.signup_list.currentRow()
        if shift is None or not 0 <= row < len(shift.signups):
            self.status.error(self.tr("取り消す申込みを選んでください"))
            return
        su = shift.signups[row]
        run_op(
            self,
            self.db,
            lambda: calendar.remove_signup(self.db, su.id),
            changes=CALENDAR,
            status=self.status,
            on_done=lambda _: self.status.ok(tr_args(self.tr("%1さんの申込みを取り消しました"), su.name)),
        )

    def on_add_shift(self) -> None:
        if self.staff_day is None:
            self.status.error(self.tr("先に日を選んでください"))
            return
        pid, start, end, needed = self.staff_day.id, self.new_start.text(), self.new_end.text(), self.new_needed.value()
        run_op(
            self,
            self.db,
            lambda: calendar.add_shift(self.db, pid, start, end, needed),
            changes=CALENDAR,
            status=self.status,
            on_done=lambda s: self.status.ok(tr_args(self.tr("シフト %1 を追加しました"), hours_text(s.start, s.end))),
        )

    def on_edit_day(self) -> None:
        day = self.staff_day
        if day is None:
            self.status.error(self.tr("先に日を選んでください"))
            return
        masters = query_op(
            self,
            self.db,
            lambda: (catalog.list_venues(self.db), catalog.list_workshops(self.db)),
            lambda _: None,
            status=self.status,
            background=False,
        )
        if masters is None:
            return
        dialog = PlanDayDialog(day.day, masters[0], masters[1], self, existing=day)

        def submit() -> None:
            start, end, notes, wids = (
                dialog.start.text(),
                dialog.end.text(),
                dialog.notes.text(),
                dialog.checked_workshops(),
            )
            run_op(
                dialog,
                self.db,
                lambda: calendar.update_day(self.db, day.id, start=start, end=end, notes=notes, workshop_ids=wids),
                changes=CALENDAR,
                status=dialog,
                on_done=lambda p: self._edited(dialog, p),
            )

        dialog.action = submit
        dialog.exec()
        dialog.deleteLater()

    def _edited(self, dialog: PlanDayDialog, p: PlannedDayInfo) -> None:
        dialog.accept()
        self.status.ok(tr_args(self.tr("%1の予定を変更しました"), day_label(p.day)))

    def on_delete_day(self) -> None:
        day = self.staff_day
        if day is None:
            self.status.error(self.tr("先に日を選んでください"))
            return
        people = sum(len(s.signups) for s in day.shifts)
        question = tr_args(
            self.tr("%1 %2 の予定を削除しますか？（シフトと申込み%3件も消えます）"),
            day_label(day.day),
            day.venue,
            str(people),
        )
        answer = QMessageBox.question(
            self,
            self.tr("予定の削除"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_op(
            self,
            self.db,
            lambda: calendar.delete_day(self.db, day.id),
            changes=CALENDAR,
            status=self.status,
            on_done=lambda _: self.status.ok(tr_args(self.tr("%1の予定を削除しました"), day_label(day.day))),
        )

    # -- planning ----------------------------------------------------------------------------------

    def _selected_day(self) -> date:
        if self.pages.currentIndex() == 0 and self.grid.currentRow() >= 0 and self.weeks:
            return self.day_at(self.grid.currentRow(), max(self.grid.currentColumn(), 0))
        return date(self.year, self.month, 1)

    def on_add_plan(self) -> None:
        masters = query_op(
            self,
            self.db,
            lambda: (catalog.list_venues(self.db), catalog.list_workshops(self.db)),
            lambda _: None,
            status=self.status,
            background=False,
        )
        if masters is None:
            return
        venues, workshops = masters
        if not venues:
            self.status.error(self.tr("会場が登録されていません（事業所・商品・会場のタブで登録）"))
            return
        dialog = PlanDayDialog(self._selected_day(), venues, workshops, self)

        def submit() -> None:
            first, venue, pattern = pydate(dialog.first.date()), dialog.venue.currentData(), dialog.pattern()
            shifts = (
                [ShiftSpec(dialog.shift_start.text(), dialog.shift_end.text(), dialog.needed.value())]
                if dialog.needed.value()
                else []
            )
            start, end, notes = dialog.start.text(), dialog.end.text(), dialog.notes.text()
            workshop_ids = dialog.checked_workshops()

            def planned(result: Any) -> None:
                self._planned(dialog, result)

            if pattern:
                last = pydate(dialog.last.date())
                run_op(
                    dialog,
                    self.db,
                    lambda: calendar.plan_series(
                        self.db,
                        venue,
                        pattern,
                        first,
                        last,
                        start=start,
                        end=end,
                        notes=notes,
                        workshop_ids=workshop_ids,
                        shifts=shifts,
                    ),
                    changes=CALENDAR,
                    status=dialog,
                    on_done=planned,
                )
            else:
                run_op(
                    dialog,
                    self.db,
                    lambda: calendar.plan_day(
                        self.db,
                        venue,
                        first,
                        start=start,
                        end=end,
                        notes=notes,
                        workshop_ids=workshop_ids,
                        shifts=shifts,
                    ),
                    changes=CALENDAR,
                    status=dialog,
                    on_done=planned,
                )

        dialog.action = submit
        dialog.exec()
        dialog.deleteLater()

    def _planned(self, dialog: PlanDayDialog, result: Any) -> None:
        dialog.accept()
        if isinstance(result, calendar.SeriesResult):
            text = tr_args(self.tr("%1の予定を%2日分作りました"), result.label, str(len(result.created)))
            if result.skipped:
                text += tr_args(self.tr("（予定済みの%1日は飛ばしました）"), str(len(result.skipped)))
            self.status.ok(text)
            if result.created:
                self.show_month(result.created[0].day.year, result.created[0].day.month)
        else:
            self.status.ok(tr_args(self.tr("%1の予定を追加しました"), day_label(result.day)))
            self.show_month(result.day.year, result.day.month)

    # -- files -------------------------------------------------------------------------------------

    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        return path

    def _plans(self, year: int, month: int) -> list[calendar.PlannedDayInfo]:
        return calendar.month_plan(self.db, year, month)

    def on_pdf(self) -> None:
        year, month = self.year, self.month
        path = self._ask_path(self.tr("月の予定表PDFの保存先"), f"calendar-{year}-{month:02d}.pdf", "PDF (*.pdf)")
        if path:
            run_op(
                self,
                self.db,
                lambda: calendar_export.export_pdf(self._plans(year, month), year, month, path),
                background=True,
                status=self.status,
                on_done=lambda f: self.status.ok(tr_args(self.tr("PDFを保存しました: %1"), str(f.path))),
            )

    def on_ics(self) -> None:
        year, month = self.year, self.month
        path = self._ask_path(self.tr(".icsの保存先"), f"calendar-{year}-{month:02d}.ics", "iCalendar (*.ics)")
        if path:
            run_op(
                self,
                self.db,
                lambda: calendar_export.export_ics(self._plans(year, month), year, month, path),
                background=True,
                status=self.status,
                on_done=lambda f: self.status.ok(tr_args(self.tr(".icsを保存しました: %1"), str(f.path))),
            )

    # -- requests ----------------------------------------------------------------------------------

    def load_requests(self) -> None:
        fy = self.fy.value()
        query_op(
            self,
            self.db,
            lambda: requests.list_requests(self.db, fy),
            self._show_requests,
            status=self.status,
            background=False,
        )

    def _show_requests(self, rows: list[requests.RequestInfo]) -> None:
        self.requests_model.set_rows(rows)
        sentence = requests_sentence(requests.count_requests((r.day, r.status, r.decline_reason) for r in rows))
        total = tr_args(self.tr("%1件の依頼。"), str(len(rows)))
        self.request_sentence.setText(total + sentence)

    def current_request(self) -> requests.RequestInfo | None:
        index = self.requests_view.currentIndex()
        if not index.isValid():
            self.status.error(self.tr("依頼を選んでください"))
            return None
        return self.requests_model.row(index.row())

    def _summary(self, r: requests.RequestInfo) -> str:
        return f"{day_label(r.day)} {r.requester}「{r.event}」"

    def on_add_request(self) -> None:
        dialog = RequestDialog(self.today, self)

        def submit() -> None:
            args = (dialog.requester.text(), dialog.event_name.text(), pydate(dialog.day.date()))
            contact = dialog.contact.text()
            run_op(
                dialog,
                self.db,
                lambda: requests.add_request(self.db, *args, contact=contact, received_on=self.today),
                changes=CALENDAR,
                status=dialog,
                on_done=lambda r: self._request_done(dialog, r),
            )

        dialog.action = submit
        dialog.exec()
        dialog.deleteLater()

    def _request_done(self, dialog: Any, r: requests.RequestInfo) -> None:
        dialog.accept()
        if fiscal_year_of(r.day) != self.fy.value():
            self.fy.setValue(fiscal_year_of(r.day))
        self.status.ok(tr_args(self.tr("依頼を記録しました: %1"), self._summary(r)) + f" — {r.answer}")

    def on_accept(self) -> None:
        r = self.current_request()
        if r is None:
            return
        venues = query_op(self, self.db, lambda: catalog.list_venues(self.db), lambda _: None, background=False)
        dialog = AcceptDialog(self._summary(r), venues or [], self)

        def submit() -> None:
            venue, start, end = dialog.venue.currentData(), dialog.start.text(), dialog.end.text()
            run_op(
                dialog,
                self.db,
                lambda: requests.accept_request(self.db, r.id, venue, start=start, end=end),
                changes=CALENDAR,
                status=dialog,
                on_done=lambda done: self._request_done(dialog, done),
            )

        dialog.action = submit
        dialog.exec()
        dialog.deleteLater()

    def on_decline(self) -> None:
        r = self.current_request()
        if r is None:
            return
        dialog = DeclineDialog(self._summary(r), self)

        def submit() -> None:
            reason, note = dialog.reason.currentData(), dialog.note.text()
            run_op(
                dialog,
                self.db,
                lambda: requests.decline_request(self.db, r.id, reason, note),
                changes=CALENDAR,
                status=dialog,
                on_done=lambda done: self._request_done(dialog, done),
            )

        dialog.action = submit
        dialog.exec()
        dialog.deleteLater()

    def on_reopen(self) -> None:
        r = self.current_request()
        if r is None:
            return
        run_op(
            self,
            self.db,
            lambda: requests.reopen_request(self.db, r.id),
            changes=CALENDAR,
            status=self.status,
            on_done=lambda done: self.status.ok(tr_args(self.tr("未回答に戻しました: %1"), self._summary(done))),
        )
