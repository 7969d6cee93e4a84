"""The operation runner: failures shown one way, changes announced once, slow work off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pos.domain.errors import InvalidInput
from pos.services.changes import Changed, Changes
from pos.ui import operations
from pos.ui.report_controls import StatusLine


class Screen(QWidget):
    def __init__(self, db: object) -> None:
        super().__init__()
        self.seen: list[Changes] = []
        operations.on_changes(db, self, self.seen.append)


def test_success_announces_the_union_of_declared_and_returned_changes(qtbot: QtBot) -> None:
    db = object.__new__(type("Db", (), {}))
    screen = Screen(db)
    qtbot.addWidget(screen)
    got: list[int] = []
    result = operations.run_op(
        screen,
        db,
        lambda: Changed(7, Changes(stock=True)),
        changes=Changes(sales=True),
        on_done=lambda r: got.append(r.value),
    )
    assert isinstance(result, Changed)
    assert got == [7]
    assert screen.seen == [Changes(sales=True, stock=True)]


def test_a_refusal_goes_to_the_status_line_and_announces_nothing(qtbot: QtBot) -> None:
    db = type("Db", (), {})()
    screen = Screen(db)
    status = StatusLine()
    qtbot.addWidget(screen)
    qtbot.addWidget(status)

    def refuse() -> None:
        raise InvalidInput("価格は1円以上にしてください", "The price must be at least 1 yen")

    assert operations.run_op(screen, db, refuse, changes=Changes(master=True), status=status) is None
    assert "価格は1円以上" in status.text()
    assert screen.seen == []


def test_unexpected_errors_are_logged_and_shown_with_the_log_path(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POS_LOG_DIR", str(tmp_path))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text: shown.append(text)))
    db = type("Db", (), {})()

    def broken() -> None:
        raise ZeroDivisionError("boom")

    operations.run_op(None, db, broken)
    assert len(shown) == 1 and "予期しないエラー" in shown[0] and str(tmp_path) in shown[0]
    assert "ZeroDivisionError: boom" in (tmp_path / "booth-pos.log").read_text(encoding="utf-8")


def test_background_work_runs_off_the_gui_thread_with_the_widget_busy(qtbot: QtBot) -> None:
    db = type("Db", (), {})()
    screen = Screen(db)
    qtbot.addWidget(screen)
    release = threading.Event()
    threads: list[threading.Thread] = []

    def slow() -> Changes:
        threads.append(threading.current_thread())
        release.wait(5)
        return Changes(days=True)

    done: list[object] = []
    operations.run_op(screen, db, slow, background=True, on_done=done.append)
    assert not screen.isEnabled()  # busy while the worker runs
    release.set()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert threads[0] is not threading.main_thread()
    assert screen.isEnabled()
    assert screen.seen == [Changes(days=True)]
