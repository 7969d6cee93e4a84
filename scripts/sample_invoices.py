"""Render the invoice samples of docs/invoices.md into docs/samples/ (receipts with several sellers).

    .venv/bin/python scripts/sample_invoices.py

Builds a small booth on a temporary database (three workshops: a registered bakery selling 8 % food,
a registered crafts workshop selling 10 % goods, an unregistered workshop), rings up sales through
`pos.services.register.Register` and renders with `pdftoppm -png -r 100`:

- receipt-3sellers-80mm.png   one block per registered seller + the unregistered part (80 mm roll)
- receipt-3sellers-a6.png     the same on A6
- receipt-intermediary-80mm.png  媒介者交付特例: every seller registered, one invoice in the booth's name
- receipt-markdown-80mm.png   lines marked down (見切り 30 %, 試食 ¥100) and an open-price item
- ryoshusho-a6.png            the three-seller sale as a 領収書 with 宛名 and 但し書き, reissued (2回目)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "samples"
sys.path.insert(0, str(ROOT))


def _png(pdf: bytes, work: Path, name: str, dpi: int = 100) -> None:
    """Every page of the PDF, side by side in one PNG (an A6 receipt may take two pages)."""
    from PIL import Image

    path = work / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(work / name)], check=True)
    pages = [Image.open(p) for p in sorted(work.glob(f"{name}-*.png"))]
    sheet = Image.new(
        "RGB", (sum(p.width for p in pages) + 8 * (len(pages) - 1), max(p.height for p in pages)), "#888888"
    )
    x = 0
    for page in pages:
        sheet.paste(page, (x, 0))
        x += page.width + 8
    target = OUT / f"{name}.png"
    sheet.save(target, optimize=True)
    print(f"{target.relative_to(ROOT)}  {len(pages)} page(s)  {target.stat().st_size // 1024} KB")


def main() -> int:
    from pos.reports.receipt_pdf import receipt_pdf, ryoshusho_pdf
    from pos.services import catalog, days
    from pos.services.receipts import receipt_data
    from pos.services.register import Register
    from pos.services.ryoshusho import issue_ryoshusho
    from pos.services.settings import save_settings
    from pos.services.store import open_database

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = open_database(work / "sample.db")
        venue = catalog.create_venue(db, "みなと区役所ロビー", "区役所販売")
        bakery = catalog.create_workshop(db, "パン工房こむぎ", invoice_number="T9234567890123")
        crafts = catalog.create_workshop(db, "工房ひだまり", invoice_number="T2876543210987")
        sakura = catalog.create_workshop(db, "さくら作業所")
        bread = catalog.create_product(db, bakery.id, "食パン（1斤）", 380, 8, code="P0001")
        cookie = catalog.create_product(db, bakery.id, "クッキー詰め合わせ", 500, 8, code="P0002")
        soap = catalog.create_product(db, crafts.id, "手づくり石けん", 400, 10, code="P0003")
        card = catalog.create_product(db, sakura.id, "ポストカード", 150, 10, code="P0004")
        jam = catalog.create_product(db, sakura.id, "いちごジャム", 450, 8, code="P0005")
        day = days.open_day(db, venue.id, date.today(), [bakery.id, crafts.id, sakura.id], 30_000)
        council = "みなと区障害者地域自立支援協議会"

        reg = Register(db, day.id)
        for product, qty in ((bread, 2), (cookie, 1), (soap, 3), (card, 2), (jam, 1)):
            reg.add_product(product.id, qty)
        three = reg.checkout(cashless=[("paypay", 1000)], cash_tendered=3000)
        _png(receipt_pdf(receipt_data(db, three.id), "80mm", council=council), work, "receipt-3sellers-80mm")
        _png(receipt_pdf(receipt_data(db, three.id), "a6", council=council), work, "receipt-3sellers-a6", 80)

        save_settings(db, {"booth_invoice_number": "T5000000000001", "invoice_intermediary": "1"}, "見本")
        reg.add_product(bread.id)
        reg.add_product(soap.id, 2)
        both = reg.checkout(cash_tendered=2000)
        _png(receipt_pdf(receipt_data(db, both.id), "80mm", council=council), work, "receipt-intermediary-80mm")
        save_settings(db, {"invoice_intermediary": "0"}, "見本")

        veg = catalog.create_product(db, sakura.id, "朝どれ野菜", 100, 8, code="P0006", open_price=True)
        reg.add_product(bread.id, 2)
        reg.mark_down(0, "mikiri", percent=30)  # 760 → 532
        reg.add_product(cookie.id)
        reg.mark_down(1, "shishoku", yen=100)  # 500 → 400
        reg.add_product(veg.id, 1, price=250)
        marked = reg.checkout(cash_tendered=2000)
        _png(receipt_pdf(receipt_data(db, marked.id), "80mm", council=council), work, "receipt-markdown-80mm")

        issue_ryoshusho(db, three.id, "株式会社みなと商事", "お菓子・雑貨代", who="見本")
        again = issue_ryoshusho(db, three.id, "株式会社みなと商事", "お菓子・雑貨代", who="見本")
        _png(ryoshusho_pdf(again, "a6", council=council), work, "ryoshusho-a6", 80)
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
