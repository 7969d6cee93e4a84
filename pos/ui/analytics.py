"""売上分析: a fiscal year's paid sales by month × venue, by workshop, and by venue (average sale, sales
per workshop-day, cash vs cashless), as tables with QtCharts charts and CSV export.

The tables show exactly the rows that 「CSVに書き出す」 writes (`pos.services.analytics.*_table`);
CSV files are UTF-8 with a BOM, with formula-like text neutralised (`pos.reports.csv_export`).
Like the other report screens (活動記録, 月ごとの活動, 年間報告書) its texts are Japanese only: they are
the committee's figures for the ward's Japanese report, not part of the register's English mode.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from pos.domain.clock import today_local
from pos.domain.fiscal import fiscal_year_label
from pos.domain.money import format_yen
from pos.reports.csv_export import write_csv
from pos.services import analytics as service
from pos.services.analytics import Analytics, Table
from pos.services.fiscal_years import fiscal_years
from pos.services.store import Database
from pos.ui.files import documents_folder
from pos.ui.operations import next_turn, query_op, read_op, run_op
from pos.ui.report_controls import FiscalYearCombo, StatusLine, table_view, year_text
from pos.ui.screen import Screen
from pos.ui.table_model import Column, RowsTableModel

TOP_WORKSHOPS = 15
PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f")
CASH_COLOUR, CASHLESS_COLOUR = "#9c9c9c", "#2b8ad9"

Row = list[str | int]


def _cell(value: str | int) -> str:
    return f"{value:,}" if isinstance(value, int) else value


def _cell_of(i: int) -> Callable[[Row], str]:
    return lambda r: _cell(r[i])


def _model(headers: list[str], rows: list[Row]) -> RowsTableModel[Row]:
    """A table model over plain rows; integer columns are right-aligned with thousands separators."""
    numeric = [bool(rows) and all(isinstance(r[i], int) for r in rows) for i in range(len(headers))]
    columns: list[Column[Row]] = [
        Column(h, _cell_of(i), align_right=numeric[i] or h.endswith("比率")) for i, h in enumerate(headers)
    ]
    model: RowsTableModel[Row] = RowsTableModel(columns)
    model.set_rows(rows)
    return model


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setLocale(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    chart.setLocalizeNumbers(True)  # 1,000,000 on the yen axes
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins())
    return chart


def _yen_axis(maximum: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%.0f")
    axis.setTitleText("円")
    axis.setRange(0, max(maximum, 1) * 1.05)
    axis.applyNiceNumbers()
    return axis


def month_chart(a: Analytics) -> QChart:
    """Stacked bars: one bar a month, one colour a venue."""
    chart = _chart("月別・会場別の売上")
    series = QStackedBarSeries()
    for i, v in enumerate(a.venues):
        bar = QBarSet(v.name)
        bar.setColor(QColor(PALETTE[i % len(PALETTE)]))
        for ym in a.months:
            bar.append(a.by_month.get((v.venue_id, ym), 0))
        series.append(bar)
    chart.addSeries(series)
    months = QBarCategoryAxis()
    months.append([f"{m}月" for _, m in a.months])
    chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(months)
    values = _yen_axis(max((a.month_total(ym) for ym in a.months), default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    return chart


def workshop_chart(a: Analytics) -> QChart:
    """Horizontal bars of the workshops with the highest sales (highest at the top)."""
    top = list(a.workshops[:TOP_WORKSHOPS])
    chart = _chart(f"事業所別の売上（上位{len(top)}）")
    chart.legend().setVisible(False)
    bar = QBarSet("売上")
    bar.setColor(QColor(PALETTE[0]))
    for w in reversed(top):
        bar.append(w.total)
    series = QHorizontalBarSeries()
    series.append(bar)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([w.name for w in reversed(top)])
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    values = _yen_axis(max((w.total for w in top), default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    return chart


def payment_chart(a: Analytics) -> QChart:
    """Percent bars: cash and cashless share of each venue's sales."""
    chart = _chart("会場別の現金・キャッシュレスの割合")
    cash, cashless = QBarSet("現金"), QBarSet("キャッシュレス")
    cash.setColor(QColor(CASH_COLOUR))
    cashless.setColor(QColor(CASHLESS_COLOUR))
    venues = list(reversed(a.venues))
    for v in venues:
        cash.append(v.cash)
        cashless.append(v.cashless)
    series = QHorizontalPercentBarSeries()
    series.append(cash)
    series.append(cashless)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append([v.name for v in venues])
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    percent = QValueAxis()
    percent.setRange(0, 100)
    percent.setLabelFormat("%d%%")
    chart.addAxis(percent, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(percent)
    return chart


class _Page(QSplitter):
    """One tab: a table above (or beside) its chart."""

    def __init__(
        self,
        name: str,
        table_fn: Callable[[Analytics], Table],
        chart_fn: Callable[[Analytics], QChart],
        orientation: Qt.Orientation = Qt.Orientation.Vertical,
    ) -> None:
        super().__init__(orientation)
        self.name = name
        self.table_fn = table_fn
        self.chart_fn = chart_fn
        self.table: Table = ([], [])
        self.view: QTableView = QTableView()
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.addWidget(self.view)
        self.addWidget(self.chart_view)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        vertical = orientation == Qt.Orientation.Vertical
        self.setSizes([400, 600] if vertical else [620, 600])  # room for the chart, the table readable

    def show_figures(self, a: Analytics) -> None:
        self.table = self.table_fn(a)
        view = table_view(_model(*self.table), stretch=None)
        view.setAccessibleName(self.name)
        self.replaceWidget(0, view)
        self.view.deleteLater()
        self.view = view
        old = self.chart_view.chart()
        self.chart_view.setChart(self.chart_fn(a))
        if old is not None:
            old.deleteLater()


class AnalyticsWidget(Screen):
    """Tables and charts of one fiscal year's sales, with CSV export of the table shown.

    A year's figures take a while on a lived-in database: they are read in the background (the
    widget is busy meanwhile) and `loaded` is emitted when they are shown. Sales, days and master
    data announced on the change bus mark them stale; they are read again when the widget shows.
    """

    loaded = Signal()

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.today = today or today_local()
        self.figures: Analytics | None = None
        self.loads = 0
        self._request: object = None
        self.years = FiscalYearCombo(read_op(self, db, lambda: fiscal_years(db, self.today), [self.today.year]))
        self.years.year_changed.connect(lambda _fy: self.refresh())
        self.summary = QLabel()
        self.summary.setObjectName("analyticsSummary")
        self.csv_button = QPushButton("表をCSVに書き出す(&C)…")
        self.csv_button.setToolTip("表示中の表をCSV（UTF-8、Excelで開けます）に書き出します")
        self.csv_button.clicked.connect(self.on_export_csv)
        self.refresh_button = QPushButton("最新にする(&R)")
        self.refresh_button.clicked.connect(self.refresh)

        self.pages = [
            _Page("月別・会場別", service.month_venue_table, month_chart),
            _Page("事業所別", service.workshop_table, workshop_chart, Qt.Orientation.Horizontal),
            _Page("会場別（客単価・現金/キャッシュレス）", service.venue_table, payment_chart),
        ]
        self.tabs = QTabWidget()
        for page in self.pages:
            self.tabs.addTab(page, page.name)

        top = QHBoxLayout()
        year_label = QLabel("年度(&Y)")
        year_label.setBuddy(self.years)
        top.addWidget(year_label)
        top.addWidget(self.years)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.csv_button)
        self.status = StatusLine()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.follow_changes(db, lambda c: c.sales or c.days or c.master, self.refresh)
        self.refresh()

    def reading(self) -> bool:
        return self._request is not None

    def refresh(self) -> None:
        """Read the chosen year's figures in the background, then show them (a newer request wins)."""
        self.loads += 1
        fy = self.years.year()
        request = self._request = object()

        def done(a: Analytics) -> None:
            if self._request is request:
                self._show_in_turns(a, request)

        def failed(error: BaseException) -> None:
            if self._request is request:
                self._request = None
                self.status.error(error)
                self.loaded.emit()

        query_op(self.tabs, self.db, lambda: service.analytics(self.db, fy), done, on_failed=failed)

    def _show_in_turns(self, a: Analytics, request: object) -> None:
        """The page shown first, each other page in a later turn of the event loop (a table and a
        chart each: together too long for one turn on the GUI thread); `loaded` once all are shown."""
        current = self.tabs.currentIndex()
        order = [current] + [i for i in range(len(self.pages)) if i != current]

        def step(k: int) -> None:
            if self._request is not request:
                return  # a newer request (another year) took over
            if k == 0:
                self._show_summary(a)
            self.pages[order[k]].show_figures(a)
            if k + 1 < len(order):
                next_turn(self, lambda: step(k + 1))
                return
            self._request = None
            self.loaded.emit()

        step(0)

    def _show_summary(self, a: Analytics) -> None:
        self.figures = a
        average = format_yen(service.ratio(a.total, a.sales_count))
        share = service.percent_text(service.percent(a.cashless, a.cash + a.cashless)) or "—"
        self.summary.setText(
            f"売上 {format_yen(a.total)}　取引 {a.sales_count:,}件　平均客単価 {average}　キャッシュレス {share}"
        )

    def current_page(self) -> _Page:
        return self.pages[self.tabs.currentIndex()]

    def on_export_csv(self) -> None:
        page = self.current_page()
        name = page.name.split("（")[0]
        default = documents_folder() / f"売上分析_{fiscal_year_label(self.years.year())}_{name}.csv"
        chosen, _ = QFileDialog.getSaveFileName(self, "CSVに書き出す", str(default), "CSV (*.csv)")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        text = f"{year_text(self.years.year())}の「{page.name}」を書き出しました: {path}"
        run_op(
            self,
            self.db,
            lambda: write_csv(path, *page.table),
            status=self.status,
            on_done=lambda _: self.status.ok(text),
        )
