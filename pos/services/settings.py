"""Booth settings kept in the database (names printed on receipts and reports, commission)."""

from __future__ import annotations

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Setting

DEFAULTS: dict[str, str] = {
    "ward_name": "",
    "council_name": "障害者地域自立支援協議会",
    "subcommittee_name": "自主製品販売部会",
    "booth_name": "自主製品販売ブース",
    "commission_percent": "0",
    "backup_keep": "10",  # automatic backups kept in backups/ next to the database (pos.services.backup)
    "last_export_at": "",  # ISO time of the last `pos export --since-last` (pos.services.export)
    # The annual report (様式第２号): defaults for the fiscal years whose report has no saved text yet.
    "chair_name": "",
    "chair_organisation": "",
    "vice_chair_name": "",
    "vice_chair_organisation": "",
    "annual_goal": (
        "障害者の社会参加、地域交流の場としての自主製品販売場所の拡大、販売促進による工賃向上、"
        "参加事業所の増加を目指す"
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
