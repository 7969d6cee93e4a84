"""Screenshots of かんたんレジ, one per step, at 1366×768 (the common laptop size), on a demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_easy.py   (also run by make screenshots)

Writes docs/screenshots/easy-1-pick.png … easy-6-done.png. A few products get simple pictures drawn
here with Pillow (shapes and a letter, nothing photographed), as a workshop would add its own photos.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
COLOURS = ["#e9b96e", "#c17d11", "#8ae234", "#729fcf", "#ad7fa8", "#fcaf3e", "#ef2929", "#babdb6"]


def _picture(letter: str, colour: str) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (240, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((20, 40, 220, 200), radius=40, fill=colour, outline="#333333", width=6)
    draw.ellipse((70, 80, 170, 160), fill="#fff8e0", outline="#333333", width=4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def main() -> int:
    from PySide6.QtCore import QSettings

    from pos.domain.clock import today_local
    from pos.services import catalog, days, product_images
    from pos.services.demo import seed_demo
    from pos.services.store import open_database
    from pos.ui.app import create_application
    from pos.ui.main_window import MainWindow
    from pos.ui.theme import apply_theme

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application("ja")
    apply_theme(app)  # as run_app does: the roles' looks (theme.py) are part of the screens
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # never the user's own settings
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        db = open_database(Path(tmp) / "demo.db")
        today = today_local()
        seed_demo(db, today=today)
        venue = catalog.list_venues(db)[0]
        workshops = [w for w in catalog.list_workshops(db) if not w.is_guest][:3]
        days.open_day(db, venue.id, today, [w.id for w in workshops], 30_000)
        products = catalog.list_products(db, workshop_ids=[workshops[0].id])
        for i, p in enumerate(products[:6]):
            product_images.set_picture(db, p.id, _picture(p.name[:1], COLOURS[i % len(COLOURS)]))

        window = MainWindow(db)
        window.resize(1366, 768)
        window.show()
        window.easy_mode.enter(ask=False)
        easy = window.easy_mode.register
        assert easy is not None

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(OUT / f"easy-{name}.png"))

        for p in products[:3]:
            easy.add(p.id)
        easy.add(products[0].id)
        shot("1-pick")
        easy.go(easy.METHOD)
        shot("2-method")
        easy.go(easy.CASH)
        total = easy.register.cart.total
        for value in (1_000, 1_000, 500, 100, 100)[: 1 + total // 1_000 + 2]:
            easy.tap(value)
        shot("3-cash")
        easy.go(easy.CASHLESS)
        shot("4-cashless")
        easy.choose_brand("paypay")
        shot("5-cashless-wait")
        easy.go(easy.CASH)
        for value in (5_000,):
            easy.tap(value)
        easy.confirm_cash()
        shot("6-done")
        window.easy_mode.active = False
        window.close()
        db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
