"""The monthly activity lines of the annual report (月 / 活動内容 / 会議開催日時).

From plain facts (sales days per report label, meetings, other dated activities) this module builds
the twelve rows of a fiscal year, April to March, in the layout of report-format.md. Pure: standard
library only, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import TypeVar

from pos.domain.fiscal import fiscal_months, fiscal_year_range

KIND_MEETING = "meeting"
KIND_OTHER = "other"
ACTIVITY_KINDS = frozenset({KIND_MEETING, KIND_OTHER})

SEPARATOR = "、"
WAVE_DASH = "～"  # U+FF5E FULLWIDTH TILDE, as the subcommittee writes it
SHUTTEN = "出店"
GUEST = "ゲスト"
# A note "already says guests came" (report-format.md: the guest note is the note recorded for the
# sales, e.g. 他区から1事業所がゲスト出店) when it mentions ゲスト, 他区, or another ward by name
# followed by から/の and, later, 事業所 or 出店 (旭区から2事業所, 泉区の事業所も出店). 区役所 is a venue, not a ward.
_GUESTS_SAID = re.compile(r"ゲスト|他区|[^\s、。（）()]区(?:から|の)(?!役所).*(?:事業所|出店)")

# Sort-key ranks: meetings and other activities first, then sales.
_RANK_ACTIVITY = 0
_RANK_SALES = 1
_KIND_RANK = {KIND_MEETING: 0, KIND_OTHER: 1}


@dataclass(frozen=True)
class SalesDayFact:
    """Sales under one report label on one day (one venue; two venues may share a label)."""

    day: date
    label: str  # the venue's report label, e.g. "イオン天王町SC出張販売"
    venue_order: int  # coordinator's display order; lower comes first
    workshops: frozenset[str]  # ids of member workshops present that day
    guests: frozenset[str] = frozenset()  # ids of guest workshops (other wards) present that day
    note: str = ""  # note recorded for that label's sales that day


@dataclass(frozen=True)
class ActivityFact:
    """A dated activity that is not a sale: the committee meeting or another activity."""

    day: date
    kind: str  # "meeting" or "other"
    label: str  # e.g. "自主製品販売強化実行委員会会議", "会計監査"
    note: str = ""  # the agenda for a meeting; free note for other

    def __post_init__(self) -> None:
        if self.kind not in ACTIVITY_KINDS:
            raise ValueError(f"unknown activity kind {self.kind!r}")


@dataclass(frozen=True)
class MonthLine:
    """One row of the annual report: month, activity text, meeting day(s)."""

    month: int  # 4..12, 1..3
    activity: str  # the 活動内容 text (segments joined by "、")
    meeting_days: str  # e.g. "16日" or "5日、19日" or ""

    def as_row(self) -> str:
        """The row as tab-separated text: `7月<TAB>activity<TAB>16日`."""
        return f"{self.month}月\t{self.activity}\t{self.meeting_days}"


_F = TypeVar("_F", SalesDayFact, ActivityFact)


@dataclass(frozen=True)
class _Segment:
    """One piece of activity text and the key that places it within its month."""

    key: tuple[object, ...]
    text: str


# --- small text helpers -------------------------------------------------------------------------


def _day_text(d: date) -> str:
    """A day of the month without leading zero: `16日`."""
    return f"{d.day}日"


def _is_consecutive(days: Sequence[date]) -> bool:
    """True when sorted distinct `days` follow one another without a gap."""
    return all((b - a).days == 1 for a, b in pairwise(days))


def _span_text(days: Sequence[date]) -> str:
    """`21日～23日` for sorted distinct days (first and last)."""
    return f"{_day_text(days[0])}{WAVE_DASH}{_day_text(days[-1])}"


def _distinct_in_order(texts: Iterable[str]) -> list[str]:
    """Non-empty texts, first occurrence kept, order preserved."""
    seen: dict[str, None] = {}
    for text in texts:
        if text:
            seen.setdefault(text, None)
    return list(seen)


def _bracket(label: str, parts: Iterable[str]) -> str:
    """`label（part、part…）`, or the bare label when there are no parts."""
    inner = SEPARATOR.join(p for p in parts if p)
    return f"{label}（{inner}）" if inner else label


# --- sales --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _SalesDay:
    """All facts of one label on one day, merged."""

    day: date
    workshops: frozenset[str]
    guests: frozenset[str]
    notes: tuple[str, ...]


def _merge_sales_day(day: date, facts: Sequence[SalesDayFact]) -> _SalesDay:
    """Merge facts of one label and day: union of workshops and guests, notes by venue order."""
    ordered = sorted(facts, key=lambda f: (f.venue_order, f.note))
    workshops = frozenset().union(*(f.workshops for f in facts))
    guests = frozenset().union(*(f.guests for f in facts))
    return _SalesDay(day, workshops, guests, tuple(_distinct_in_order(f.note for f in ordered)))


def _sales_days(facts: Sequence[SalesDayFact]) -> list[_SalesDay]:
    """The distinct days of one label's facts, merged and in date order."""
    by_day: dict[date, list[SalesDayFact]] = {}
    for fact in facts:
        by_day.setdefault(fact.day, []).append(fact)
    return [_merge_sales_day(d, by_day[d]) for d in sorted(by_day)]


