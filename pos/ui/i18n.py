"""The interface language of this run, and refusals shown in it."""

from __future__ import annotations

from datetime import date

from pos.domain.errors import PosError
from pos.domain.fiscal import format_date_ja

_language = "ja"


def set_language(language: str) -> None:
    global _language
    _language = "en" if language.startswith("en") else "ja"


def language() -> str:
    return _language


def error_text(error: PosError) -> str:
    return error.message(_language)


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ui_date(d: date) -> str:
    """A date with its weekday in the interface language: 2026年12月3日(木) / Thu 3 Dec 2026."""
    if _language == "en":
        return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"  # whatever the system locale
    return format_date_ja(d)
