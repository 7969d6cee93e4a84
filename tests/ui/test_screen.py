"""The screens' one base: a part named by a change is read now when shown, else once when next shown."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from pos.services.changes import Changes
from pos.ui import operations
from pos.ui.screen import Screen


class Counting(Screen):
    """A screen of two parts: the figures follow sales, the names follow master data."""

    def __init__(self, db: object) -> None:
        super().__init__()
        self.reads: list[str] = []
        self.follow_changes(db, lambda c: c.sales, lambda: self.reads.append("figures"))
        self.follow_changes(db, lambda c: c.master or c.sales, lambda: self.reads.append("names"))


def _db() -> object:
    return object.__new__(type("Db", (), {}))


def _tabs(qtbot: QtBot, screen: Screen) -> QTabWidget:
    """The screen on the second tab of a shown window, the first tab in front (as in the app)."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "front")
    tabs.addTab(screen, "screen")
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs


def test_a_shown_screen_reads_what_the_change_names_at_once(qtbot: QtBot) -> None:
    db = _db()
    screen = Counting(db)
    tabs = _tabs(qtbot, screen)
    tabs.setCurrentIndex(1)
    operations.announce(db, Changes(master=True))
    assert screen.reads == ["names"] and not screen.stale
    operations.announce(db, Changes(calendar=True))  # names neither part
    assert screen.reads == ["names"]


def test_a_hidden_screen_reads_once_when_next_shown_however_many_changes_came(qtbot: QtBot) -> None:
    db = _db()
    screen = Counting(db)
    tabs = _tabs(qtbot, screen)
    for _ in range(5):  # five sales rung up on the register in front
        operations.announce(db, Changes(sales=True, stock=True))
    assert screen.reads == [] and screen.stale
    tabs.setCurrentIndex(1)
    assert screen.reads == ["figures", "names"] and not screen.stale
    tabs.setCurrentIndex(0)
    tabs.setCurrentIndex(1)  # shown again with nothing new: nothing read
    assert screen.reads == ["figures", "names"]


def test_only_the_parts_named_are_read_on_show(qtbot: QtBot) -> None:
    db = _db()
    screen = Counting(db)
    tabs = _tabs(qtbot, screen)
    operations.announce(db, Changes(master=True))
    tabs.setCurrentIndex(1)
    assert screen.reads == ["names"]


def test_a_closed_screen_is_no_longer_called(qtbot: QtBot) -> None:
    db = _db()
    screen = Counting(db)
    screen.show()
    reads = screen.reads
    screen.deleteLater()
    qtbot.waitUntil(lambda: not _alive(screen))
    operations.announce(db, Changes(sales=True))  # would raise on a deleted widget
    assert reads == []


def _alive(widget: QWidget) -> bool:
    return shiboken6.isValid(widget)
