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


def test_a_refused_file_is_explained_and_cannot_be_merged(qtbot: QtBot, db: Database, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    make_booth(db)
    _other_booth(tmp_path / "other.db", date(2024, 6, 15))  # the same venue and day on another laptop
    dialog = _dialog(qtbot, db, monkeypatch, tmp_path / "other.db")
    assert dialog.status.text() == "取り込めません。何も変更していません。"
    assert "2024-06-15 ゆめが丘SC" in dialog.report_view.toPlainText()
    assert not dialog.merge_button.isEnabled()
