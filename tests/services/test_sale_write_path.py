"""The sale's lean write path (Core INSERTs) stores exactly what the ORM's unit of work stored.

A sale is rung up through `Register.checkout`; a second sale with the same lines and payments is
written the way the app used to write it (ORM objects, `session.add_all`, flush at commit). Their
rows are compared column by column in the file itself (sqlite3: value, storage class and text
format), only the keys, the sale number and the time differing.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

from pos.db.engine import Database
from pos.db.models import Payment, Sale, SaleLine
from pos.services.register import Register
from pos.services.stock import check_in_lot
from tests.services.helpers import make_booth

_SHAPE = re.compile(r"[0-9a-f]")


def _shape(value: object) -> object:
    """What must match between the two paths for a key or a time: type and format, not the value."""
    return (type(value).__name__, _SHAPE.sub("x", value)) if isinstance(value, str) else type(value).__name__


def _rows(conn: sqlite3.Connection, table: str, where: str, arg: str) -> list[dict[str, object]]:
    cur = conn.execute(f"SELECT * FROM {table} WHERE {where} = ? ORDER BY rowid", (arg,))
    names = [c[0] for c in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def test_lean_path_writes_what_the_orm_wrote(db: Database, db_path: Path) -> None:
    b = make_booth(db)
    later = check_in_lot(db, b.day.id, b.bread.id, 5, date(2024, 6, 17))
    earlier = check_in_lot(db, b.day.id, b.bread.id, 2, date(2024, 6, 16))
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id, 3)
    reg.add_product(b.soap.id)
    # 3 × 1,430 + 500 = 4,790: 1,000 on transit IC, 3,790 in cash from 5,000 → change 1,210
    sale = reg.checkout([("transit_ic", 1000)], cash_tendered=5000)
    assert (sale.number, sale.total, sale.item_count, sale.change) == (1, 4790, 4, 1210)

    # the same sale written as the ORM path did (lines numbered 1, 2, 3: the ORM path's generator read
    # len(rows) while extending it and numbered these 1, 3, 3 — fixed along with the lean path)
    with db.sessions.begin() as s:
        ref = Sale(
            sales_day_id=b.day.id,
            till_id=reg.till_id,
            number=2,
            created_at=sale.created_at + timedelta(seconds=1),
            total=4790,
            state="paid",
            void_reason="",
        )
        s.add(ref)
        s.flush()
        s.add_all(
            [
                SaleLine(
                    sale_id=ref.id,
                    line_no=1,
                    product_id=b.bread.id,
                    workshop_id=b.bakery.id,
                    product_name="食パン詰め合わせ",
                    quantity=2,
                    unit_price=1430,
                    tax_rate=8,
                    amount=2860,
                    lot_id=earlier,
                ),
                SaleLine(
                    sale_id=ref.id,
                    line_no=2,
                    product_id=b.bread.id,
                    workshop_id=b.bakery.id,
                    product_name="食パン詰め合わせ",
                    quantity=1,
                    unit_price=1430,
                    tax_rate=8,
                    amount=1430,
                    lot_id=later,
                ),
                SaleLine(
                    sale_id=ref.id,
                    line_no=3,
                    product_id=b.soap.id,
                    workshop_id=b.crafts.id,
                    product_name="手作り石けん",
                    quantity=1,
                    unit_price=500,
                    tax_rate=10,
                    amount=500,
                    lot_id=None,
                ),
                Payment(sale_id=ref.id, method="transit_ic", amount=1000, tendered=1000, change=0),
                Payment(sale_id=ref.id, method="cash", amount=3790, tendered=5000, change=1210),
            ]
        )
        ref_id = ref.id

    conn = sqlite3.connect(db_path)
    try:
        [lean_sale] = _rows(conn, "sales", "id", sale.id.hex)
        [orm_sale] = _rows(conn, "sales", "id", ref_id.hex)
        lean_lines = _rows(conn, "sale_lines", "sale_id", sale.id.hex)
        orm_lines = _rows(conn, "sale_lines", "sale_id", ref_id.hex)
        lean_pay = _rows(conn, "payments", "sale_id", sale.id.hex)
        orm_pay = _rows(conn, "payments", "sale_id", ref_id.hex)
        sold_out = dict(conn.execute("SELECT id, sold_out_at FROM lots").fetchall())
    finally:
        conn.close()

    differing = {"id", "sale_id", "number", "created_at"}
    for lean, orm in [
        (lean_sale, orm_sale),
        *zip(lean_lines, orm_lines, strict=True),
        *zip(lean_pay, orm_pay, strict=True),
    ]:
        assert lean.keys() == orm.keys()
        for column in lean:
            if column in differing:
                assert _shape(lean[column]) == _shape(orm[column]), column
            else:
                assert lean[column] == orm[column], column
    assert (len(lean_lines), len(lean_pay)) == (3, 2)
    assert lean_sale["number"] == 1 and lean_sale["voided_at"] is None
    # FEFO: the lot expiring first gave its two units and is sold out at the sale's time
    assert [(ln["line_no"], ln["quantity"], ln["lot_id"]) for ln in lean_lines] == [
        (1, 2, earlier.hex),
        (2, 1, later.hex),
        (3, 1, None),
    ]
    assert sold_out[earlier.hex] == lean_sale["created_at"]
    assert sold_out[later.hex] is None


def test_a_marked_down_line_is_written_as_the_orm_writes_it(db: Database, db_path: Path) -> None:
    b = make_booth(db)
    earlier = check_in_lot(db, b.day.id, b.bread.id, 1, date(2024, 6, 16))
    later = check_in_lot(db, b.day.id, b.bread.id, 5, date(2024, 6, 17))
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id, 2)  # 2 × 1,430 = 2,860
    reg.mark_down(0, "mikiri", percent=60)  # floor(2,860 × 60 / 100) = 1,716 off → 1,144
    # FEFO: the first lot's 1 unit takes 1,430 of the markdown (amount 0), the second 286 (1,430 − 286 = 1,144)
    sale = reg.checkout(cash_tendered=1144)
    assert sale.total == 1144
    with db.sessions.begin() as s:
        ref = Sale(
            sales_day_id=b.day.id,
            till_id=reg.till_id,
            number=2,
            created_at=sale.created_at + timedelta(seconds=1),
            total=1144,
            state="paid",
            void_reason="",
        )
        s.add(ref)
        s.flush()
        s.add_all(
            [
                SaleLine(
                    sale_id=ref.id,
                    line_no=1,
                    product_id=b.bread.id,
                    workshop_id=b.bakery.id,
                    product_name="食パン詰め合わせ",
                    quantity=1,
                    unit_price=1430,
                    tax_rate=8,
                    amount=0,
                    discount=1430,
                    discount_reason="mikiri",
                    lot_id=earlier,
                ),
                SaleLine(
                    sale_id=ref.id,
                    line_no=2,
                    product_id=b.bread.id,
                    workshop_id=b.bakery.id,
                    product_name="食パン詰め合わせ",
                    quantity=1,
                    unit_price=1430,
                    tax_rate=8,
                    amount=1144,
                    discount=286,
                    discount_reason="mikiri",
                    lot_id=later,
                ),
                Payment(sale_id=ref.id, method="cash", amount=1144, tendered=1144, change=0),
            ]
        )
        ref_id = ref.id
    conn = sqlite3.connect(db_path)
    try:
        lean_lines = _rows(conn, "sale_lines", "sale_id", sale.id.hex)
        orm_lines = _rows(conn, "sale_lines", "sale_id", ref_id.hex)
    finally:
        conn.close()
    assert len(lean_lines) == len(orm_lines) == 2
    for lean, orm in zip(lean_lines, orm_lines, strict=True):
        assert lean.keys() == orm.keys()
        for column in lean:
            if column in {"id", "sale_id"}:
                assert _shape(lean[column]) == _shape(orm[column]), column
            else:
                assert lean[column] == orm[column], column
