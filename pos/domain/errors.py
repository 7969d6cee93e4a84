"""Domain errors: every refusal carries a message for the person at the booth.

The Japanese text is what the UI and the command line show; the English text is used when the
interface runs in English. Services raise these and nothing else for expected refusals.
"""

from __future__ import annotations


class PosError(Exception):
    """A refusal the user can understand and act on."""

    def __init__(self, ja: str, en: str = "") -> None:
        super().__init__(ja)
        self.ja = ja
        self.en = en or ja

    def message(self, language: str = "ja") -> str:
        return self.en if language.startswith("en") else self.ja

    def __str__(self) -> str:
        return self.ja


class NotFound(PosError):
    """A record that was asked for does not exist."""


class InvalidInput(PosError):
    """A value typed, scanned or imported is not acceptable."""


class StateError(PosError):
    """The action is not allowed in the current state (closed day, voided sale, ...)."""


class ImportErrors(PosError):
    """An import was refused as a whole; `problems` lists (line number, message) pairs."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        lines = "\n".join(f"{n}行目: {msg}" for n, msg in problems[:50])
        more = f"\n…ほか{len(problems) - 50}件" if len(problems) > 50 else ""
        super().__init__(
            f"取り込みを中止しました（{len(problems)}件の誤り、何も変更していません）\n{lines}{more}",
            f"Import refused ({len(problems)} problems, nothing was changed)",
        )
