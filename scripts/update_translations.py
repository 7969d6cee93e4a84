"""Refresh resources/translations/booth_pos_en.ts from the UI sources and list what is untranslated.

    .venv/bin/python scripts/update_translations.py [--check]

Japanese is the source language (the strings in `self.tr(...)`); English translations live in the
.ts file (edit with `pyside6-linguist` or by hand). `make` builds the .qm the app loads.
With --check nothing is written; the exit status is 1 if any string lacks an English translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "booth_pos_en.ts"
BIN = Path(sys.executable).parent


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished English translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str]) -> int:
    if "--check" not in argv:
        sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pos" / "ui").rglob("*.py"))
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-source-language",
                "ja_JP",
                "-target-language",
                "en_US",
                "-ts",
                str(TS.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )
    missing = unfinished()
    for context, source in missing:
        print(f"untranslated: {context}: {source}")
    print(f"{len(missing)} untranslated")
    return 1 if missing and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
