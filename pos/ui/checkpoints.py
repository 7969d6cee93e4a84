"""The WAL checkpoint off the GUI thread: a few seconds after the last write, in a worker.

SQLite copies the write-ahead log into the database file when a commit crosses 1,000 pages of log,
inside that commit. In the app that commit is usually a sale, on the GUI thread: on a file with years of
sales the copy and its fsync froze the register for 100–400 ms (benchmarks/gui_stall.py). The app's
connections therefore do not checkpoint on commit (`store.use_background_checkpoints`); this object
runs a passive checkpoint in a worker once writes have paused for `DELAY_MS`, and at the latest after
`MAX_WAIT_MS` of continuous selling. A failed checkpoint loses nothing (the log stays, SQLite reads
through it) and is only logged.

Not while selling, if it can be helped: a sale's commit syncs the log to disk (synchronous=FULL), and
during a checkpoint that sync waits behind the checkpoint's own write-back of the database file —
measured on the 10-year file: a 1,317-page checkpoint took 309 ms and the sale committed meanwhile
held the register 248 ms. A booth has a 3-second pause between customers many times an hour; the
forced checkpoint comes only after 10 minutes without one (the log then holds at most a few hundred
sales, ~30 MB).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from pos.services.changes import Changes
from pos.services.store import Database, checkpoint, use_background_checkpoints
from pos.ui.operations import on_changes, run_op

DELAY_MS = 3_000
MAX_WAIT_MS = 600_000
log = logging.getLogger(__name__)


class WalCheckpoints(QObject):
    """Started by the main window; does nothing for a database that is not an SQLite file."""

    def __init__(self, parent: QObject, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.running = False
        self.done = 0  # checkpoints run (for tests and curiosity)
        self.enabled = run_op(None, db, lambda: use_background_checkpoints(db)) or False
        self.quiet = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.quiet.timeout.connect(self.run)
        self.longest = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self.longest.timeout.connect(self.run)
        if self.enabled:
            on_changes(db, self, self._written)

    def _written(self, changes: Changes) -> None:
        if not changes:
            return
        self.quiet.start()  # restarted by every write: runs once the booth pauses
        if not self.longest.isActive():
            self.longest.start()

    def run(self) -> None:
        self.quiet.stop()
        self.longest.stop()
        if self.running:
            self.quiet.start()  # one at a time; try again after this one
            return
        self.running = True

        def ended() -> None:
            self.running = False

        run_op(
            None,
            self.db,
            lambda: checkpoint(self.db),
            background=True,
            busy=False,
            on_done=lambda _: self._count(),
            on_failed=lambda e: log.warning("WAL checkpoint: %s", e),
            finally_=ended,
        )

    def _count(self) -> None:
        self.done += 1
