"""Crash safety: SIGKILL `pos simulate` 200 times at random moments; no printed sale lost or partial.

Each round starts `python -m pos simulate` on the same SQLite file, reads the `committed <id>
<total>` lines it prints (each printed only after its transaction committed), and kills it with
SIGKILL: mostly a random few milliseconds after a random number of commits (so the kill lands
anywhere in the next sale's transaction), sometimes after a random delay from the start (while
the app starts, checks the schema, writes the booth or opens the day). After every kill:

- every sale printed so far, in any round, is in the database with its total (else "lost");
- it is complete: at least one line, lines summing to the total, payments summing to the total
  (else "partial"); every printed void is recorded as voided;
- `pos verify`'s checks (`pos.services.verify.verify_file`, read-only) find no problem.

`tests/test_crash_safety.py` runs the same harness with fewer kills.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

KILLS = 200
REPO = Path(__file__).resolve().parent.parent
WATCHDOG_S = 120  # a round that hangs is killed and reported, never waited for forever


@dataclass
class Tally:
    """What the rounds so far found (cumulative)."""

    kills: int = 0
    committed: dict[str, int] = field(default_factory=dict)  # printed sale id → printed total
    voided: set[str] = field(default_factory=set)
    lost: set[str] = field(default_factory=set)
    partial: set[str] = field(default_factory=set)
    unprinted: int = 0  # sales in the db that no run printed (committed just before the kill)
    verify_failures: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # a run that ended by itself with an error

    @property
    def ok(self) -> bool:
        return not (self.lost or self.partial or self.verify_failures or self.errors)

    def summary(self) -> str:
        return (
            f"{self.kills} kills, {len(self.lost)} lost, {len(self.partial)} partial "
            f"({len(self.committed)} sales printed, {len(self.voided)} voids printed, "
            f"{self.unprinted} committed but not yet printed when killed, "
            f"{len(self.verify_failures)} verify failures, {len(self.errors)} run errors)"
        )


def simulate_command(db_path: Path, seed: int) -> list[str]:
    return [sys.executable, "-m", "pos", "simulate", "--db", str(db_path), "--sales", "1000000", "--seed", str(seed)]


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def kill_round(db_path: Path, rng: random.Random, seed: int, tally: Tally) -> None:
    """One start-and-SIGKILL of `pos simulate`, then every check; results go into `tally`."""
    proc = subprocess.Popen(
        simulate_command(db_path, seed),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_env(),
        cwd=REPO,
    )
    watchdog = threading.Timer(WATCHDOG_S, proc.kill)
    watchdog.start()
    lines: list[bytes] = []
    try:
        assert proc.stdout is not None
        if rng.random() < 0.2:  # anywhere from the start: startup, schema check, booth, opening the day
            time.sleep(rng.uniform(0.0, 1.5))
        else:  # a random moment in the middle of ringing up
            wanted = rng.randint(1, 40)
            while sum(ln.startswith(b"committed ") for ln in lines) < wanted:
                line = proc.stdout.readline()
                if not line:
                    break
                lines.append(line)
            time.sleep(rng.uniform(0.0, 0.004))
        alive = proc.poll() is None
        if alive:
            os.kill(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    finally:
        watchdog.cancel()
    lines.extend(out.splitlines(keepends=True))
    if alive:
        tally.kills += 1
    else:
        tally.errors.append(f"seed {seed}: ended by itself ({proc.returncode}): {err.decode(errors='replace')[-500:]}")
    for raw in lines:
        words = raw.decode().split()
        if len(words) == 3 and words[0] == "committed":
            tally.committed[words[1]] = int(words[2])
        elif len(words) == 2 and words[0] == "voided":
            tally.voided.add(words[1])
    check(db_path, tally)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def check(db_path: Path, tally: Tally) -> None:
    """Every printed sale present and complete; verify passes (both read-only)."""
    from pos.services.verify import verify_file

    if not db_path.exists():
        return
    with closing(_read_only(db_path)) as conn:
        try:
            rows = conn.execute(
                """SELECT s.id, s.total, s.state,
                          (SELECT COUNT(*) FROM sale_lines l WHERE l.sale_id = s.id),
                          (SELECT COALESCE(SUM(amount), 0) FROM sale_lines l WHERE l.sale_id = s.id),
                          (SELECT COUNT(*) FROM payments p WHERE p.sale_id = s.id),
                          (SELECT COALESCE(SUM(amount), 0) FROM payments p WHERE p.sale_id = s.id)
                   FROM sales s"""
            ).fetchall()
        except sqlite3.OperationalError:  # killed before the schema existed
            rows = []
    in_db = {uuid.UUID(hex=row[0]).hex: row[1:] for row in rows}
    for sale_id, total in tally.committed.items():
        found = in_db.get(uuid.UUID(sale_id).hex)
        if found is None:
            tally.lost.add(sale_id)
            continue
        db_total, state, n_lines, lines_sum, n_payments, paid = found
        if db_total != total or n_lines < 1 or lines_sum != total or n_payments < 1 or paid != total:
            tally.partial.add(sale_id)
        if sale_id in tally.voided and state != "voided":
            tally.lost.add(f"void of {sale_id}")
    tally.unprinted = len(in_db) - len(tally.committed)
    if rows:
        report = verify_file(db_path)
        if not report.ok:
            tally.verify_failures.append("\n".join(report.lines_ja()))


def run_kills(db_path: Path, kills: int, seed: int = 2024) -> Tally:
    """`kills` rounds on `db_path` (created first when missing: `pos simulate` refuses a missing file)."""
    if not db_path.exists():
        from pos.db.engine import open_database

        open_database(db_path).dispose()
    rng = random.Random(seed)
    tally = Tally()
    rounds = 0
    while tally.kills < kills and rounds < kills * 2:
        kill_round(db_path, rng, seed * 1000 + rounds, tally)
        rounds += 1
    return tally


def run() -> list[tuple[str, str, str, str, bool]]:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        tally = run_kills(Path(tmp) / "crash.db", KILLS)
        elapsed = time.perf_counter() - start
    print(f"{tally.summary()}   {elapsed:.0f} s")
    for problem in [*sorted(tally.lost)[:5], *sorted(tally.partial)[:5], *tally.verify_failures[:3], *tally.errors[:3]]:
        print(f"  ! {problem}")
    return [
        (
            f"SIGKILL of `pos simulate` at random moments ({len(tally.committed):,} sales printed)",
            f"{tally.kills} kills, {len(tally.lost)} lost, {len(tally.partial)} partial, "
            f"{len(tally.verify_failures)} verify failures",
            "",
            "0 lost, 0 partial, verify passes",
            tally.ok and tally.kills == KILLS,
        )
    ]
