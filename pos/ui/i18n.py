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


def tr_args(text: str, *args: object) -> str:
    """Fill a translated text's %1, %2, … (as QString.arg does), e.g.
    `tr_args(self.tr("No.%1 を記録しました"), sale.number)`. Numbers are inserted as given (format
    them first: `format_yen(total)`, `f"{count:,}"`); %10 and above are not used by this app.
    """
    for i in reversed(range(len(args))):  # %1 must not eat the start of a %10
        text = text.replace(f"%{i + 1}", str(args[i]))
    return text


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def ui_date(d: date) -> str:
    """A date with its weekday in the interface language: 2026年12月3日(木) / Thu 3 Dec 2026."""
    if _language == "en":
        return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"  # whatever the system locale
    return format_date_ja(d)
