"""Regenerate the sample price-tag sheets in docs/samples/ from a fresh demo database.

    .venv/bin/python scripts/sample_labels.py            (needs pdftoppm from poppler-utils)

Writes two PNGs to docs/samples/: labels-12.png (A4, 2 × 6) and labels-24.png (A4, 3 × 8),
the first page of each, rendered in grey at 120 / 150 dpi so that each stays well under 400 KB. The
products are a mix of workshops, both tax rates and the longest names of the demo catalogue.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "samples"


def main() -> int:
    from pos.reports.labels import write_labels
    from pos.services import catalog
    from pos.services.demo import seed_demo
    from pos.services.labels import label_item
    from pos.services.store import open_database

    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = open_database(work / "demo.db")
        seed_demo(db, today=date(2026, 11, 21))
        products = catalog.list_products(db)
        db.dispose()
        longest = sorted(products, key=lambda p: -len(p.name))[:6]
        rest = [p for p in products if p not in longest]
        chosen = [label_item(p) for p in longest + rest[::3]]
        for layout, dpi in (("12", 120), ("24", 150)):
            pdf = work / f"labels-{layout}.pdf"
            sheet = write_labels(pdf, chosen[: int(layout)], layout)
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-gray",
                    "-r",
                    str(dpi),
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(OUT / f"labels-{layout}"),
                ],
                check=True,
            )
            png = OUT / f"labels-{layout}.png"
            print(f"{png.relative_to(ROOT)}: {sheet.labels} labels, {png.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
