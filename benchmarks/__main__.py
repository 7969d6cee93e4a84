"""Run every benchmark (or those named): `python -m benchmarks [name ...]`, e.g. `make bench`."""

from __future__ import annotations

import importlib
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BENCHMARKS = ("scan_to_cart", "forecast", "crash_kill")


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}: {(module.__doc__ or '').strip().splitlines()[0]}", flush=True)
        module.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
