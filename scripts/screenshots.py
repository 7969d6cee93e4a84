"""Take the README's screenshots of the real windows on a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--lang en]   (or: make screenshots)

Under Xvfb (`xvfb-run -a env QT_QPA_PLATFORM=xcb ...`) the same script grabs real X11 windows.
Writes docs/screenshots/{register,open-day,payment}.png (with --lang en: register-en.png, payment-en.png).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main(argv: list[str]) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from qt_settle import settle

    from pos.domain.clock import today_local
    from pos.services import catalog, days
    from pos.services.demo import seed_demo
    from pos.services.store import open_database
    from pos.ui.app import create_application
    from pos.ui.main_window import MainWindow
    from pos.ui.open_day_dialog import OpenDayDialog
    from pos.ui.payment_dialog import PaymentDialog
    from pos.ui.theme import apply_theme

    language = "en" if "--lang" in argv and argv[argv.index("--lang") + 1] == "en" else "ja"
    suffix = "-en" if language == "en" else ""
    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application(language)
    apply_theme(app)  # as run_app does: the roles' looks (theme.py) are part of the screens
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db")
        today = today_local()
        seed_demo(db, today=today)
        mall = next(v for v in catalog.list_venues(db) if "SC" in v.name)
        workshops = [
            w for w in catalog.list_workshops(db) if not w.is_guest and not w.category.startswith(("区", "社"))
        ]

        if not suffix:
            dialog = OpenDayDialog(db, today)
            dialog.venue.setCurrentIndex(dialog.venue.findText(mall.name))
            dialog.set_checked([w.name for w in workshops[:7]])
            dialog.show()
            settle()
            dialog.grab().save(str(OUT / "open-day.png"))
            dialog.close()

        days.open_day(db, mall.id, today, [w.id for w in workshops[:7]], 30_000)
        window = MainWindow(db)
        window.resize(1366, 860)
        window.show()
        settle()
        screen = window.register
        assert screen is not None
        products = catalog.list_products(db, workshop_ids=[w.id for w in workshops[:7]])
        for p in products[:2]:
            screen.add_product(p.id)
        screen.sale_done(screen.register.checkout(cash_tendered=5000))
        for p in products[3:7]:
            QTest.keyClicks(screen.scan, p.code)
            QTest.keyClick(screen.scan, Qt.Key.Key_Return)
        screen.change_quantity(1)
        settle()
        window.grab().save(str(OUT / f"register{suffix}.png"))

        pay = PaymentDialog(screen.register, window)
        pay.resize(1100, 720)
        pay.show()
        for key in "5000":
            pay.press(key)
        settle()
        pay.grab().save(str(OUT / f"payment{suffix}.png"))
        pay.close()
        screen.register.clear()
        window.close()
        db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main(sys.argv[1:]))
