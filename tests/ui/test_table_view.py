"""The one table factory: columns wide enough for what they show, sized once per new contents."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from pos.ui.report_controls import table_view
from pos.ui.table_model import Column, RowsTableModel

LONG = "地域活動ホームたんぽぽ（他区ゲスト）"


def _model() -> RowsTableModel[tuple[str, str]]:
    return RowsTableModel([Column("事業所", lambda r: r[0]), Column("備考", lambda r: r[1])])


def _fits(view, column: int, text: str) -> bool:  # type: ignore[no-untyped-def]
    return view.columnWidth(column) >= QFontMetrics(view.font()).horizontalAdvance(text)


def test_columns_fit_rows_set_after_the_view_is_made(qtbot: QtBot) -> None:
    model = _model()
    view = table_view(model, stretch=1)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    assert not _fits(view, 0, LONG)
    model.set_rows([(LONG, "x")])
    assert _fits(view, 0, LONG)


def test_columns_fit_rows_given_before_the_view_is_made(qtbot: QtBot) -> None:
    model = _model()
    model.set_rows([(LONG, "x")])
    view = table_view(model, stretch=1)
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    assert _fits(view, 0, LONG)
