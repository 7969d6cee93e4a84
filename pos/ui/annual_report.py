"""年間報告書: the annual report (様式第２号) of a fiscal year — edit its texts, then export PDF / Excel.

The figures come from the records (member grid, the twelve monthly rows, the draft of できたこと);
the coordinator's texts are saved per fiscal year (`ReportText`) and survive a restart. Only fields
the coordinator changed are saved, so an untouched できたこと stays the draft written from the
records; 「下書きを作り直す」 throws away a saved できたこと and writes the draft afresh. Exports save
first, then compute the year's figures and render in the background (pos.ui.operations.run_op); the
year's texts, draft and figures are read in the background too (`load`, then `loaded`).
Activities, days, sales and master data announced on the change bus reload it when it is shown
(never over unsaved edits: then only the monthly figures). Its texts are Japanese only — the form
is the ward's Japanese 様式第２号.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.annual_report import (
    H_ACHIEVEMENTS,
    H_CITYWIDE,
    H_GOAL,
    H_PROBLEMS,
    H_SHARE,
    AnnualReport,
    month_cell,
)
from pos.domain.clock import today_local
from pos.domain.fiscal import fiscal_year_label
from pos.domain.members import MEMBER_CATEGORIES
from pos.domain.report_lines import MonthLine
from pos.services import annual_report as service
from pos.services.changes import Changes
from pos.services.fiscal_years import fiscal_years, report_year_default
from pos.services.report_lines import empty_year_warning, report_lines, year_has_records
from pos.services.store import Database
from pos.ui.files import documents_folder
from pos.ui.operations import query_op, read_op, run_op, show_error
from pos.ui.report_controls import FiscalYearCombo, StatusLine, table_view, year_text
from pos.ui.screen import Screen
from pos.ui.table_model import Column, RowsTableModel
from pos.ui.theme import set_role

EXTRA_MAX = service.MAX_EXTRA


def _text_edit(name: str, height: int, maximum: int | None = None) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on (keyboard operation); Enter makes a new line
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(maximum or 3 * height)
    return edit


class AnnualReportWidget(Screen):
    """Edit and export the annual report of the chosen fiscal year."""

    loaded = Signal()  # the chosen year's texts and figures are shown

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.today = today or today_local()
        self.texts: service.ReportTexts | None = None
        self._extra_loaded: dict[str, int] = {}
        self._job: bool | None = None  # an export is under way

        self.years = FiscalYearCombo(
            read_op(self, db, lambda: fiscal_years(db, self.today), [self.today.year]),
            report_year_default(self.today),
        )
        self._shown_year = self.years.year()
        self.years.year_changed.connect(self._on_year_changed)

        self.save_button = QPushButton("保存(&S)")
        self.save_button.setToolTip("変更した項目を保存します（Ctrl+S）")
        self.save_button.clicked.connect(self.on_save)
        self.redraft_button = QPushButton("下書きを作り直す(&R)")
        self.redraft_button.setToolTip("「部会でできたこと・やったこと」を記録から書き直します")
        self.redraft_button.clicked.connect(self.on_redraft)
        self.pdf_button = QPushButton("PDFに出力(&P)…")
        self.pdf_button.clicked.connect(self.on_export_pdf)
        self.xlsx_button = QPushButton("Excelに出力(&E)…")
        self.xlsx_button.clicked.connect(self.on_export_xlsx)

        # 部会長・副部会長
        self.chair_name, self.chair_org = QLineEdit(), QLineEdit()
        self.vice_name, self.vice_org = QLineEdit(), QLineEdit()
        self.line_fields: dict[str, QLineEdit] = {
            service.CHAIR_NAME: self.chair_name,
            service.CHAIR_ORG: self.chair_org,
            service.VICE_NAME: self.vice_name,
            service.VICE_ORG: self.vice_org,
        }
        people = QGroupBox("部会長・副部会長（氏名・所属先）")
        grid = QGridLayout(people)
        for row, (title, name, org) in enumerate(
            (("部会長", self.chair_name, self.chair_org), ("副部会長", self.vice_name, self.vice_org))
        ):
            name.setAccessibleName(f"{title}の氏名")
            org.setAccessibleName(f"{title}の所属先")
            grid.addWidget(QLabel(title), row, 0)
            grid.addWidget(QLabel("氏名"), row, 1)
            grid.addWidget(name, row, 2)
            grid.addWidget(QLabel("所属先"), row, 3)
            grid.addWidget(org, row, 4)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(4, 2)

        # 構成機関
        self.members_table = QTableWidget(len(MEMBER_CATEGORIES), 4)
        self.members_table.setHorizontalHeaderLabels(["区分", "事業所（記録から）", "その他の構成員", "計"])
        self.members_table.verticalHeader().setVisible(False)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setAccessibleName("構成機関")
        header = self.members_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.extra_spins: dict[str, QSpinBox] = {}
        for row, category in enumerate(MEMBER_CATEGORIES):
            self.members_table.setItem(row, 0, QTableWidgetItem(category))
            spin = QSpinBox()
            spin.setRange(0, EXTRA_MAX)
            spin.setAccessibleName(f"{category}のその他の構成員")
            spin.valueChanged.connect(self._update_member_totals)
            self.extra_spins[category] = spin
            self.members_table.setCellWidget(row, 2, spin)
        self.members_table.setMinimumHeight(260)
        self.member_total = QLabel()
        self.member_total.setObjectName("memberTotal")
        members = QGroupBox("構成機関")
        members_layout = QVBoxLayout(members)
        hint = QLabel(
            "事業所は記録から数えます（その年度に加入済みで、出店したか登録中の事業所。他区のゲストは除く）。"
            "事業所以外の構成員（相談支援従事者、民生委員など）は「その他の構成員」に入力してください。"
        )
        hint.setWordWrap(True)
        members_layout.addWidget(hint)
        members_layout.addWidget(self.members_table)
        members_layout.addWidget(self.member_total)

        # texts
        self.goal = _text_edit(H_GOAL, 56, 90)
        self.achievements = _text_edit(H_ACHIEVEMENTS, 300, 600)
        self.problems = _text_edit(H_PROBLEMS, 100, 200)
        self.problems.setPlaceholderText("1行に1つ書いてください。番号は出力のときに付きます。")
        self.share = _text_edit(H_SHARE, 90, 200)
        self.citywide = _text_edit(H_CITYWIDE, 90, 200)
        self.text_fields: dict[str, QPlainTextEdit] = {
            service.GOAL: self.goal,
            service.ACHIEVEMENTS: self.achievements,
            service.PROBLEMS: self.problems,
            service.SHARE: self.share,
            service.CITYWIDE: self.citywide,
        }
        self.draft_state = QLabel()
        self.draft_state.setObjectName("draftState")
        self.draft_state.setWordWrap(True)

        self.months_model: RowsTableModel[MonthLine] = RowsTableModel(
            [
                Column("月", lambda m: month_cell(m.month)),
                Column("活動内容", lambda m: m.activity),
                Column("会議開催日時", lambda m: m.meeting_days),
            ]
        )
        self.months_view = table_view(self.months_model, stretch=1, wrap=True)
        self.months_view.setMinimumHeight(260)
        self.months_view.setAccessibleName("月ごとの活動")

        body = QWidget()
        form = QVBoxLayout(body)
        form.addWidget(people)
        form.addWidget(members)
        form.addWidget(self._boxed(H_GOAL, self.goal))
        form.addWidget(self._boxed("月ごとの活動（記録から。会議・備考は「活動記録」で編集）", self.months_view))
        collaboration = QGroupBox("連携・協働による課題解決の仕組み")
        collab_layout = QVBoxLayout(collaboration)
        collab_layout.addWidget(QLabel(H_ACHIEVEMENTS))
        collab_layout.addWidget(self.draft_state)
        collab_layout.addWidget(self.achievements)
        collab_layout.addWidget(QLabel(f"{H_PROBLEMS}（1行に1つ。番号は出力時に付きます）"))
        collab_layout.addWidget(self.problems)
        form.addWidget(collaboration)
        share_row = QHBoxLayout()
        share_row.addWidget(self._boxed(H_SHARE, self.share))
        share_row.addWidget(self._boxed(H_CITYWIDE, self.citywide))
        form.addLayout(share_row)
        form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        top = QHBoxLayout()
        year_label = QLabel("年度(&Y)")
        year_label.setBuddy(self.years)
        top.addWidget(year_label)
        top.addWidget(self.years)
        top.addStretch(1)
        for b in (self.save_button, self.redraft_button, self.pdf_button, self.xlsx_button):
            top.addWidget(b)
        self.status = StatusLine()
        layout = QVBoxLayout(self)
        self.empty_notice = QLabel()  # the year holds no records (issue 18): said in words
        self.empty_notice.setObjectName("emptyYearNotice")
        set_role(self.empty_notice, "notice")
        self.empty_notice.setVisible(False)
        layout.addLayout(top)
        layout.addWidget(self.empty_notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.on_save)

        self.load()
        # activities, days, sales and master data feed the report
        self.follow_changes(db, lambda c: c.activities or c.days or c.sales or c.master, self.refresh)

    @staticmethod
    def _boxed(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    # -- loading -------------------------------------------------------------------------------
    def fiscal_year(self) -> int:
        return self._shown_year

    def load(self) -> None:
        """Show the chosen year's report as saved (or drafted); nothing counts as changed afterwards.

        The texts, the draft (worked out from the year's records) and the figures are read in the
        background (100–200 ms on a ten-year file); the page is busy meanwhile and `loaded` says when
        they are shown. A result for a year no longer chosen is dropped (that year's own load follows)."""
        fy, db = self.fiscal_year(), self.db
        query_op(
            self,
            db,
            lambda: (
                service.load_texts(db, fy),
                service.member_counts(db, fy),
                report_lines(db, fy),
                year_has_records(db, fy),
            ),
            lambda result: self._show_loaded(fy, *result),
            status=self.status,
        )

    def _show_loaded(
        self, fy: int, texts: service.ReportTexts, counts: dict[str, int], lines: list[MonthLine], has_records: bool
    ) -> None:
        if fy != self.fiscal_year():
            return
        self.texts = texts
        for field, edit in self.line_fields.items():
            edit.setText(texts.values[field])
            edit.setModified(False)
        for field, text_edit in self.text_fields.items():
            text_edit.setPlainText(texts.values[field])
            text_edit.document().setModified(False)
        for row, category in enumerate(MEMBER_CATEGORIES):
            item = QTableWidgetItem(str(counts[category]))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.members_table.setItem(row, 1, item)
            spin = self.extra_spins[category]
            spin.blockSignals(True)
            spin.setValue(texts.member_extra.get(category, 0))
            spin.blockSignals(False)
        self._extra_loaded = dict(texts.member_extra)
        self._update_member_totals()
        self.months_model.set_rows(lines)
        self._show_empty(has_records)
        self._show_draft_state()
        self.loaded.emit()

    def _show_empty(self, has_records: bool) -> None:
        warning = empty_year_warning(fiscal_year_label(self.fiscal_year()))
        self.empty_notice.setText("" if has_records else "⚠ " + warning)
        self.empty_notice.setVisible(not has_records)

    def refresh(self) -> None:
        """Reload after records changed elsewhere (keeps unsaved edits: only figures are reloaded)."""
        if self.is_dirty():
            fy, db = self.fiscal_year(), self.db

            def show(lines: list[MonthLine]) -> None:
                if fy == self.fiscal_year():
                    self.months_model.set_rows(lines)

            query_op(self, db, lambda: report_lines(db, fy), show, status=self.status, busy=False)  # typing goes on
            return
        self.load()

    def _show_draft_state(self) -> None:
        assert self.texts is not None
        if self.texts.is_draft():
            self.draft_state.setText("記録から作った下書きです。書き直して保存すると、その文章が使われます。")
        else:
            self.draft_state.setText("保存した文章です。「下書きを作り直す」で記録から書き直せます。")

    def _update_member_totals(self) -> None:
        total = 0
        for row, category in enumerate(MEMBER_CATEGORIES):
            counted = int(self.members_table.item(row, 1).text()) if self.members_table.item(row, 1) else 0
            n = counted + self.extra_spins[category].value()
            item = QTableWidgetItem(str(n) if n else "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.members_table.setItem(row, 3, item)
            total += n
        self.member_total.setText(f"合計 {total}")

    # -- changes -------------------------------------------------------------------------------
    def _extra_now(self) -> dict[str, int]:
        return {c: s.value() for c, s in self.extra_spins.items() if s.value()}

    def changed_texts(self) -> dict[str, str]:
        """The text fields the coordinator changed since loading."""
        changed = {f: e.text() for f, e in self.line_fields.items() if e.isModified()}
        changed.update({f: e.toPlainText() for f, e in self.text_fields.items() if e.document().isModified()})
        return changed

    def is_dirty(self) -> bool:
        return bool(self.changed_texts()) or self._extra_now() != self._extra_loaded

    def save(self) -> bool:
        """Save the changed fields; False (with the reason shown) when refused."""
        changed, fy = self.changed_texts(), self.fiscal_year()
        extra = self._extra_now() if self._extra_now() != self._extra_loaded else None

        def write() -> bool:
            if changed:
                service.save_texts(self.db, fy, changed)
            if extra is not None:
                service.save_member_extra(self.db, fy, extra)
            return True

        if run_op(self, self.db, write, changes=Changes(activities=True), status=self.status) is None:
            return False
        self._mark_saved()
        self.load()
        return True

    def _mark_saved(self) -> None:
        """What is shown is what is stored now (the reload that follows only confirms it)."""
        for edit in self.line_fields.values():
            edit.setModified(False)
        for text_edit in self.text_fields.values():
            text_edit.document().setModified(False)
        self._extra_loaded = self._extra_now()

    def on_save(self) -> None:
        if not self.is_dirty():
            self.status.ok("変更はありません")
            return
        if self.save():
            self.status.ok(f"{year_text(self.fiscal_year())}の報告書を保存しました")

    def on_redraft(self) -> None:
        assert self.texts is not None
        if not self.texts.is_draft() or self.achievements.document().isModified():
            answer = QMessageBox.question(
                self,
                "下書きを作り直す",
                f"「{H_ACHIEVEMENTS}」の今の文章を、記録から作った下書きで置き換えます。よろしいですか？",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        fy = self.fiscal_year()
        redrafted = run_op(
            self,
            self.db,
            lambda: (service.regenerate_draft(self.db, fy), service.load_texts(self.db, fy)),
            changes=Changes(activities=True),
            status=self.status,
        )
        if redrafted is None:
            return
        draft, self.texts = redrafted
        self.achievements.setPlainText(draft)
        self.achievements.document().setModified(False)
        self._show_draft_state()
        self.status.ok("記録から下書きを作り直しました")

    def _on_year_changed(self, fy: int) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                "保存していない変更",
                f"{year_text(self._shown_year)}の報告書に保存していない変更があります。保存しますか？",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                self.years.select_year(self._shown_year, quiet=True)
                return
        self._shown_year = fy
        self.load()
        self.status.setText("")

    # -- export --------------------------------------------------------------------------------
    def report(self) -> AnnualReport:
        fy = self.fiscal_year()
        return read_op(self, self.db, lambda: service.annual_report(self.db, fy))

    def _ask_path(self, caption: str, suffix: str, filter_text: str) -> Path | None:
        default = documents_folder() / f"{fiscal_year_label(self.fiscal_year())}_部会年間報告書{suffix}"
        chosen, _ = QFileDialog.getSaveFileName(self, caption, str(default), filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _export(self, writer: Callable[[AnnualReport, Path], Path], caption: str, suffix: str, flt: str) -> None:
        if self._job is not None:
            return
        if self.is_dirty() and not self.save():
            return
        path = self._ask_path(caption, suffix, flt)
        if path is None:
            return
        fy, db = self.fiscal_year(), self.db
        self._set_busy(True)
        self.status.ok(f"{path.name} を作成しています…")
        self._job = True  # the figures and the file are made in the background
        run_op(
            self,
            db,
            lambda: writer(service.annual_report(db, fy), path),
            background=True,
            busy=False,
            on_done=self._on_exported,
            on_failed=self._on_export_failed,
        )

    def on_export_pdf(self) -> None:
        from pos.reports.annual_pdf import write_pdf  # reportlab: imported when first used (cold start)

        self._export(write_pdf, "PDFに出力", ".pdf", "PDF (*.pdf)")

    def on_export_xlsx(self) -> None:
        from pos.reports.annual_xlsx import write_xlsx  # openpyxl: imported when first used (cold start)

        self._export(write_xlsx, "Excelに出力", ".xlsx", "Excel ブック (*.xlsx)")

    def _set_busy(self, busy: bool) -> None:
        for b in (self.pdf_button, self.xlsx_button, self.save_button, self.redraft_button):
            b.setEnabled(not busy)

    def _on_exported(self, path: object) -> None:
        self._job = None
        self._set_busy(False)
        self.status.ok(f"書き出しました: {path}")

    def _on_export_failed(self, error: BaseException) -> None:
        self._job = None
        self._set_busy(False)
        show_error(self, error, self.status)
