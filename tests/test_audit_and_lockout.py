"""The wrong-PIN lockout lives in the database; audit entries commit with their action or not at all.

- five wrong PINs lock the PIN for every register on the file and across a restart;
- the services write the audit entry in the action's own transaction (`who=`): when writing the
  entry fails, the action is rolled back too, and the other way round;
- `pos import-history` records who ran it (the login name) in the same transaction.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pos.cli import main
from pos.db.engine import Database, open_database
from pos.db.models import AuditEntry, Sale
from pos.services import auth
from pos.services import register as register_service
from pos.services.closing import close_day, reopen_day
from pos.services.register import Register, void_sale
from tests.services.helpers import make_booth

PIN = "4321"


def _entries(db: Database) -> list[tuple[str, str, str, str]]:
    with db.sessions() as s:
        return [(e.who, e.action, e.target, e.detail) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.at))]


def test_the_lockout_survives_a_restart_and_is_shared(db: Database, db_path: Path) -> None:
    auth.set_pin(db, PIN)
    other = open_database(db_path, upgrade=False)  # a second register on the same file
    for register in (db, other, db, other):
        with pytest.raises(auth.WrongPin):
            auth.check_pin(register, "0000", now=1000.0)
    with pytest.raises(auth.PinLocked):  # the fifth wrong PIN in a row, counted across both
        auth.check_pin(db, "0000", now=1000.0)
    other.dispose()
    db.dispose()
    restarted = open_database(db_path)
    with pytest.raises(auth.PinLocked, match="あと30秒"):  # a restart does not clear it
        auth.check_pin(restarted, PIN, now=1030.0)
    assert auth.seconds_locked(restarted, now=1030.0) == 30
    auth.check_pin(restarted, PIN, now=1060.0)
    restarted.dispose()


def test_a_clock_set_back_does_not_lock_for_ever(db: Database) -> None:
    auth.set_pin(db, PIN)
    for _ in range(5):
        with pytest.raises((auth.WrongPin, auth.PinLocked)):
            auth.check_pin(db, "0000", now=10_000.0)
    auth.check_pin(db, PIN, now=100.0)  # the clock went back hours: the lock is not honoured for hours


def test_void_and_its_audit_entry_commit_together(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    booth = make_booth(db)
    register = Register(db, booth.day.id)
    register.add_code("P0003")
    sale = register.checkout(cash_tendered=500)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the audit entry could not be written")

    monkeypatch.setattr(register_service, "add_entry", broken)
    with pytest.raises(RuntimeError):
        void_sale(db, sale.id, "打ち間違い", who="山田")
    with db.sessions() as s:
        assert s.get_one(Sale, sale.id).state == "paid"  # no void without its entry
    assert _entries(db) == []
    monkeypatch.undo()
    void_sale(db, sale.id, "打ち間違い", who="山田")
    [(who, action, target, detail)] = _entries(db)
    assert (who, action) == ("山田", "void_sale")
    assert target.startswith("No.1") and "ゆめが丘SC" in target and "¥500" in detail and "打ち間違い" in detail


def test_close_and_reopen_write_their_entries(db: Database) -> None:
    booth = make_booth(db)
    close_day(db, booth.day.id, {10_000: 3}, closed_by="山田", who="山田")
    reopen_day(db, booth.day.id, "打ち漏れ", by="佐藤", who="佐藤")
    assert [(e[0], e[1]) for e in _entries(db)] == [("山田", "close_day"), ("佐藤", "reopen_day")]
    assert "¥30,000" in _entries(db)[0][3] and "打ち漏れ" in _entries(db)[1][3]


def test_import_history_from_the_command_line_is_audited(db: Database, db_path: Path, tmp_path: Path) -> None:
    csv = tmp_path / "h.csv"
    csv.write_text("date,kind,label,workshop,note\n2024-07-01,sale,区役所販売,工房あおば,\n", encoding="utf-8")
    db.dispose()
    assert main(["import-history", str(csv), "--db", str(db_path)]) == 0
    reopened = open_database(db_path)
    [(who, action, _, detail)] = _entries(reopened)
    assert who.endswith("（コマンド）") and action == "history_import" and str(csv) in detail
    reopened.dispose()
