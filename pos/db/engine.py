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

import errno
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

from pos.db.revisions import sqlite_is_at_head
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


def _no_autocheckpoint(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")


def use_background_checkpoints(db: Database) -> bool:
    """Stop this process's connections from checkpointing the WAL on commit (the app calls
    `checkpoint` from a worker instead). SQLite's automatic checkpoint runs inside the commit that
    crosses 1,000 pages of WAL: on a big file it copies and syncs them for a few hundred ms, and in the
    app that commit is a sale on the GUI thread. False (nothing changed) for other databases."""
    if sqlite_path(db.url) is None:
        return False
    if event.contains(db.engine, "connect", _no_autocheckpoint):
        return True
    event.listen(db.engine, "connect", _no_autocheckpoint)
    db.engine.dispose()  # connections already pooled open again with it
    return True


def checkpoint(db: Database) -> None:
    """Copy the WAL's committed pages into the database file without waiting for anyone (PASSIVE:
    readers and a writer meanwhile are fine; what they hold is copied next time)."""
    if sqlite_path(db.url) is None:
        return
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]  # sqlite3's, not None while open
    finally:
        raw.close()


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
    def begin(self) -> Iterator[Session]:
        with self(bind=self._writer) as session, session.begin():
            yield session


@dataclass(eq=False)  # one open database is one object: hashable by identity (the UI's change bus keys on it)
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


class DatabaseMissing(PosError):
    """The database file does not exist (and the verb does not create one)."""


def _sqlite_code(error: BaseException) -> int:
    orig = getattr(error, "orig", error)
    return getattr(orig, "sqlite_errorcode", 0) & 0xFF


