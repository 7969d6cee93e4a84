"""Let a window do what it does over its next turns before a script grabs or checks it.

Pages are built in one turn of the event loop and shown in the next, the register's tiles come after
it is painted, and first rows come back from a worker (docs/developing.md, "No turn of the event loop
over 50 ms"): one `processEvents()` is not enough. This runs a real event loop (deferred deletions run
too) until `until()` holds and the thread pool is idle, or `ms` have passed.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def settle(ms: int = 400, until: Callable[[], bool] | None = None) -> None:
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        if until is not None and until() and not QThreadPool.globalInstance().activeThreadCount():
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)  # what the last answer started: shown and painted
            loop.exec()
            return
