"""Durable sale commit (WAL, sync FULL), 1 sale + 3 lines + 1 payment: checkout vs raw sqlite3 (target ≤ 3×).

Both run on their own copy of the same demo database (one year), each with the app's pragmas (WAL,
synchronous=FULL, foreign keys on). The app's path is `Register.checkout` on an open day, timed from
the call to its return (write lock, re-check of the day and of stock, the inserts, the commit, and
the catalogue refresh that follows every sale); the cart of three goods (no lots) is rung up before
the clock starts. The baseline is plain `sqlite3`: BEGIN IMMEDIATE, the next sale number, the same
five INSERTs with the same values, COMMIT. Each side alternates, 300 sales, after 20 warm-up sales.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.data import demo_db, working_copy

SALES = 300
WARMUP = 20


def _raw_sale(
    conn: sqlite3.Connection, day_hex: str, till_hex: str, items: list[tuple[str, str, str, int, int]]
) -> None:
    conn.execute("BEGIN IMMEDIATE")
    number = conn.execute(  # numbered per till (docs/tills.md)
        "SELECT coalesce(max(number), 0) + 1 FROM sales WHERE till_id = ?", (till_hex,)
    ).fetchone()[0]
    sale_id = uuid.uuid4().hex
    total = sum(price for *_, price, _rate in items)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    conn.execute(
        "INSERT INTO sales (id, sales_day_id, till_id, number, created_at, total, state, void_reason, voided_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'paid', '', NULL)",
        (sale_id, day_hex, till_hex, number, now, total),
    )
    conn.executemany(
        "INSERT INTO sale_lines (id, sale_id, line_no, product_id, workshop_id, product_name, quantity,"
        " unit_price, tax_rate, amount, lot_id) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, NULL)",
        [
            (uuid.uuid4().hex, sale_id, n, pid, wid, name, price, rate, price)
            for n, (pid, wid, name, price, rate) in enumerate(items, 1)
        ],
    )
    conn.execute(
        "INSERT INTO payments (id, sale_id, method, amount, tendered, change) VALUES (?, ?, 'cash', ?, ?, 0)",
        (uuid.uuid4().hex, sale_id, total, total),
    )
    conn.execute("COMMIT")


def measure() -> dict[str, float]:
    from pos.domain.clock import today_local
    from pos.services import catalog, days
    from pos.services.register import Register
    from pos.services.store import open_database

    src = demo_db(1, 1)
    with tempfile.TemporaryDirectory() as tmp:
        app_dir, raw_dir = Path(tmp, "app"), Path(tmp, "raw")
        app_dir.mkdir()
        raw_dir.mkdir()
        db = open_database(working_copy(src, app_dir))
        raw_path = working_copy(src, raw_dir)
        venue = catalog.list_venues(db)[0]
        workshops = [w for w in catalog.list_workshops(db) if not w.is_guest][:4]
        day = days.open_day(db, venue.id, today_local(), [w.id for w in workshops], 10_000)
        goods = [p for p in catalog.list_products(db, workshop_ids=[w.id for w in workshops]) if not p.perishable][:3]
        assert len(goods) == 3
        register = Register(db, day.id)

        raw = sqlite3.connect(raw_path, isolation_level=None)
        for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL", "busy_timeout=10000"):
            raw.execute(f"PRAGMA {pragma}")
        raw_day = uuid.uuid4().hex
        raw.execute(
            "INSERT INTO sales_days (id, venue_id, day, state, change_fund, cash_comment, notes, source, closed_by)"
            " VALUES (?, ?, ?, 'open', 10000, '', '', 'app', '')",
            (raw_day, venue.id.hex, today_local().isoformat()),
        )
        raw_till = uuid.uuid4().hex
        raw.execute(
            "INSERT INTO tills (id, sales_day_id, name, state, change_fund, cash_comment, closed_by)"
            " VALUES (?, ?, 'レジ1', 'open', 10000, '', '')",
            (raw_till, raw_day),
        )
        items = [(p.id.hex, p.workshop_id.hex, p.name, p.price, p.tax_rate) for p in goods]

        app_ms: list[float] = []
        raw_ms: list[float] = []
        for i in range(WARMUP + SALES):
            for p in goods:
                register.add_product(p.id)
            start = time.perf_counter()
            register.checkout(cash_tendered=register.cart.total)
            app = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            _raw_sale(raw, raw_day, raw_till, items)
            rawt = (time.perf_counter() - start) * 1000
            if i >= WARMUP:
                app_ms.append(app)
                raw_ms.append(rawt)
        raw.close()
        db.dispose()
    app_med, raw_med = statistics.median(app_ms), statistics.median(raw_ms)
    return {
        "app_ms": app_med,
        "raw_ms": raw_med,
        "ratio": app_med / raw_med,
        "app_p95": sorted(app_ms)[int(SALES * 0.95) - 1],
        "raw_p95": sorted(raw_ms)[int(SALES * 0.95) - 1],
    }


def run() -> list[tuple[str, str, str, str, bool]]:
    m = measure()
    print(
        f"Register.checkout: median {m['app_ms']:.2f} ms (p95 {m['app_p95']:.2f})   raw sqlite3: median "
        f"{m['raw_ms']:.2f} ms (p95 {m['raw_p95']:.2f})   ratio {m['ratio']:.2f}×   target ≤ 3×"
    )
    return [
        (
            "durable sale commit, 1 sale + 3 lines + 1 payment (median)",
            f"{m['app_ms']:.2f} ms",
            f"raw sqlite3 {m['raw_ms']:.2f} ms → {m['ratio']:.2f}×",
            "≤ 3×",
            m["ratio"] <= 3,
        )
    ]
