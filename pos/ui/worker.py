"""Run slow service calls (seeding, reports, PDFs) off the GUI thread; results come back as signals.

Widgets are only ever touched on the GUI thread: the worker emits `done(result)` or `failed(error)`,
which Qt delivers to slots on the thread that owns the receiver.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as e:  # delivered to the GUI thread, shown there
            self.signals.failed.emit(e)
        else:
            self.signals.done.emit(result)


def run_in_background(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[Exception], None]
) -> Job:
    job = Job(fn)
    job.setAutoDelete(False)  # the caller keeps it alive until a signal arrives
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(job)
    return job
