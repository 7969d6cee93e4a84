"""Schema upgrades with alembic, after a backup of the file; and the SQLite online backup.

On start the app brings the database to the newest revision in `db/versions`. When an existing
SQLite file is behind, it is first copied with SQLite's online backup API next to itself as
`<name>.before-<revision>-<timestamp>.db`, so a failed upgrade loses nothing. Errors propagate:
a schema that failed to upgrade is never marked current.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from pos.db.engine import BUSY_TIMEOUT_MS, OWNER_ONLY, make_engine, sqlite_path
from pos.domain.errors import PosError
from pos.paths import ALEMBIC_DIR


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(ALEMBIC_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def current_revision(url: str) -> str | None:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Consistent copy of a live SQLite file (WAL included) with the online backup API.

    The copy is created readable by its owner only, is one self-contained file (no -wal/-shm), and
    both connections are closed at once; a failed copy leaves no partial file behind.
    """
    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY))
    try:
        with closing(sqlite3.connect(src, timeout=BUSY_TIMEOUT_MS / 1000)) as source, closing(
            sqlite3.connect(dest)
        ) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return dest


def _has_user_tables(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        tables: int = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    return tables > 0


def upgrade_to_head(url: str) -> Path | None:
    """Upgrade to the newest schema; returns the backup file written, if any."""
    path = sqlite_path(url)
    backup = None
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
