"""The window's and the register's key watcher (pos.ui.focus_keys): it sees the keys of the focused
widget and its parents first, follows the focus, and leaves every other widget's events to Qt."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from pos.ui.focus_keys import FocusKeys


def _window(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QLineEdit, QWidget]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second, page = QLineEdit(), QLineEdit(), QWidget()
    for widget in (first, second, page):
        layout.addWidget(widget)
    QVBoxLayout(page)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, first, second, page


def test_keys_of_the_focused_widget_reach_the_handler_first_and_it_can_eat_them(qtbot: QtBot) -> None:
    window, first, second, _ = _window(qtbot)
    seen: list[tuple[QObject, str]] = []

    def handler(obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            seen.append((obj, event.text()))
            return event.text() == "x"  # eaten: the field never gets it
        return False

    keys = FocusKeys(handler, window)
    keys.start()
    first.setFocus()
    qtbot.keyClicks(first, "axb")
    assert [text for obj, text in seen if obj is first] == ["a", "x", "b"]
    assert first.text() == "ab"
    second.setFocus()  # the watcher follows the focus
    seen.clear()
    qtbot.keyClicks(first, "c")  # sent to a widget that no longer has the focus: not watched
    qtbot.keyClicks(second, "d")
    assert [(obj, text) for obj, text in seen] == [(second, "d")]
    keys.stop()
    seen.clear()
    qtbot.keyClicks(second, "e")
    assert seen == [] and second.text() == "de"


def test_building_widgets_elsewhere_sends_none_of_their_events_through_python(qtbot: QtBot) -> None:
    window, first, _, page = _window(qtbot)
    filtered: list[QObject] = []

    class Counting(FocusKeys):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            filtered.append(watched)
            return super().eventFilter(watched, event)

    keys = Counting(lambda obj, event: False, window)
    keys.start()
    first.setFocus()
    filtered.clear()
    built = QWidget()  # a page being built, then shown (polished, laid out, painted)
    labels = [QLabel(f"商品 {n}") for n in range(300)]
    QVBoxLayout(built)
    for label in labels:
        built.layout().addWidget(label)
    page.layout().addWidget(built)
    qtbot.waitUntil(lambda: all(label.isVisible() for label in labels))
    QApplication.processEvents()
    assert not any(watched in labels for watched in filtered)
    assert len(filtered) < 60  # the focus chain's own few events, not the page's thousands
    qtbot.keyClick(first, Qt.Key.Key_A)
    assert first.text() == "a"
