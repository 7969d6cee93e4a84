"""The merge screen: choose a file (the file dialog is mocked), read the preview, confirm; a refusal is shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from pos.db.engine import Database, open_database
from pos.services.days import days_on
from pos.services.register import Register
from pos.ui.merge_dialog import MergeDialog
from tests.services.helpers import make_booth


def _other_booth(path: Path, on: date) -> None:
    """Another laptop set up on its own (same names, other ids), one sale of 石けん ¥500."""
    other = open_database(path)
    try:
        b = make_booth(other, on=on)
        register = Register(other, b.day.id)
        register.add_code("P0003")
        register.checkout(cash_tendered=500)
    finally:
        other.dispose()


def _dialog(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, path: Path) -> MergeDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = MergeDialog(db)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_work):  # the file is read in the background
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    return dialog


def test_preview_then_merge(qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_booth(db)  # ゆめが丘SC on 2024-06-15
    _other_booth(tmp_path / "other.db", date(2024, 6, 16))
    dialog = _dialog(qtbot, db, monkeypatch, tmp_path / "other.db")
    text = dialog.report_view.toPlainText()
    assert "【確認】まだ取り込んでいません。" in text and "2024-06-16 ゆめが丘SC" in text
    assert "IDが違うため名前で対応付けました" in text
    assert dialog.merge_button.isEnabled()
    assert days_on(db, date(2024, 6, 16)) == []  # the preview changed nothing

    with qtbot.waitSignal(dialog.finished_work):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "取り込みました。"
    assert dialog.report is not None and dialog.report.added["sales"] == 1
    assert [d.venue.name for d in days_on(db, date(2024, 6, 16))] == ["ゆめが丘SC"]
    assert not dialog.merge_button.isEnabled()

    again = _dialog(qtbot, db, monkeypatch, tmp_path / "other.db")
    assert again.status.text() == "このファイルの記録はすべて取り込み済みです。"
    assert not again.merge_button.isEnabled()


def test_a_refused_file_is_explained_and_cannot_be_merged(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_booth(db)
    _other_booth(tmp_path / "other.db", date(2024, 6, 15))  # the same venue and day on another laptop
    dialog = _dialog(qtbot, db, monkeypatch, tmp_path / "other.db")
    assert dialog.status.text() == "取り込めません。何も変更していません。"
    assert "2024-06-15 ゆめが丘SC" in dialog.report_view.toPlainText()
    assert not dialog.merge_button.isEnabled()


def test_voids_from_the_other_file_are_shown_and_need_the_coordinator_pin(
    qtbot: QtBot, db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """This laptop's file copied to a stick, a sale voided there: merging it back asks for the PIN."""
    import sqlite3
    from contextlib import closing

    from pos.services import auth
    from tests.ui.test_coordinator import PIN, give_pin

    b = make_booth(db)
    register = Register(db, b.day.id)
    register.add_code("P0003")
    register.checkout(cash_tendered=500)
    auth.set_pin(db, PIN, who="山田")
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(db_path)) as src, closing(sqlite3.connect(other)) as dst:
        src.backup(dst)
    with closing(sqlite3.connect(other)) as conn, conn:
        conn.execute("UPDATE sales SET state = 'voided', void_reason = '返品', voided_at = '2024-06-15 06:00:00'")
    dialog = _dialog(qtbot, db, monkeypatch, other)
    assert "取り込み元で取り消された取引" in dialog.report_view.toPlainText()
    assert "取引 No.1（理由: 返品）" in dialog.report_view.toPlainText()

    give_pin(qtbot, "1111")  # wrong PIN, then Esc: nothing merged
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.report is None and dialog.merge_button.isEnabled()
    with db.sessions() as s:
        from pos.db.models import Sale

        assert [x.state for x in s.query(Sale)] == ["paid"]

    give_pin(qtbot, PIN, who="佐藤")
    with qtbot.waitSignal(dialog.finished_work):  # the merge runs in the background
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "取り込みました。"
    entries = [(e.who, e.action) for e in auth.list_audit(db)]
    assert ("佐藤", "merge_void") in entries
