"""The workshops' view (事業所の在庫): one workshop's lots today, its unsold/disposed history, next time.

Three tabs for the workshop chosen at the top (Alt+W):
    本日のロット          today's lots: brought, sold, withdrawn, left, expiry and status; lots
                          expiring today (orange) or tomorrow (yellow) and expired ones (red) stand out
    売れ残り・廃棄の履歴  per venue and month of a fiscal year: brought, sold, sell-through, left,
                          taken back, disposed, other, unrecorded; CSV export of every workshop's figures
    次回の持込数          how many to bring to a venue next time, with the reasoning in words
F5 reloads. Without a sales day (`day_id` None) the first tab says so.

Each tab reads in the background (pos.ui.operations.query_op); `loaded` is emitted when no read is
left running. Sales and check-ins (`sales`/`stock` on the change bus) reload today's lots, a close
(`days`) the history — at once when the view is showing, else the next time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.clock import today_local
from pos.domain.fiscal import fiscal_year_of, format_date_ja
from pos.reports.csv_export import write_csv
from pos.services import catalog, days, stock, suggestion, waste
from pos.services.catalog import VenueInfo, WorkshopInfo
from pos.services.fiscal_years import fiscal_years
from pos.services.stock import LotInfo
from pos.services.store import Database
from pos.services.suggestion import Suggestion
from pos.services.waste import WasteRow
from pos.ui.files import documents_path
from pos.ui.i18n import tr_args
from pos.ui.operations import LabelStatus, query_op, read_op, run_op
from pos.ui.report_controls import FiscalYearCombo, table_view
from pos.ui.screen import Screen
from pos.ui.table_model import Column, RowsTableModel
from pos.ui.tile_grid import colour_icon

EXPIRED_COLOUR = "#f4c7c3"
TODAY_COLOUR = "#fbd9a6"
TOMORROW_COLOUR = "#fff3b0"


def lot_colour(lot: LotInfo) -> str | None:
    """Background of a lot's row: expired red, expiring today orange, tomorrow yellow (units left only)."""
    if not lot.left:
        return None
    if lot.expired:
        return EXPIRED_COLOUR
    if lot.expires_today:
        return TODAY_COLOUR
    if lot.expires_soon:
        return TOMORROW_COLOUR
    return None


def _table(model: RowsTableModel[Any], name: str, stretch: int = 0) -> QTableView:
    view = table_view(model, stretch)
    view.setObjectName(name)
    return view


