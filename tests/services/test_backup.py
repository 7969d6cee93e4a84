"""Backups and restore on real SQLite files: online copies, rotation, the close hook, refusals."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos.cli import main
from pos.db.engine import Database, open_database
from pos.db.models import Sale, SalesDay
from pos.domain.errors import InvalidInput
from pos.services.backup import DatabaseInUse, backup_folder, backups_of, make_backup, restore_backup
from pos.services.closing import close_day
from pos.services.register import Register
from pos.services.settings import set_setting
from pos.services.verify import verify_file
from tests.services.helpers import Booth, make_booth


@pytest.fixture
def booth(db: Database) -> Booth:
    return make_booth(db)


def _sell(db: Database, booth: Booth, code: str = "P0003") -> None:
    register = Register(db, booth.day.id)
    register.add_code(code)
    register.checkout(cash_tendered=register.cart.total)


def _sales(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Sale)) or 0


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder (recursively) with the sha256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_a_backup_restores_to_the_state_it_was_taken_in(db: Database, db_path: Path, booth: Booth) -> None:
    _sell(db, booth)
    backup = make_backup(db)
    assert backup.parent == db_path.parent / "backups" and backup.name.startswith("pos-manual-")
    assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
    assert verify_file(backup).ok
    _sell(db, booth)
    _sell(db, booth)
    assert _sales(db) == 3

    with pytest.raises(DatabaseInUse) as refused:  # the register still has the file open
        restore_backup(backup, db_path)
    assert "開いている" in refused.value.ja and _sales(db) == 3
    db.dispose()  # the register is closed
    result = restore_backup(backup, db_path)

    assert _sales(db) == 1  # reopened, the Database sees the restored file
    assert verify_file(db_path).ok
    assert result.kept_aside is not None and result.kept_aside.name.startswith("pos.before-restore-")
    assert _mode(result.kept_aside) == 0o600
    aside = open_database(result.kept_aside, upgrade=False)
    assert _sales(aside) == 3  # nothing of the replaced file is lost
    aside.dispose()
    _sell(db, booth)  # and the register goes on on the restored file
    assert _sales(db) == 2 and verify_file(db_path).ok


def test_rotation_keeps_the_newest_n(db: Database, db_path: Path, booth: Booth) -> None:
    set_setting(db, "backup_keep", "3")
    made = [make_backup(db) for _ in range(5)]
    assert backups_of(backup_folder(db_path), "pos") == made[2:]


def test_the_default_keeps_ten(db: Database, db_path: Path, booth: Booth) -> None:
    made = [make_backup(db) for _ in range(12)]
    assert backups_of(backup_folder(db_path), "pos") == made[2:]


def test_a_backup_elsewhere_is_not_rotated(db: Database, tmp_path: Path, booth: Booth) -> None:
    set_setting(db, "backup_keep", "1")
    stick = tmp_path / "usb"
    for _ in range(3):
        make_backup(db, to=stick)
    assert len(list(stick.glob("pos-manual-*.db"))) == 3


def test_every_day_close_leaves_a_backup_of_the_closed_day(db: Database, db_path: Path, booth: Booth) -> None:
    _sell(db, booth)  # ¥500 cash: the drawer holds 30,000 + 500
    close_day(db, booth.day.id, {10_000: 3, 500: 1})
    [backup] = backups_of(backup_folder(db_path), "pos")
    assert "-close-" in backup.name and _mode(backup) == 0o600
    copy = open_database(backup, upgrade=False)
    with copy.sessions() as s:
        assert s.scalar(select(SalesDay.state)) == "closed"
        assert s.scalar(select(SalesDay.counted_cash)) == 30_500
    copy.dispose()
    assert verify_file(backup).ok


def test_a_corrupt_backup_is_refused_and_nothing_changes(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path
) -> None:
    _sell(db, booth)
    good = make_backup(db, to=tmp_path / "elsewhere")
    truncated = tmp_path / "truncated.db"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(16_384))
    tampered = tmp_path / "tampered.db"
    tampered.write_bytes(good.read_bytes())
    with sqlite3.connect(tampered) as conn:  # a sale whose total no longer matches its lines
        conn.execute("UPDATE sales SET total = total + 100")
    db.dispose()
    before = _snapshot(db_path.parent)
    for bad in (truncated, garbage, tampered, tmp_path / "missing.db"):
        with pytest.raises(InvalidInput if bad.exists() else Exception) as refused:
            restore_backup(bad, db_path)
        assert "復元" in refused.value.ja or "ありません" in refused.value.ja
        assert _snapshot(db_path.parent) == before


def test_a_database_that_is_not_a_database_any_more_is_moved_aside(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path
) -> None:
    _sell(db, booth)
    backup = make_backup(db, to=tmp_path / "elsewhere")
    db.dispose()
    junk = os.urandom(8_192)
    db_path.write_bytes(junk)
    result = restore_backup(backup, db_path)
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == junk
    assert verify_file(db_path).ok
    reopened = open_database(db_path)
    assert _sales(reopened) == 1
    reopened.dispose()


def test_backup_and_restore_from_the_command_line(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sell(db, booth)
    assert main(["backup", "--to", str(tmp_path / "usb"), "--db", str(db_path)]) == 0
    [copy] = (tmp_path / "usb").glob("pos-manual-*.db")
    assert str(copy) in capsys.readouterr().out
    _sell(db, booth)
    db.dispose()  # restore refuses while the file is open (tests/test_restore_safety.py)
    assert main(["restore", str(copy), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "復元しました" in out and "今までのデータベースを残しました" in out
    assert _sales(db) == 1
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(4_000))
    assert main(["restore", str(junk), "--db", str(db_path)]) == 2
    assert "復元できません" in capsys.readouterr().err


def test_database_files_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.db")
    with db.sessions.begin() as s:  # a write keeps the -wal and -shm files in place while open
        s.execute(select(1))
        files = sorted(tmp_path.glob("new.db*"))
        assert [f.name for f in files] == ["new.db", "new.db-shm", "new.db-wal"]
        assert {_mode(f) for f in files} == {0o600}
    db.dispose()


def test_a_backup_of_a_damaged_database_is_kept_but_says_so(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sell(db, booth)
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["backup", "--db", str(db_path), "--to", str(stick)]) == 0  # a sound file: checked, exit 0
    with sqlite3.connect(db_path) as conn:  # a bit flip: a line's sale id no longer reads as text
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE sale_lines SET sale_id = CAST(X'41FFFE42' AS TEXT)")
    capsys.readouterr()
    assert main(["backup", "--db", str(db_path), "--to", str(stick)]) == 1
    out = capsys.readouterr()
    assert "バックアップを作成しました" in out.out and "問題" in out.err
    assert len(list(stick.glob("*.db"))) == 2  # the copy is kept: the best there is
    assert main(["backup", "--db", str(db_path), "--to", str(stick), "--no-check"]) == 0
