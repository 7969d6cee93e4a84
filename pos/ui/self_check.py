"""`pos --self-check` (in the built app: `booth-pos --self-check`): one sale rung up through the real window.

Made for the one-folder app of `make dist` (docs/distribution.md), where nobody can run pytest: it
starts the app (offscreen with QT_QPA_PLATFORM=offscreen), creates and upgrades the database with the
bundled alembic revisions, seeds the demo, opens today's sales day through the open-day dialog, clicks
a product tile, presses F9, types the cash tendered and Enter in the payment dialog, then reads the
sale back from the database. It also checks what the bundle must carry: the IPAex font as the app
font, Qt's Japanese strings (qt_ja) and the app's English translation. One line on stdout says the
outcome; exit 0 when all held, 1 when something did not, 2 when refused.

It rings up a sale, so it refuses a database that already holds a booth's records: point it at a new
file (`--db`, or POS_DB, or a fresh user data folder).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QLibraryInfo, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

if TYPE_CHECKING:
    from pos.ui.register_screen import RegisterScreen

T = TypeVar("T")

TIMEOUT_S = 180  # a watchdog: a dialog left open must not hang a build machine


class SelfCheckFailed(Exception):
    pass


class SelfCheckRefused(Exception):
    pass


def _call(db: object, fn: Callable[[], T]) -> T:
    """Run a service call through the operation runner; its failure ends the check (no message box): a
    refusal (a damaged or newer file, an unreachable server) as refused, anything else as failed."""
    from pos.domain.errors import PosError
    from pos.ui.operations import run_op

    errors: list[BaseException] = []
    result = run_op(None, db, fn, on_failed=errors.append)
    if errors and isinstance(errors[0], PosError):
        raise SelfCheckRefused(errors[0].ja)
    if errors:
        raise SelfCheckFailed(f"{type(errors[0]).__name__}: {errors[0]}")
    return cast(T, result)  # no failure: run_op returned fn's own result


def _wait(condition: Callable[[], object], what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SelfCheckFailed(f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


def _in_modal(action: Callable[[QWidget], None], seen: list[str]) -> None:
    """Act on the modal dialog the next call opens (its exec() blocks until it closes)."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, attempt)
            return
        seen.append(type(dialog).__name__)
        try:
            action(dialog)
        finally:  # never leave the check waiting on a dialog that stayed open
            if dialog.isVisible() and dialog is QApplication.activeModalWidget():
                dialog.close()

    QTimer.singleShot(0, attempt)


def _check_bundle(app: QApplication) -> str:
    """The font, Qt's Japanese strings and the app's English translation are there and load."""
    from pos.paths import FONT_FAMILY, FONT_FILE, RESOURCES

    family = QFontInfo(app.font()).family()  # the font actually used, not just the name asked for
    if family != FONT_FAMILY or FONT_FAMILY not in QFontDatabase.families():
        raise SelfCheckFailed(f"the app font is {family!r}, not the bundled {FONT_FAMILY} ({FONT_FILE})")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qt_ja", qt_dir):
        raise SelfCheckFailed(f"Qt's Japanese translation qt_ja is missing from {qt_dir}")
    if not QTranslator().load(str(RESOURCES / "translations" / "booth_pos_en.qm")):
        raise SelfCheckFailed("the English translation booth_pos_en.qm is missing")
    return family


