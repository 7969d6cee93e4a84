"""Backups of the database file, and restoring one.

- `make_backup` copies the live SQLite file with SQLite's online backup API (a consistent copy,
  the WAL included, even while a register sells) into the `backups/` folder next to the database
  as `<name>-<reason>-<YYYYmmdd-HHMMSS-ffffff>.db` (one self-contained file, no -wal/-shm), then
  keeps only the newest `backup_keep` (a setting, default 10) of that folder's backups of this
  database. `pos backup --to DIR` writes into DIR instead, where nothing is rotated away.
- `backup_after_close` is what `close_day` calls at the end of every close; a failure there is
  logged and does not undo the close (the close has committed).
- `restore_backup` refuses a file that `pos.services.verify` does not pass, or whose schema is
  newer than this app; otherwise it keeps the current file aside as
  `<name>.before-restore-<timestamp>.db` and copies the backup over the database with the online
  backup API, through SQLite's locks, so another process that has the file open sees the restored
  data and its -wal/-shm files stay consistent. A current file that is not a database at all is
  moved aside (with its -wal/-shm) instead of copied.

Backup folders are created 0700 and backup files 0600: readable by their owner only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory

from pos.db.engine import BUSY_TIMEOUT_MS, OWNER_ONLY, Database, resolve_url, sqlite_path
from pos.db.migrate import alembic_config, backup_sqlite, head_revision
from pos.domain.errors import InvalidInput, NotFound, PosError, StateError
from pos.services.settings import get_settings
from pos.services.verify import read_only_uri, verify_file

BACKUP_FOLDER = "backups"
DEFAULT_KEEP = 10
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


def _copy(source: Path, dest: Path) -> Path:
    return backup_sqlite(source, dest)  # owner-only, self-contained, connections closed at once


def make_backup(db: Database, *, to: str | os.PathLike[str] | None = None, reason: str = "manual") -> Path:
    """Copy the database into `to` (default: the backups folder, rotated); returns the new file."""
    database = database_file(db)
    folder = Path(to).expanduser() if to is not None else backup_folder(database)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(f"「{folder}」はフォルダーではありません", f"{folder} is not a folder")
    try:
        dest = _copy(database, folder / f"{database.stem}-{reason}-{_stamp()}.db")
    except OSError as e:
        raise PosError(
            f"バックアップを書き込めません: {folder}（{e.strerror or e}）", f"Cannot write the backup into {folder}"
        ) from e
    if to is None:
        rotate(folder, database.stem, keep_count(db))
    return dest


def backups_of(folder: Path, stem: str) -> list[Path]:
    """This database's backups in `folder`, oldest first (the names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{stem}-*.db") if p.is_file())


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups of `stem` in `folder`; returns what was deleted."""
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


def check_restorable(source: Path) -> None:
    """Refuse a file that is missing, is not a database, fails verification or is from a newer app."""
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
    revision = _revision(source)
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


def restore_backup(source: str | os.PathLike[str], db: str | os.PathLike[str] | None = None) -> RestoreResult:
    """Replace the database (a path or `--db` value) by a verified backup; see the module docstring."""
    source_path = Path(source).expanduser().resolve()
    database = database_file(db)
    check_restorable(source_path)
    if source_path == database.resolve():
        raise InvalidInput("復元するファイルが今のデータベースそのものです", "That file is the database itself")
    aside: Path | None = None
    if database.exists():
        aside = database.with_name(f"{database.stem}.before-restore-{_stamp()}.db")
        if _is_database(database):
            _copy(database, aside)
        else:
            _move_aside(database, aside)
    if not database.exists():
        database.parent.mkdir(parents=True, exist_ok=True)
        _owner_only_file(database)
    try:
        with closing(_read_only(source_path)) as src, closing(
            sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
        ) as dst:
            src.backup(dst)  # one step, in one transaction of the destination: all or nothing
            dst.execute("PRAGMA journal_mode=WAL")
    except sqlite3.Error as e:
        kept = f"元のファイルは「{aside}」に残っています" if aside else "元のファイルはありませんでした"
        raise PosError(f"復元できませんでした（{e}）。{kept}", f"The restore failed ({e})") from e
    return RestoreResult(source_path, database, aside)
