"""The reader and the importer of `tests/test_concurrency.py`, each run as its own process.

    python -m tests.concurrency_workers read DB FY DAY VENUE OUT_DIR STOP_FILE MIN
    python -m tests.concurrency_workers import DB CSV_DIR STOP_FILE MIN

Both call the real `pos` verbs (`pos.cli.main`) in a loop until STOP_FILE exists and they have done
at least MIN rounds; any verb that does not return 0 ends the process with status 1. An exception
(such as "database is locked") ends it with a traceback, which the test looks for.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pos.cli import main


def _read(db: str, fy: str, day: str, venue: str, out_dir: str, stop: str, minimum: str) -> int:
    rounds = 0
    while rounds < int(minimum) or not Path(stop).exists():
        pdf = str(Path(out_dir) / f"tally-{rounds % 2}.pdf")
        for argv in (
            ["report", "lines", "--fy", fy, "--db", db],
            ["tally", "--day", day, "--venue", venue, "--pdf", pdf, "--force", "--db", db],
        ):
            if main(argv) != 0:
                return 1
        rounds += 1
    print(f"rounds {rounds}", file=sys.stderr)
    return 0


def _import(db: str, csv_dir: str, stop: str, minimum: str) -> int:
    rounds = 0
    while rounds < int(minimum) or not Path(stop).exists():
        path = Path(csv_dir) / f"history-{rounds}.csv"
        day = 1 + rounds % 28
        month = 4 + rounds // 28 % 9
        path.write_text(
            "date,kind,label,workshop,note\n"
            f"2023-{month:02d}-{day:02d},meeting,同時実行テスト会議{rounds},,議題{rounds}\n"
            f"2023-{month:02d}-{day:02d},sale,同時実行テスト販売,過去の工房{rounds % 3},\n",
            encoding="utf-8",
        )
        if main(["import-history", str(path), "--db", db]) != 0:
            return 1
        rounds += 1
    print(f"rounds {rounds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    role, *rest = sys.argv[1:]
    sys.exit(_read(*rest) if role == "read" else _import(*rest))
