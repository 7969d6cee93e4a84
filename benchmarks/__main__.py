"""Run every benchmark (or those named): `python -m benchmarks [name ...]`, e.g. `make bench`.

Each module's `run()` prints its own lines; those that return figures — rows of (figure, value,
baseline, target, met) — are gathered into the table printed at the end (docs/benchmarks.md).
The databases they need are built once and cached in benchmarks/.cache (see `benchmarks.data`).
"""

from __future__ import annotations

import importlib
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCHMARKS = (
    "sale_commit",
    "scan_to_cart",
    "report_lines",
    "annual_report",
    "day_tally",
    "cold_start",
    "forecast",
    "crash_kill",
    "gui_stall",
    "merge",
)


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    figures: list[tuple[str, str, str, str, bool]] = []
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}: {(module.__doc__ or '').strip().splitlines()[0]}", flush=True)
        figures.extend(module.run() or [])
    if figures:
        print()
        print(table(figures))
    return 0


def table(figures: list[tuple[str, str, str, str, bool]]) -> str:
    """The figures as a Markdown table (as docs/benchmarks.md shows them)."""
    lines = ["| figure | measured | baseline | target | met |", "|---|---|---|---|---|"]
    lines += [f"| {f} | {v} | {b or '—'} | {t} | {'yes' if ok else '**no**'} |" for f, v, b, t, ok in figures]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
