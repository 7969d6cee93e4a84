"""Crash safety with real processes: `pos simulate` is SIGKILLed at random moments, 15 times.

After every kill, every sale the process printed as committed must be in the database and complete
(lines and payments summing to its total), and `pos verify`'s checks must pass. The harness is the
one `benchmarks/crash_kill.py` runs 200 times; the seed of the moments is in the failure message.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.crash_kill import REPO, run_kills

KILLS = 15

pytestmark = pytest.mark.slow


def test_sigkill_at_random_moments_loses_no_printed_sale(db_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    tally = run_kills(db_path, KILLS, seed=seed)
    context = f"seed {seed}: {tally.summary()}"
    assert tally.errors == [], context
    assert tally.kills == KILLS, context
    assert len(tally.committed) >= KILLS, context  # most rounds commit sales before the kill
    assert tally.lost == set(), context
    assert tally.partial == set(), context
    assert tally.verify_failures == [], context

    result = subprocess.run(
        [sys.executable, "-m", "pos", "verify", "--db", str(db_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("問題はありません")
