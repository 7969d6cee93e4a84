"""Run slow service calls (seeding, reports, PDFs) off the GUI thread; results come back as signals.

Widgets are only ever touched on the GUI thread: the job emits `done(result)` or `failed(error)`,
which Qt delivers to slots on the thread that owns the receiver (a dialog closed meanwhile is simply
disconnected). The thread pool runs a plain callable and owns it; the job's signal object is kept
alive here and released on the GUI thread a moment after it reported, so it is never destroyed on
the worker thread nor while the worker still holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

RELEASE_AFTER_MS = 2_000


class Job(QObject):
    """The signals of one background job (created on the GUI thread)."""

    done = Signal(object)
    failed = Signal(object)

    @property
    def signals(self) -> Job:  # callers written against the earlier QRunnable API use job.signals.*
        return self


class _Keeper(QObject):
    """Lives on the GUI thread; holds running jobs and lets them go there, never on a worker."""

    def __init__(self) -> None:
        super().__init__()
        self.jobs: set[QObject] = set()  # the jobs and their finish reports

    @Slot(object)
    def finished(self, job: Job) -> None:
        QTimer.singleShot(RELEASE_AFTER_MS, lambda: self.jobs.discard(job))


class _Finished(QObject):
    finished = Signal(object)


_keeper: _Keeper | None = None


def run_in_background(
    fn: Callable[[], Any], on_done: Callable[[Any], object], on_failed: Callable[[Exception], object]
) -> Job:
    global _keeper
    if _keeper is None:
        _keeper = _Keeper()
    job = Job()
    job.done.connect(on_done)
    job.failed.connect(on_failed)
    _keeper.jobs.add(job)
    report = _Finished()
    report.finished.connect(_keeper.finished)  # queued: runs on the GUI thread
    _keeper.jobs.add(report)

    def task() -> None:
        try:
            try:
                result = fn()
            except Exception as e:  # delivered to the GUI thread, shown there
                job.failed.emit(e)
            else:
                job.done.emit(result)
            report.finished.emit(job)
            report.finished.emit(report)
        except RuntimeError:  # the app is quitting and took the signal objects with it: nobody to tell
            pass

    QThreadPool.globalInstance().start(task)
    return job
