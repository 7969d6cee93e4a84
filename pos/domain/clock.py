"""Local time of the booths: Japan Standard Time (UTC+9, no daylight saving)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

JST = timezone(timedelta(hours=9), "JST")


def now_utc() -> datetime:
    return datetime.now(UTC)


def local(ts: datetime) -> datetime:
    return ts.astimezone(JST)


def today_local() -> date:
    return datetime.now(JST).date()
