"""Booth settings kept in the database (names printed on receipts and reports, commission)."""

from __future__ import annotations

import unicodedata

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import AuditEntry, Setting
from pos.domain.clock import now_utc
from pos.domain.errors import InvalidInput
from pos.domain.invoice import invoice_number_problem, normalize_invoice_number
from pos.domain.master import FieldError, clean_text

# "scrypt$n$r$p$salt$hash" of the coordinator PIN (pos.services.auth), never the PIN itself
PIN_KEY = "coordinator_pin"

DEFAULTS: dict[str, str] = {
    "ward_name": "",
    "council_name": "障害者地域自立支援協議会",
    "subcommittee_name": "自主製品販売部会",
    "booth_name": "自主製品販売ブース",
    "commission_percent": "0",
    # 媒介者交付特例 (docs/invoices.md): the booth's own registration number, and whether a receipt whose
    # sellers are all registered is issued as one invoice in the booth's name ("1") instead of one block
    # per seller ("0")
    "booth_invoice_number": "",
    "invoice_intermediary": "0",
    "backup_keep": "10",  # automatic backups kept in backups/ next to the database (pos.services.backup)
    "last_export_at": "",  # ISO time of the last `pos export --since-last` (pos.services.export)
    PIN_KEY: "",  # written only by pos.services.auth.set_pin
    # The annual report (様式第２号): defaults for the fiscal years whose report has no saved text yet.
    "chair_name": "",
    "chair_organisation": "",
    "vice_chair_name": "",
    "vice_chair_organisation": "",
    "annual_goal": (
        "障害者の社会参加、地域交流の場としての自主製品販売場所の拡大、販売促進による工賃向上、参加事業所の増加を目指す"
    ),
}


def get_settings(db: Database) -> dict[str, str]:
    with db.sessions() as s:
        stored = {row.key: row.value for row in s.scalars(select(Setting))}
    return {**DEFAULTS, **stored}


def set_setting(db: Database, key: str, value: str) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    with db.sessions.begin() as s:
        s.merge(Setting(key=key, value=value))


def commission_percent(db: Database) -> int:
    value = get_settings(db)["commission_percent"]
    return int(value) if value.isdigit() and int(value) <= 100 else 0


# what the settings dialog edits: key → (Japanese label, required text?)
EDITABLE_TEXT: dict[str, tuple[str, bool]] = {
    "booth_name": ("ブース名", True),
    "council_name": ("協議会名", True),
    "subcommittee_name": ("部会名", True),
    "ward_name": ("区の名前", False),
    "booth_invoice_number": ("ブースの登録番号（媒介者交付特例）", False),
}
EDITABLE_NUMBERS: dict[str, tuple[str, int, int]] = {  # key → (label, min, max)
    "commission_percent": ("手数料（%）", 0, 100),
    "backup_keep": ("残すバックアップの数", 1, 100),
    "invoice_intermediary": ("全事業所が登録済みならブース名義の1枚に（1=する、0=しない）", 0, 1),
}


def validate_settings(changes: dict[str, str]) -> dict[str, str]:
    """Cleaned values of the editable settings; raises InvalidInput naming the first bad field."""
    clean: dict[str, str] = {}
    for key, raw in changes.items():
        if key == "booth_invoice_number":
            clean[key] = _booth_invoice_number(raw)
        elif key in EDITABLE_TEXT:
            label, required = EDITABLE_TEXT[key]
            try:
                clean[key] = clean_text(key, raw, label, key, required=required) or ""
            except FieldError as e:
                raise InvalidInput(e.ja, e.en) from None
        elif key in EDITABLE_NUMBERS:
            label, low, high = EDITABLE_NUMBERS[key]
            text = unicodedata.normalize("NFKC", str(raw)).strip()
            if not (text.isascii() and text.isdigit() and low <= int(text) <= high):
                raise InvalidInput(
                    f"{label}は{low}から{high}までの整数で入力してください",
                    f"{key} must be a whole number from {low} to {high}",
                )
            clean[key] = str(int(text))
        else:
            raise InvalidInput(f"設定「{key}」はここでは変更できません", f"Setting {key} cannot be changed here")
    return clean


def _booth_invoice_number(raw: str) -> str:
    """The booth's registration number: T + 13 digits or empty. A 部会 or 協議会 is usually a 人格のない
    社団等 whose number is not a 法人番号, so only the form is checked (pos.domain.invoice)."""
    number = normalize_invoice_number(raw)
    if number is None:
        return ""
    problem = invoice_number_problem(number, individual=True)
    if problem:
        raise InvalidInput(f"ブースの{problem[0]}", problem[1])
    return number


def invoice_settings(db: Database) -> tuple[str, bool]:
    """(booth registration number or "", intermediary arrangement on) for receipts."""
    values = get_settings(db)
    return values["booth_invoice_number"], values["invoice_intermediary"] == "1"


def save_settings(db: Database, changes: dict[str, str], who: str = "") -> dict[str, str]:
    """Validate and save editable settings, with one audit entry listing what changed (old → new).
    Returns the changes actually made (nothing when every value is unchanged)."""
    clean = validate_settings(changes)
    current = get_settings(db)
    changed = {k: v for k, v in clean.items() if current.get(k, "") != v}
    if not changed:
        return {}
    detail = "\n".join(
        f"{(EDITABLE_TEXT.get(k) or EDITABLE_NUMBERS[k])[0]}: {current.get(k, '')} → {v}" for k, v in changed.items()
    )
    with db.sessions.begin() as s:
        for key, value in changed.items():
            s.merge(Setting(key=key, value=value))
        s.add(AuditEntry(at=now_utc(), who=(who or "").strip()[:100], action="settings", target="設定", detail=detail))
    return changed