def _sales_days_text(days: Sequence[date]) -> str:
    """`16日` for one day, `21日～23日` for consecutive days, `14日間` for days with a gap."""
    if len(days) == 1:
        return _day_text(days[0])
    if _is_consecutive(days):
        return _span_text(days)
    return f"{len(days)}日間"


def _sales_counts_text(label: str, days: Sequence[_SalesDay]) -> str:
    """`9事業所出店` (one day) or `14事業所、延17事業所出店` (several); "" without members."""
    distinct = len(frozenset().union(*(d.workshops for d in days)))
    if distinct == 0:
        return ""
    suffix = "" if SHUTTEN in label else SHUTTEN
    if len(days) == 1:
        return f"{distinct}事業所{suffix}"
    workshop_days = sum(len(d.workshops) for d in days)
    return f"{distinct}事業所{SEPARATOR}延{workshop_days}事業所{suffix}"


def _guest_text(days: Sequence[_SalesDay], notes: Sequence[str]) -> str:
    """`他区からG事業所がゲスト出店`, unless there are no guests or a note already says guests came."""
    members = frozenset().union(*(d.workshops for d in days))
    guests = frozenset().union(*(d.guests for d in days)) - members
    if not guests or any(_GUESTS_SAID.search(note) for note in notes):
        return ""
    return f"他区から{len(guests)}事業所がゲスト出店"


def _sales_segment(label: str, facts: Sequence[SalesDayFact]) -> _Segment:
    """The one segment of a label's sales in a month."""
    days = _sales_days(facts)
    notes = _distinct_in_order(n for d in days for n in d.notes)
    parts = [
        _sales_days_text([d.day for d in days]),
        _sales_counts_text(label, days),
        *notes,
        _guest_text(days, notes),
    ]
    key = (_RANK_SALES, min(f.venue_order for f in facts), days[0].day, label)
    return _Segment(key, _bracket(label, parts))


def _sales_segments(facts: Iterable[SalesDayFact]) -> list[_Segment]:
    """One segment per label."""
    by_label: dict[str, list[SalesDayFact]] = {}
    for fact in facts:
        by_label.setdefault(fact.label, []).append(fact)
    return [_sales_segment(label, group) for label, group in by_label.items()]


# --- meetings and other activities --------------------------------------------------------------


def _meeting_segments(meetings: Iterable[ActivityFact]) -> list[_Segment]:
    """One segment per meeting (identical duplicate facts count once)."""
    return [_meeting_segment(m) for m in set(meetings)]


def _meeting_segment(meeting: ActivityFact) -> _Segment:
    """`label（agenda）`, or the bare label without agenda."""
    key = (_RANK_ACTIVITY, meeting.day, _KIND_RANK[KIND_MEETING], meeting.label, meeting.note)
    return _Segment(key, _bracket(meeting.label, [meeting.note]))


def _other_days_text(days: Sequence[date]) -> str:
    """`8日`, `13日～14日` for consecutive days, `3日、10日` for days with gaps."""
    if len(days) > 1 and _is_consecutive(days):
        return _span_text(days)
    return SEPARATOR.join(_day_text(d) for d in days)


