"""Is a SQLite file already at the newest schema? Answered without loading alembic (cold start).

`open_database` upgrades every file it opens; on a selling morning the file is already current,
and importing alembic only to learn that costs a noticeable part of the start. This reads the
revision ids of db/versions/*.py as text and the file's `alembic_version` with sqlite3. Whenever
the answer is not a plain "yes" (several heads, an unusual revision file, no such table, another
database kind), it says no and the caller goes the whole way through alembic.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

from pos.paths import ALEMBIC_DIR

_REVISION = re.compile(r"^revision(?:\s*:\s*[^=]+)?\s*=\s*['\"]([^'\"]+)['\"]\s*$", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:\s*:\s*[^=]+)?\s*=\s*(None|['\"]([^'\"]+)['\"])\s*$", re.MULTILINE)


def head_from_files(versions: Path = ALEMBIC_DIR / "versions") -> str | None:
    """The single head revision of the revision files, or None when it cannot be told simply."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.findall(text), _DOWN.findall(text)
        if len(rev) != 1 or len(down) != 1:
            return None
        revisions.add(rev[0])
        if down[0][0] != "None":
            parents.add(down[0][1])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def sqlite_is_at_head(path: Path | None) -> bool:
    """True when the SQLite file exists and its schema revision is the head of the revision files."""
    if path is None or not path.is_file():
        return False
    head = head_from_files()
    if head is None:
        return False
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False
    return rows == [(head,)]
