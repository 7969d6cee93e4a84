"""The one way from a screen to the records: run a service call, show its failure, announce its changes.

    run_op(self, db, lambda: register.void_sale(db, sale_id, reason, who=...),
           changes=Changes(sales=True, stock=True), on_done=self._voided)

- `run_op` calls the service. With `background=True` it runs in a worker thread while the calling
  widget is disabled (busy state: wait cursor, the widget greyed); otherwise it runs at once on the GUI
  thread — only for the named fast paths and calls that finish well within a frame.
- A refusal (`PosError`) is shown one way: `show_error` (the widget's own status line when it has one,
  else a message box), in the interface language. Anything unexpected is logged to the rotating log
  file and shown in one dialog with the log's path — the same dialog the app's excepthook uses.
- On success the change record (the `changes=` given here, joined with the one the result carries; see
  pos.services.changes) is announced once on the database's change bus; every screen subscribes with
  `on_changes(db, self, slot)` and reloads only what the flags name.

Screens never call services outside this module except on the fast paths listed in FAST_PATHS
(tests/test_architecture.py checks it).
"""

from __future__ import annotations

import contextlib
import sys
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pos.applog import log_unexpected
from pos.domain.errors import PosError
from pos.services.changes import NOTHING, Changes, changes_of
from pos.ui.i18n import error_text, language
from pos.ui.worker import run_in_background

T = TypeVar("T")

#: Service calls that stay synchronous on purpose (measured in benchmarks/): a scan must reach the cart
#: within a frame, and a sale is committed before the screen is ready for the next customer.
FAST_PATHS = (
    "register.product_by_code",  # scan → cart
    "register.checkout",  # the sale commit
)


class ChangeBus(QObject):
    """Announces each write's change record to the screens of one database."""

    changed = Signal(object)  # Changes


_buses: dict[int, ChangeBus] = {}


def change_bus(db: object) -> ChangeBus:
    """The bus of one database object (kept while the object lives; keyed by identity)."""
    key = id(db)
    bus = _buses.get(key)
    if bus is None:
        bus = _buses[key] = ChangeBus()
        with contextlib.suppress(TypeError):  # without weak references the bus lives as long as the app
            weakref.finalize(db, _buses.pop, key, None)
    return bus


def announce(db: object, changes: Changes) -> None:
    if changes:
        change_bus(db).changed.emit(changes)


def on_changes(db: object, receiver: QObject, slot: Callable[[Changes], None]) -> None:
    """Call `slot(changes)` after every announced write, until `receiver` is destroyed."""
    bus = change_bus(db)

    def deliver(changes: object) -> None:
        if isinstance(changes, Changes):
            slot(changes)

    bus.changed.connect(deliver)
    receiver.destroyed.connect(lambda *_: _disconnect(bus, deliver))


def _disconnect(bus: ChangeBus, deliver: Callable[[object], None]) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # the bus or the connection is already gone
        bus.changed.disconnect(deliver)


# -- showing failures ---------------------------------------------------------------------------------


class ShowsErrors(Protocol):
    def error(self, error: Exception | str) -> None: ...


def unexpected_text(path: object) -> str:
    if language() == "en":
        return (
            "Something unexpected went wrong. Nothing half-done was saved; the sale in progress is kept.\n"
            f"Details were written to the log file:\n{path}"
        )
    return (
        "予期しないエラーが発生しました。途中までの記録は保存されていません（入力中の会計はそのままです）。\n"
        f"詳しい内容はログファイルに記録しました:\n{path}"
    )


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    """Log an unexpected error and show the one dialog for it (also the app's excepthook)."""
    path = log_unexpected(error)
    QMessageBox.critical(parent, "Booth POS", unexpected_text(path))


def show_error(parent: QWidget | None, error: BaseException, status: ShowsErrors | None = None) -> None:
    """Show a refusal in the interface language: on `status` when given, else in a message box."""
    if not isinstance(error, PosError):
        show_unexpected(parent, error)
        return
    if status is not None:
        status.error(error)
        return
    QMessageBox.warning(parent, "Booth POS", error_text(error))


def install_excepthook() -> None:
    """Unhandled exceptions on the GUI thread: logged and shown, the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        parent = QApplication.activeWindow()
        if isinstance(error, PosError):
            show_error(parent, error)
        else:
            show_unexpected(parent, error)

    sys.excepthook = hook


# -- running --------------------------------------------------------------------------------------------


def _set_busy(widget: QWidget | None, busy: bool) -> None:
    if widget is not None:
        with contextlib.suppress(RuntimeError):  # the widget was closed meanwhile
            widget.setEnabled(not busy)
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    else:
        QApplication.restoreOverrideCursor()


def run_op(
    parent: QWidget | None,
    db: object,
    fn: Callable[[], T],
    *,
    changes: Changes = NOTHING,
    on_done: Callable[[T], Any] | None = None,
    on_failed: Callable[[BaseException], Any] | None = None,
    status: ShowsErrors | None = None,
    background: bool = False,
) -> T | None:
    """Run `fn` (a service call), show its failure, announce what it changed, then `on_done(result)`.

    Synchronous runs return the result (None after a failure); background runs return None and
    deliver through `on_done`. `on_failed` replaces the standard display of a failure.
    """

    def failed(error: BaseException) -> None:
        if on_failed is not None:
            on_failed(error)
        else:
            show_error(parent, error, status)

    def succeeded(result: T) -> None:
        announce(db, changes | changes_of(result))
        if on_done is not None:
            on_done(result)

    if not background:
        try:
            result = fn()
        except Exception as error:  # one place shows every failure
            failed(error)
            return None
        succeeded(result)
        return result

    _set_busy(parent, True)

    def done(result: object) -> None:
        _set_busy(parent, False)
        succeeded(result)  # type: ignore[arg-type]

    def error(error: object) -> None:
        _set_busy(parent, False)
        failed(error if isinstance(error, BaseException) else RuntimeError(str(error)))

    run_in_background(fn, done, error)
    return None


def query_op(
    parent: QWidget | None,
    db: object,
    fn: Callable[[], T],
    on_done: Callable[[T], Any],
    *,
    status: ShowsErrors | None = None,
    background: bool = True,
) -> T | None:
    """A read that may take longer than a frame: in a worker by default, nothing announced."""
    return run_op(parent, db, fn, on_done=on_done, status=status, background=background)
