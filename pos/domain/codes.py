"""Product codes as QR price tags carry them and as a keyboard-wedge scanner types them.

A scanner behind a Japanese IME may type full-width characters, and a tag may be read with stray
spaces: codes are compared after NFKC normalisation, trimming and upper-casing.
"""

from __future__ import annotations

import re
import unicodedata

CODE_PATTERN = re.compile(r"^[A-Z0-9-]{1,32}$")


def normalize_code(raw: str) -> str:
    return unicodedata.normalize("NFKC", raw).strip().upper()


def is_valid_code(code: str) -> bool:
    return bool(CODE_PATTERN.match(code))


def next_code(existing: list[str], prefix: str = "P") -> str:
    """The next free code of the form P0001 after the highest existing one with that prefix."""
    numbers = [int(c[len(prefix) :]) for c in existing if c.startswith(prefix) and c[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"
