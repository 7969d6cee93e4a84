"""Backups of the database file, and restoring one.

- `make_backup` copies the live SQLite file with SQLite's online backup API (a consistent copy,
  the WAL included, even while a register sells) into the `backups/` folder next to the database
  as `<name>-<reason>-<YYYYmmdd-HHMMSS-ffffff>.db` (one self-contained file, no -wal/-shm), then
  keeps only the newest `backup_keep` (a setting, default 10) of that folder's backups of this
  database. A copy is written under a temporary `.part` name, checked and then renamed, so the
  rotation counts only complete backups (`is_complete_copy`) and never deletes a good one in favour
  of a broken one. `pos backup --to DIR` writes into DIR instead, where nothing is rotated away.
- `backup_after_close` is what `close_day` calls at the end of every close; a failure there is
  logged and does not undo the close (the close has committed).
- `restore_backup` refuses a file that `pos.services.verify` does not pass, an export (`pos export`
  writes a few days for `pos merge`; restoring one would drop everything else), or a file whose
  schema is newer than this app. Otherwise it takes the database file's exclusive lock (granted
  only when no other program has the file open: a running register makes restore refuse, nothing
  changed), and, holding it, keeps the current file aside as `<name>.before-restore-<timestamp>.db`
  and copies the backup over the database with the online backup API. No sale can be committed in
  between, so every committed sale is in one of the two files. A current file that is not a
  database at all is moved aside (with its -wal/-shm) instead of copied.

Backup folders are created 0700 and backup files 0600: readable by their owner only.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pos.db.engine import BUSY_TIMEOUT_MS, OWNER_ONLY, Database, resolve_url, sqlite_path
from pos.db.migrate import alembic_config, backup_sqlite, clear_parts, head_revision
from pos.domain.errors import InvalidInput, NotFound, PosError, StateError
from pos.services.settings import get_settings
from pos.services.verify import read_only_uri, verify_file

BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10
EXPORT_MARK = "export_created_at"  # the setting pos export writes (pos.services.merge.EXPORT_MARK)
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    kept_aside: Path | None  # the previous file, or None when there was none


def database_file(db: Database | str | os.PathLike[str] | None) -> Path:
    """The SQLite file behind a database or `--db` value; other databases are refused."""
    url = db.url if isinstance(db, Database) else resolve_url(db)
    path = sqlite_path(url)
    if path is None:
        raise InvalidInput(
            "バックアップと復元はSQLiteのデータベースファイルだけで使えます",
            "Backup and restore work on SQLite database files only",
        )
    return path


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def keep_count(db: Database) -> int:
    value = get_settings(db).get("backup_keep", str(DEFAULT_KEEP)).strip()
    return int(value) if value.isdigit() and int(value) >= 1 else DEFAULT_KEEP


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _owner_only_file(path: Path) -> None:
    """Create `path` empty with mode 0600 (SQLite keeps the mode when it writes into it)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY))


def _copy(source: Path | sqlite3.Connection, dest: Path) -> Path:
    return backup_sqlite(source, dest)  # owner-only, self-contained, connections closed at once


def make_backup(db: Database, *, to: str | os.PathLike[str] | None = None, reason: str = "manual") -> Path:
    """Copy the database into `to` (default: the backups folder, rotated); returns the new file."""
    database = database_file(db)
    folder = Path(to).expanduser() if to is not None else backup_folder(database)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"「{folder}」はフォルダーではありません", f"{folder} is not a folder")
    clear_parts(folder)
    try:
        dest = _copy(database, folder / f"{database.stem}-{reason}-{_stamp()}.db")
    except (OSError, sqlite3.Error) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        if "full" in why.lower() or getattr(e, "errno", None) == errno.ENOSPC:
            why = "ディスクがいっぱいです"
        raise PosError(
            f"バックアップを書き込めません: {folder}（{why}）。書きかけのファイルは残していません",
            f"Cannot write the backup into {folder}: {e}",
        ) from e
    if to is None:
        rotate(folder, database.stem, keep_count(db))
    return dest


def is_complete_copy(path: Path) -> bool:
    """Cheap check that a backup file is a whole SQLite file: the header, and a size of exactly the
    page count × page size the header records (a killed or truncated copy fails it)."""
    try:
        with open(path, "rb") as f:
            head = f.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    return page_size >= 512 and pages > 0 and size == pages * page_size


