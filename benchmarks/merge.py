"""Merging a whole one-year database into an empty one, next to the raw copy (target ≤ 3× raw).

The raw baseline is the least any merge can cost: `ATTACH` the file and `INSERT OR IGNORE … SELECT`
every table in one transaction, without any check. The merge (`pos.services.merge.merge_file`) does
the same copy and also verifies the file before and the result before its commit, refuses
conflicts and maps master data. Both run on their own copy of the same empty database, in this
run, side by side; the ratio is merge / raw. Export (`pos.services.export.export_days`, every day
of the year into a new file) is measured the same way against a raw copy into a new file made from
an empty database at the newest schema.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.data import demo_db

TABLES = (
    "workshops",
    "venues",
    "products",
    "sales_days",
    "tills",
    "participations",
    "lots",
    "sales",
    "sale_lines",
    "payments",
    "cash_counts",
    "day_events",
    "lot_dispositions",
)
RUNS = 3
TARGET_RATIO = 3.0


def _raw_copy(src: Path, target: Path, where_days: str = "") -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("ATTACH DATABASE ? AS src", (f"{src.resolve().as_uri()}?mode=ro",))
    conn.execute("BEGIN IMMEDIATE")
    for table in TABLES:
        conn.execute(f"INSERT OR IGNORE INTO main.{table} SELECT * FROM src.{table}")
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE src")
    conn.close()
    return time.perf_counter() - start


def run() -> list[tuple[str, str, str, str, bool]]:
    from pos.services.export import export_days
    from pos.services.merge import merge_file
    from pos.services.store import open_database

    src = demo_db(1, 1)
    with sqlite3.connect(src) as conn:
        sales, lines = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("sales", "sale_lines"))
        first_day = date.fromisoformat(conn.execute("SELECT min(day) FROM sales_days").fetchone()[0])
    figures: list[tuple[str, str, str, str, bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.db"
        open_database(empty).dispose()
        raw_times, merge_times, export_times, raw_export_times = [], [], [], []
        for i in range(RUNS):
            a, b = Path(tmp) / f"raw{i}.db", Path(tmp) / f"merge{i}.db"
            shutil.copyfile(empty, a)
            shutil.copyfile(empty, b)
            raw_times.append(_raw_copy(src, a))
            db = open_database(b)
            try:
                start = time.perf_counter()
                report = merge_file(db, src)
                merge_times.append(time.perf_counter() - start)
                assert report.added["sales"] == sales, report.added
            finally:
                db.dispose()
            # export: every day of the year from the merged file into a new file
            db = open_database(b)
            try:
                out = Path(tmp) / f"export{i}.db"
                start = time.perf_counter()
                exported = export_days(db, out, since_last=True)
                export_times.append(time.perf_counter() - start)
                assert exported.sales == sales and exported.days and first_day
            finally:
                db.dispose()
            c = Path(tmp) / f"rawexport{i}.db"
            start = time.perf_counter()
            shutil.copyfile(empty, c)
            raw_export_times.append(_raw_copy(b, c) + 0 * start)
        raw, merged = statistics.median(raw_times), statistics.median(merge_times)
        raw_x, exported_t = statistics.median(raw_export_times), statistics.median(export_times)
    ratio, ratio_x = merged / raw, exported_t / raw_x
    print(f"one year: {sales:,} sales, {lines:,} lines (median of {RUNS})")
    print(
        f"  merge into an empty database: raw ATTACH + INSERT … SELECT {raw:.2f} s | merge {merged:.2f} s | "
        f"ratio {ratio:.1f}×   target ≤ {TARGET_RATIO:.0f}×"
    )
    print(
        f"  export every day to a new file: raw copy {raw_x:.2f} s | export {exported_t:.2f} s | "
        f"ratio {ratio_x:.1f}×   target ≤ {TARGET_RATIO:.0f}×"
    )
    figures.append(
        (
            f"merge a one-year database ({sales:,} sales) into an empty one: merge / raw copy",
            f"{merged:.2f} s / {raw:.2f} s = {ratio:.1f}×",
            "3.25 s / 0.12 s = 28×",
            f"≤ {TARGET_RATIO:.0f}×",
            ratio <= TARGET_RATIO,
        )
    )
    figures.append(
        (
            "export every day of that year: export / raw copy",
            f"{exported_t:.2f} s / {raw_x:.2f} s = {ratio_x:.1f}×",
            "",
            f"≤ {TARGET_RATIO:.0f}×",
            ratio_x <= TARGET_RATIO,
        )
    )
    return figures
