"""月ごとの活動: the twelve rows 月 / 活動内容 / 会議開催日時 of a fiscal year, copyable as text.

Built from the app's sales days, imported history and the activity log (`report_lines`); segments
follow the venue display order. 「コピー」 puts the tab-separated rows on the clipboard, ready to paste
into the ward's spreadsheet. Japanese only, like the ward's form it is pasted into. Activities and
sales days announced on the change bus reload it (when shown).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from pos.domain.annual_report import month_cell
from pos.domain.clock import today_local
from pos.domain.fiscal import fiscal_year_label
from pos.domain.report_lines import MonthLine, format_lines
from pos.services.fiscal_years import fiscal_years
from pos.services.report_lines import empty_year_warning, report_lines, year_has_records
from pos.services.store import Database
from pos.ui.operations import first_load, read_op
from pos.ui.report_controls import FiscalYearCombo, StatusLine, table_view, year_text
from pos.ui.screen import Screen
from pos.ui.table_model import Column, RowsTableModel
from pos.ui.theme import set_role


class MonthlyLinesWidget(Screen):
    """The monthly activity lines of the chosen fiscal year in a table, with a copy button."""

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.today = today or today_local()
        self.lines: list[MonthLine] = []
        self.years = FiscalYearCombo(read_op(self, db, lambda: fiscal_years(db, self.today), [self.today.year]))
        self.years.year_changed.connect(lambda _fy: self.refresh())
        self.model: RowsTableModel[MonthLine] = RowsTableModel(
            [
                Column("月", lambda m: month_cell(m.month)),
                Column("活動内容", lambda m: m.activity),
                Column("会議開催日時", lambda m: m.meeting_days),
            ]
        )
        self.view = table_view(self.model, stretch=1, wrap=True)
        self.view.setAccessibleName("月ごとの活動")
        self.copy_button = QPushButton("テキストをコピー(&C)")
        self.copy_button.setToolTip("12か月分をタブ区切りでクリップボードに入れます（表計算ソフトに貼り付けできます）")
        self.copy_button.clicked.connect(self.on_copy)
        self.refresh_button = QPushButton("最新にする(&R)")
        self.refresh_button.clicked.connect(self.refresh)
        self.status = StatusLine()
        self.empty_notice = QLabel()  # the year holds no records: said in words, not only by empty rows
        self.empty_notice.setObjectName("emptyYearNotice")
        self.empty_notice.setWordWrap(True)
        set_role(self.empty_notice, "notice")
        self.empty_notice.setVisible(False)

        top = QHBoxLayout()
        year_label = QLabel("年度(&Y)")
        year_label.setBuddy(self.years)
        top.addWidget(year_label)
        top.addWidget(self.years)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_notice)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        fy = self.years.year()
        first_load(self, db, lambda: self._read(fy), self._show, status=self.status)  # rows a moment later
        # activities and sales days make the lines
        self.follow_changes(db, lambda c: c.activities or c.days or c.master, self.refresh)

    def refresh(self) -> None:
        fy = self.years.year()
        nothing: tuple[int, list[MonthLine], bool] = (fy, [], True)
        self._show(read_op(self, self.db, lambda: self._read(fy), nothing, status=self.status))

    def _read(self, fy: int) -> tuple[int, list[MonthLine], bool]:
        return fy, report_lines(self.db, fy), year_has_records(self.db, fy)

    def _show(self, result: tuple[int, list[MonthLine], bool]) -> None:
        fy, lines, has_records = result
        if fy != self.years.year():
            return  # an earlier year's answer, after the user chose another
        self.lines = lines
        self.model.set_rows(lines)
        self._show_empty(has_records)

    def _show_empty(self, has_records: bool) -> None:
        label = fiscal_year_label(self.years.year())
        self.empty_notice.setText("" if has_records else "⚠ " + empty_year_warning(label))
        self.empty_notice.setVisible(not has_records)

    def text(self) -> str:
        """The rows as the clipboard gets them: `4月<TAB>活動内容<TAB>会議開催日時`, one per line."""
        return format_lines(self.lines)

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.status.ok(f"{year_text(self.years.year())}の{len(self.lines)}か月分をコピーしました")
