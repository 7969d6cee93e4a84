"""The options of かんたんレジ kept per laptop (QSettings keys), readable without building the screen."""

from __future__ import annotations

PHRASES_SETTING = "easy/phrases"  # the spoken-style phrases above each step (on by default)
