"""The demo generator's `scale`: a busier booth whose records keep the rules the usual one keeps.

Three months (fiscal year 2026 up to 2026-06-30, no full past year) at scale 3, examined with SQL.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pos.db.engine import open_database
from pos.services.demo import seed_demo

SCALE = 3


@pytest.fixture(scope="module")
def sql(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[sqlite3.Connection, object]]:
    path: Path = tmp_path_factory.mktemp("demo_scale") / "demo.db"
    db = open_database(path)
    summary = seed_demo(db, today=date(2026, 7, 1), years=0, scale=SCALE)
    db.dispose()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    yield conn, summary
    conn.close()


def one(conn: sqlite3.Connection, query: str) -> object:
    return conn.execute(query).fetchone()[0]


def test_scale_must_be_positive(db) -> None:
    with pytest.raises(ValueError):
        seed_demo(db, today=date(2026, 7, 1), years=0, scale=0)


def test_every_day_has_scale_times_the_customers(sql) -> None:
    conn, summary = sql
    counts = conn.execute(
        """SELECT v.display_order, count(s.id) FROM sales_days d JOIN venues v ON v.id = d.venue_id
           LEFT JOIN sales s ON s.sales_day_id = d.id GROUP BY d.id"""
    ).fetchall()
    assert summary.sales == one(conn, "SELECT count(*) FROM sales")
    assert summary.sale_lines == one(conn, "SELECT count(*) FROM sale_lines")
    mall = [n for order, n in counts if order == 2]
    ward = [n for order, n in counts if order == 1]
    assert len(mall) == 3 and all(100 * SCALE <= n <= 250 * SCALE for n in mall)  # one a month
    assert ward and all(10 * SCALE <= n <= 40 * SCALE for n in ward)


def test_sales_lines_and_payments_still_balance(sql) -> None:
    conn, _ = sql
    assert (
        one(
            conn,
            """SELECT count(*) FROM sales s
                        WHERE s.total <> (SELECT sum(amount) FROM sale_lines l WHERE l.sale_id = s.id)""",
        )
        == 0
    )
    assert (
        one(
            conn,
            """SELECT count(*) FROM sales s
                        WHERE s.total <> (SELECT sum(amount) FROM payments p WHERE p.sale_id = s.id)""",
        )
        == 0
    )
    assert (
        one(
            conn,
            """SELECT count(*) FROM (SELECT sale_id FROM sale_lines GROUP BY sale_id
                        HAVING min(line_no) <> 1 OR max(line_no) <> count(*))""",
        )
        == 0
    )
    assert (
        one(
            conn,
            """SELECT count(*) FROM (SELECT sales_day_id FROM sales GROUP BY sales_day_id
                        HAVING min(number) <> 1 OR max(number) <> count(*))""",
        )
        == 0
    )


def test_no_lot_is_oversold_and_what_is_left_is_accounted_for(sql) -> None:
    conn, _ = sql
    # brought = sold (paid sales) + disposed / taken back / handed over, for every lot
    assert (
        one(
            conn,
            """SELECT count(*) FROM lots t WHERE t.quantity <>
        (SELECT coalesce(sum(l.quantity), 0) FROM sale_lines l JOIN sales s ON s.id = l.sale_id
         WHERE l.lot_id = t.id AND s.state = 'paid')
        + (SELECT coalesce(sum(d.quantity), 0) FROM lot_dispositions d WHERE d.lot_id = t.id)""",
        )
        == 0
    )
    # food lots grow with the scale too: most days do not sell out early
    assert one(conn, "SELECT min(quantity) FROM lots") >= 5
    assert one(conn, "SELECT max(quantity) FROM lots") > 30


def test_the_drawer_holds_the_change_fund_and_the_cash_taken(sql) -> None:
    conn, _ = sql
    assert (
        one(
            conn,
            """SELECT count(*) FROM sales_days d WHERE d.expected_cash <> d.change_fund +
        (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN sales s ON s.id = p.sale_id
         WHERE s.sales_day_id = d.id AND s.state = 'paid' AND p.method = 'cash')""",
        )
        == 0
    )
    assert (
        one(
            conn,
            """SELECT count(*) FROM sales_days d WHERE d.counted_cash <>
        (SELECT sum(c.denomination * c.count) FROM cash_counts c WHERE c.sales_day_id = d.id)""",
        )
        == 0
    )