class WorkshopStockView(Screen):
    """Stock, history and suggestions of one workshop at a time."""

    loaded = Signal()  # every background read has come back

    def __init__(self, db: Database, day_id: UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._running: dict[str, object] = {}  # tab → the request whose answer is awaited
        self.day = read_op(parent, db, lambda: days.get_day(db, day_id)) if day_id is not None else None
        on = self.day.day if self.day is not None else today_local()

        self.workshop = QComboBox()
        self.workshop.setObjectName("workshop")
        self.workshop.setMinimumHeight(36)
        today_ids = {w.id for w in self.day.workshops} if self.day else set()
        workshops: list[WorkshopInfo] = read_op(self, db, lambda: catalog.list_workshops(db), [])
        ordered = sorted(workshops, key=lambda w: w.id not in today_ids)
        self._workshop_ids = [w.id for w in ordered]
        for w in ordered:
            label = w.name + (self.tr("（本日出店）") if w.id in today_ids else "")
            self.workshop.addItem(colour_icon(w.colour, 20), label)
        chooser = QLabel(self.tr("事業所(&W)"))
        chooser.setBuddy(self.workshop)
        top = QHBoxLayout()
        top.addWidget(chooser)
        top.addWidget(self.workshop, 1)

        # today's lots
        lot_colour_of = lot_colour
        self.lots_model: RowsTableModel[LotInfo] = RowsTableModel(
            [
                Column(self.tr("商品"), lambda r: r.product_name, colour=lot_colour_of),
                Column(
                    self.tr("期限"),
                    lambda r: r.expiry_date.strftime("%m/%d") if r.expiry_date else "—",
                    colour=lot_colour_of,
                ),
                Column(self.tr("持込"), lambda r: r.brought, align_right=True, colour=lot_colour_of),
                Column(self.tr("販売"), lambda r: r.sold, align_right=True, colour=lot_colour_of),
                Column(self.tr("持ち帰り等"), lambda r: r.withdrawn or "", align_right=True, colour=lot_colour_of),
                Column(self.tr("残り"), lambda r: r.left, align_right=True, colour=lot_colour_of),
                Column(self.tr("状態"), lambda r: r.status, colour=lot_colour_of),
                Column(self.tr("記録時刻"), lambda r: r.checked_in_at.strftime("%H:%M"), colour=lot_colour_of),
            ]
        )
        self.lots_view = _table(self.lots_model, "lots", stretch=6)
        self.lots_summary = QLabel()
        self.lots_summary.setObjectName("lotsSummary")
        self.lots_summary.setWordWrap(True)
        lots_page = QWidget()
        lots_layout = QVBoxLayout(lots_page)
        heading = self.tr("販売日がありません（持ち込みは販売日を始めてから記録します）")
        if self.day is not None:
            heading = f"{self.day.venue.name}　{format_date_ja(self.day.day)}"
        lots_layout.addWidget(QLabel(heading))
        lots_layout.addWidget(self.lots_view, 1)
        legend = QLabel(self.tr("色: 橙 = 本日期限、黄 = 明日期限、赤 = 期限切れ（販売できません）"))
        legend.setWordWrap(True)
        lots_layout.addWidget(legend)
        lots_layout.addWidget(self.lots_summary)

        # history
        self.fiscal_year = FiscalYearCombo(  # the app's one year picker: 令和6年度（2024年度）
            read_op(self, db, lambda: fiscal_years(db, on), [fiscal_year_of(on)]), fiscal_year_of(on)
        )
        self.history_model: RowsTableModel[WasteRow] = RowsTableModel(
            [
                Column(self.tr("会場"), lambda r: r.venue_name),
                Column(self.tr("月"), lambda r: r.month_label if r.month != "合計" else r.month),
                Column(self.tr("日数"), lambda r: r.days, align_right=True),
                Column(self.tr("持込"), lambda r: r.brought, align_right=True),
                Column(self.tr("販売"), lambda r: r.sold, align_right=True),
                Column(self.tr("販売率"), lambda r: r.sell_through_text, align_right=True),
                Column(self.tr("売れ残り"), lambda r: r.left, align_right=True),
                Column(self.tr("持ち帰り"), lambda r: r.taken_back, align_right=True),
                Column(self.tr("廃棄"), lambda r: r.disposed, align_right=True),
                Column(self.tr("その他"), lambda r: r.other, align_right=True),
                Column(self.tr("未記録"), lambda r: r.unrecorded or "", align_right=True),
                Column(self.tr("値引販売数"), lambda r: r.marked_down or "", align_right=True),
            ]
        )
        self.history_view = _table(self.history_model, "history")
        self.export_button = QPushButton(self.tr("全事業所をCSVに書き出す…"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.clicked.connect(self.export_csv)
        self.history_message = QLabel()
        fy_row = QHBoxLayout()
        fy_row.addWidget(QLabel(self.tr("年度")))
        fy_row.addWidget(self.fiscal_year)
        fy_row.addStretch(1)
        fy_row.addWidget(self.export_button)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addLayout(fy_row)
        history_layout.addWidget(self.history_view, 1)
        history_layout.addWidget(self.history_message)

        # next time
        self.venue = QComboBox()
        self.venue.setObjectName("venue")
        venues: list[VenueInfo] = read_op(self, db, lambda: catalog.list_venues(db), [])
        self._venue_ids = [v.id for v in venues]
        for v in venues:
            self.venue.addItem(v.name)
        if self.day is not None and self.day.venue.id in self._venue_ids:
            self.venue.setCurrentIndex(self._venue_ids.index(self.day.venue.id))
        self.suggest_model: RowsTableModel[Suggestion] = RowsTableModel(
            [
                Column(self.tr("商品"), lambda r: r.product_name),
                Column(
                    self.tr("おすすめ"),
                    lambda r: "" if r.quantity is None else tr_args(self.tr("%1個"), r.quantity),
                    align_right=True,
                ),
                Column(self.tr("理由"), lambda r: r.text),
            ]
        )
        self.suggest_view = _table(self.suggest_model, "suggestions", stretch=2)
        self.suggest_view.setWordWrap(True)
        self.suggest_view.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        venue_row = QHBoxLayout()
        venue_row.addWidget(QLabel(self.tr("会場")))
        venue_row.addWidget(self.venue, 1)
        suggest_page = QWidget()
        suggest_layout = QVBoxLayout(suggest_page)
        suggest_layout.addLayout(venue_row)
        suggest_layout.addWidget(self.suggest_view, 1)
        method = QLabel(
            self.tr(
                "売り切れた日は、売れるペースを閉店まで延ばして需要を推定し（持込数の2倍まで）、"
                "直近8回の中央値をおすすめします。売れ残りと売り逃しを同じ重みで減らす数です。"
            )
        )
        method.setWordWrap(True)
        suggest_layout.addWidget(method)
        suggest_layout.addWidget(self.details)

        self.tabs = QTabWidget()
        self.tabs.addTab(lots_page, self.tr("本日のロット"))
        self.tabs.addTab(history_page, self.tr("売れ残り・廃棄の履歴"))
        self.tabs.addTab(suggest_page, self.tr("次回の持込数"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.workshop.currentIndexChanged.connect(self.refresh)
        self.fiscal_year.year_changed.connect(lambda _fy: self.refresh_history())
        self.venue.currentIndexChanged.connect(self.refresh_suggestions)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.follow_changes(db, lambda c: c.sales or c.stock, self.refresh_lots)
        self.follow_changes(db, lambda c: c.days or c.stock, self.refresh_history)
        self.refresh()

    def reading(self) -> bool:
        return bool(self._running)

    def _load(self, tab: str, read: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Read one tab's rows in the background; an answer overtaken by a newer request is dropped."""
        token = object()
        self._running[tab] = token

        def done(rows: Any) -> None:
            if self._running.get(tab) is not token:
                return
            del self._running[tab]
            show(rows)
            if not self._running:
                self.loaded.emit()

        def failed(error: BaseException) -> None:
            if self._running.get(tab) is token:
                del self._running[tab]
            LabelStatus(self.history_message if tab == "history" else self.lots_summary).error(error)
            if not self._running:
                self.loaded.emit()

        query_op(self, self.db, read, done, on_failed=failed, busy=False)

    def workshop_id(self) -> UUID | None:
        i = self.workshop.currentIndex()
        return self._workshop_ids[i] if 0 <= i < len(self._workshop_ids) else None

    def venue_id(self) -> UUID | None:
        i = self.venue.currentIndex()
        return self._venue_ids[i] if 0 <= i < len(self._venue_ids) else None

    def select_workshop(self, workshop_id: UUID) -> None:
        self.workshop.setCurrentIndex(self._workshop_ids.index(workshop_id))

    def select_venue(self, venue_id: UUID) -> None:
        self.venue.setCurrentIndex(self._venue_ids.index(venue_id))

    def refresh(self) -> None:
        self.refresh_lots()
        self.refresh_history()
        self.refresh_suggestions()

    def refresh_lots(self) -> None:
        wid, day = self.workshop_id(), self.day
        if day is None or wid is None:
            self._show_lots([])
            return
        self._load("lots", lambda: stock.day_lots(self.db, day.id, wid), self._show_lots)

    def _show_lots(self, lots: list[LotInfo]) -> None:
        self.lots_model.set_rows(lots)
        if self.day is None:
            self.lots_summary.setText("")
        elif not lots:
            self.lots_summary.setText(self.tr("この事業所の持ち込みは記録されていません（「持ち込み」で記録）"))
        else:
            soon = sum(lot.left for lot in lots if lot.expires_today and not lot.expired)
            expired = sum(lot.left for lot in lots if lot.expired)
            text = tr_args(
                self.tr("持込 %1個　販売 %2個　残り %3個"),
                sum(lot.brought for lot in lots),
                sum(lot.sold for lot in lots),
                sum(lot.left for lot in lots),
            )
            if soon:
                text += tr_args(self.tr("　本日期限 %1個"), soon)
            if expired:
                text += tr_args(self.tr("　期限切れ %1個"), expired)
            self.lots_summary.setText(text)

    def refresh_history(self) -> None:
        fy = self.fiscal_year.year()
        wid = self.workshop_id()
        if wid is None:
            self.history_model.set_rows([])
            return

        def read() -> list[WasteRow]:
            report = waste.waste_report(self.db, fy, wid)
            rows = list(report.rows)
            if rows:
                rows.append(report.total(wid))
            return rows

        self._load("history", read, self._show_history)

    def _show_history(self, rows: list[WasteRow]) -> None:
        self.history_model.set_rows(rows)
        self.history_message.setText("" if rows else self.tr("この年度の記録はありません"))

    def refresh_suggestions(self) -> None:
        wid, vid = self.workshop_id(), self.venue_id()
        before = self.day.day if self.day is not None else None
        if not (wid and vid):
            self._show_suggestions([])
            return
        self._load(
            "suggestions",
            lambda: suggestion.suggest_for_workshop(self.db, vid, wid, before=before),
            self._show_suggestions,
        )

    def _show_suggestions(self, rows: list[Suggestion]) -> None:
        self.suggest_model.set_rows(rows)
        self.suggest_view.resizeRowsToContents()
        self.details.setText("")

    def _show_details(self, current, _previous) -> None:
        if current.isValid():
            self.details.setText("\n".join(self.suggest_model.row(current.row()).details()))

    def export_csv(self) -> None:
        fy = self.fiscal_year.year()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("CSVに書き出す"), documents_path(f"waste-{fy}.csv"), self.tr("CSV (*.csv)")
        )
        if not path:
            return

        def export() -> str:
            headers, rows = waste.waste_csv_table(waste.waste_report(self.db, fy))
            write_csv(path, headers, rows)
            return path

        run_op(
            self,
            self.db,
            export,
            status=LabelStatus(self.history_message),
            background=True,
            on_done=lambda written: self.history_message.setText(tr_args(self.tr("書き出しました: %1"), written)),
        )