def refusal_for(error: BaseException) -> PosError | None:
    """The Japanese refusal for an error a person can act on — a read-only or full disk, a damaged or
    foreign file, an unreadable `--db`, a server that does not answer — else None (a bug: logged)."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

    if isinstance(error, PosError):
        return error
    if isinstance(error, ValueError) and "null" in str(error).lower() and "byte" in str(error).lower():
        return PosError("ファイル名に使えない文字（NUL）があります", "A file name contains NUL")
    if isinstance(error, (NoSuchModuleError, ArgumentError)):
        return PosError(
            f"--db の指定が読めません（{error}）。ファイルのパスか sqlite:///… / postgresql://… の形で指定してください",
            f"Cannot use the --db value: {error}",
        )
    text = str(getattr(error, "orig", None) or error)
    low = text.lower()
    code = _sqlite_code(error)
    if code == sqlite3.SQLITE_READONLY or "readonly database" in low or "read-only" in low:
        return PosError(
            "データベース（またはそのフォルダー）が読み取り専用のため書き込めません。何も変更していません。"
            "書き込める場所にコピーするか、権限を確かめてください",
            "The database or its folder is read-only; nothing was changed",
        )
    if code == sqlite3.SQLITE_FULL or "disk is full" in low or getattr(error, "errno", None) == errno.ENOSPC:
        return PosError(
            "ディスクがいっぱいのため書き込めませんでした。書きかけの処理は取り消されました"
            "（それまでに完了した記録は残っています）。空きを作ってからもう一度実行してください",
            "The disk is full; the unfinished write was rolled back (what completed before is kept)",
        )
    if code == sqlite3.SQLITE_IOERR or "disk i/o error" in low:
        return PosError(
            "データベースファイルの読み書きに失敗しました（-wal ファイルが消された、USBが抜かれた等）。"
            "他のレジやアプリを閉じてから pos verify で確かめてください",
            "Disk I/O error on the database file; close other programs and run pos verify",
        )
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "could not decode" in low or "malformed" in low:
        return PosError(
            "データベースファイルが壊れています（読めない値があります）。ファイルは変更していません。"
            "pos verify で確かめ、バックアップから pos restore で戻してください",
            "The database file is damaged; restore a backup",
        )
    if "no such column" in low or "no such table" in low:
        return PosError(
            f"このファイルはBooth POSのデータベースではないか、形が違います（{text}）。ファイルは変更していません",
            f"Not a Booth POS database, or a different layout: {text}",
        )
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open database" in low:
        return PosError(
            "データベースファイルを開けません（フォルダーがない、または権限がありません）",
            "Cannot open the database file",
        )
    if isinstance(error, OperationalError) or type(getattr(error, "orig", None)).__name__ == "OperationalError":
        return PosError(
            f"データベースに接続できません（{text.splitlines()[0] if text else type(error).__name__}）。"
            "サーバーの場所・起動・パスワードを確かめてください",
            f"Cannot connect to the database: {text}",
        )
    if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return PosError(
            f"ファイルに書き込む権限がありません: {error.filename or ''}（{error.strerror}）",
            f"Permission denied: {error}",
        )
    return None


def _read_only_engine(path: Path) -> Engine:
    """An engine that never writes: `mode=ro`, and `immutable` when the file has no -wal beside it
    (then nothing can be writing it: no -shm is needed, so a read-only folder works too)."""
    from sqlalchemy.pool import NullPool

    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        conn.isolation_level = None
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def open_database(
    db: str | os.PathLike[str] | None = None,
    *,
    upgrade: bool = True,
    must_exist: bool = False,
    read_only: bool = False,
) -> Database:
    """Open (and by default upgrade to the newest schema, after a backup) the database.

    `must_exist`: a missing SQLite file is refused (`DatabaseMissing`) instead of created — every
    CLI verb but `pos demo`. `read_only`: when the file or its folder cannot be written, open it
    read-only (no upgrade: a schema that is behind is refused) instead of failing — the verbs that
    only read."""
    if "\x00" in str(db or ""):
        raise PosError("--db に使えない文字（NUL）があります", "The --db value contains NUL")
    url = resolve_url(db)
    path = sqlite_path(url)
    if must_exist and path is None and make_url(url).get_backend_name() == "sqlite":
        raise PosError(
            "メモリ上のデータベース（:memory:）は使えません。データベースファイルを指定してください",
            "An in-memory database cannot be used here; give a database file",
        )
    if must_exist and path is not None and not path.is_file():
        if path.exists():
            raise PosError(f"「{path}」はファイルではありません", f"{path} is not a file")
        raise DatabaseMissing(
            f"データベースファイル「{path}」がありません。パスを確かめてください"
            "（新しく作るには: アプリ pos を起動する、pos import-history FILE.csv --create、"
            "またはデモデータ入りで pos demo）。何も作っていません",
            f"No database file at {path}; nothing was created",
        )
    if path is not None and path.is_file() and not _writable(path):
        if read_only:
            return _open_read_only(url, path)
        raise PosError(
            f"データベース「{path}」（またはそのフォルダー）が読み取り専用のため、この操作はできません。"
            "何も変更していません（報告書・集計表の出力や検査は読み取り専用でもできます）",
            f"{path} or its folder is read-only; nothing was changed",
        )
    try:
        if upgrade and not sqlite_is_at_head(sqlite_path(url)):  # current: no need to load alembic
            from pos.db.migrate import upgrade_to_head

            upgrade_to_head(url)  # the backup it writes is owner-only from the start
        engine = make_engine(url)
    except (DBAPIError, sqlite3.DatabaseError) as e:
        refusal = unreadable_refusal(url, e)
        if refusal is None:
            raise
        raise refusal from e
    return Database(url, engine, Sessions(engine))


def _open_read_only(url: str, path: Path) -> Database:
    from alembic.runtime.migration import MigrationContext

    from pos.db.migrate import head_revision

    engine = _read_only_engine(path)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    except (DBAPIError, sqlite3.DatabaseError) as e:
        engine.dispose()
        refusal = unreadable_refusal(url, e)
        if refusal is None:
            raise
        raise refusal from e
    if current != head_revision():
        engine.dispose()
        raise PosError(
            f"「{path}」は古い版のデータベースで、読み取り専用のため新しい版に更新できません。"
            "書き込める場所にコピーしてから実行してください",
            f"{path} needs a schema upgrade but is read-only",
        )
    return Database(url, engine, Sessions(engine))
