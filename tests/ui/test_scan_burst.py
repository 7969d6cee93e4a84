"""Telling a scanner's burst from a person's typing by the window system's time stamps of the key presses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from pos.ui.scan_input import ScanBurst


class Clock:
    """When the GUI thread gets round to each key (seconds)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _press(char: str, stamp_ms: int) -> QKeyEvent:
    key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "" if char == "\r" else char)
    event.setTimestamp(stamp_ms)
    return event


def _type(burst: ScanBurst, clock: Clock, code: str, apart_ms: int, handled_apart_s: float) -> str | None:
    stamp = 5_000_000
    for char in code:
        stamp += apart_ms
        burst.key(_press(char, stamp))
        clock.now += handled_apart_s
    return burst.finish(_press("\r", stamp + apart_ms))


def test_a_scan_handled_late_by_a_busy_gui_thread_is_still_a_scan(qapp: object) -> None:
    clock = Clock()  # the keys were pressed 5 ms apart, but handled 120 ms apart (a page was being built)
    assert _type(ScanBurst(clock), clock, "P0003", apart_ms=5, handled_apart_s=0.120) == "P0003"


def test_a_person_typing_quickly_handled_at_once_is_not_a_scan(qapp: object) -> None:
    clock = Clock()  # pressed 90 ms apart (a person), handled as a batch after a stall
    assert _type(ScanBurst(clock), clock, "P0003", apart_ms=90, handled_apart_s=0.0) is None


def test_keys_without_a_time_stamp_are_timed_when_they_arrive(qapp: object) -> None:
    clock = Clock()
    burst = ScanBurst(clock)
    for char in "P0003":
        burst.key(_press(char, 0))
        clock.now += 0.005
    assert burst.finish(_press("\r", 0)) == "P0003"
    for char in "P0003":
        burst.key(_press(char, 0))
        clock.now += 0.100
    assert burst.finish(_press("\r", 0)) is None


def test_stamped_and_unstamped_keys_are_never_one_burst(qapp: object) -> None:
    clock = Clock()
    burst = ScanBurst(clock)
    for char in "P000":
        burst.key(_press(char, 0))
    burst.key(_press("3", 5_000_000))  # another source of keys: the times do not compare
    assert burst.finish(_press("\r", 5_000_005)) is None
