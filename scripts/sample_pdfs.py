"""Render sample day-end tallies and receipts from a fresh demo database, for docs/samples/.

    .venv/bin/python scripts/sample_pdfs.py [--keep-pdfs DIR]

Seeds the demo data up to yesterday (`pos.services.demo.seed_demo`, no past years), opens today's
mall day with eight workshops, rings up about forty sales through `pos.services.register.Register`
(cash, cashless brands and mixed payments, one void), records some unsold food taken back, then:

- tally-x-p1.png       page 1 of the X tally (点検) while the day is open
- tally-z-p1.png       page 1 of the Z tally (精算) after the close, ¥10 short with a comment
- tally-z-slip.png     one workshop's settlement slip of the Z tally (with taken-back food)
- receipt-80mm.png     a mixed-rate receipt on the 80 mm roll (a registered workshop among others)
- receipt-a6.png       the same receipt on A6
- receipt-void-80mm.png  a voided receipt

Pages are rendered with `pdftoppm -png -r 60` (poppler-utils); receipts at -r 100 so they stay
readable. Everything is generated; nothing is copied from a previous run.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "samples"
sys.path.insert(0, str(ROOT))


def _png(pdf: Path, page: int, target: Path, dpi: int) -> None:
    prefix = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix)],
        check=True,
    )
    print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")


def main(argv: list[str]) -> int:
    from pos.db.models import Lot, LotDisposition
    from pos.domain.clock import today_local
    from pos.reports.receipt_pdf import receipt_pdf
    from pos.reports.tally_pdf import tally_pdf
    from pos.services import catalog, days
    from pos.services.closing import close_day
    from pos.services.day_report import day_report
    from pos.services.demo import seed_demo
    from pos.services.receipts import receipt_data
    from pos.services.register import Register, void_sale
    from pos.services.settings import get_settings
    from pos.services.store import open_database

    keep = Path(argv[argv.index("--keep-pdfs") + 1]) if "--keep-pdfs" in argv else None
    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        db = open_database(Path(tmp) / "demo.db")
        today = today_local()
        seed_demo(db, today=today, years=0)
        mall = next(v for v in catalog.list_venues(db) if "SC" in v.name)
        selling = {p.workshop_id for p in catalog.list_products(db)}
        sellers = [w for w in catalog.list_workshops(db) if w.id in selling]
        registered = [w for w in sellers if w.invoice_number]
        chosen = (registered[:1] + [w for w in sellers if not w.invoice_number])[:8]
        day = days.open_day(db, mall.id, today, [w.id for w in chosen], 30_000)
        products = [p for p in catalog.list_products(db) if p.workshop_id in {w.id for w in chosen}]

        # unsold food taken back by two workshops
        food = [p for p in products if p.perishable][:3]
        with db.sessions.begin() as s:
            for i, p in enumerate(food):
                lot = Lot(product_id=p.id, sales_day_id=day.id, quantity=12, expiry_date=today + timedelta(days=1 + i))
                s.add(lot)
                s.flush()
                s.add(LotDisposition(lot_id=lot.id, kind="taken_back", quantity=2 + i, note="翌日の店頭販売へ"))

        reg = Register(db, day.id)
        brands = ["paypay", "transit_ic", "credit", "rakuten_pay", "emoney"]
        sales = []
        for _ in range(40):
            for p in rng.sample(products, rng.randint(1, 3)):
                reg.add_product(p.id, rng.randint(1, 2))
            total = reg.cart.total
            kind = rng.random()
            if kind < 0.6:
                sales.append(reg.checkout(cash_tendered=-(-total // 1000) * 1000))
            elif kind < 0.85 or total < 300:
                sales.append(reg.checkout(cashless=[(rng.choice(brands), total)]))
            else:
                part = total // 2
                sales.append(reg.checkout(cashless=[(rng.choice(brands), part)], cash_tendered=total - part + 70))
        void_sale(db, sales[5].id, "商品の打ち間違い")

        council = get_settings(db)["council_name"]
        x_pdf = work / "tally-x.pdf"
        x_pdf.write_bytes(tally_pdf(day_report(db, day.id)))
        _png(x_pdf, 1, OUT / "tally-x-p1.png", 60)

        # a receipt with both rates and a registered workshop next to unregistered ones
        def rich(sale_id) -> bool:  # type: ignore[no-untyped-def]
            r = receipt_data(db, sale_id)
            return (
                r.has_reduced
                and len(r.by_rate) == 2
                and bool(r.registrations)
                and len({ln.workshop_name for ln in r.lines}) > 1
            )

        pick = next((s.id for s in sales if s.state == "paid" and rich(s.id)), sales[0].id)
        if not rich(pick):  # ring one up on purpose
            food_item = next(p for p in products if p.tax_rate == 8 and p.workshop_id != registered[0].id)
            craft = next(p for p in products if p.tax_rate == 10 and p.workshop_id == registered[0].id)
            reg.add_product(food_item.id, 2)
            reg.add_product(craft.id)
            pick = reg.checkout(cashless=[("paypay", 500)], cash_tendered=reg.cart.total).id
        for size, dpi in (("80mm", 100), ("a6", 80)):
            path = work / f"receipt-{size}.pdf"
            path.write_bytes(receipt_pdf(receipt_data(db, pick), size, council=council))
            _png(path, 1, OUT / f"receipt-{size}.png", dpi)
        void_path = work / "receipt-void.pdf"
        void_path.write_bytes(receipt_pdf(receipt_data(db, sales[5].id), "80mm", council=council))
        _png(void_path, 1, OUT / "receipt-void-80mm.png", 100)

        tally = day_report(db, day.id).tally
        short = tally.expected_cash - 10
        counts: dict[int, int] = {}
        for d in (10_000, 5_000, 1_000, 500, 100, 50, 10, 5, 1):
            counts[d], short = divmod(short, d)
        close_day(db, day.id, counts, comment="釣銭の渡し間違いと思われる", closed_by="山田（コーディネーター）")
        report = day_report(db, day.id)
        z_pdf = work / "tally-z.pdf"
        z_pdf.write_bytes(tally_pdf(report))
        _png(z_pdf, 1, OUT / "tally-z-p1.png", 60)
        slip_page = next(i for i, s in enumerate(report.slips) if s.taken_back and s.settlement.products)
        pages_before_slips = _count_pages(z_pdf) - len(report.slips)
        _png(z_pdf, pages_before_slips + slip_page + 1, OUT / "tally-z-slip.png", 60)
        print(
            f"X/Z tally: {_count_pages(z_pdf)} pages, {len(report.slips)} workshops, "
            f"{tally.sales_count} sales, ¥{tally.total:,}"
        )
        db.dispose()
    return 0


def _count_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
