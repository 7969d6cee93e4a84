"""The interface language of this run, and refusals shown in it."""

from __future__ import annotations

from pos.domain.errors import PosError

_language = "ja"


def set_language(language: str) -> None:
    global _language
    _language = "en" if language.startswith("en") else "ja"


def language() -> str:
    return _language


def error_text(error: PosError) -> str:
    return error.message(_language)
