"""Telling a scanner from a person: a keyboard-wedge scanner types a whole code in a burst.

A QR/barcode scanner acting as a keyboard sends its characters a few milliseconds apart and ends with
Enter; a person types 100 ms or more apart. `ScanBurst` watches key presses (it never consumes them)
and, at Enter, says whether what came before was such a burst. The time of a key is the window
system's own time stamp of the press (QKeyEvent.timestamp(): X server time, Windows message time), so
a scan stays one burst even when the GUI thread was busy between two of its keys and handled them late;
events without a stamp (made by a program, e.g. tests driving widgets) are timed when they arrive.

`ScanLineEdit` is the register's scan field: with `WA_InputMethodEnabled` off it tells the input method
so (a plain QLineEdit answers Qt's ImEnabled query with "enabled and not read-only" whatever the attribute
says, and a real ibus + Mozc then composes the scan: docs/ime.md).

Used by the payment dialog (a scan there is refused with a message instead of becoming the amount
tendered) and by the main window (a scan while another tab is shown goes to the register).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from pos.domain.codes import is_valid_code, normalize_code

GAP_SECONDS = 0.04  # the longest pause between two keys of one scan (scanners: 1–15 ms; people: 80 ms and more)
MIN_LENGTH = 4  # shorter bursts are not taken for a scan


class ScanBurst:
    """Collects the printable keys typed in one burst; `finish()` at Enter returns the code, or None."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.text = ""
        self.raw = ""  # the keys of the last finished burst, as typed (before normalising)
        self._last: tuple[bool, float] = (False, -1.0)  # (stamped by the window system, seconds)

    def _time(self, event: QKeyEvent | None) -> tuple[bool, float]:
        if event is not None and event.timestamp():
            return True, event.timestamp() / 1000
        return False, self.clock()

    def _apart(self, now: tuple[bool, float]) -> bool:
        """Too long since the last key to be one scan (or the two times are not comparable)."""
        return now[0] != self._last[0] or now[1] - self._last[1] > GAP_SECONDS

    def key(self, event: QKeyEvent) -> None:
        """Record one key press (call for every KeyPress the watched widget sees)."""
        now = self._time(event)
        text = event.text()
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.text, self._last = "", now
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or not text or not text.isprintable():
            return
        if self._apart(now):
            self.text = ""
        self.text += text
        self._last = now

    def finish(self, enter: QKeyEvent | None = None) -> str | None:
        """At Enter (pass its event): the normalised code when the keys before it were a scan burst, else None."""
        now = self._time(enter)
        text, self.text = self.text, ""
        self.raw = text
        if self._apart(now) or len(text) < MIN_LENGTH:
            return None
        code = normalize_code(text)
        return code if is_valid_code(code) else None


def is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanLineEdit(QLineEdit):
    """A line edit whose input method really is off while `WA_InputMethodEnabled` is off.

    Qt asks the focused widget `ImEnabled` (QInputMethodQueryEvent) to decide whether the platform
    input context (ibus here) gets its keys. QLineEdit answers `isEnabled() and not
    isReadOnly()` itself, so turning the attribute off alone leaves Mozc composing the scan
    (`p0003` → `ｐ０００３`, the Enter only confirms it). This answer follows the attribute."""

    def inputMethodQuery(self, query: Qt.InputMethodQuery, *args: Any) -> Any:
        if query == Qt.InputMethodQuery.ImEnabled and not self.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
            return False
        return super().inputMethodQuery(query, *args)