def _ring_up(db_arg: str | None, screenshot: str | None) -> str:
    from pos.domain.clock import today_local
    from pos.services import register as register_service
    from pos.services.demo import is_empty, seed_demo
    from pos.services.store import open_database, resolve_url, sqlite_path
    from pos.ui.main_window import MainWindow

    path = _call(None, lambda: sqlite_path(resolve_url(db_arg)))
    if path is not None and path.is_dir():
        raise SelfCheckRefused(f"{path} is a folder, not a database file")
    database = _call(None, lambda: open_database(db_arg))  # creates the file and runs the bundled revisions
    try:
        if not _call(database, lambda: is_empty(database)):
            raise SelfCheckRefused(
                "このデータベースにはすでに記録があります。自己診断は取引を1件記録するので、新しいファイルで実行してください"
                f" (the self-check rings up a sale: run it on a new database, not {database.url})"
            )
        seeding = time.monotonic()
        _call(database, lambda: seed_demo(database, today=today_local()))
        opening = time.monotonic()
        window = MainWindow(database)
        window.show()
        QApplication.processEvents()
        shown = time.monotonic()
        dialogs: list[str] = []

        def open_today(dialog: QWidget) -> None:
            # every workshop, whatever today's plan says: the planned ones may sell only food, which has
            # no stock before it is checked in, and the check needs a tile that adds at once
            from pos.ui.open_day_dialog import OpenDayDialog

            assert isinstance(dialog, OpenDayDialog), type(dialog).__name__
            workshops = dialog.workshops
            dialog.set_checked([workshops.item(i).text() for i in range(workshops.count())])
            QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

        _in_modal(open_today, dialogs)
        QTest.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
        _wait(lambda: window.register is not None, "the register after opening the day")
        screen = window.register
        assert screen is not None
        _wait(lambda: _first_tile(screen) is not None, "an addable product tile")
        first = _first_tile(screen)
        assert first is not None
        button, name = first
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        _wait(lambda: len(screen.register.cart) == 1, f"{name} in the cart", 10)
        total = screen.register.cart.total
        tendered = (total // 1000 + 1) * 1000

        def pay(dialog: QWidget) -> None:
            QTest.keyClicks(dialog, str(tendered))
            QTest.keyClick(dialog, Qt.Key.Key_Return)

        _in_modal(pay, dialogs)
        QTest.keyClick(screen.scan, Qt.Key.Key_F9)
        day_id = screen.day.id
        sale = _call(database, lambda: register_service.last_sale(database, day_id))
        if sale is None:
            raise SelfCheckFailed(f"no sale in the database after paying (dialogs seen: {dialogs})")
        if (sale.total, sale.state, sale.tendered, sale.change) != (total, "paid", tendered, tendered - total):
            raise SelfCheckFailed(f"the sale in the database is not the one rung up: {sale}")
        if len(screen.register.cart):
            raise SelfCheckFailed("the cart was not emptied after the sale")
        QApplication.processEvents()
        if screenshot:
            window.grab().save(screenshot)
        window.close()
        return (
            f"sale #{sale.number} {name} ¥{total:,} paid cash ¥{tendered:,} change ¥{tendered - total:,};"
            f" demo seeded in {opening - seeding:.1f} s, main window shown in {shown - opening:.2f} s;"
            f" database {database.url}"
        )
    finally:
        database.dispose()


def _first_tile(screen: RegisterScreen) -> tuple[QPushButton, str] | None:
    """The first tile that adds at once (in stock, not open-priced) in the register's workshop tabs."""
    for grid in screen.tabs.grids.values():
        for row, button in enumerate(grid.buttons):
            tile = grid.model.tile(row)
            if tile.addable and not tile.product.open_price and button.isEnabled():
                return button, tile.product.name
    return None


def run_self_check(db: str | None = None, screenshot: str | None = None) -> int:
    from pos.applog import setup_logging
    from pos.ui.app import create_application
    from pos.ui.theme import apply_theme

    os.umask(0o077)
    setup_logging()
    started = time.monotonic()
    app = create_application("ja")
    apply_theme(app, "標準", False)

    def give_up() -> None:
        print(f"self-check FAILED: still running after {TIMEOUT_S} s", flush=True)
        os._exit(1)

    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(give_up)
    watchdog.start(TIMEOUT_S * 1000)
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    try:
        family = _check_bundle(app)
        sale = _ring_up(db, screenshot)
    except SelfCheckRefused as e:
        print(f"self-check refused: {e}", flush=True)
        return 2
    except SelfCheckFailed as e:
        print(f"self-check FAILED: {e}", flush=True)
        return 1
    finally:
        watchdog.stop()
    seconds = time.monotonic() - started
    from pos.paths import ROOT

    print(
        f"self-check ok ({frozen}, {seconds:.1f} s): {sale}; font {family}; translations qt_ja, booth_pos_en;"
        f" app folder {ROOT}",
        flush=True,
    )
    return 0
