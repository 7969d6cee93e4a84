"""Two tills on one PostgreSQL database, in two threads, selling the same day's last units.

The lot holds 6 loaves (食パン, stock-tracked). Each till tries to sell one loaf per sale, 8 times, at
the same time. The checkout locks the day's row first (`pos.services.stock.lock_day`), so exactly 6
sales are made, with numbers 1..6 and no gap or duplicate; every other attempt is refused as out of
stock; the lot is sold out and `pos verify`'s checks pass.
"""

from __future__ import annotations

import threading

from pos.db.engine import Database
from pos.domain.errors import PosError
from pos.services.check_in import check_in_lot
from pos.services.register import Register
from pos.services.verify import check_database
from tests.services.helpers import make_booth


def test_two_tills_never_sell_the_same_unit(pg_db: Database) -> None:
    b = make_booth(pg_db)
    check_in_lot(pg_db, b.day.id, b.bread.id, 6)
    start = threading.Barrier(2)
    sold: list[int] = []
    refused: list[str] = []
    errors: list[BaseException] = []

    def till() -> None:
        register = Register(pg_db, b.day.id)
        start.wait()
        for _ in range(8):
            try:
                register.add_code("P0001")
                sold.append(register.checkout(cash_tendered=1_430).number)
            except PosError as e:
                refused.append(e.ja)
                register.clear()
            except BaseException as e:  # reported below, not swallowed
                errors.append(e)
                return

    threads = [threading.Thread(target=till) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    assert sorted(sold) == [1, 2, 3, 4, 5, 6]
    assert len(refused) == 16 - 6
    assert check_database(pg_db).ok
    with pg_db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT sold_out_at IS NOT NULL FROM lots").scalar_one() is True
