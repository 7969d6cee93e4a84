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
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from pos.applog import log_unexpected
from pos.domain.errors import PosError
from pos.services.changes import NOTHING, Changes, changes_of
from pos.ui.i18n import error_text, language
from pos.ui.theme import set_role
from pos.ui.worker import run_in_background

if TYPE_CHECKING:
    from pos.ui.screen import Screen

T = TypeVar("T")

#: Service calls that stay synchronous on purpose and outside the runner (measured in benchmarks/
#: scan_to_cart and sale_commit): a scan must reach the cart within a frame, search-as-you-type must
#: follow the keys, and a sale is committed before the screen is ready for the next customer. The
#: register's cart object (`pos.services.register.Register`: add_code, add_product, checkout) is
#: the scan → cart path itself. tests/ui/test_runner_coverage.py allows exactly these names.
FAST_PATHS = (
    "register.Register",  # the cart of the register (scan → cart, sale commit)
    "catalog.search_products",  # search as you type on the register
)


class ChangeBus(QObject):
    """Announces each write's change record to the screens of one database."""

    changed = Signal(object)  # Changes


_buses: dict[int, tuple[weakref.ref[Any], ChangeBus]] = {}  # by id: a Database is not hashable


def change_bus(db: object) -> ChangeBus:
    """The bus of one open database (created on first use, dropped with the database)."""
    for key in [k for k, (ref, _) in _buses.items() if ref() is None]:
        del _buses[key]
    entry = _buses.get(id(db))
    if entry is None or entry[0]() is not db:
        entry = (weakref.ref(db), ChangeBus())
        _buses[id(db)] = entry
    return entry[1]


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


def failure_text(error: BaseException) -> str:
    """A refusal (or a file that cannot be written or read) as the user reads it."""
    if isinstance(error, PosError):
        return error_text(error)
    if isinstance(error, OSError):
        name = error.filename or ""
        reason = error.strerror or str(error)
        if language() == "en":
            return f"Cannot use the file: {name} ({reason})"
        return f"ファイルを使えません: {name}（{reason}）"
    return str(error)


def show_error(parent: QWidget | None, error: BaseException, status: ShowsErrors | None = None) -> None:
    """Show a refusal (or a file problem) in the interface language: on `status` when given, else in a
    message box. Anything else is unexpected: logged, and shown in the one dialog."""
    if not isinstance(error, (PosError, OSError)):
        show_unexpected(parent, error)
        return
    if status is not None:
        status.error(error)
        return
    QMessageBox.warning(parent, "Booth POS", failure_text(error))


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
    busy: bool = True,
    finally_: Callable[[], Any] | None = None,
) -> T | None:
    """Run `fn` (a service call), show its failure, announce what it changed, then `on_done(result)`.

    Synchronous runs return the result (None after a failure); background runs return None and
    deliver through `on_done`. `on_failed` replaces the standard display of a failure. `busy=False`
    keeps the calling widget usable while a background run works (a reload nobody waits for).
    `finally_()` runs on the GUI thread once the work has ended, whatever happened — even when the
    calling widget was closed meanwhile (then `on_done`/`on_failed` are not called).
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

    focus = QApplication.focusWidget()  # disabling the widget takes the focus away: given back after
    if busy:
        _set_busy(parent, True)

    def alive() -> bool:  # the calling widget may have been closed while the work ran
        return parent is None or shiboken6.isValid(parent)

    def not_busy() -> None:
        _set_busy(parent, False)
        if focus is None or not shiboken6.isValid(focus) or not focus.isVisible() or not focus.isEnabled():
            return
        now = QApplication.focusWidget()
        if now is None or now is focus.window():  # lost to the busy state, not moved on by the user
            focus.setFocus()

    def done(result: T) -> None:  # the worker hands back what fn returned
        if busy:
            not_busy()
        if finally_ is not None:
            finally_()
        if alive():
            succeeded(result)
        else:  # nobody to tell: the other screens still learn what changed
            announce(db, changes | changes_of(result))

    def errored(problem: object) -> None:
        if busy:
            not_busy()
        if finally_ is not None:
            finally_()
        if not alive():
            show_error(None, problem if isinstance(problem, BaseException) else RuntimeError(str(problem)))
            return
        failed(problem if isinstance(problem, BaseException) else RuntimeError(str(problem)))

    run_in_background(fn, done, errored)
    return None


class _Raise:
    pass


_RAISE: Any = _Raise()


def read_op(
    parent: QWidget | None,
    db: object,
    fn: Callable[[], T],
    default: T = _RAISE,
    *,
    status: ShowsErrors | None = None,
) -> T:
    """A read that finishes within a frame (a short list, one record), run at once on the GUI thread.

    Returns the result, or `default` after its failure was shown the standard way. Without a
    default (a screen that cannot be built without the record), the failure goes on to the caller
    and from there to the app's excepthook — the same display.
    """
    if default is _RAISE:
        return fn()
    try:
        return fn()
    except Exception as error:  # one place shows every failure
        show_error(parent, error, status)
        return default


class LabelStatus:
    """Failures shown on a plain QLabel of a dialog (its message line) in the error style."""

    def __init__(self, label: QLabel) -> None:
        self.label = label

    def error(self, error: BaseException | str) -> None:
        set_role(self.label, "error")
        self.label.setText(error if isinstance(error, str) else failure_text(error))


def query_op(
    parent: QWidget | None,
    db: object,
    fn: Callable[[], T],
    on_done: Callable[[T], Any],
    *,
    on_failed: Callable[[BaseException], Any] | None = None,
    status: ShowsErrors | None = None,
    background: bool = True,
    busy: bool = True,
    finally_: Callable[[], Any] | None = None,
) -> T | None:
    """A read that may take longer than a frame: in a worker by default, nothing announced."""
    return run_op(
        parent,
        db,
        fn,
        on_done=on_done,
        on_failed=on_failed,
        status=status,
        background=background,
        busy=busy,
        finally_=finally_,
    )


def first_load(
    widget: Screen,
    db: object,
    read: Callable[[], T],
    show: Callable[[T], Any],
    *,
    status: ShowsErrors,
) -> None:
    """A screen's first records, read in a worker while the screen comes up; `show(records)` once back.

    `widget.loading` (pos.ui.screen.Screen) is True until then; tests wait on it. Later loads — after
    the user's own change, whose result shows with its message — run at once as before.
    """
    widget.first_loading = True

    def done(result: T) -> None:
        try:
            show(result)
        finally:
            widget.first_loading = False

    def failed(error: BaseException) -> None:
        widget.first_loading = False
        show_error(widget, error, status)

    query_op(widget, db, read, done, on_failed=failed, busy=False)


def next_turn(context: QObject, fn: Callable[[], Any]) -> None:
    """Run `fn` in a later turn of the event loop — after the input and paint waiting now — unless
    `context` is gone by then.

    A 1 ms timer, not 0: Qt delivers a zero-delay single shot as a posted event, in the same pass of
    the loop as the work that posted it, so the two would still hold the window as one (measured:
    building the register and showing it made one 51–55 ms turn with 0, two turns with 1).
    """
    QTimer.singleShot(1, context, fn)
