"""`pos verify`'s money checks on PostgreSQL: the same plain SQL finds the same damage (no PRAGMAs there)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pos.cli import main
from pos.db.engine import Database
from pos.services.closing import close_day
from pos.services.register import Register
from pos.services.verify import check_database, verify_file
from tests.services.helpers import make_booth

FIRST_SALE = "(SELECT id FROM sales WHERE number = 1)"


@pytest.fixture
def sold(db: Database) -> Database:
    booth = make_booth(db)
    for code, tendered in (("P0001", 2_000), ("P0003", 500)):
        register = Register(db, booth.day.id)
        register.add_code(code)
        register.checkout(cash_tendered=tendered)
    close_day(db, booth.day.id, {10_000: 3, 1_000: 1, 500: 1, 100: 4, 10: 3})  # 30,000 + 1,430 + 500
    return db


def test_a_healthy_booth_passes_on_postgresql(sold: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert check_database(sold).ok
    assert verify_file(sold.url).ok
    assert main(["verify", "--db", sold.url]) == 0
    assert capsys.readouterr().out.startswith("問題はありません（取引 2件、明細 2件、支払 2件、販売日 1日")


@pytest.mark.parametrize(
    "check, sql",
    [
        ("sale_total", f"UPDATE sales SET total = total + 100 WHERE id = {FIRST_SALE}"),
        ("payments", f"DELETE FROM payments WHERE sale_id = {FIRST_SALE}"),
        ("sale_lines", f"DELETE FROM sale_lines WHERE sale_id = {FIRST_SALE}"),
        ("cash_count", "UPDATE sales_days SET counted_cash = counted_cash + 10"),
    ],
)
def test_damage_is_found_on_postgresql(sold: Database, check: str, sql: str) -> None:
    with sold.engine.begin() as conn:
        conn.execute(text(sql))
    assert check in {p.check for p in check_database(sold).problems}
