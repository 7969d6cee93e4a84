"""The data-loss cases of issue 14: restore, export and backups never lose or overwrite records.

- restore while another program has the file open: refused (nothing changed), or — when the other
  program finished in the meantime — every sale it printed as committed is in the restored file or
  in the copy kept aside; never in neither;
- export never writes over the database, its backups, an existing file (without --force) or
  anything that is not a regular file;
- restore refuses an export (a few days) and points to `pos merge`;
- a killed or failed backup leaves no file under a backup's name (and no -journal); the rotation
  counts only complete backups, so it never deletes good ones in favour of broken ones.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import func, select

from pos.cli import main
from pos.db.engine import Database, open_database
from pos.db.models import Sale
from pos.services import backup as backup_service
from pos.services.backup import backup_folder, backups_of, make_backup, restore_backup
from pos.services.register import Register
from pos.services.settings import set_setting
from tests.services.helpers import Booth, make_booth

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def booth(db: Database) -> Booth:
    return make_booth(db)


def _sell(db: Database, booth: Booth, code: str = "P0003") -> None:
    register = Register(db, booth.day.id)
    register.add_code(code)
    register.checkout(cash_tendered=register.cart.total)


def _sale_ids(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return {UUID(r[0]).hex for r in conn.execute("SELECT id FROM sales")}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}


# -- 1. restore and writers -------------------------------------------------------------------------


def test_restore_refuses_while_the_file_is_open_and_changes_nothing(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sell(db, booth)
    copy = make_backup(db, to=tmp_path / "usb")
    _sell(db, booth)
    before = _digest(db_path)
    with db.sessions() as s:  # the register has the file open (its pool keeps the connection)
        assert s.scalar(select(func.count()).select_from(Sale)) == 2
    assert main(["restore", str(copy), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "開いている" in err and "何も変更していません" in err
    assert _digest(db_path) == before and not list(db_path.parent.glob("pos.before-restore-*"))


def test_restore_while_simulate_sells_loses_no_committed_sale(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path)
    make_booth(database)
    copy = make_backup(database, to=tmp_path / "usb")
    database.dispose()
    sim = subprocess.Popen(
        [sys.executable, "-m", "pos", "simulate", "--sales", "400", "--seed", "7", "--db", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
        cwd=REPO,
        text=True,
    )
    assert sim.stdout is not None
    committed: list[str] = []
    while len(committed) < 5:  # selling has begun
        line = sim.stdout.readline()
        assert line, sim.stderr.read() if sim.stderr else ""
        if line.startswith("committed "):
            committed.append(line.split()[1])
    restore = subprocess.run(
        [sys.executable, "-m", "pos", "restore", str(copy), "--db", str(db_path)],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=REPO,
        timeout=120,
    )
    out, _ = sim.communicate(timeout=300)
    committed += [ln.split()[1] for ln in out.splitlines() if ln.startswith("committed ")]
    assert restore.returncode in (0, 2), restore.stderr
    assert "Traceback" not in restore.stderr
    found = _sale_ids(db_path)
    for aside in db_path.parent.glob("pos.before-restore-*.db"):
        found |= _sale_ids(aside)
    lost = {UUID(c).hex for c in committed} - found
    assert lost == set(), f"restore exit {restore.returncode}: {len(lost)} committed sales in neither file"
    if restore.returncode == 2:
        assert "開いている" in restore.stderr


# -- 2./3. export targets ------------------------------------------------------------------------------


def test_export_never_writes_over_the_database_its_backups_or_other_files(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sell(db, booth)
    kept = make_backup(db)
    aside = db_path.with_name("pos.before-0004-20250101-000000.db")
    aside.write_bytes(kept.read_bytes())
    existing = tmp_path / "full-copy.db"
    existing.write_bytes(kept.read_bytes())
    folder = tmp_path / "stick"
    folder.mkdir()
    day = booth.day.day.isoformat()
    guarded = {p: _digest(p) for p in (db_path, kept, aside, existing)}
    for out, words in (
        (db_path, "データベース"),
        (kept, "データベース"),
        (aside, "データベース"),
        (existing, "--force"),
        (folder, "フォルダーです"),
        (tmp_path / "missing" / "x.db", "フォルダー"),
        (Path("/dev/null"), "普通のファイルではありません"),
    ):
        assert main(["export", "--day", day, "--out", str(out), "--db", str(db_path)]) == 2, out
        err = capsys.readouterr().err
        assert words in err, err
    for out in (db_path, kept, Path("/dev/null")):  # --force replaces a previous export, never these
        assert main(["export", "--day", day, "--out", str(out), "--force", "--db", str(db_path)]) == 2
    capsys.readouterr()
    assert {p: _digest(p) for p in guarded} == guarded
    assert sorted(p.name for p in folder.iterdir()) == [] and not (tmp_path / "missing").exists()
    assert not list(tmp_path.glob("*.part")) and not list(db_path.parent.glob("*.part"))
    assert main(["export", "--day", day, "--out", str(existing), "--force", "--db", str(db_path)]) == 0
    assert len(_sale_ids(existing)) == 1 and (existing.stat().st_mode & 0o777) == 0o600


# -- 4. restore refuses an export ----------------------------------------------------------------------


def test_restore_refuses_an_export_and_points_to_merge(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sell(db, booth)
    export = tmp_path / "day.db"
    assert main(["export", "--day", booth.day.day.isoformat(), "--out", str(export), "--db", str(db_path)]) == 0
    _sell(db, booth)
    db.dispose()
    before = _digest(db_path)
    assert main(["restore", str(export), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "pos merge" in err and "バックアップではありません" in err
    assert _digest(db_path) == before and len(_sale_ids(db_path)) == 2


# -- 5. backups ----------------------------------------------------------------------------------------


class _DiskFullSource(sqlite3.Connection):
    """A source connection whose copy fails half-way, as when the disk fills up."""

    def backup(self, target: sqlite3.Connection, **kw: object) -> None:  # type: ignore[override]
        target.execute("CREATE TABLE half_written(x)")
        raise sqlite3.OperationalError("database or disk is full")


def test_a_failed_backup_leaves_no_file_under_a_backups_name(
    db: Database, db_path: Path, booth: Booth, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sell(db, booth)
    make_backup(db)
    folder = backup_folder(db_path)
    before = sorted(p.name for p in folder.iterdir())
    real_copy = backup_service._copy

    def copy_with_full_disk(src: Path | sqlite3.Connection, dest: Path) -> Path:
        with closing(sqlite3.connect(src, factory=_DiskFullSource)) as source:  # type: ignore[arg-type]
            return real_copy(source, dest)

    monkeypatch.setattr(backup_service, "_copy", copy_with_full_disk)
    with pytest.raises(backup_service.PosError) as refused:
        make_backup(db)
    assert "ディスクがいっぱいです" in refused.value.ja
    assert sorted(p.name for p in folder.iterdir()) == before  # no .part, no -journal, no half file


def test_rotation_counts_only_complete_backups(db: Database, db_path: Path, booth: Booth) -> None:
    set_setting(db, "backup_keep", "3")
    _sell(db, booth)
    good = [make_backup(db) for _ in range(2)]
    folder = backup_folder(db_path)
    broken = []
    for n in range(2):  # what a backup killed half-way by an older version left: newer names, half files
        path = folder / f"pos-manual-29991231-00000{n}-000000.db"
        path.write_bytes(good[0].read_bytes()[: good[0].stat().st_size // 2])
        broken.append(path)
    (folder / "pos-manual-29991231-000001-000000.db-journal").write_bytes(b"\0" * 512)
    newest = make_backup(db)
    assert backups_of(folder, "pos") == [*good, newest]  # the broken files are not backups
    assert all(p.exists() for p in good)  # nothing good was rotated away
    time.sleep(0.01)
    newer = make_backup(db)
    assert backups_of(folder, "pos") == [good[1], newest, newer]


def test_restore_of_a_file_the_register_closed_keeps_every_sale_aside(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path
) -> None:
    copy = make_backup(db, to=tmp_path / "usb")
    for _ in range(3):
        _sell(db, booth)
    db.dispose()
    result = restore_backup(copy, db_path)
    assert result.kept_aside is not None and len(_sale_ids(result.kept_aside)) == 3
    assert _sale_ids(db_path) == set()


def test_restore_into_a_folder_moves_nothing(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = make_backup(db, to=tmp_path / "usb")
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "keep.jpg").write_bytes(b"jpeg")
    assert main(["restore", str(copy), "--db", str(folder)]) == 2
    assert "ファイルではありません" in capsys.readouterr().err
    assert folder.is_dir() and (folder / "keep.jpg").read_bytes() == b"jpeg"
    assert not list(tmp_path.glob("photos.before-restore-*"))
