"""Samples for two tills at one venue (docs/tills.md), for docs/samples/ and docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/sample_tills.py

Seeds the demo data up to yesterday (no past years), opens today's mall day as レジ1 with ¥30,000,
and writes:

- docs/screenshots/open-day-till.png  the open-day dialog on a second laptop (レジ2): the venue's day
                                       is open already, so it joins that day with its own change fund
- docs/samples/tally-z-tills-p1.png   page 1 of the Z tally after both tills closed: the per-till
                                       table (sales, cash, change fund, expected, counted, over/short)
                                       and the combined day

レジ2 joins the same day on the same file here (as it does after `pos merge`). Pages are rendered with
`pdftoppm -png -r 60`. Everything is generated; nothing is copied from a previous run.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from pos.domain.clock import today_local
    from pos.reports.tally_pdf import tally_pdf
    from pos.services import catalog, days
    from pos.services.closing import close_day
    from pos.services.day_report import day_report
    from pos.services.demo import seed_demo
    from pos.services.register import Register
    from pos.services.store import open_database
    from pos.services.tills import set_this_till_name
    from pos.ui.app import create_application
    from pos.ui.open_day_dialog import OpenDayDialog
    from pos.ui.theme import apply_theme

    app = create_application("ja")
    apply_theme(app)  # as run_app does: the roles' looks (theme.py) are part of the screens
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db")
        today = today_local()
        seed_demo(db, today=today, years=0)
        mall = next(v for v in catalog.list_venues(db) if "SC" in v.name)
        selling = {p.workshop_id for p in catalog.list_products(db)}
        chosen = [w for w in catalog.list_workshops(db) if w.id in selling][:6]
        day = days.open_day(db, mall.id, today, [w.id for w in chosen], 30_000, till_name="レジ1")

        set_this_till_name(db, "レジ2")  # the second laptop
        dialog = OpenDayDialog(db, today)
        dialog.venue.setCurrentIndex(dialog.venue.findText(mall.name))
        dialog.fund_total.setValue(20_000)
        dialog.show()
        app.processEvents()
        shot = ROOT / "docs" / "screenshots" / "open-day-till.png"
        dialog.grab().save(str(shot))
        print(shot.relative_to(ROOT))
        dialog.open_day()  # joins the day as レジ2
        dialog.close()

        products = [p for p in catalog.list_products(db) if p.workshop_id in {w.id for w in chosen}]
        info = days.get_day(db, day.id)
        for till, n in zip(info.tills, (18, 11), strict=True):
            reg = Register(db, day.id, till.id)
            for _ in range(n):
                for p in rng.sample(products, rng.randint(1, 3)):
                    reg.add_product(p.id, rng.randint(1, 2))
                total = reg.cart.total
                if rng.random() < 0.7:
                    reg.checkout(cash_tendered=-(-total // 1000) * 1000)
                else:
                    reg.checkout(cashless=[("paypay", total)])
        for till in info.tills:
            expected = day_report(db, day.id).tills[[t.till.id for t in day_report(db, day.id).tills].index(till.id)]
            cash = expected.tally.expected_cash - (10 if till.name == "レジ2" else 0)
            counts = {
                10_000: cash // 10_000,
                1_000: cash % 10_000 // 1_000,
                100: cash % 1_000 // 100,
                10: cash % 100 // 10,
                1: cash % 10,
            }
            close_day(
                db,
                day.id,
                counts,
                comment="釣り銭の渡し過ぎ" if till.name == "レジ2" else "",
                closed_by="山田",
                till_id=till.id,
            )
        pdf = Path(tmp) / "tally-z-tills.pdf"
        pdf.write_bytes(tally_pdf(day_report(db, day.id)))
        target = ROOT / "docs" / "samples" / "tally-z-tills-p1"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)], check=True
        )
        print(target.relative_to(ROOT))
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
