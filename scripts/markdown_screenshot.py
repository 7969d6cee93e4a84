"""Screenshot of the register's 値引 (F6) dialog over a cart, for docs/invoices.md.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/markdown_screenshot.py

Writes docs/screenshots/markdown-dialog.png (the register with a marked-down line and the dialog
open on the next line, "30%" typed, 試食 chosen).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest

    from pos.services import catalog, days
    from pos.services.store import open_database
    from pos.ui.app import create_application
    from pos.ui.markdown_dialog import MarkdownDialog
    from pos.ui.register_screen import RegisterScreen
    from pos.ui.theme import apply_theme

    app = create_application("ja")
    apply_theme(app)  # as run_app does: the roles' looks (theme.py) are part of the screens
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "shot.db")
        venue = catalog.create_venue(db, "みなと区役所ロビー", "区役所販売")
        bakery = catalog.create_workshop(db, "パン工房こむぎ", invoice_number="T9234567890123")
        crafts = catalog.create_workshop(db, "工房ひだまり")
        bread = catalog.create_product(db, bakery.id, "食パン（1斤）", 380, 8, code="P0001")
        cookie = catalog.create_product(db, bakery.id, "クッキー詰め合わせ", 500, 8, code="P0002")
        catalog.create_product(db, crafts.id, "手づくり石けん", 400, 10, code="P0003")
        day = days.open_day(db, venue.id, date.today(), [bakery.id, crafts.id], 30_000)
        screen = RegisterScreen(db, day.id)
        screen.resize(1280, 760)
        screen.show()
        screen.register.add_product(bread.id, 2)
        screen.register.mark_down(0, "mikiri", yen=100)
        screen.register.add_product(cookie.id, 1)
        screen.refresh_cart(select=1)
        dialog = MarkdownDialog(screen.register, 1, screen)
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        QTest.keyClicks(dialog.amount, "30%")
        QTest.keyClick(dialog.amount, Qt.Key.Key_Down)
        app.processEvents()
        shot = screen.grab()
        painter = QPainter(shot)
        pos = screen.mapFromGlobal(dialog.mapToGlobal(dialog.rect().topLeft()))
        x = max(0, (shot.width() - dialog.width()) // 2) if pos.x() < 0 else pos.x()
        y = max(0, (shot.height() - dialog.height()) // 2) if pos.y() < 0 else pos.y()
        painter.drawPixmap(x, y, dialog.grab())
        painter.end()
        OUT.mkdir(parents=True, exist_ok=True)
        shot.save(str(OUT / "markdown-dialog.png"))
        print(OUT / "markdown-dialog.png")
        dialog.close()
        screen.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
