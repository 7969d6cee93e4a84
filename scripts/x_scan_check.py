"""A keyboard-wedge scanner on a real X server: xdotool types scans into the running window, ending on
widgets the scan field is not.

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb .venv/bin/python scripts/x_scan_check.py

The window runs on a demo database with today's sales day open; xdotool types each code at 5 ms a key,
then Enter, while the window's event loop runs (pytest-qt's events skip X: focus moves, popups and
deleted widgets behave differently there). Checks, each printed with what happened:

A. into the register's scan field                                  → added
B. with 販売日's table focused                                        → the register comes to the front, added
C. into a text field of a non-modal dialog                         → stays in that field, not added
D. after the focused widget was deleted (no widget has the focus)   → added
E. while 売上分析's year list is open                                 → added, the list closed, the year kept

Exit status 0 when every check came out as above, 1 when not.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QTableView, QVBoxLayout
    from qt_settle import settle

    from pos.domain.clock import today_local
    from pos.services import catalog, days
    from pos.services.demo import seed_demo
    from pos.services.store import open_database
    from pos.ui.app import create_application
    from pos.ui.main_window import MainWindow
    from pos.ui.theme import apply_theme

    app = create_application("ja")
    apply_theme(app)
    db = open_database(Path(tempfile.mkdtemp()) / "demo.db")
    seed_demo(db, today=today_local())
    mall = next(v for v in catalog.list_venues(db) if "SC" in v.name)
    shops = [w for w in catalog.list_workshops(db) if not w.is_guest and not w.category.startswith(("区", "社"))][:7]
    days.open_day(db, mall.id, today_local(), [w.id for w in shops], 30_000)
    codes = [p.code for p in catalog.list_products(db, workshop_ids=[w.id for w in shops])]
    window = MainWindow(db)
    window.resize(1366, 860)
    window.show()
    window.activateWindow()

    def scan(code: str) -> int:
        """Type `code` and Enter with xdotool; how many items the register's cart gained."""
        before = items()
        typing = subprocess.Popen(["sh", "-c", f"xdotool type --delay 5 '{code}' && xdotool key Return"])
        while typing.poll() is None:
            app.processEvents()
        settle(500)
        return items() - before

    def items() -> int:
        register = window.register
        return sum(line.quantity for line in register.register.cart.lines) if register else 0

    def register_in_front() -> bool:
        return window.tabs.currentWidget() is window.register_page

    settle(1500)
    results: list[tuple[str, bool, str]] = []
    added = scan(codes[0])
    results.append(("A scan field", added == 1, f"added {added}"))

    window.tabs.setCurrentWidget(window.days_page)
    settle()
    table = window.days_page.findChild(QTableView)
    if table is not None:
        table.setFocus()
    settle()
    added = scan(codes[1])
    results.append(("B 販売日's table", added == 1 and register_in_front(), f"added {added}"))

    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.show()
    dialog.activateWindow()
    field.setFocus()
    settle()
    added = scan(codes[2])
    results.append(("C dialog's field", added == 0 and field.text() == codes[2], f"added {added}, {field.text()!r}"))
    dialog.close()
    dialog.deleteLater()
    settle()
    window.activateWindow()  # what a window manager does when a dialog closes (Xvfb has none)
    settle()

    register = window.register
    assert register is not None
    doomed = QLineEdit(register)
    doomed.show()
    doomed.setFocus()
    settle()
    doomed.deleteLater()
    settle()
    focus = QApplication.focusWidget()
    added = scan(codes[3])
    results.append(("D focus deleted", focus is None and added == 1, f"focus {focus}, added {added}"))

    window.tabs.setCurrentWidget(window.reports)
    settle()
    window.reports.setCurrentWidget(window.analytics_page)
    settle(1500)
    assert window.analytics is not None
    combo = window.analytics.years
    year = combo.currentText()
    combo.setFocus()
    combo.showPopup()
    settle()
    added = scan(codes[4])
    closed = not combo.view().isVisible()
    results.append(("E year list open", added == 1 and closed and combo.currentText() == year, f"added {added}"))
    combo.hidePopup()

    for name, ok, what in results:
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {what}")
    if register.register.cart.lines:
        register.clear_cart()
    window.close()
    db.dispose()
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
