"""One base for the screens that show records: follow the change record, stale until shown.

A screen says once which changes make which of its parts old and how to read each again:

    self.follow_changes(db, lambda c: c.sales or c.days, self.refresh)

After an announced write (pos.ui.operations.announce) a part the flags name is read again at once
when the screen shows, else it is marked stale and read when the screen next shows — a sale rung
up on the register does not make the hidden report tabs read the year. Screens whose first rows
are read in a worker (operations.first_load, or a screen's own reads) say so in `loading`,
which tests wait on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from pos.services.changes import Changes
from pos.ui.operations import on_changes


class Screen(QWidget):
    """A QWidget that reloads the parts named by each change record, now if shown, else on show."""

    #: True while the screen's first records are read in a worker (set by operations.first_load).
    first_loading = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[tuple[Callable[[Changes], object], Callable[[], object]]] = []
        self._stale: set[int] = set()

    def follow_changes(self, db: object, wants: Callable[[Changes], object], reload: Callable[[], object]) -> None:
        """After each write whose changes `wants`, call `reload()` — now if shown, else when next shown."""
        if not self._parts:
            on_changes(db, self, self._changed)
        self._parts.append((wants, reload))

    @property
    def loading(self) -> bool:
        """Records are being read in a worker (tests wait on it): the first ones, or what `reading` says."""
        return self.first_loading or self.reading()

    def reading(self) -> bool:
        """A screen that reads in a worker after the first load says here whether a read is under way."""
        return False

    @property
    def stale(self) -> bool:
        """Some part waits to be read again when the screen shows."""
        return bool(self._stale)

    def _changed(self, changes: Changes) -> None:
        self._stale.update(i for i, (wants, _) in enumerate(self._parts) if wants(changes))
        if self._stale and self.isVisible():
            self._reload_stale()

    def _reload_stale(self) -> None:
        stale, self._stale = self._stale, set()
        for i in sorted(stale):
            self._parts[i][1]()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:  # read before the first paint, so old figures never show
            self._reload_stale()
        super().showEvent(event)
