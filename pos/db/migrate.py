"""Schema upgrades with alembic, after a backup of the file; and the SQLite online backup.

On start the app brings the database to the newest revision in `db/versions`. When an existing
SQLite file is behind, it is first copied with SQLite's online backup API next to itself as
`<name>.before-<revision>-<timestamp>.db`, so a failed upgrade loses nothing. All the revisions of
one upgrade run in ONE transaction (db/env.py states `transactional_ddl=True`: alembic's SQLite
dialect would otherwise commit after every revision), so a failure in any revision leaves the file at
the revision it had, not half-way (tests/test_upgrade_transaction.py). Errors propagate: a schema
that failed to upgrade is never marked current.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pos.db.engine import BUSY_TIMEOUT_MS, OWNER_ONLY, make_engine, sqlite_path
from pos.domain.errors import PosError
from pos.paths import ALEMBIC_DIR

if TYPE_CHECKING:
    from alembic.config import Config

# alembic is imported where it is used: the app's start (the schema at head) and the SQLite backup
# helpers below never need it, and it costs a quarter of a second to import (benchmarks/cold_start).


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(ALEMBIC_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(url: str) -> str | None:
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


PART = ".part"  # suffix of a copy being written; never taken for a backup


def backup_sqlite(src: Path | sqlite3.Connection, dest: Path) -> Path:
    """Consistent copy of a live SQLite file (WAL included) with the online backup API.

    `src` is a file, or a connection already open on it (restore copies through the connection that
    holds the file's lock). The copy is written as `<dest>.part` (no rollback journal: an unfinished
    copy is thrown away whole), created readable by its owner only, checked with
    `PRAGMA quick_check`, made one self-contained file (no -wal/-shm) and only then renamed to
    `dest`. So a file under a backup's name is always complete and readable; a failed or killed copy
    leaves at most a `.part` file, which `clear_parts` removes later. `dest` must not exist.
    """
    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if dest.exists():
        raise FileExistsError(dest)
    part = dest.with_name(f"{dest.name}.{os.getpid()}{PART}")  # never another process's copy
    for leftover in (part, part.with_name(part.name + "-journal")):
        leftover.unlink(missing_ok=True)
    os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY))
    try:
        source = src if isinstance(src, sqlite3.Connection) else _connect_source(src)
        try:
            with closing(sqlite3.connect(part, isolation_level=None)) as target:
                target.execute("PRAGMA journal_mode=OFF")  # nothing to roll back in a new file
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
                check = target.execute("PRAGMA quick_check").fetchone()[0]
                if check != "ok":
                    raise sqlite3.DatabaseError(f"the copy fails quick_check: {check}")
        finally:
            if source is not src:
                source.close()
        with open(part, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(part, dest)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return dest


def _connect_source(src: Path) -> sqlite3.Connection:
    """The file to copy; on a read-only file or folder, opened read-only (immutable without a -wal)."""
    if os.access(src, os.W_OK) and os.access(src.parent, os.W_OK):
        return sqlite3.connect(src, timeout=BUSY_TIMEOUT_MS / 1000)
    uri = f"{src.resolve().as_uri()}?mode=ro"
    if not src.with_name(src.name + "-wal").exists():
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def clear_parts(folder: Path, older_than_s: float = 3600) -> None:
    """Remove `.part` copies left by a killed backup (older than an hour: not one being written)."""
    import time

    if not folder.is_dir():
        return
    for p in folder.glob(f"*{PART}*"):
        with suppress(OSError):
            if p.is_file() and time.time() - p.stat().st_mtime > older_than_s:
                p.unlink()


def _refuse_foreign(path: Path) -> None:
    """Look at an existing file read-only before anything writes to it (even the WAL journal mode):
    a file with tables but no alembic_version(version_num) is not this app's database."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return
            columns = {r[1] for r in conn.execute("PRAGMA table_info(alembic_version)")}
    except sqlite3.DatabaseError:
        return  # not a database at all: open_database reports it as unreadable
    if "version_num" not in columns:
        raise PosError(
            f"「{path}」はBooth POSのデータベースではありません（表の形が違います）。ファイルは変更していません",
            f"{path} is not a Booth POS database; it was not changed",
        )


def _has_user_tables(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        tables: int = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    return tables > 0


def upgrade_to_head(url: str) -> Path | None:
    """Upgrade to the newest schema; returns the backup file written, if any."""
    from alembic import command

    path = sqlite_path(url)
    backup = None
    if path is not None and path.is_file():
        _refuse_foreign(path)
    current = current_revision(url)
    if current == head_revision():
        return None
    if path is not None and path.exists() and _has_user_tables(path):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, path.with_name(f"{path.stem}.before-{current or 'none'}-{stamp}.db"))
    try:
        command.upgrade(alembic_config(url), "head")  # one transaction: a failure leaves the file as it was
    except Exception as e:
        where = f"バックアップ: {backup}" if backup else "（新しいファイルのためバックアップはありません）"
        raise UpgradeFailed(
            f"データベースの更新に失敗しました（{type(e).__name__}: {e}）。元のファイルは変更していません。{where}",
            f"The database upgrade failed ({e}); the file was left as it was. Backup: {backup}",
        ) from e
    return backup


class UpgradeFailed(PosError):
    """The schema upgrade failed; the original file and its backup are untouched."""
