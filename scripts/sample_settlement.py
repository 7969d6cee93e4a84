"""Render the settlement samples (issue 13: frozen commission and fees, the split per workshop, the
void list, monthly payout statements) into docs/samples/, from a small hand-made month.

    .venv/bin/python scripts/sample_settlement.py [--keep DIR]      (needs pdftoppm from poppler-utils)

Writes (pdftoppm -png -r 80):
    settlement-z-p1.png      the Z tally, page 1 (sales per workshop: cash, vouchers, cashless)
    settlement-z-p2.png      page 2: payout per workshop, the 取消一覧, what became of the unsold food
    settlement-z-slip.png    a workshop's slip: the split, the fees, food taken back / disposed / other
    payout-transfers.png     the coordinator's list of transfers for the month
    payout-statement.png     one workshop's monthly statement with the 受領印 line
The figures are those of tests/services/test_settlement.py (two closed days in June 2024), plus
lots and dispositions so the food sections show.
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


def _png(pdf: Path, page: int, name: str) -> None:
    target = OUT / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(target.with_suffix("")),
        ],
        check=True,
    )
    print(f"{target.relative_to(ROOT)}  {target.stat().st_size // 1024} KB")


def main(argv: list[str]) -> int:
    from pos.reports.payout_pdf import payout_pdf
    from pos.reports.tally_pdf import tally_pdf
    from pos.services import auth, catalog, days
    from pos.services.check_in import check_in_lot
    from pos.services.closing import close_day
    from pos.services.day_report import day_report
    from pos.services.dispositions import DispositionItem, record_dispositions, unsold_lots
    from pos.services.payouts import month_payouts
    from pos.services.register import Register, void_sale
    from pos.services.settings import set_setting
    from pos.services.settlement import save_rates
    from pos.services.store import open_database
    from pos.services.tally import day_tally
    from tests.services.helpers import make_booth

    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        db = open_database(Path(tmp) / "sample.db")
        b = make_booth(db)
        set_setting(db, "commission_percent", "10")
        save_rates(db, fees={"transit_ic": "3.24", "paypay": "1.98"}, workshops={b.crafts.id: "8"})
        check_in_lot(db, b.day.id, b.bread.id, 6)
        check_in_lot(db, b.day.id, b.cookie.id, 10)
        reg = Register(db, b.day.id)
        reg.add_product(b.bread.id)
        reg.add_product(b.soap.id)
        reg.checkout(cash_tendered=2000)
        reg.add_product(b.soap.id)
        voided = reg.checkout(cashless=[("paypay", 500)])
        reg.add_product(b.cookie.id, 2)
        reg.checkout(cashless=[("gift_voucher", 500)], cash_tendered=100)
        reg.add_product(b.bread.id)
        reg.checkout(cashless=[("transit_ic", 1000)], cash_tendered=500)
        reg.add_product(b.cookie.id, 3)
        wrong = reg.checkout(cash_tendered=1000)
        void_sale(db, voided.id, "打ち間違い")
        auth.record(db, "佐藤", "void_sale", "No.2　ゆめが丘SC　2024年6月15日(土)", "")
        void_sale(db, wrong.id, "お客様都合（返品）")
        auth.record(db, "山田", "void_sale", "No.5　ゆめが丘SC　2024年6月15日(土)", "")
        lots = {lot.product_name: lot for lot in unsold_lots(db, b.day.id)}
        bread, cookie = lots["食パン詰め合わせ"], lots["クッキー"]
        record_dispositions(
            db,
            b.day.id,
            [
                DispositionItem(bread.lot_id, "taken_back", bread.left - 1),
                DispositionItem(bread.lot_id, "disposed", 1),
                DispositionItem(cookie.lot_id, "taken_back", cookie.left - 3),
                DispositionItem(cookie.lot_id, "other", 3, "隣のカフェに試食用として提供"),
            ],
        )
        station = catalog.create_venue(db, "駅前広場", "駅前", display_order=3)
        save_rates(db, venues={station.id: "5"})
        day2 = days.open_day(db, station.id, date(2024, 6, 22), [b.bakery.id, b.crafts.id], 10_000)
        reg2 = Register(db, day2.id)
        reg2.add_product(b.soap.id, 2)
        reg2.checkout(cashless=[("paypay", 1000)])
        reg2.add_product(b.bread.id)
        reg2.add_product(b.soap.id)
        reg2.checkout(cashless=[("paypay", 1000)], cash_tendered=1000)
        for day_id in (b.day.id, day2.id):
            close_day(db, day_id, {1: day_tally(db, day_id).expected_cash}, closed_by="山田")

        z = work / "settlement-z.pdf"
        report = day_report(db, b.day.id)
        z.write_bytes(tally_pdf(report))
        _png(z, 1, "settlement-z-p1.png")
        _png(z, 2, "settlement-z-p2.png")
        slip = next(i for i, s in enumerate(report.slips) if s.settlement.name == "パン工房こむぎ")
        _png(z, 3 + slip, "settlement-z-slip.png")
        month = work / "payouts-2024-06.pdf"
        month.write_bytes(payout_pdf(month_payouts(db, "2024-06")))
        _png(month, 1, "payout-transfers.png")
        _png(month, 3, "payout-statement.png")
        db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
