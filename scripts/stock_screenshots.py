"""Screenshots of the perishable-stock screens on a fresh demo database (offscreen `widget.grab()`).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/stock_screenshots.py

Opens today's water-plant day with four food workshops, checks in what they brought (lunch boxes
expiring today, a second, earlier-expiring lot of bread), sells some, then writes
docs/screenshots/check-in.png, workshop-stock.png, workshop-history.png, workshop-suggest.png,
register-expiry.png (the lunch-box tiles: 本日期限, 売切) and dispositions.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from qt_settle import settle

    from pos.domain.clock import today_local
    from pos.services import catalog, check_in, days
    from pos.services.check_in import CheckInItem
    from pos.services.demo import seed_demo
    from pos.services.register import Register
    from pos.services.stock import remaining
    from pos.services.store import open_database
    from pos.ui.app import create_application
    from pos.ui.check_in import CheckInScreen
    from pos.ui.dispositions_dialog import DispositionsDialog
    from pos.ui.register_screen import RegisterScreen
    from pos.ui.theme import apply_theme
    from pos.ui.workshop_stock import WorkshopStockView

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application("ja")

    apply_theme(app)  # as run_app does: the roles' looks (theme.py) are part of the screens
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db")
        today = today_local()
        seed_demo(db, today=today)
        plant = next(v for v in catalog.list_venues(db) if "浄水場" in v.name)
        names = ("ぽかぽか食堂", "パン工房こむぎ", "ベーカリーおひさま", "わかば工房", "さくら福祉作業所")
        shops = [w for w in catalog.list_workshops(db) if w.name in names]
        day = days.open_day(db, plant.id, today, [w.id for w in shops], 30_000)
        lunch = next(w for w in shops if w.name == "ぽかぽか食堂")
        bakery = next(w for w in shops if w.name == "パン工房こむぎ")
        for w in shops:
            items = []
            if w.name == "さくら福祉作業所":
                continue  # arrives later: shown on the check-in screen
            for i, p in enumerate(catalog.list_products(db, workshop_ids=[w.id])):
                if not p.perishable:
                    continue
                expiry = today if "弁当" in p.name or "おにぎり" in p.name else None
                items.append(CheckInItem(p.id, 8 + (i * 5) % 17, expiry))
            check_in.check_in_lots(db, day.id, items)
        bread = next(p for p in catalog.list_products(db, workshop_ids=[bakery.id]) if p.name == "あんぱん")
        check_in.check_in_lots(db, day.id, [CheckInItem(bread.id, 6, today)])  # yesterday's batch: today
        reg = Register(db, day.id)
        for p in catalog.list_products(db, workshop_ids=[lunch.id, bakery.id])[:6]:
            reg.add_product(p.id, 3)
            reg.checkout(cash_tendered=reg.cart.total)
        karaage = next(p for p in catalog.list_products(db, workshop_ids=[lunch.id]) if p.name == "からあげ弁当")
        n = remaining(db, day.id, karaage.id) or 0
        if n:
            reg.add_product(karaage.id, n)
            reg.checkout(cash_tendered=reg.cart.total)

        screen = CheckInScreen(db, day.id)
        screen.select_workshop(next(w.id for w in shops if w.name == "さくら福祉作業所"))
        for line, qty in zip(screen.lines, (12, 10, 0, 5, 3), strict=False):
            line.quantity.setValue(qty)
        screen.resize(980, 560)
        screen.show()
        settle()
        screen.grab().save(str(OUT / "check-in.png"))

        view = WorkshopStockView(db, day.id)
        view.select_workshop(bakery.id)
        view.resize(1100, 560)
        view.show()
        settle(20_000, until=lambda: not view.loading)
        view.grab().save(str(OUT / "workshop-stock.png"))
        view.select_workshop(lunch.id)
        view.fiscal_year.select_year(view.fiscal_year.year() - 1)
        view.tabs.setCurrentIndex(1)
        settle(20_000, until=lambda: view.history_model.rowCount() > 0)  # the year's history is read in the background
        view.grab().save(str(OUT / "workshop-history.png"))
        view.tabs.setCurrentIndex(2)
        view.suggest_view.selectRow(1)
        settle()
        view.grab().save(str(OUT / "workshop-suggest.png"))

        register = RegisterScreen(db, day.id)
        register.tabs.setCurrentIndex(list(register.tabs.grids).index(lunch.id))
        register.resize(1366, 600)
        register.show()
        settle()  # the tiles are made in the turn after the register is painted
        register.tabs.grab().save(str(OUT / "register-expiry.png"))
        register.close()

        dialog = DispositionsDialog(db, day.id)
        dialog.rows[0].disposed.setValue(2)
        dialog.show()
        settle()
        dialog.grab().save(str(OUT / "dispositions.png"))
        for w in (screen, view, dialog):
            w.close()
        db.dispose()
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
