"""The sales calendar as an .ics file (iCalendar, RFC 5545) for phone calendars.

One VEVENT per planned day: SUMMARY `<venue> 出店販売`, LOCATION the venue, DESCRIPTION the workshops,
staffing and gaps and the notes. A day with hours is timed in Asia/Tokyo (`DTSTART;TZID=Asia/Tokyo`,
with the VTIMEZONE in the file); a day without hours is an all-day event (`VALUE=DATE`, DTEND the
next day, as RFC 5545 wants). UIDs are the planned days' ids, so a re-import updates the same events.
Built with the `icalendar` package from plain data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from pos.domain.calendar import PlannedDayInfo, hours_text

TOKYO = ZoneInfo("Asia/Tokyo")
PRODID = "-//Booth POS//Sales calendar//JA"


def _at(day: date, hhmm: str) -> datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=TOKYO)


def _description(p: PlannedDayInfo) -> str:
    lines = []
    if p.workshops:
        lines.append("出店: " + "、".join(name for _, name in p.workshops))
    for s in p.shifts:
        people = "、".join(su.name for su in s.signups) or "なし"
        gap = f"（あと{s.missing}人）" if s.missing else ""
        lines.append(f"人員 {hours_text(s.start, s.end)} {len(s.signups)}/{s.needed}人{gap}: {people}")
    if p.notes:
        lines.append(p.notes)
    return "\n".join(lines)


def build_calendar(plans: Sequence[PlannedDayInfo], name: str = "販売予定", stamp: datetime | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Tokyo")
    stamp = stamp or datetime.now(UTC)
    for p in plans:
        e = Event()
        e.add("uid", f"{p.id}@booth-pos")
        e.add("dtstamp", stamp)
        e.add("summary", f"{p.venue} 出店販売")
        e.add("location", p.venue)
        if p.start:
            e.add("dtstart", _at(p.day, p.start))
            e.add("dtend", _at(p.day, p.end))
        else:
            e.add("dtstart", p.day)
            e.add("dtend", p.day + timedelta(days=1))
        description = _description(p)
        if description:
            e.add("description", description)
        cal.add_component(e)
    cal.add_missing_timezones()
    return cal


def render_ics(plans: Sequence[PlannedDayInfo], name: str = "販売予定") -> bytes:
    return build_calendar(plans, name).to_ical()


def write_ics(plans: Sequence[PlannedDayInfo], path: str | Path, name: str = "販売予定") -> Path:
    path = Path(path)
    path.write_bytes(render_ics(plans, name))
    return path