def backups_of(folder: Path, stem: str) -> list[Path]:
    """This database's complete backups in `folder`, oldest first (the names sort by time).

    A file with a backup's name that is not a whole SQLite file (a copy killed by an older version,
    a truncated file) is not a backup: it is neither counted nor deleted by the rotation."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{stem}-*.db") if p.is_file() and is_complete_copy(p))


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` complete backups of `stem` in `folder`; returns what was deleted."""
    old = backups_of(folder, stem)[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old


def backup_after_close(db: Database) -> Path | None:
    """The automatic backup at the end of a day close (SQLite files only; never raises)."""
    if sqlite_path(db.url) is None:
        return None
    try:
        return make_backup(db, reason="close")
    except (PosError, OSError, sqlite3.Error):
        _log.exception("backup after the day close failed")
        return None


# -- restore ---------------------------------------------------------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def _revision(path: Path) -> str | None:
    with closing(_read_only(path)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return row[0] if row else None


class DatabaseInUse(StateError):
    """Another connection has the database file open, so it cannot be replaced now."""


RESTORE_LOCK_WAIT_S = 5.0  # how long restore waits for the other connections to the file to close


def _export_mark(path: Path) -> str | None:
    with closing(_read_only(path)) as conn:
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", (EXPORT_MARK,)).fetchone()
        except sqlite3.Error:
            return None
    return row[0] if row else None


def check_restorable(source: Path) -> None:
    """Refuse a file that is missing, is not a database, fails verification, is an export (a few
    days for `pos merge`, not a whole database) or is from a newer app."""
    if not source.is_file():
        raise NotFound(f"バックアップファイル「{source}」がありません", f"No backup file at {source}")
    try:
        report = verify_file(source)
    except PosError as e:
        raise InvalidInput(
            f"「{source}」は復元できません: {e.ja}。今のデータベースは変更していません",
            f"{source} cannot be restored: {e.en}",
        ) from e
    if not report.ok:
        details = "\n".join(report.lines_ja()[:10])
        raise InvalidInput(
            f"「{source}」は検査に通らないため復元しません。今のデータベースは変更していません\n{details}",
            f"{source} fails verification; nothing was restored",
        )
    if _export_mark(source) is not None:
        raise InvalidInput(
            f"「{source}」は pos export で書き出した販売日のファイルで、バックアップではありません"
            f"（取引 {report.sales:,}件だけ）。復元すると他の記録が消えるため復元しません。"
            f"取り込むには: pos merge {source}。今のデータベースは変更していません",
            f"{source} is an export (a few sales days), not a backup; bring it in with `pos merge`",
        )
    revision = _revision(source)
    from alembic.script import ScriptDirectory  # imported when restoring, not at the app's start

    known = {s.revision for s in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()}
    if revision is not None and revision not in known:
        raise StateError(
            f"「{source}」はこのアプリより新しい版のデータベースです（{revision}）。アプリを更新してから復元してください",
            f"{source} comes from a newer version of the app ({revision}, this app: {head_revision()})",
        )


def _is_database(path: Path) -> bool:
    try:
        with closing(_read_only(path)) as conn:
            conn.execute("PRAGMA schema_version").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False


def _move_aside(database: Path, aside: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        src = database.with_name(database.name + suffix)
        if src.exists():
            os.replace(src, aside.with_name(aside.name + suffix))


def _lock_exclusively(database: Path) -> sqlite3.Connection:
    """A connection holding the database file's exclusive lock until it is closed.

    `locking_mode=EXCLUSIVE` keeps the lock after the transaction; in WAL mode SQLite grants it only
    when no other connection (another process, or this one's pool) has the file open. While it is
    held no other connection can read or write, so nothing is committed between keeping the old
    file aside and copying the backup over it. Another register waits (its busy timeout) and then
    says the database is busy, with nothing changed."""
    conn = sqlite3.connect(database, timeout=RESTORE_LOCK_WAIT_S, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as e:
        conn.close()
        if getattr(e, "sqlite_errorcode", 0) & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise DatabaseInUse(
                f"データベース「{database}」を他のプログラム（レジのアプリ、pos simulate など）が開いているため"
                "復元できません。それらを閉じてからもう一度実行してください。何も変更していません",
                f"{database} is open in another program; close it and try again. Nothing was changed",
            ) from e
        raise
    return conn


def restore_backup(source: str | os.PathLike[str], db: str | os.PathLike[str] | None = None) -> RestoreResult:
    """Replace the database (a path or `--db` value) by a verified backup; see the module docstring."""
    source_path = Path(source).expanduser().resolve()
    database = database_file(db)
    check_restorable(source_path)
    if source_path == database.resolve():
        raise InvalidInput("復元するファイルが今のデータベースそのものです", "That file is the database itself")
    if database.exists() and not database.is_file():
        raise InvalidInput(
            f"「{database}」はファイルではありません（フォルダーなど）。--db を確かめてください。何も変更していません",
            f"{database} is not a file",
        )
    aside: Path | None = None
    if database.exists() and not _is_database(database):
        aside = database.with_name(f"{database.stem}.before-restore-{_stamp()}.db")
        _move_aside(database, aside)
    if not database.exists():
        if not database.parent.is_dir():  # a mistyped --db: no folders are made up
            raise NotFound(
                f"復元先のフォルダー「{database.parent}」がありません。--db を確かめてください。何も変更していません",
                f"The folder {database.parent} does not exist",
            )
        _owner_only_file(database)
    live = _lock_exclusively(database)
    try:
        if aside is None and live.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0:
            aside = database.with_name(f"{database.stem}.before-restore-{_stamp()}.db")
            try:
                _copy(live, aside)  # through the lock: every committed sale is in it
            except (OSError, sqlite3.Error) as e:
                raise PosError(
                    f"今のデータベースを残せないため復元しません（{e}）。何も変更していません",
                    f"Cannot keep the current database aside ({e}); nothing was changed",
                ) from e
        try:
            with closing(_read_only(source_path)) as src:
                src.backup(live)  # one step, in one transaction of the destination: all or nothing
            live.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as e:
            kept = f"元のファイルは「{aside}」に残っています" if aside else "元のファイルはありませんでした"
            raise PosError(f"復元できませんでした（{e}）。{kept}", f"The restore failed ({e})") from e
    finally:
        live.close()
    return RestoreResult(source_path, database, aside)
