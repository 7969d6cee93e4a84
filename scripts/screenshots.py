"""Take the README's screenshots of the real windows on a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py   (or: make screenshots)

Under Xvfb (`xvfb-run -a env QT_QPA_PLATFORM=xcb ...`) the same script grabs real X11 windows.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from pos.services import catalog, days
    from pos.services.demo import seed_demo
    from pos.services.register import Register
    from pos.services.store import open_database
    from pos.ui.app import create_application
    from pos.ui.main_window import MainWindow

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application("ja")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db")
        today = date(2026, 11, 21)
        seed_demo(db, today=today)
        mall = next(v for v in catalog.list_venues(db) if "SC" in v.name)
        workshops = [w for w in catalog.list_workshops(db) if not w.is_guest][:8]
        day = days.open_day(db, mall.id, today, [w.id for w in workshops], 30_000)
        reg = Register(db, day.id)
        products = catalog.list_products(db, workshop_ids=[w.id for w in workshops])
        for i, p in enumerate(products[:24]):
            reg.add_product(p.id, 1 + i % 2)
            if i % 3 == 2:
                reg.checkout(cash_tendered=10_000)
        window = MainWindow(db)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        window.grab().save(str(OUT / "main-window.png"))
        window.close()
        db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
