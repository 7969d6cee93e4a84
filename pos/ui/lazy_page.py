"""A tab page whose content is built the first time it is asked for.

The window's tabs, the report sub-tabs, the stock tab's check-in and stock view, and the master-data
panels are built only when first shown, so the register comes up sooner and a page appears with only
what is looked at.

When a page becomes current its owner calls `build_soon()`: the content is made in the next turn of
the event loop and shown (polished, laid out, painted) in the turn after, so the window never spends
one turn on both — the tab bar answers at once and a volunteer's next key is not held for a page
built in one piece (measured by benchmarks/gui_stall). Code and tests that need the content at once
ask with `content()` and get it built then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pos.ui.operations import next_turn

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    """An empty page until `content()` (now) or `build_soon()` (over the next turns) builds it."""

    def __init__(self, factory: Callable[[], W]) -> None:
        super().__init__()
        self._factory = factory
        self.built: W | None = None
        self._scheduled = False
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def content(self) -> W:
        if self.built is None:
            self.built = self._factory()
            self.layout().addWidget(self.built)
        return self.built

    def build_soon(self) -> None:
        """Build the content in the next turn of the event loop, show it in the one after."""
        if self.built is not None or self._scheduled:
            return
        self._scheduled = True
        next_turn(self, self._build_hidden)

    def _build_hidden(self) -> None:
        self._scheduled = False
        if self.built is not None or not shiboken6.isValid(self):
            return  # built meanwhile by content(), or the window closed
        widget = self._factory()
        widget.hide()  # made now; polished, laid out and painted in the next turn
        self.built = widget
        self.layout().addWidget(widget)
        next_turn(widget, widget.show)
