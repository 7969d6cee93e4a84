"""The coordinator PIN and the audit log (who did what, when) for guarded actions.

Guarded actions: voiding a sale, closing and reopening a day, settings and master-data edits.

The PIN (4–8 digits; full-width digits typed through a Japanese IME are accepted) is never stored:
the setting `coordinator_pin` (pos.services.settings.PIN_KEY) holds
``scrypt$<n>$<r>$<p>$<salt hex>$<hash hex>`` with a fresh random 16-byte salt on every set, hashed
with hashlib.scrypt (n=2**14, r=8, p=1) and compared in constant time (hmac.compare_digest).

Wrong attempts: after MAX_ATTEMPTS wrong PINs in a row, further attempts are refused for LOCK_SECONDS
(even the right PIN). The count and the lock's end are settings in the database (`LOCKOUT_KEYS`), so
a restart or a second register does not clear them; a wrong PIN writes the count, a refusal while
locked writes nothing.

Audit entries are written by the services, in the same transaction as the action they record
(`add_entry(s, who, ...)` with the service's session): a crash can never keep the action and lose its
entry. Services that record take `who` (None: not recorded, e.g. tests and demo data).

No PIN set yet: `pin_is_set(db)` is False and guarded actions are allowed (the UI gate says so once
per session and offers to set one in the settings dialog).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
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
    "product_picture": "商品の写真",
    "register_mode": "レジのモード切り替え",
    "history_import": "過去の記録の取り込み",
    "restore": "バックアップからの復元",
    "demo": "デモデータの作成",
}


# -- wrong attempts (in the database: every register and a restart see the same count) ---------------

WRONG_KEY = "pin_wrong_attempts"  # settings: wrong PINs in a row
LOCKED_KEY = "pin_locked_until"  # settings: epoch seconds until which PINs are refused ("" = not locked)
LOCKOUT_KEYS = (WRONG_KEY, LOCKED_KEY)


def _attempts(s: Session) -> tuple[int, float]:
    rows = {k: s.get(Setting, k) for k in LOCKOUT_KEYS}
    raw = {k: row.value if row is not None else "" for k, row in rows.items()}
    try:
        wrong = int(raw[WRONG_KEY] or 0)
    except ValueError:
        wrong = MAX_ATTEMPTS  # a damaged count is taken as the worst case
    try:
        until = float(raw[LOCKED_KEY] or 0)
    except ValueError:
        until = 0.0
    return max(0, wrong), until


def _locked_for(until: float, now: float) -> float:
    """Seconds left; a lock further away than LOCK_SECONDS means the clock went back: it is over."""
    left = until - now
    return left if 0 < left <= LOCK_SECONDS else 0.0


def _save_attempts(s: Session, wrong: int, until: float) -> None:
    s.merge(Setting(key=WRONG_KEY, value=str(wrong)))
    s.merge(Setting(key=LOCKED_KEY, value=repr(until) if until else ""))


def seconds_locked(db: Database, now: float | None = None) -> int:
    """Seconds until PIN attempts are accepted again (0 when not locked)."""
    now = time.time() if now is None else now
    with db.sessions() as s:
        _, until = _attempts(s)
    left = _locked_for(until, now)
    return int(left + 0.999) if left else 0


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
    """Accept the coordinator PIN or raise: WrongPin (counted), PinLocked, InvalidInput (empty).

    The count of wrong PINs in a row and the end of a lock are settings in the database (written in
    one transaction, under the write lock, so two registers count together); a refusal while locked
    writes nothing."""
    now = time.time() if now is None else now
    pin = normalize_pin(pin)
    with db.sessions() as s:
        wrong, until = _attempts(s)
        stored = _stored(s)
    left = _locked_for(until, now)
    if left:
        raise PinLocked(
            f"PINを{MAX_ATTEMPTS}回続けて間違えたため、あと{max(1, int(left + 0.999))}秒は入力できません",
            f"{MAX_ATTEMPTS} wrong PINs in a row: try again in {max(1, int(left + 0.999))} s",
        )
    if not pin:
        raise InvalidInput("PINを入力してください", "Enter the PIN")
    if not stored:
        raise StateError("コーディネーターPINが未設定です（設定から登録してください）", "No coordinator PIN is set")
    if _valid_format(pin) and _matches(stored, pin):
        if wrong or until:
            with db.sessions.begin() as s:
                _save_attempts(s, 0, 0.0)
        return
    with db.sessions.begin() as s:
        wrong, until = _attempts(s)  # again, under the write lock
        if until and not _locked_for(until, now):
            wrong = 0  # the lock is over: a fresh start
        wrong += 1
        locked = wrong >= MAX_ATTEMPTS
        _save_attempts(s, 0 if locked else wrong, now + LOCK_SECONDS if locked else 0.0)
    if locked:
        raise PinLocked(
            f"PINを{MAX_ATTEMPTS}回続けて間違えました。{int(LOCK_SECONDS)}秒待ってからもう一度入力してください",
            f"{MAX_ATTEMPTS} wrong PINs in a row: wait {int(LOCK_SECONDS)} s",
        )
    left_tries = MAX_ATTEMPTS - wrong
    raise WrongPin(
        f"PINが違います（あと{left_tries}回間違えると{int(LOCK_SECONDS)}秒間入力できなくなります）",
        f"Wrong PIN ({left_tries} more wrong attempts lock it for {int(LOCK_SECONDS)} s)",
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
    s.add(
        AuditEntry(
            at=now_utc(),
            who=_clip(who, 100),
            action=_clip(action, 50),
            target=_clip(target, 200),
            detail=(detail or "").strip(),
        )
    )


def record(db: Database, who: str, action: str, target: str = "", detail: str = "") -> None:
    """An audit entry that is itself the whole record (a till switched to かんたんレジ, a markdown made in
    a cart not yet paid); an action that writes records adds its entry in its own transaction instead."""
    with db.sessions.begin() as s:
        add_entry(s, who, action, target, detail)


def list_audit(db: Database, limit: int = 200) -> list[AuditRecord]:
    """The latest entries, newest first."""
    with db.sessions() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.at.desc()).limit(limit)).all()
        return [AuditRecord(r.at, r.who, r.action, r.target, r.detail) for r in rows]


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)
