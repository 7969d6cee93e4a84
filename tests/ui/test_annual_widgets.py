"""The reporting screens on the real two-year record: activity log, monthly lines, annual report, analytics.

Only OS edges are replaced: file dialogs return a path, confirmation boxes return an answer.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pos.db.engine import Database, open_database
from pos.domain.report_lines import format_lines
from pos.services.demo import seed_demo
from pos.services.report_lines import report_lines
from pos.ui.activity_log import ActivityLogWidget
from pos.ui.analytics import AnalyticsWidget
from pos.ui.annual_report import AnnualReportWidget
from pos.ui.monthly_lines import MonthlyLinesWidget
from tests.annual_fixture import EXPECTED_DRAFT, EXPECTED_LINES_FY2025, FY, MEETING, two_years_file

IN_FY2025 = date(2025, 11, 1)
REPORT_SEASON = date(2026, 5, 10)  # April-June: the report screen opens on the year just ended


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return two_years_file(tmp_path)


@pytest.fixture
def two(path: Path) -> Iterator[Database]:
    db = open_database(path)
    yield db
    db.dispose()


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *_args, **_kw):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))


def _cells(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


# --- activity log -------------------------------------------------------------------------------


def test_activity_log_records_edits_and_deletes(qtbot: QtBot, two: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    w = ActivityLogWidget(two, today=IN_FY2025)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading)  # the first load runs in a worker
    assert w.years.year() == FY
    assert _cells(w.activity_model, 2) == [MEETING, "会計監査", MEETING]

    w.day_edit.setDate(QDate(2025, 7, 16))
    assert w.label_box.currentText() == MEETING  # a meeting by default
    w.note_edit.insert("販売計画")  # (QTest cannot type Japanese)
    with qtbot.waitSignal(w.changed):
        qtbot.keyClick(w.note_edit, Qt.Key.Key_Return)  # Enter adds
    assert "記録しました" in w.status.text()
    assert report_lines(two, FY)[3].as_row() == (
        f"7月\t{MEETING}（販売計画）、ゆめが丘SC出張販売（19日、1事業所出店、相談コーナー併設）\t16日"
    )

    w.day_edit.setDate(QDate(2025, 7, 16))
    w.note_edit.setText("もう一度")
    w.add_button.click()
    assert "すでに記録されています" in w.status.text()

    w.activity_view.selectRow(1)  # 会計監査
    assert w.label_box.currentText() == "会計監査" and w.delete_button.isEnabled()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    w.delete_button.click()
    assert len(asked) == 1 and "会計監査" in asked[0]
    assert w.activity_model.rowCount() == 4
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    w.activity_view.selectRow(1)
    w.delete_button.click()
    assert "会計監査" not in _cells(w.activity_model, 2)
    assert report_lines(two, FY)[1].activity == ""


def test_activity_log_edits_the_notes_of_a_sales_day(qtbot: QtBot, two: Database) -> None:
    w = ActivityLogWidget(two, today=IN_FY2025)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading)  # the first load runs in a worker
    venues = _cells(w.day_model, 1)
    row = venues.index("ゆめが丘SC")
    w.day_view.selectRow(row)
    assert w.day_note_edit.text() == "相談コーナー併設"
    w.day_note_edit.setText("相談コーナー併設、他区から1事業所がゲスト出店")
    with qtbot.waitSignal(w.changed):
        w.day_note_button.click()
    assert report_lines(two, FY)[3].activity == (
        "ゆめが丘SC出張販売（19日、1事業所出店、相談コーナー併設、他区から1事業所がゲスト出店）"
    )


def test_activity_log_follows_the_chosen_year(qtbot: QtBot, two: Database) -> None:
    w = ActivityLogWidget(two, today=IN_FY2025)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading)  # the first load runs in a worker
    w.years.select_year(FY - 1)
    assert _cells(w.activity_model, 3) == ["会計報告"]
    assert w.day_model.rowCount() == 4  # 2 ward office days, the mall, the imported water-plant day
    assert w.day_edit.date() == QDate(2025, 3, 31)  # today is after that year: its last day
    assert w.day_edit.minimumDate() == QDate(2024, 4, 1)


# --- monthly lines ------------------------------------------------------------------------------


def test_monthly_lines_table_and_copy(qtbot: QtBot, two: Database) -> None:
    w = MonthlyLinesWidget(two, today=IN_FY2025)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading)  # the first load runs in a worker
    assert _cells(w.model, 0) == [f"{m}月" for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
    assert w.model.index(5, 1).data() == "区役所販売（10日、2事業所出店）"
    w.copy_button.click()
    assert QApplication.clipboard().text() == "\n".join(EXPECTED_LINES_FY2025)
    assert "12か月分をコピーしました" in w.status.text()
    w.years.select_year(FY - 1)
    assert w.model.index(0, 1).data() == f"{MEETING}（会計報告）"
    assert w.text() == format_lines(report_lines(two, FY - 1))
    assert not w.empty_notice.isVisible() and w.empty_notice.text() == ""


def test_a_year_without_records_says_so_on_the_screen(qtbot: QtBot, db: Database) -> None:
    w = MonthlyLinesWidget(db, today=IN_FY2025)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading)  # the first load runs in a worker
    w.show()
    assert w.model.rowCount() == 12 and all(w.model.index(r, 1).data() == "" for r in range(12))
    assert w.empty_notice.isVisible()
    assert "令和7年度には記録がありません" in w.empty_notice.text()
    report = _report(qtbot, db, IN_FY2025)
    report.show()
    assert report.empty_notice.isVisible() and "令和7年度には記録がありません" in report.empty_notice.text()
    assert report.months_model.rowCount() == 12


# --- annual report ------------------------------------------------------------------------------


def _report(qtbot: QtBot, db: Database, today: date) -> AnnualReportWidget:
    """The report screen once its year is shown (the texts and figures are read in the background)."""
    w = AnnualReportWidget(db, today=today)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.texts is not None)
    return w


def test_report_screen_shows_the_draft_and_saved_texts_survive(qtbot: QtBot, path: Path, two: Database) -> None:
    w = _report(qtbot, two, REPORT_SEASON)
    assert w.empty_notice.text() == ""  # a year with records: no warning
    assert w.fiscal_year() == FY
    assert w.achievements.toPlainText() == EXPECTED_DRAFT
    assert "下書き" in w.draft_state.text()
    assert w.member_total.text() == "合計 6"
    assert w.months_model.rowCount() == 12 and not w.is_dirty()

    w.chair_name.insert("山田 花子")  # as typed (QTest cannot type Japanese)
    w.problems.insertPlainText("売れ残りが多い")
    w.extra_spins["相談支援従事者"].setValue(2)
    assert w.member_total.text() == "合計 8"
    assert w.is_dirty()
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    w.problems.setFocus()
    with qtbot.waitSignal(w.loaded):  # saved, then read again in the background
        qtbot.keyClick(w.problems, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert "保存しました" in w.status.text() and not w.is_dirty()
    w.close()
    two.dispose()

    again = open_database(path)
    try:
        w2 = _report(qtbot, again, REPORT_SEASON)
        assert (w2.chair_name.text(), w2.problems.toPlainText()) == ("山田 花子", "売れ残りが多い")
        assert w2.extra_spins["相談支援従事者"].value() == 2 and w2.member_total.text() == "合計 8"
        assert w2.achievements.toPlainText() == EXPECTED_DRAFT  # untouched: still the draft
        assert "下書き" in w2.draft_state.text()
    finally:
        again.dispose()


def test_redraft_replaces_the_saved_text_after_asking(
    qtbot: QtBot, two: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _report(qtbot, two, REPORT_SEASON)
    w.achievements.selectAll()
    w.achievements.insertPlainText("手で書き直した")
    with qtbot.waitSignal(w.loaded):
        w.save_button.click()
    assert "保存した文章" in w.draft_state.text()
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    w.redraft_button.click()
    assert asked and w.achievements.toPlainText() == "手で書き直した"
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    w.redraft_button.click()
    assert w.achievements.toPlainText() == EXPECTED_DRAFT
    assert "下書き" in w.draft_state.text()


def test_switching_year_with_unsaved_changes_asks(qtbot: QtBot, two: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    w = _report(qtbot, two, REPORT_SEASON)
    w.share.insertPlainText("共有したいこと")
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    w.years.select_year(FY - 1)
    assert w.fiscal_year() == FY and w.years.year() == FY and w.share.toPlainText() == "共有したいこと"
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    with qtbot.waitSignal(w.loaded):
        w.years.select_year(FY - 1)
    assert w.fiscal_year() == FY - 1 and w.share.toPlainText() == ""
    with qtbot.waitSignal(w.loaded):
        w.years.select_year(FY)
    assert w.share.toPlainText() == "共有したいこと"


def test_export_pdf_and_excel_in_the_background(
    qtbot: QtBot, two: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = _report(qtbot, two, REPORT_SEASON)
    w.problems.insertPlainText("需要が読めない")
    _save_to(monkeypatch, tmp_path / "report")  # no suffix typed: .pdf is added
    w.pdf_button.click()
    qtbot.waitUntil(lambda: "書き出しました" in w.status.text() or w.status.property("role") == "error")
    pdf = tmp_path / "report.pdf"
    with pdfplumber.open(io.BytesIO(pdf.read_bytes())) as doc:
        text = "".join(p.extract_text() for p in doc.pages)
    assert "1. 需要が読めない" in text and "令和7年度" in text
    assert not w.is_dirty()  # exporting saved the change first

    _save_to(monkeypatch, tmp_path / "report.xlsx")
    w.xlsx_button.click()
    qtbot.waitUntil(lambda: "report.xlsx" in w.status.text() and "書き出しました" in w.status.text())
    ws = load_workbook(tmp_path / "report.xlsx").active
    assert ws is not None and ws["A2"].value.endswith("令和7年度 部会年間報告書")


def test_export_failure_is_shown(qtbot: QtBot, two: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = _report(qtbot, two, REPORT_SEASON)
    _save_to(monkeypatch, tmp_path / "missing-folder" / "r.pdf")
    w.pdf_button.click()
    qtbot.waitUntil(lambda: "ファイルを使えません" in w.status.text())
    assert w.pdf_button.isEnabled()


# --- analytics ----------------------------------------------------------------------------------


def test_analytics_tables_charts_and_csv(
    qtbot: QtBot, two: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = AnalyticsWidget(two, today=IN_FY2025)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.loading)  # a year's figures are read in the background
    assert w.summary.text() == "売上 ¥6,800　取引 9件　平均客単価 ¥756　キャッシュレス 26.5%"
    months, workshops, venues = w.pages
    assert months.view.model().index(2, 1).data() == "2,400"  # June at the ward office
    assert months.view.model().index(12, 4).data() == "6,800"
    assert workshops.view.model().index(0, 0).data() == "工房あおば"
    assert venues.view.model().index(0, 11).data() == "45.7%"  # after 延べ出店（ゲスト含む）, うちゲスト
    month_series = months.chart_view.chart().series()[0]
    assert [b.label() for b in month_series.barSets()] == ["区役所ロビー", "ゆめが丘SC", "みなと駅"]
    assert month_series.barSets()[0].at(2) == 2_400
    assert workshops.chart_view.chart().series()[0].barSets()[0].count() == 6

    w.tabs.setCurrentIndex(2)
    target = tmp_path / "venues.csv"
    _save_to(monkeypatch, target)
    w.csv_button.click()
    assert "書き出しました" in w.status.text()
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff会場,販売日数,売上（円）")
    assert "区役所ロビー,3,3500,5,700,5,0,700,1900,1600,54.3%,45.7%\r\n" in text  # no guest there

    with qtbot.waitSignal(w.loaded):
        w.years.select_year(FY - 1)
    assert "¥3,700" in w.summary.text()


# --- a lived-in demo database: every screen fills and draws -------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    seed_demo(db, today=date(2026, 11, 21), years=2)
    yield db
    db.dispose()


def test_demo_smoke(qtbot: QtBot, demo: Database) -> None:
    today = date(2026, 5, 10)
    report = _report(qtbot, demo, today)
    analytics = AnalyticsWidget(demo, today=today)
    log = ActivityLogWidget(demo, today=today)
    lines = MonthlyLinesWidget(demo, today=today)
    for widget in (report, analytics, log, lines):
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
    assert report.fiscal_year() == 2025 and report.member_total.text() == "合計 19"
    assert "6月、9月、1月に1事業所ずつ計3事業所加入" in report.achievements.toPlainText()
    with qtbot.waitSignal(analytics.loaded):
        analytics.years.select_year(2025)
    assert len(analytics.pages[0].chart_view.chart().series()[0].barSets()) == 7
    assert all(not page.grab().isNull() for page in analytics.pages)
    qtbot.waitUntil(lambda: not log.loading and not lines.loading)
    assert log.activity_model.rowCount() > 0 and lines.model.rowCount() == 12


def test_screens_open_on_an_empty_database(qtbot: QtBot, db: Database) -> None:
    for cls in (ActivityLogWidget, MonthlyLinesWidget, AnnualReportWidget, AnalyticsWidget):
        widget = cls(db, today=IN_FY2025)
        qtbot.addWidget(widget)
        widget.show()
        assert not widget.grab().isNull()
    qtbot.waitUntil(lambda: not widget.loading)
    assert widget.summary.text().startswith("売上 ¥0　取引 0件")