def _other_segment(label: str, facts: Sequence[ActivityFact]) -> _Segment:
    """The one segment of an other activity's label in a month: `会計監査（8日）`."""
    ordered = sorted(facts, key=lambda f: (f.day, f.note))
    days = sorted({f.day for f in facts})
    parts = [_other_days_text(days), *_distinct_in_order(f.note for f in ordered)]
    key = (_RANK_ACTIVITY, days[0], _KIND_RANK[KIND_OTHER], label, "")
    return _Segment(key, _bracket(label, parts))


def _other_segments(others: Iterable[ActivityFact]) -> list[_Segment]:
    """One segment per label."""
    by_label: dict[str, list[ActivityFact]] = {}
    for fact in others:
        by_label.setdefault(fact.label, []).append(fact)
    return [_other_segment(label, group) for label, group in by_label.items()]


def _meeting_days_text(meetings: Iterable[ActivityFact]) -> str:
    """The third column: distinct meeting days in date order, `5日、19日`."""
    return SEPARATOR.join(_day_text(d) for d in sorted({m.day for m in meetings}))


# --- the month lines ----------------------------------------------------------------------------


def _month_line(month: int, sales: Sequence[SalesDayFact], activities: Sequence[ActivityFact]) -> MonthLine:
    """The row of one month from that month's facts."""
    meetings = [a for a in activities if a.kind == KIND_MEETING]
    others = [a for a in activities if a.kind == KIND_OTHER]
    segments = _meeting_segments(meetings) + _other_segments(others) + _sales_segments(sales)
    segments.sort(key=lambda s: s.key)
    return MonthLine(month, SEPARATOR.join(s.text for s in segments), _meeting_days_text(meetings))


def _by_month(fy: int, facts: Iterable[_F]) -> dict[tuple[int, int], list[_F]]:
    """Facts of fiscal year `fy` grouped by (year, month); facts outside the year are dropped."""
    first, last = fiscal_year_range(fy)
    grouped: dict[tuple[int, int], list[_F]] = {}
    for fact in facts:
        if first <= fact.day <= last:
            grouped.setdefault((fact.day.year, fact.day.month), []).append(fact)
    return grouped


def monthly_lines(
    fy: int,
    sales_days: Iterable[SalesDayFact],
    activities: Iterable[ActivityFact],
) -> list[MonthLine]:
    """The twelve activity rows (April..March) of fiscal year `fy`.

    Facts outside the fiscal year are ignored; facts may come in any order. Each month's text is a
    list of segments joined by `、`:

    | facts of one label in the month   | segment                                        |
    |-----------------------------------|------------------------------------------------|
    | sales on one day                  | `L（16日、9事業所出店）`                       |
    | sales on consecutive days         | `L（21日～23日、14事業所、延17事業所出店）`    |
    | sales on days with a gap          | `L（14日間、8事業所、延16事業所出店）`         |
    | label already contains 出店       | `あじさい祭り出店販売（7日、2事業所）`         |
    | notes recorded for the sales      | `L（2日～4日、9事業所、延12事業所出店、<note>）` |
    | guests, no note says so (ゲスト, 他区, ○○区から…事業所) | `L（21日、8事業所出店、他区から1事業所がゲスト出店）` |
    | no member workshop recorded       | `L（16日）`                                    |
    | a meeting (one segment each)      | `<label>（<agenda>）` or `<label>`; day → col. 3 |
    | another activity on one day       | `会計監査（8日）`                              |
    | another activity, consecutive     | `会計監査（13日～14日）`                       |
    | another activity, days with gaps  | `会計監査（3日、10日）`                        |

    Counts: N事業所 is the distinct member workshops over the month's days; 延M事業所 the sum over
    days of the member workshops present (guests are counted in neither). Several facts of one
    label on one day (two venues sharing a label) are one day: workshops and notes are merged.
    Distinct non-empty notes follow the counts in date order; the guest note (G distinct guests)
    comes last. Order: meetings and other activities by first day (meeting first on a tie, then
    label), then sales by (lowest venue_order of the label, first day, label). A month with nothing
    has empty activity and meeting days. The third column lists the distinct meeting days, `5日、19日`.
    """
    sales_by_month = _by_month(fy, sales_days)
    activities_by_month = _by_month(fy, activities)
    return [_month_line(ym[1], sales_by_month.get(ym, []), activities_by_month.get(ym, [])) for ym in fiscal_months(fy)]


def format_lines(lines: Iterable[MonthLine]) -> str:
    """The rows as text, one tab-separated row per line."""
    return "\n".join(line.as_row() for line in lines)
