"""Writing output files (PDF, xlsx, CSV, exports): one check of the path, one way of writing.

`check_output(path, force=..., protect=...)` refuses, with a Japanese message and before any work
is done:
- a path that is a folder, a device, a pipe or anything else that is not a regular file;
- a path whose folder does not exist (a typo is not silently turned into new folders);
- an existing file, unless `force` (the app's save dialog has asked already; the CLI has --force);
- the database itself, its -wal/-shm/-journal files, anything in its backups folder and the
  copies kept aside before an upgrade or a restore (`protect` names the database), even with force.

`write_owner_only(path, data)` (every writer of PDF, xlsx and CSV files, app and CLI) and
`write_output(path, data)` (the CLI: `check_output` first, errors as a Japanese message) write the
bytes to a temporary file in the same folder, created readable by its owner only (0600: the files
hold sales figures, like the database), flush it to disk and rename it over `path`: a reader never
sees half a file, and a failed write (disk full) leaves nothing behind.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from pos.domain.errors import InvalidInput, PosError

OWNER_ONLY = 0o600
_DB_SUFFIXES = ("", "-wal", "-shm", "-journal")


class OutputRefused(InvalidInput):
    """The output path cannot or must not be written."""


def _protected(target: Path, database: Path) -> bool:
    database = database.resolve()
    if target.parent == database.parent and any(target.name == database.name + s for s in _DB_SUFFIXES):
        return True
    if target.parent == database.parent / "backups":
        return True
    return target.parent == database.parent and target.name.startswith(f"{database.stem}.before-")


def check_output(path: str | os.PathLike[str], *, force: bool = False, protect: Iterable[Path] = ()) -> Path:
    """The output path, resolved, if it may be written; otherwise `OutputRefused` (see the module)."""
    if "\x00" in str(path):
        raise OutputRefused("出力先のファイル名に使えない文字（NUL）があります", "The output path contains NUL")
    raw = Path(path).expanduser()
    if str(path) == "" or raw.name in ("", ".", ".."):
        raise OutputRefused(f"出力先「{path}」はファイル名ではありません", f"{path} is not a file name")
    target = raw.resolve()
    for database in protect:
        if _protected(target, database):
            raise OutputRefused(
                f"出力先「{target}」はデータベース（またはそのバックアップ）です。上書きしません。別のファイル名を指定してください",
                f"{target} is the database or one of its backups; it is never overwritten",
            )
    if not target.parent.is_dir():
        raise OutputRefused(
            f"出力先のフォルダー「{target.parent}」がありません。フォルダー名を確かめてください",
            f"The folder {target.parent} does not exist",
        )
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return target
    except OSError as e:
        raise OutputRefused(f"出力先「{target}」を調べられません（{e.strerror}）", f"Cannot check {target}: {e}") from e
    if stat.S_ISDIR(st.st_mode):
        raise OutputRefused(
            f"出力先「{target}」はフォルダーです。ファイル名まで指定してください", f"{target} is a folder"
        )
    if not stat.S_ISREG(st.st_mode):
        raise OutputRefused(
            f"出力先「{target}」は普通のファイルではありません（デバイスなど）。書き込みません",
            f"{target} is not a regular file",
        )
    if not force:
        raise OutputRefused(
            f"出力先「{target}」はもうあります。上書きするには --force を付けてください（何も変更していません）",
            f"{target} exists; give --force to replace it",
        )
    return target


def write_owner_only(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` to `path` (replacing it) through a temporary file in the same folder, readable by
    its owner only, flushed to disk, then renamed: all or nothing. Raises OSError; no path policy (the
    app's save dialog has chosen and confirmed the path; the CLI checks it with `check_output`)."""
    target = Path(path)
    part = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, target)
    except BaseException:
        with suppress(OSError):
            part.unlink()
        raise
    return target


def write_output(
    path: str | os.PathLike[str], data: bytes, *, force: bool = False, protect: Iterable[Path] = ()
) -> Path:
    """Check `path` (see `check_output`), then write `data` to it owner-only, all or nothing."""
    target = check_output(path, force=force, protect=protect)
    try:
        return write_owner_only(target, data)
    except OSError as e:
        why = "ディスクがいっぱいです" if e.errno == 28 else (e.strerror or str(e))
        raise PosError(
            f"ファイルを書き込めません: {target}（{why}）。何も書き残していません", f"Cannot write {target}: {e}"
        ) from e
