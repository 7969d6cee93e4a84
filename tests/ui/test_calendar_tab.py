"""The 予定・人員 tab driven like the coordinator does: keyboard, dialogs, the month grid and staffing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services import calendar, catalog, requests
from pos.services.calendar import ShiftSpec
from pos.services.changes import Changes
from pos.ui.calendar_dialogs import AcceptDialog, DeclineDialog, PlanDayDialog, qdate
from pos.ui.calendar_tab import CalendarTab
from pos.ui.open_day_dialog import OpenDayDialog
from tests.services.helpers import Booth
from tests.ui.conftest import in_modal

JUNE = date(2026, 6, 1)


def _tab(qtbot: QtBot, db: Database, today: date = JUNE) -> CalendarTab:
    tab = CalendarTab(db, today=today)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    qtbot.waitUntil(lambda: not tab.loading)  # the first month is read in a worker
    return tab


def _cell_text(tab: CalendarTab, d: date) -> str:
    r, c = tab.cell_of(d)
    return tab.grid.item(r, c).text()


def test_a_recurring_plan_made_in_the_dialog(qtbot: QtBot, db: Database, booth: Booth) -> None:
    tab = _tab(qtbot, db)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDayDialog)
        dialog.first.setDate(qdate(date(2026, 6, 1)))
        dialog.venue.setCurrentIndex(dialog.venue.findText("ゆめが丘SC"))
        dialog.repeat.setCurrentIndex(dialog.repeat.findData("monthly"))
        dialog.nth.setValue(2)
        dialog.weekday.setCurrentIndex(5)  # 土
        dialog.last.setDate(qdate(date(2026, 7, 31)))
        dialog.workshops.setCurrentRow(0)
        qtbot.keyClick(dialog.workshops, Qt.Key.Key_Space)  # tick the first workshop
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

    in_modal(qtbot, fill)
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "毎月第2土曜の予定を2日分作りました" in tab.status.text()
    assert [p.day for p in calendar.plan_between(db, date(2026, 6, 1), date(2026, 7, 31))] == [
        date(2026, 6, 13),
        date(2026, 7, 11),
    ]
    assert "ゆめが丘SC" in _cell_text(tab, date(2026, 6, 13))
    # the default shift needs 2 people and nobody signed up: the day is marked in words and in red
    assert "▲不足 あと2人" in _cell_text(tab, date(2026, 6, 13))
    r, c = tab.cell_of(date(2026, 6, 13))
    assert tab.grid.item(r, c).foreground().color() == QColor("#b71c1c")
    tab.activateWindow()  # back from the dialog (offscreen does not hand activation back by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the next month
    assert tab.month_label.text() == "2026年7月" and "ゆめが丘SC" in _cell_text(tab, date(2026, 7, 11))


def test_staffing_view_sign_up_by_keyboard_closes_the_gap(qtbot: QtBot, db: Database, booth: Booth) -> None:
    p = calendar.plan_day(
        db,
        booth.venue.id,
        date(2026, 6, 13),
        start="10:00",
        end="16:00",
        shifts=[ShiftSpec("10:00", "13:00", 1), ShiftSpec("13:00", "16:00", 2)],
    )
    calendar.add_signup(db, p.shifts[1].id, "鈴木")
    tab = _tab(qtbot, db)
    assert [tab.gaps.item(i).text() for i in range(tab.gaps.count())] == [
        "▲ 6月13日(土) 10:00–13:00 あと1人（ゆめが丘SC）",
        "▲ 6月13日(土) 13:00–16:00 あと1人（ゆめが丘SC）",
    ]
    r, c = tab.cell_of(date(2026, 6, 13))
    tab.grid.setFocus()
    tab.grid.setCurrentCell(r, c)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)
    assert tab.pages.currentIndex() == 2 and tab.staff_title.text().startswith("6月13日(土) ゆめが丘SC 10:00–16:00")
    assert tab.shift_table.item(0, 3).text() == "▲不足 あと1人"
    tab.shift_table.setCurrentCell(0, 0)
    tab.workshop_combo.setCurrentIndex(tab.workshop_combo.findText("パン工房こむぎ"))
    tab.name_edit.insert("山田 花子")  # Japanese text arrives through the input method, not as key events
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert "山田 花子さんの申込みを記録しました" in tab.status.text()
    assert tab.shift_table.item(0, 3).text() == "充足"
    assert tab.shift_table.item(0, 2).text() == "山田 花子（パン工房こむぎ）"
    assert [tab.gaps.item(i).text() for i in range(tab.gaps.count())] == [
        "▲ 6月13日(土) 13:00–16:00 あと1人（ゆめが丘SC）",
    ]
    assert "パン工房こむぎ 0/1" in tab.month_counts.text()
    # markup and formulas are names like any other, shown as typed
    qtbot.keyClicks(tab.name_edit, "<b>=1+1&")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert "<b>=1+1&（パン工房こむぎ）" in tab.shift_table.item(0, 2).text()
    # an empty name is refused on the status line, nothing added
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert "名前を入力してください" in tab.status.text()
    assert len(calendar.planned_day(db, p.id).shifts[0].signups) == 2


def test_a_request_accepted_in_the_tab_prefills_the_open_day_dialog(qtbot: QtBot, db: Database) -> None:
    ward = catalog.create_venue(db, "区役所ロビー", "区役所販売", display_order=1)
    hall = catalog.create_venue(db, "川辺地域ケアプラザ", "ケアプラザ出張販売", display_order=5)
    a = catalog.create_workshop(db, "工房A")
    catalog.create_workshop(db, "工房B")
    c = catalog.create_workshop(db, "工房C")
    sat = date(2026, 6, 20)
    requests.add_request(db, "川辺地域ケアプラザ", "ケアプラザ祭り", sat)
    tab = _tab(qtbot, db)
    tab.pages.setCurrentIndex(3)
    tab.requests_view.setFocus()
    tab.requests_view.selectRow(0)

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, AcceptDialog)
        dialog.venue.setCurrentIndex(dialog.venue.findText("川辺地域ケアプラザ"))
        qtbot.keyClick(dialog.end, Qt.Key.Key_Return)

    in_modal(qtbot, accept)
    tab.request_accept.click()
    assert tab.requests_model.row(0).answer == "お受けした"
    [planned] = calendar.plan_for_day(db, sat)
    assert planned.venue_id == hall.id
    calendar.update_day(db, planned.id, start="10:00", end="15:00", notes=planned.notes, workshop_ids=[a.id, c.id])
    assert ward.id != hall.id  # the dialog would start on the ward office without the plan

    dialog = OpenDayDialog(db, sat)
    qtbot.addWidget(dialog)
    assert dialog.venue.currentText() == "川辺地域ケアプラザ"
    checked = {
        dialog.workshops.item(i).text()
        for i in range(dialog.workshops.count())
        if dialog.workshops.item(i).checkState() == Qt.CheckState.Checked
    }
    assert checked == {"工房A", "工房C"}
    qtbot.keyClick(dialog.open_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.writing)  # the day is written in a worker
    opened = dialog.opened
    assert opened is not None and opened.venue.name == "川辺地域ケアプラザ" and opened.day == sat
    assert {w.name for w in opened.workshops} == {"工房A", "工房C"}


def test_a_weekend_request_declined_for_lack_of_staff_is_in_the_sentence(qtbot: QtBot, db: Database) -> None:
    requests.add_request(db, "A地域ケアプラザ", "夏祭り", date(2026, 7, 18))  # a Saturday
    requests.add_request(db, "B地域ケアプラザ", "交流会", date(2026, 7, 19))  # a Sunday
    tab = _tab(qtbot, db)
    tab.pages.setCurrentIndex(3)
    tab.requests_view.selectRow(0)

    def decline(dialog: QWidget) -> None:
        assert isinstance(dialog, DeclineDialog)
        assert dialog.reason.currentText() == "人手不足"
        dialog.note.insert("土曜は人が集まらない")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    in_modal(qtbot, decline)
    tab.request_decline.click()
    assert tab.requests_model.row(0).answer == "お断りした（人手不足: 土曜は人が集まらない）"
    assert tab.request_sentence.text() == "2件の依頼。土日の出店依頼2件のうち1件は体制上お断りした（未回答1件）。"
    # answering again is refused on the dialog's error line; the dialog stays open with the text kept
    tab.requests_view.selectRow(0)
    seen: list[str] = []

    def again(dialog: QWidget) -> None:
        assert isinstance(dialog, DeclineDialog)
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
        seen.append(dialog.error_line.text())

    in_modal(qtbot, again)
    tab.request_decline.click()
    assert seen and "回答済み" in seen[0]


def test_screenshots_of_the_month_view_and_the_staffing_view(qtbot: QtBot, db: Database, booth: Booth) -> None:
    """Not a check of looks: the grabs must not be empty (docs/screenshots is written by scripts)."""
    calendar.plan_day(db, booth.venue.id, date(2026, 6, 13), shifts=[ShiftSpec("10:00", "13:00", 2)])
    tab = _tab(qtbot, db)
    assert not tab.grab().isNull()
    QApplication.processEvents()


def test_the_activity_log_shows_the_years_requests(qtbot: QtBot, db: Database) -> None:
    from pos.ui.activity_log import ActivityLogWidget
    from pos.ui.operations import announce

    r = requests.add_request(db, "A地域ケアプラザ", "夏祭り", date(2025, 8, 2))  # FY2025, a Saturday
    log = ActivityLogWidget(db, today=date(2025, 11, 1))
    qtbot.addWidget(log)
    qtbot.waitUntil(lambda: not log.loading)  # the first load runs in a worker
    assert log.requests_model.rowCount() == 1 and log.requests_model.row(0).answer == "未回答"
    requests.decline_request(db, r.id, "staff")
    announce(db, Changes(calendar=True))  # what the calendar tab's run_op announces
    assert log.requests_model.row(0).answer == "未回答"  # not shown: nothing read for it now
    log.show()  # shown: read again
    assert log.requests_model.row(0).answer == "お断りした（人手不足）"
    assert log.requests_sentence.text() == "1件の依頼。土日の出店依頼1件のうち1件は体制上お断りした。"


def test_the_list_and_the_pdf_export_with_a_chosen_path(
    qtbot: QtBot, db: Database, booth: Booth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar.plan_day(db, booth.venue.id, date(2026, 6, 13), shifts=[ShiftSpec("10:00", "13:00", 2)])
    tab = _tab(qtbot, db)
    tab.pages.setCurrentIndex(1)
    assert tab.list_model.rowCount() == 1
    assert [tab.list_model.index(0, c).data() for c in range(6)] == [
        "6月13日(土)",
        "ゆめが丘SC",
        "終日",
        "",
        "0/2人",
        "▲不足 あと2人",
    ]
    tab.list_view.setFocus()
    tab.list_view.setCurrentIndex(tab.list_model.index(0, 0))
    qtbot.keyClick(tab.list_view, Qt.Key.Key_Return)
    assert tab.pages.currentIndex() == 2 and tab.staff_title.text().startswith("6月13日(土) ゆめが丘SC")
    # the save dialog is the OS edge: a folder is refused on the status line, nothing written
    out = tmp_path / "out"
    out.mkdir()
    chosen = [str(out)]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen[0], ""))
    tab.pdf_button.click()
    qtbot.waitUntil(lambda: "フォルダーです" in tab.status.text())
    assert list(out.iterdir()) == []
    chosen[0] = str(out / "june.pdf")
    tab.pdf_button.click()
    qtbot.waitUntil(lambda: "PDFを保存しました" in tab.status.text())
    with pdfplumber.open(out / "june.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "ゆめが丘SC" in text and "▲不足 10:00–13:00 あと2人" in text


def test_edit_and_delete_a_planned_day_from_the_staffing_view(qtbot: QtBot, db: Database, booth: Booth) -> None:
    p = calendar.plan_day(
        db,
        booth.venue.id,
        date(2026, 6, 15),
        start="10:00",
        end="15:00",
        workshop_ids=[booth.bakery.id],
        shifts=[ShiftSpec("10:00", "15:00", 2)],
    )
    calendar.add_signup(db, p.shifts[0].id, "山田")
    tab = _tab(qtbot, db)
    tab.show_staffing(p.id)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDayDialog) and not dialog.venue.isEnabled()
        dialog.start.setText("9:30")
        for i in range(dialog.workshops.count()):
            dialog.workshops.setCurrentRow(i)
            qtbot.keyClick(dialog.workshops, Qt.Key.Key_Space)  # flips every tick: bakery off, the others on
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)

    in_modal(qtbot, edit)
    tab.edit_day_button.click()
    changed = calendar.planned_day(db, p.id)
    assert (changed.start, changed.end) == ("09:30", "15:00")
    assert {name for _, name in changed.workshops} == {"工房ひだまり", "さくら作業所"}
    assert tab.staff_title.text().startswith("6月15日(月) ゆめが丘SC 09:30–15:00")

    in_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
    tab.delete_day_button.click()
    assert calendar.plan_for_day(db, date(2026, 6, 15)) != []
    in_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.delete_day_button.click()
    assert calendar.plan_for_day(db, date(2026, 6, 15)) == []
    assert "6月15日(月)の予定を削除しました" in tab.status.text()
    assert tab.staff_title.text() == "この予定は削除されました"
