"""Small controls shared by the reporting screens: the fiscal-year chooser, a status line, a table view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QTableView

from pos.domain.fiscal import fiscal_year_label
from pos.ui.table_model import RowsTableModel
from pos.ui.theme import set_role


def year_text(fy: int) -> str:
    """`令和6年度（2024年度）`."""
    return f"{fiscal_year_label(fy)}（{fy}年度）"


class FiscalYearCombo(QComboBox):
    """Chooses a fiscal year; `year_changed(fy)` is emitted when the user picks another one."""

    year_changed = Signal(int)

    def __init__(self, years: list[int], selected: int | None = None) -> None:
        super().__init__()
        self.setObjectName("fiscalYear")
        self.setAccessibleName("年度")
        self.set_years(years, selected)
        self.currentIndexChanged.connect(self._on_index_changed)

    def set_years(self, years: list[int], selected: int | None = None) -> None:
        """Offer `years` (newest first), keeping `selected` (or the current year) chosen; no signal."""
        keep = selected if selected is not None else (self.year() if self.count() else None)
        if keep is not None and keep not in years:
            years = sorted({*years, keep}, reverse=True)
        self.blockSignals(True)
        self.clear()
        for fy in years:
            self.addItem(year_text(fy), fy)
        if keep is not None:
            self.setCurrentIndex(years.index(keep))
        self.blockSignals(False)

    def year(self) -> int:
        return int(self.currentData())

    def select_year(self, fy: int, *, quiet: bool = False) -> None:
        i = self.findData(fy)
        if i < 0:
            return
        self.blockSignals(quiet)
        self.setCurrentIndex(i)
        self.blockSignals(False)

    def _on_index_changed(self, _index: int) -> None:
        if self.count():
            self.year_changed.emit(self.year())


class StatusLine(QLabel):
    """One line under a screen: what just happened, or what went wrong (in red)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("status")
        self.setWordWrap(True)

    def ok(self, text: str) -> None:
        set_role(self, "ok")
        self.setText(text)

    def error(self, error: BaseException | str) -> None:
        from pos.ui.operations import failure_text  # the runner shows failures here

        set_role(self, "error")
        self.setText(error if isinstance(error, str) else failure_text(error))


#: Rows a column's width is measured on: Qt's default (1,000) reads every cell of long tables (the
#: products, ten years of sales days) on the GUI thread each time the rows change — each cell through
#: ~9 calls into the Python model. 50 rows: a year's sales-day notes sized in ~10 ms instead of ~20.
RESIZE_PRECISION = 50


def table_view(model: RowsTableModel, stretch: int | None = None, *, wrap: bool = False) -> QTableView:
    """A read-only, row-selecting table; column `stretch` takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(wrap)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(RESIZE_PRECISION)  # size columns from the first rows, not all
    # Columns are sized to their contents once per new contents (a reset), not in ResizeToContents mode,
    # which measures every cell again at each layout pass (show, resize, scroll): on the GUI thread.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    model.modelReset.connect(view.resizeColumnsToContents)
    if model.rowCount():  # rows given before the view was made
        view.resizeColumnsToContents()
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if wrap:
        header.sectionResized.connect(lambda *_: view.resizeRowsToContents())
        model.modelReset.connect(view.resizeRowsToContents)
    return view
