"""Importing the modules of what is built later (pages, dialogs, PDF writers) in a worker thread, once
the booth pauses: the main window starts it after `QUIET_MS` with no key pressed and nothing written.

The window starts fast because those modules are imported when first needed (cold start); but the
first show of a page then paid for its imports on the GUI thread as well (100–400 ms for the annual
report or the analytics with QtCharts). Imported here beforehand, in a thread, the GUI thread only
waits for the interpreter lock in slices of a few milliseconds (an extension module's own loading
holds it longer, hence the pause). The modules define classes only:
nothing here creates a widget or touches the database. A failed import is logged and left for the
page itself to report when it is opened.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading

LATER_MODULES = (
    "pos.ui.open_day_dialog",
    "pos.ui.register_screen",
    "pos.ui.payment_dialog",
    "pos.ui.print_actions",
    "pos.ui.ryoshusho_dialog",
    "pos.ui.check_in",
    "pos.ui.dispositions_dialog",
    "pos.ui.settings_dialog",
    "pos.ui.easy.easy_register",
    "pos.ui.workshop_stock",
    "pos.ui.master_data",
    "pos.ui.activity_log",
    "pos.ui.monthly_lines",
    "pos.ui.annual_report",
    "pos.ui.analytics",
    "pos.ui.payouts_screen",
    "pos.ui.calendar_tab",
    "pos.ui.close_dialog",
    "pos.ui.merge_dialog",
    "pos.reports.tally_pdf",
    "pos.reports.receipt_pdf",
)
QUIET_MS = 3000  # no key and no write for this long after the window is shown

log = logging.getLogger(__name__)


def import_later_modules(modules: tuple[str, ...] = LATER_MODULES) -> threading.Thread:
    """Start importing `modules` in a daemon thread; returns the thread (tests join it)."""

    def run() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the page reports it itself when opened
                log.exception("warm-up import of %s failed", name)
        freeze_heap()  # the modules' objects live as long as the app

    thread = threading.Thread(target=run, name="warm-up imports", daemon=True)
    thread.start()
    return thread


def freeze_heap() -> None:
    """Move every object alive now out of the cyclic garbage collector's reach (gc.freeze).

    What the app holds from its start (modules, classes, the window, SQLAlchemy's mappers and caches)
    lives until it quits, yet each full collection walked all of it again: 70–100 ms on the GUI
    thread, at whatever moment the collector chose (benchmarks/gui_stall.py --stacks shows them).
    Frozen, a full collection walks only what was made since. Called once the window is shown and
    again after the warm-up imports. No collection first: on the GUI thread it would delay the register by
    its 70–100 ms, and in the worker it could finalise Qt objects off the GUI thread; the few dead cycles
    of the start are frozen with the rest (a freeze only moves lists, in any thread).
    """
    gc.freeze()
