"""What a write changed: the one record a service returns and the UI announces to every screen.

Screens subscribe to the announcement (pos.ui.operations.change_bus) and reload only what the flags
name. Plain data, no Qt: services build it, the operation runner announces it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Changes:
    """Which kinds of records a write touched (each flag: reload what shows that kind)."""

    sales: bool = False  # sales, lines, payments, voids
    stock: bool = False  # lots, check-ins, dispositions
    master: bool = False  # workshops, products, venues
    days: bool = False  # sales days opened, closed, reopened; their workshops and counts
    activities: bool = False  # activity log, report texts
    settings: bool = False  # settings, PIN, audit log
    calendar: bool = False  # planned events, requests, staffing

    def __or__(self, other: Changes) -> Changes:
        return replace(self, **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __and__(self, other: Changes) -> Changes:
        return replace(self, **{f.name: getattr(self, f.name) and getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def names(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name)]


NOTHING = Changes()
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


@dataclass(frozen=True)
class Changed:
    """A write's result together with what it changed (services may return this instead of a bare value)."""

    value: object
    changes: Changes


def changes_of(result: object) -> Changes:
    """The change record carried by a service's result, if any."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else NOTHING
