"""Cached demo databases for the benchmarks: built once by the demo generator, reused across runs.

Files live in `benchmarks/.cache/` (git-ignored), named by every parameter that shapes them —
years, scale, seed, `today` — and by the schema revisions present (names and contents), so a new or
changed migration rebuilds them. `working_copy` gives a benchmark its own copy when it writes.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / ".cache"
TODAY = date(2026, 11, 21)
SEED = 2024
SCALE = 6  # ten years at this scale: about a million sale lines


def _schema_key() -> str:
    digest = hashlib.sha1()
    for path in sorted((ROOT / "db" / "versions").glob("*.py")):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:8]


def demo_db(years: int, scale: int = SCALE, *, seed: int = SEED, today: date = TODAY) -> Path:
    """The path of a demo database with these parameters, generated on first use."""
    from pos.services.demo import seed_demo
    from pos.services.store import open_database

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-y{years}-x{scale}-s{seed}-{today.isoformat()}-{_schema_key()}.db"
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp")
    for leftover in CACHE.glob(tmp.name + "*"):
        leftover.unlink()
    print(f"   (building {path.name}: {years} years at scale {scale} …)", flush=True)
    start = time.perf_counter()
    db = open_database(tmp)
    try:
        s = seed_demo(db, today=today, years=years, seed=seed, scale=scale)
    finally:
        db.dispose()
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    tmp.rename(path)
    print(
        f"   (built in {time.perf_counter() - start:.0f} s: {s.sales_days:,} days, {s.sales:,} sales, "
        f"{s.sale_lines:,} sale lines)",
        flush=True,
    )
    return path


def working_copy(src: Path, dest_dir: Path) -> Path:
    """A copy of a cached database that a benchmark may write to."""
    dest = dest_dir / src.name
    shutil.copyfile(src, dest)
    return dest


def installed_bytecode(tree: Path = ROOT) -> None:
    """Compile the app's modules into __pycache__, as an installed copy has them.

    A machine with PYTHONDONTWRITEBYTECODE set (this CI's) never caches them, so every run would
    compile pos/ from source — 10–20 ms a module, at the moment a page first needs it — which no
    volunteer's laptop pays after the first start.
    """
    import compileall

    for package in ("pos", "db"):
        compileall.compile_dir(tree / package, quiet=1)
