"""The coordinator PIN and the audit log (who did what, when) for guarded actions.

Guarded actions: voiding a sale, closing and reopening a day, settings and master-data edits.

The PIN (4–8 digits; full-width digits typed through a Japanese IME are accepted) is never stored:
the setting `coordinator_pin` (pos.services.settings.PIN_KEY) holds
``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>`` with a fresh random 16-byte salt on every set, hashed
with hashlib.scrypt (n=2**14, r=8, p=1) and compared in constant time (hmac.compare_digest).

Wrong attempts: after MAX_ATTEMPTS wrong PINs in a row, further attempts are refused for LOCK_SECONDS
(even the right PIN). The count lives in this process (per database file), not in the database, so
that a wrong PIN changes nothing in the database; a restart clears it.

No PIN set yet: `pin_is_set(db)` is False and guarded actions are allowed (the UI gate says so once
per session and offers to set one in the settings dialog).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import AuditEntry, Setting
from pos.domain.clock import now_utc
from pos.domain.errors import InvalidInput, StateError
from pos.services.settings import PIN_KEY

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
MIN_DIGITS, MAX_DIGITS = 4, 8
MAX_ATTEMPTS = 5
LOCK_SECONDS = 60.0


class WrongPin(InvalidInput):
    """The PIN typed is not the coordinator PIN."""


class PinLocked(StateError):
    """Too many wrong PINs in a row: wait before trying again."""


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    who: str
    action: str
    target: str
    detail: str


# action keys → Japanese labels (the viewer shows these; unknown keys are shown as they are)
ACTION_LABELS: dict[str, str] = {
    "void_sale": "取引の取消",
    "close_day": "精算（レジ締め）",
    "reopen_day": "販売日の再開",
    "merge_void": "取り込みで取消を反映",
    "reprint_tally": "精算（Z）の再印刷",
    "settings": "設定の変更",
    "pin_set": "PINの登録",
    "pin_change": "PINの変更",
    "master_add": "マスタの追加",
    "master_edit": "マスタの編集",
    "master_active": "休止・再開",
    "master_move": "会場の並べ替え",
    "master_import": "CSVの取り込み",
}


# -- wrong attempts (in memory, per database file) ---------------------------------------------------


@dataclass
class _Attempts:
    wrong: int = 0
    locked_until: float = 0.0


_attempts: dict[str, _Attempts] = {}
_lock = threading.Lock()


def _state(db: Database) -> _Attempts:
    return _attempts.setdefault(db.url, _Attempts())


def seconds_locked(db: Database, now: float | None = None) -> int:
    """Seconds until PIN attempts are accepted again (0 when not locked)."""
    now = time.monotonic() if now is None else now
    with _lock:
        left = _state(db).locked_until - now
    return max(0, int(left + 0.999))


# -- the PIN -------------------------------------------------------------------------------------------


def normalize_pin(pin: str) -> str:
    return unicodedata.normalize("NFKC", pin or "").strip()


def _valid_format(pin: str) -> bool:
    return pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def _hash(pin: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def _stored(s: Session) -> str:
    row = s.get(Setting, PIN_KEY)
    return row.value if row is not None else ""


def pin_is_set(db: Database) -> bool:
    with db.sessions() as s:
        return bool(_stored(s))


def _matches(stored: str, pin: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        actual = _hash(pin, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def check_pin(db: Database, pin: str, *, now: float | None = None) -> None:
    """Accept the coordinator PIN or raise: WrongPin (counted), PinLocked, InvalidInput (empty)."""
    now = time.monotonic() if now is None else now
    pin = normalize_pin(pin)
    with _lock:
        state = _state(db)
        if state.locked_until > now:
            left = max(1, int(state.locked_until - now + 0.999))
            raise PinLocked(
                f"PINを{MAX_ATTEMPTS}回続けて間違えたため、あと{left}秒は入力できません",
                f"{MAX_ATTEMPTS} wrong PINs in a row: try again in {left} s",
            )
        if state.locked_until:  # the lock is over: a fresh start
            state.wrong, state.locked_until = 0, 0.0
    if not pin:
        raise InvalidInput("PINを入力してください", "Enter the PIN")
    with db.sessions() as s:
        stored = _stored(s)
    if not stored:
        raise StateError("コーディネーターPINが未設定です（設定から登録してください）", "No coordinator PIN is set")
    ok = _valid_format(pin) and _matches(stored, pin)
    with _lock:
        state = _state(db)
        if ok:
            state.wrong, state.locked_until = 0, 0.0
            return
        state.wrong += 1
        if state.wrong >= MAX_ATTEMPTS:
            state.locked_until = now + LOCK_SECONDS
            raise PinLocked(
                f"PINを{MAX_ATTEMPTS}回続けて間違えました。{int(LOCK_SECONDS)}秒待ってからもう一度入力してください",
                f"{MAX_ATTEMPTS} wrong PINs in a row: wait {int(LOCK_SECONDS)} s",
            )
        left = MAX_ATTEMPTS - state.wrong
    raise WrongPin(
        f"PINが違います（あと{left}回間違えると{int(LOCK_SECONDS)}秒間入力できなくなります）",
        f"Wrong PIN ({left} more wrong attempts lock it for {int(LOCK_SECONDS)} s)",
    )


def set_pin(db: Database, new_pin: str, old_pin: str | None = None, who: str = "") -> None:
    """Set (or, with the current PIN as `old_pin`, change) the coordinator PIN; audited."""
    new_pin = normalize_pin(new_pin)
    changing = pin_is_set(db)
    if changing:
        if not normalize_pin(old_pin or ""):
            raise InvalidInput("PINを変更するには、今のPINを入力してください", "Enter the current PIN to change it")
        check_pin(db, old_pin or "")
    if not _valid_format(new_pin):
        raise InvalidInput(
            f"PINは{MIN_DIGITS}〜{MAX_DIGITS}桁の数字にしてください",
            f"The PIN must be {MIN_DIGITS}–{MAX_DIGITS} digits",
        )
    salt = secrets.token_bytes(SALT_BYTES)
    value = f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${_hash(new_pin, salt).hex()}"
    with db.sessions.begin() as s:
        s.merge(Setting(key=PIN_KEY, value=value))
        add_entry(s, who, "pin_change" if changing else "pin_set", "コーディネーターPIN", "")


# -- the audit log -----------------------------------------------------------------------------------


def _clip(text: str, limit: int) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def add_entry(s: Session, who: str, action: str, target: str = "", detail: str = "") -> None:
    """Add an audit entry inside a transaction the caller holds (same commit as the change)."""
    s.add(AuditEntry(at=now_utc(), who=_clip(who, 100), action=_clip(action, 50), target=_clip(target, 200),
                     detail=(detail or "").strip()))


def record(db: Database, who: str, action: str, target: str = "", detail: str = "") -> None:
    """Write one audit entry (its own transaction)."""
    with db.sessions.begin() as s:
        add_entry(s, who, action, target, detail)


def list_audit(db: Database, limit: int = 200) -> list[AuditRecord]:
    """The latest entries, newest first."""
    with db.sessions() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)).all()
        return [AuditRecord(r.at, r.who, r.action, r.target, r.detail) for r in rows]


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)
