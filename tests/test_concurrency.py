"""Three real processes on one SQLite file: no "database is locked" reaches anyone.

The register (`pos simulate`, 250 sales) writes while a second process prints the monthly lines and
the day's tally PDF over and over, and a third imports one history CSV after another (each a write
transaction that reads first). Write transactions begin IMMEDIATE with the busy timeout
(`pos.db.engine`), so each waits its turn instead of failing. The readers and the importer go on
until the register has finished (and at least a few rounds each); afterwards every printed sale is
in the file, every import is there, and `pos verify` passes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from benchmarks.crash_kill import REPO
from pos.db.engine import Database
from pos.db.models import Activity, Sale
from pos.domain.clock import today_local
from pos.domain.fiscal import fiscal_year_of
from pos.services.verify import verify_file
from tests.services.helpers import make_booth

SALES = 250
MIN_ROUNDS = 3
GUARD_S = 120  # only so that a deadlock cannot hang the suite; nothing is timed

pytestmark = pytest.mark.slow


def _start(args: list[str], *, output: bool = False) -> subprocess.Popen[str]:
    """A real process; only the register's output is kept (the others report on stderr)."""
    return subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE if output else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=REPO,
    )


def test_register_reports_and_history_import_at_the_same_time(db: Database, db_path: Path, tmp_path: Path) -> None:
    today = today_local()
    booth = make_booth(db, on=today)
    stop = tmp_path / "stop"
    (tmp_path / "csv").mkdir()
    register = _start(
        ["-m", "pos", "simulate", "--db", str(db_path), "--sales", str(SALES), "--seed", "8"], output=True
    )
    reader = _start(
        [
            "-m",
            "tests.concurrency_workers",
            "read",
            str(db_path),
            str(fiscal_year_of(today)),
            today.isoformat(),
            booth.venue.name,
            str(tmp_path),
            str(stop),
            str(MIN_ROUNDS),
        ]
    )
    importer = _start(
        ["-m", "tests.concurrency_workers", "import", str(db_path), str(tmp_path / "csv"), str(stop), str(MIN_ROUNDS)]
    )
    try:
        sold, sold_err = register.communicate(timeout=GUARD_S)
    finally:
        stop.touch()
    read_err = reader.communicate(timeout=GUARD_S)[1]
    import_err = importer.communicate(timeout=GUARD_S)[1]

    for name, proc, err in (
        ("register", register, sold_err),
        ("reader", reader, read_err),
        ("importer", importer, import_err),
    ):
        assert "locked" not in err and "Traceback" not in err, f"{name}: {err[-2000:]}"
        assert proc.returncode == 0, f"{name}: {err[-2000:]}"
    committed = [line.split() for line in sold.splitlines() if line.startswith("committed ")]
    assert len(committed) == SALES
    imports = int(import_err.split("rounds ")[-1])
    assert imports >= MIN_ROUNDS and int(read_err.split("rounds ")[-1]) >= MIN_ROUNDS

    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == SALES
        assert s.scalar(select(func.sum(Sale.total))) == sum(int(total) for _, _, total in committed)
        assert s.scalar(select(func.count()).select_from(Activity)) == imports
    assert verify_file(db_path).ok
