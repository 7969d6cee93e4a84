"""Engine factory: which database to open, and the pragmas every SQLite connection gets.

`--db` (a path or an SQLAlchemy URL) wins over the `POS_DB` environment variable, which wins over
the file in the user's data folder. SQLite connections run in WAL mode with foreign keys on,
synchronous=FULL (a committed sale survives a power cut) and a busy timeout, so a second process
reading reports waits instead of failing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from pos.paths import default_db_path

BUSY_TIMEOUT_MS = 10_000


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    value = str(db) if db else os.environ.get("POS_DB") or str(default_db_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """An open database: the engine, a session factory, and the carts this process holds open."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    open_carts: dict[Any, int] = field(default_factory=dict)

    def unfinished_sales(self, sales_day_id: Any) -> int:
        """Carts with items that this process is ringing up for the day (not yet paid)."""
        return sum(n for key, n in self.open_carts.items() if key[0] == sales_day_id)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default upgrade to the newest schema, after a backup) the database."""
    url = resolve_url(db)
    if upgrade:
        from pos.db.migrate import upgrade_to_head

        upgrade_to_head(url)
    engine = make_engine(url)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
