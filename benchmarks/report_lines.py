"""`pos report lines --fy 2025` in-process on 1-, 5- and 10-year databases (target ≤ 100 ms, not growing with years).

The command runs as `pos.cli.main([...])` in this process (stdout captured): opening the database
(schema check included), the queries and the formatting. The databases are the demo generator's at
the benchmark scale, so the year asked for holds the same kind of data in all three and only the
years around it differ. Median of 7 runs after one warm-up; the query plan of the sales-day query is
printed to show it starts from the date index.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import statistics
import time

from benchmarks.data import demo_db

FY = 2025
RUNS = 7


def _time(path: str) -> float:
    from pos.cli import main

    timings = []
    for i in range(RUNS + 1):
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        start = time.perf_counter()
        with contextlib.redirect_stdout(out):
            code = main(["--db", path, "report", "lines", "--fy", str(FY)])
        if i:
            timings.append((time.perf_counter() - start) * 1000)
        out.flush()
        assert code == 0 and out.buffer.getvalue().count(b"\n") >= 12
    return statistics.median(timings)


def run() -> list[tuple[str, str, str, str, bool]]:
    results = {years: _time(str(demo_db(years))) for years in (1, 5, 10)}
    conn = sqlite3.connect(demo_db(10))
    plan = [
        r[3]
        for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT sales_days.id FROM sales_days JOIN venues ON venues.id = sales_days.venue_id"
            " WHERE sales_days.day BETWEEN '2025-04-01' AND '2026-03-31'"
        )
    ]
    conn.close()
    print("   ".join(f"{y:>2} years: {ms:.1f} ms" for y, ms in results.items()) + "   target ≤ 100 ms")
    print(f"   plan: {' / '.join(plan)}")
    ten = results[10]
    flat = ten <= 1.5 * results[1] + 5
    return [
        (
            f"pos report lines --fy {FY}, in-process (median), 10-year db",
            f"{ten:.1f} ms",
            f"1 year {results[1]:.1f} ms, 5 years {results[5]:.1f} ms",
            "≤ 100 ms, flat",
            ten <= 100 and flat,
        )
    ]
