"""月次精算: the month's payouts per workshop (a sub-tab of 報告書・分析).

Choose a month: the upper table is the coordinator's list of transfers (one line per workshop: days,
sales, commission, fees, cash and vouchers already handed over, the amount to transfer); selecting a
workshop shows its closed days below. Figures are those frozen at each day's close
(pos.services.payouts). 「PDFを保存…」 writes the transfer list and every workshop's statement (or only
the selected workshop's, when 「選んだ事業所だけ」 is ticked); 「CSVを保存…」 one row per workshop per day.
Loading and saving go through the operation runner in the background; the screen reloads when days
are closed or reopened, or master data change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.clock import today_local
from pos.domain.money import format_yen
from pos.reports.payout_files import write_payout_files
from pos.services.payouts import (
    MonthPayouts,
    PayoutDay,
    WorkshopStatement,
    month_payouts,
    payout_months,
)
from pos.services.store import Database
from pos.ui.i18n import tr_args
from pos.ui.operations import first_load, query_op, run_op
from pos.ui.report_controls import StatusLine, table_view
from pos.ui.screen import Screen
from pos.ui.table_model import Column, RowsTableModel
from pos.ui.theme import set_role


class PayoutsWidget(Screen):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.payouts: MonthPayouts | None = None
        self.month = QComboBox()
        self.month.setObjectName("payoutMonth")
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        money = lambda field: lambda s: format_yen(s.total(field))  # noqa: E731
        self.model: RowsTableModel[WorkshopStatement] = RowsTableModel(
            [
                Column(self.tr("事業所"), lambda s: s.name),
                Column(self.tr("登録番号"), lambda s: s.invoice_number or "—"),
                Column(self.tr("日数"), lambda s: len(s.days), align_right=True),
                Column(self.tr("売上"), money("sales"), align_right=True),
                Column(self.tr("手数料"), money("commission"), align_right=True),
                Column(self.tr("決済手数料"), money("fees"), align_right=True),
                Column(self.tr("現金渡し済"), money("cash_handed"), align_right=True),
                Column(self.tr("商品券渡し済"), money("vouchers"), align_right=True),
                Column(self.tr("振込額"), money("transfer"), align_right=True),
            ]
        )
        self.view = table_view(self.model, stretch=0)
        self.view.setObjectName("payoutList")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_days())
        self.days_model: RowsTableModel[PayoutDay] = RowsTableModel(
            [
                Column(self.tr("販売日"), lambda d: d.day.isoformat()),
                Column(self.tr("会場"), lambda d: d.venue),
                Column(self.tr("売上"), lambda d: format_yen(d.sales), align_right=True),
                Column(self.tr("手数料率"), lambda d: d.rate_text, align_right=True),
                Column(self.tr("手数料"), lambda d: format_yen(d.commission), align_right=True),
                Column(self.tr("決済手数料"), lambda d: format_yen(d.fees), align_right=True),
                Column(self.tr("現金渡し"), lambda d: format_yen(d.cash_handed), align_right=True),
                Column(self.tr("商品券渡し"), lambda d: format_yen(d.vouchers), align_right=True),
                Column(self.tr("振込予定"), lambda d: format_yen(d.transfer), align_right=True),
                Column(self.tr("備考"), lambda d: d.note),
            ]
        )
        self.days_view = table_view(self.days_model, stretch=9)
        self.days_view.setObjectName("payoutDays")
        self.totals = QLabel()
        self.totals.setObjectName("payoutTotals")
        self.notice = QLabel()
        self.notice.setObjectName("unclosedNotice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "error")
        self.only_selected = QCheckBox(self.tr("選んだ事業所だけ"))
        self.only_selected.setObjectName("onlySelected")
        self.pdf_button = QPushButton(self.tr("PDFを保存…"))
        self.pdf_button.setObjectName("savePayoutPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = QPushButton(self.tr("CSVを保存…"))
        self.csv_button.setObjectName("savePayoutCsv")
        self.csv_button.clicked.connect(self.save_csv)
        self.status = StatusLine()

        top = QHBoxLayout()
        label = QLabel(self.tr("月(&M)"))
        label.setBuddy(self.month)
        top.addWidget(label)
        top.addWidget(self.month)
        top.addStretch(1)
        top.addWidget(self.only_selected)
        top.addWidget(self.pdf_button)
        top.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(QLabel(self.tr("振込一覧（締めた販売日の確定額）")))
        layout.addWidget(self.view, 2)
        layout.addWidget(self.totals)
        layout.addWidget(QLabel(self.tr("選んだ事業所の販売日")))
        layout.addWidget(self.days_view, 1)
        layout.addWidget(self.status)
        # closed days, sales and master data (not read after every sale while the register is in front)
        self.follow_changes(db, lambda c: c.days or c.master or c.sales, self.refresh)
        # the months offered, read in a worker while the page comes up; then the chosen month's
        first_load(self, db, lambda: payout_months(db), self._set_months, status=self.status)

    def refresh(self) -> None:
        """Reload the months offered (keeping the chosen one), then the chosen month."""
        query_op(self, self.db, lambda: payout_months(self.db), self._set_months, status=self.status, background=False)

    def _set_months(self, months: list[str]) -> None:
        current = self.month.currentText() or f"{today_local():%Y-%m}"
        if current not in months:
            months = sorted({*months, current}, reverse=True)
        self.month.blockSignals(True)
        self.month.clear()
        self.month.addItems(months)
        self.month.setCurrentText(current)
        self.month.blockSignals(False)
        self.load()

    def load(self) -> None:
        month = self.month.currentText()
        if month:
            query_op(self, self.db, lambda: month_payouts(self.db, month), self._show, status=self.status)

    def _show(self, payouts: MonthPayouts) -> None:
        if f"{payouts.year}-{payouts.month:02d}" != self.month.currentText():
            return  # an earlier month's answer arriving after the user chose another
        self.payouts = payouts
        self.model.set_rows(payouts.statements)
        self.days_model.set_rows([])
        self.totals.setText(
            tr_args(
                self.tr("合計: 売上 %1　手数料 %2　決済手数料 %3　振込 %4"),
                format_yen(payouts.total("sales")),
                format_yen(payouts.total("commission")),
                format_yen(payouts.total("fees")),
                format_yen(payouts.total("transfer")),
            )
        )
        if payouts.unclosed:
            days = "、".join(f"{u.day.month}/{u.day.day} {u.venue}（{u.state_label}）" for u in payouts.unclosed)
            self.notice.setText(tr_args(self.tr("未精算の販売日は含まれていません: %1"), days))
        else:
            self.notice.setText("")
        if payouts.statements:
            self.view.selectRow(0)

    def selected(self) -> WorkshopStatement | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _show_days(self) -> None:
        chosen = self.selected()
        self.days_model.set_rows(chosen.days if chosen else [])

    def _target(self, caption: str, name: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, caption, name, file_filter)
        return path or None

    def _save(self, *, pdf: bool) -> None:
        payouts = self.payouts
        if payouts is None:
            return
        month = f"{payouts.year}-{payouts.month:02d}"
        chosen = self.selected() if self.only_selected.isChecked() else None
        if self.only_selected.isChecked() and chosen is None:
            self.status.error(self.tr("事業所を選んでください"))
            return
        base = f"月次精算_{month}" + (f"_{chosen.name}" if chosen else "")
        base = "".join(c for c in base if c not in '\\/:*?"<>|')
        if pdf:
            path = self._target(self.tr("月次精算書のPDFを保存"), base + ".pdf", "PDF (*.pdf)")
        else:
            path = self._target(self.tr("月次精算のCSVを保存"), base + ".csv", "CSV (*.csv)")
        if path is None:
            return

        def write() -> list[Path]:
            data = month_payouts(self.db, month, chosen.name) if chosen else payouts
            return write_payout_files(
                data, pdf=path if pdf else None, csv=None if pdf else path, transfer_list=chosen is None
            )

        run_op(
            self,
            self.db,
            write,
            status=self.status,
            background=True,
            on_done=lambda files: self.status.ok(tr_args(self.tr("書き出しました: %1"), str(files[0]))),
        )

    def save_pdf(self) -> None:
        self._save(pdf=True)

    def save_csv(self) -> None:
        self._save(pdf=False)
