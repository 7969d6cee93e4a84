"""Engine factory: which database to open, and the pragmas every SQLite connection gets.

`--db` (a path or an SQLAlchemy URL) wins over the `POS_DB` environment variable, which wins over
the file in the user's data folder. SQLite connections run in WAL mode with foreign keys on,
synchronous=FULL (a committed sale survives a power cut) and a busy timeout, so a second process
reading reports waits instead of failing.

Transactions on SQLite: SQLAlchemy emits BEGIN itself (pysqlite's own transaction handling is
switched off, as the SQLAlchemy SQLite docs recommend). Sessions from `db.sessions()` read and begin
DEFERRED: in WAL mode they never wait for a writer. Sessions from `db.sessions.begin()` write and
begin IMMEDIATE: they take the write lock up front, waiting out the busy timeout (and retrying it
twice), so a write transaction never fails half-way because another process committed after it
had read ("database is locked" at the upgrade from read to write). Only a lock held for longer
than that reaches the user, as `DatabaseBusy` with a Japanese message.

A database file the app creates is readable by its owner only (0600; SQLite gives its -wal and
-shm files the same mode), and so is the backup taken before a schema upgrade. A file that is not a
database (or is damaged beyond opening) raises `DatabaseUnreadable` instead of a driver error.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from pos.domain.errors import PosError, StateError
from pos.paths import default_db_path

BUSY_TIMEOUT_MS = 10_000
LOCK_ATTEMPTS = 3  # BEGIN IMMEDIATE tries, each waiting up to the busy timeout
WRITE_OPTION = "pos_write"  # execution option that makes a connection begin IMMEDIATE
OWNER_ONLY = 0o600


class DatabaseBusy(StateError):
    """Another process held the database's write lock for longer than the app waits."""


class DatabaseUnreadable(PosError):
    """The file is not an SQLite database, or is too damaged to open."""


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
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself: see _begin
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def _is_locked(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _begin(conn: Connection) -> None:
    """BEGIN for readers, BEGIN IMMEDIATE (with retries) for writers; see the module docstring."""
    if not conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN")
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    for attempt in range(1, LOCK_ATTEMPTS + 1):
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as e:
            if not _is_locked(e):
                raise
            if attempt == LOCK_ATTEMPTS:
                raise DatabaseBusy(
                    "データベースが他の処理（別のレジや取り込み）で使用中のため、書き込めませんでした。"
                    "何も変更していません。少し待ってからもう一度操作してください",
                    "The database is busy in another process; nothing was changed. Try again shortly",
                ) from e


def _create_owner_only(path: Path) -> None:
    """Create an empty database file readable by its owner only (SQLite takes an empty file as new)."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY))


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _create_owner_only(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Sessions(sessionmaker[Session]):
    """`sessions()` for reading; `sessions.begin()` for a write transaction (BEGIN IMMEDIATE on SQLite)."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine, expire_on_commit=False)
        self._writer = engine.execution_options(**{WRITE_OPTION: True})  # same pool and events

    @contextmanager
    def begin(self) -> Iterator[Session]:  # type: ignore[override]
        with self(bind=self._writer) as session, session.begin():
            yield session


@dataclass(eq=False)  # hashable by identity: the change bus is keyed by the open database
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


def unreadable_refusal(url: str, error: BaseException) -> DatabaseUnreadable | None:
    """The refusal for an SQLite file that cannot be opened as a database, else None."""
    orig = getattr(error, "orig", error)
    code = getattr(orig, "sqlite_errorcode", 0) & 0xFF
    if code not in (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_CANTOPEN):
        return None
    where = sqlite_path(url) or url
    if code == sqlite3.SQLITE_CANTOPEN:
        return DatabaseUnreadable(
            f"データベースファイル「{where}」を開けません（フォルダーがない、または権限がありません）",
            f"Cannot open the database file {where}",
        )
    return DatabaseUnreadable(
        f"「{where}」はデータベースとして読めません（データベースファイルではないか、壊れています）。"
        "ファイルは変更していません。バックアップから戻すには: pos restore バックアップファイル",
        f"{where} is not a readable database (not a database file, or damaged); it was not changed",
    )


def open_database(db: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default upgrade to the newest schema, after a backup) the database."""
    url = resolve_url(db)
    try:
        if upgrade:
            from pos.db.migrate import upgrade_to_head

            upgrade_to_head(url)  # the backup it writes is owner-only from the start
        engine = make_engine(url)
    except (DBAPIError, sqlite3.DatabaseError) as e:
        refusal = unreadable_refusal(url, e)
        if refusal is None:
            raise
        raise refusal from e
    return Database(url, engine, Sessions(engine))
