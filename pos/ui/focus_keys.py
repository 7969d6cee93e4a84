"""The key events of the focused widget, seen before the widget gets them — without an application-wide
event filter.

A scan can end on any widget (a keyboard-wedge scanner types into whatever has focus), so the window
and the register look at every key press first. An application event filter written in Python would do
that, but Qt then hands *every* event of every widget to Python (paint, layout, polish, child added…):
building a page of a few hundred widgets sent ~2,000 events through it, a fifth of the time the page
took on the GUI thread (measured with perf, benchmarks/gui_stall). Key events go to the focused widget
and then up its parents, so this filter sits on exactly those widgets and follows the focus. With no
focused widget (the one that had it was deleted, e.g. a table replaced by a reload) X's keys go to the
active window itself, so the filter sits on that window.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})


class FocusKeys(QObject):
    """Calls `handler(receiver, event)` for each key event the focused widget or one of its parents
    receives, before the receiver; a True answer eats the event (as an event filter's does).

    It keeps no Python reference to the widgets it watches (holding the wrapper of a closed dialog's
    button crashed PySide later, when the next dialog took the focus): only their addresses. A widget
    left when the focus moves on drops the filter at its next event.
    """

    def __init__(self, handler: Callable[[QObject, QEvent], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handler = handler
        self._chain: frozenset[int] = frozenset()  # the C++ addresses of the focus widget and its parents
        self._on = False
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # Not focusChanged(old, new): its `old` may be a widget being deleted, which PySide cannot wrap.
        app.focusObjectChanged.connect(self._follow)

    def start(self) -> None:
        self._on = True
        self._follow(QApplication.focusWidget())

    def stop(self) -> None:
        self._on = False
        self._chain = frozenset()

    def _follow(self, focus: QObject | None) -> None:
        if not shiboken6.isValid(self) or not self._on:
            return
        chain = set()
        # no focused widget: Qt gives the keys to the active window itself
        widget = focus if isinstance(focus, QWidget) else QApplication.activeWindow()
        while widget is not None:
            widget.installEventFilter(self)  # again on one already watched: still once
            chain.add(shiboken6.getCppPointer(widget)[0])
            widget = widget.parentWidget()
        self._chain = frozenset(chain)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if shiboken6.getCppPointer(watched)[0] not in self._chain:
            watched.removeEventFilter(self)  # no longer on the focus's way
            return False
        if event.type() in KEY_EVENTS:
            return self._handler(watched, event)
        return False
