"""Bringing another booth's records in (取り込み): choose the file, read the report, confirm.

`open_merge_dialog(parent, db) -> bool`: 「ファイルを選ぶ…」 opens a file dialog for an export
(`pos export`) or another booth's database file; the dialog then shows what merging it would do —
the rule for master data, the days to add, every master-data difference — without changing
anything (`merge_file(..., preview=True)`). 「取り込む」 merges it and shows the final report; a
refusal (the same venue and date on two laptops, a damaged file) is shown instead and nothing is
changed. The file itself is never changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import PosError
from pos.services.changes import Changes
from pos.services.merge import MergeReport, merge_file
from pos.services.store import Database
from pos.ui.files import documents_folder
from pos.ui.operations import failure_text, run_op, show_error
from pos.ui.theme import set_role

#: What a merge may add: sales days with their sales, lots, workshops/products/venues, activities.
MERGED = Changes(sales=True, stock=True, master=True, days=True, activities=True)


class MergeDialog(QDialog):
    """Choose a file, preview the merge, confirm. `report` holds the MergeReport after a merge.

    Reading and merging a year's file takes seconds: both run in the background while the dialog is
    busy (greyed, wait cursor); `finished_work` is emitted when the preview or the merge has come back.
    """

    finished_work = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = ""
        self.voids: tuple[str, ...] = ()
        self.report: MergeReport | None = None
        self.setWindowTitle(self.tr("他のレジの記録を取り込む"))
        self.resize(820, 600)

        intro = QLabel(
            self.tr(
                "別のレジで書き出したファイル（pos export）か、別のレジのデータベースファイルを選んでください。"
                "取り込む前に内容を確認できます。選んだファイルは変更しません。"
            )
        )
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("ファイルを選ぶ…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("（ファイル未選択）"))
        self.file_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addWidget(self.file_label, 1)

        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)

        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("取り込む"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(False)
        self.close_button = self.buttons.addButton(self.tr("閉じる"), QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(self.merge)
        self.close_button.clicked.connect(self._finish)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)

    def _show_error(self, error: BaseException) -> None:
        self.finished_work.emit()
        if not isinstance(error, (PosError, OSError)):
            show_error(self, error)
            return
        set_role(self.status, "error")
        self.status.setText(self.tr("取り込めません。何も変更していません。"))
        self.report_view.setPlainText(failure_text(error))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("取り込むファイル"),
            str(documents_folder()),
            self.tr("Booth POSのファイル (*.db *.sqlite);;すべてのファイル (*)"),
        )
        if path:
            self.preview(path)

    def preview(self, path: str) -> None:
        """Show what merging `path` would do (nothing is changed)."""
        self.path = path
        self.file_label.setText(path)
        self.merge_button.setEnabled(False)
        set_role(self.status, "")
        self.status.setText(self.tr("ファイルを読んでいます…"))
        # voids are shown, and asked about at 取り込む (the coordinator's consent)
        run_op(
            self,
            self.db,
            lambda: merge_file(self.db, path, preview=True, accept_voids=True),
            on_done=self._previewed,
            on_failed=self._show_error,
            background=True,
        )

    def _previewed(self, report: MergeReport) -> None:
        self.finished_work.emit()
        self.voids = report.voids
        lines = report.lines_ja()
        if report.voids:
            lines.append(self.tr("取り込み元で取り消された取引（取り込むにはコーディネーターの確認が必要です）:"))
            lines.extend(f"  {v}" for v in report.voids)
        self.report_view.setPlainText("\n".join(lines))
        if report.nothing_new:
            set_role(self.status, "")
            self.status.setText(self.tr("このファイルの記録はすべて取り込み済みです。"))
            return
        set_role(self.status, "heading")
        self.status.setText(self.tr("内容を確認して「取り込む」を押してください。"))
        self.merge_button.setEnabled(True)

    def merge(self) -> None:
        if not self.path:
            return
        self.merge_button.setEnabled(False)
        who = ""
        if self.voids:  # voids made on the other laptop: the coordinator's consent (PIN gate), audited
            from pos.ui.coordinator import gate_for

            consent = gate_for(self.db).require(self, self.tr("取り込み元の取消を反映"))
            if consent is None:
                self.merge_button.setEnabled(True)
                return
            who = consent
        set_role(self.status, "")
        self.status.setText(self.tr("取り込んでいます…"))
        path, accept = self.path, bool(self.voids)
        run_op(
            self,
            self.db,
            lambda: merge_file(self.db, path, accept_voids=accept, who=who),
            changes=MERGED,
            on_done=self._merged,
            on_failed=self._show_error,
            background=True,
        )

    def _merged(self, report: MergeReport) -> None:
        self.report = report
        self.finished_work.emit()
        set_role(self.status, "ok")
        self.status.setText(self.tr("取り込みました。"))
        self.report_view.setPlainText("\n".join(self.report.lines_ja()))

    def _finish(self) -> None:
        if self.report is not None:
            self.accept()
        else:
            self.reject()


def open_merge_dialog(parent: QWidget | None, db: Database) -> bool:
    """Show the merge dialog (modal); True when records were merged."""
    return MergeDialog(db, parent).exec() == QDialog.DialogCode.Accepted
