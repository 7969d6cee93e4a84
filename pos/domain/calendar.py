"""The sales calendar's rules: recurring patterns, hours, staffing gaps and the requests sentence.

Pure: standard library only.

Recurring patterns (created in one go by `pos.services.calendar.plan_series`):

| pattern            | days from `first` to `last` (both included)                       |
|--------------------|-------------------------------------------------------------------|
| `weekdays`         | every Monday-Friday (the ward office lobby)                        |
| `weekly:<wd>`      | every given weekday, `weekly:5` = every Saturday                   |
| `monthly:<n>:<wd>` | the n-th given weekday of each month, `monthly:2:5` = 第2土曜       |

`parse_nth_weekday("第2土曜")` reads the Japanese form (第1-第5, or 最終 not supported: a month's
last weekday is written 第4/第5 by the coordinator). Public holidays are not known to this module:
a weekday pattern includes them; the coordinator deletes those days.

Staffing: a shift needs N people; a gap is N minus the sign-ups (never below 0), shown as
`6月15日(土) 13:00–16:00 あと1人` (en dash U+2013 between the hours).

Requests: a request is on a weekend when its day is a Saturday or Sunday. The annual draft's
運営上の課題 states `土日の出店依頼12件のうち8件は体制上お断りした`, where 体制上 counts the declines for
lack of staff (人手不足); see `requests_sentence`.
"""

from __future__ import annotations

import calendar as _cal
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from pos.domain.errors import InvalidInput

WEEKDAY_JA = "月火水木金土日"
EN_DASH = "–"

PENDING = "pending"
ACCEPTED = "accepted"
DECLINED = "declined"
STATUS_LABELS = {PENDING: "未回答", ACCEPTED: "お受けした", DECLINED: "お断りした"}
REASON_STAFF = "staff"
REASON_CLASH = "clash"
REASON_OTHER = "other"
REASON_LABELS = {REASON_STAFF: "人手不足", REASON_CLASH: "日程重複", REASON_OTHER: "その他"}
VOLUNTEER = "ボランティア"

MAX_SERIES_DAYS = 400  # one pattern creates at most this many days (a year of weekdays is ~260)


def weekday_ja(d: date) -> str:
    return WEEKDAY_JA[d.weekday()]


def day_label(d: date) -> str:
    """`6月15日(土)`."""
    return f"{d.month}月{d.day}日({weekday_ja(d)})"


def is_weekend(d: date) -> bool:
    return d.weekday() >= 5


def parse_time(text: str, what: str = "時刻") -> str:
    """`9:5`, `09:05`, `９:０５` → `09:05`; "" stays "" (all day). Refuses anything else."""
    import unicodedata

    value = unicodedata.normalize("NFKC", text or "").strip()
    if not value:
        return ""
    m = re.fullmatch(r"(\d{1,2})[:：](\d{2})", value)
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise InvalidInput(f"{what}「{text}」は 13:00 の形で入力してください", f"{what} {text!r}: use HH:MM")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def check_hours(start: str, end: str) -> tuple[str, str]:
    """Both empty (all day) or both set with start before end."""
    start, end = parse_time(start, "開始時刻"), parse_time(end, "終了時刻")
    if bool(start) != bool(end):
        raise InvalidInput(
            "開始と終了の時刻は両方入力してください（終日なら両方空欄）",
            "Give both start and end time (or neither for all day)",
        )
    if start and start >= end:
        raise InvalidInput(
            f"終了時刻（{end}）は開始時刻（{start}）より後にしてください", f"End {end} must be after start {start}"
        )
    return start, end


def hours_text(start: str, end: str) -> str:
    """`13:00–16:00`, or `終日`."""
    return f"{start}{EN_DASH}{end}" if start else "終日"


# --- recurring patterns -------------------------------------------------------------------------


_NTH = re.compile(r"第\s*([1-5１-５])\s*([月火水木金土日])(?:曜日?)?")


def parse_nth_weekday(text: str) -> tuple[int, int]:
    """`第2土曜` → (2, 5): the n-th weekday of the month (Monday = 0)."""
    m = _NTH.fullmatch((text or "").strip())
    if not m:
        raise InvalidInput(f"「{text}」は 第2土曜 のように入力してください", f"{text!r}: write like 第2土曜")
    n = int(m.group(1).translate(str.maketrans("１２３４５", "12345")))
    return n, WEEKDAY_JA.index(m.group(2))


def nth_weekday(year: int, month: int, n: int, weekday: int) -> date | None:
    """The n-th `weekday` of the month, or None when the month has no such day (a 5th Saturday)."""
    first = date(year, month, 1)
    day = 1 + (weekday - first.weekday()) % 7 + 7 * (n - 1)
    return date(year, month, day) if day <= _cal.monthrange(year, month)[1] else None


def _months(first: date, last: date) -> Iterator[tuple[int, int]]:
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        yield y, m
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def expand_pattern(pattern: str, first: date, last: date) -> list[date]:
    """The days of a recurring pattern between `first` and `last` (see the module table)."""
    if last < first:
        raise InvalidInput("終わりの日が始まりの日より前です", "The last day is before the first")
    if (last - first).days > 2 * 366:
        raise InvalidInput("繰り返しの期間は2年までにしてください", "Repeat over two years at most")
    kind, _, rest = pattern.partition(":")
    days: list[date] = []
    if kind == "weekdays":
        days = [first + timedelta(i) for i in range((last - first).days + 1) if (first + timedelta(i)).weekday() < 5]
    elif kind == "weekly" and rest.isdigit() and int(rest) < 7:
        wd = int(rest)
        start = first + timedelta((wd - first.weekday()) % 7)
        days = [start + timedelta(7 * i) for i in range((last - start).days // 7 + 1)] if start <= last else []
    elif kind == "monthly":
        n_text, _, wd_text = rest.partition(":")
        if not (n_text.isdigit() and wd_text.isdigit() and 1 <= int(n_text) <= 5 and int(wd_text) < 7):
            raise InvalidInput(f"繰り返しの指定「{pattern}」が読めません", f"Unknown pattern {pattern!r}")
        found = (nth_weekday(y, m, int(n_text), int(wd_text)) for y, m in _months(first, last))
        days = [d for d in found if d is not None and first <= d <= last]
    else:
        raise InvalidInput(f"繰り返しの指定「{pattern}」が読めません", f"Unknown pattern {pattern!r}")
    if len(days) > MAX_SERIES_DAYS:
        raise InvalidInput(f"一度に作れる予定は{MAX_SERIES_DAYS}日までです", f"At most {MAX_SERIES_DAYS} days at once")
    return days


def pattern_label(pattern: str) -> str:
    """`毎平日`, `毎週土曜`, `毎月第2土曜`."""
    kind, _, rest = pattern.partition(":")
    if kind == "weekdays":
        return "毎平日"
    if kind == "weekly":
        return f"毎週{WEEKDAY_JA[int(rest)]}曜"
    n, _, wd = rest.partition(":")
    return f"毎月第{n}{WEEKDAY_JA[int(wd)]}曜"


# --- staffing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gap:
    """A shift that still needs people."""

    day: date
    venue: str
    start: str
    end: str
    missing: int

    def text(self) -> str:
        """`6月15日(土) 13:00–16:00 あと1人`."""
        return f"{day_label(self.day)} {hours_text(self.start, self.end)} あと{self.missing}人"


def missing(needed: int, signed_up: int) -> int:
    return max(needed - signed_up, 0)


# --- the calendar as plain data (services fill it, reports and screens show it) ------------------


@dataclass(frozen=True)
class SignupInfo:
    id: UUID
    name: str
    workshop_id: UUID | None
    workshop: str  # the workshop's name, or ボランティア
    contact: str


@dataclass(frozen=True)
class ShiftInfo:
    id: UUID
    start: str
    end: str
    needed: int
    signups: tuple[SignupInfo, ...] = ()

    @property
    def missing(self) -> int:
        return missing(self.needed, len(self.signups))


@dataclass(frozen=True)
class PlannedDayInfo:
    id: UUID
    day: date
    venue_id: UUID
    venue: str
    start: str
    end: str
    notes: str
    workshops: tuple[tuple[UUID, str], ...] = ()  # (id, name) in name order
    shifts: tuple[ShiftInfo, ...] = ()
    series_id: UUID | None = None
    request_id: UUID | None = None

    @property
    def missing(self) -> int:
        return sum(s.missing for s in self.shifts)

    def gaps(self) -> list[Gap]:
        return [Gap(self.day, self.venue, s.start, s.end, s.missing) for s in self.shifts if s.missing]


# --- requests -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestCounts:
    """Requests of a year on weekends (Saturday, Sunday): how many, and what became of them."""

    weekend: int = 0
    weekend_declined_staff: int = 0  # 人手不足
    weekend_declined_other: int = 0  # 日程重複, その他
    weekend_pending: int = 0
    weekday: int = 0
    weekday_declined: int = 0


def count_requests(items: Iterable[tuple[date, str, str]]) -> RequestCounts:
    """From (day, status, decline_reason) triples."""
    c = dict.fromkeys(RequestCounts.__dataclass_fields__, 0)
    for day, status, reason in items:
        if is_weekend(day):
            c["weekend"] += 1
            if status == DECLINED:
                c["weekend_declined_staff" if reason == REASON_STAFF else "weekend_declined_other"] += 1
            elif status == PENDING:
                c["weekend_pending"] += 1
        else:
            c["weekday"] += 1
            c["weekday_declined"] += status == DECLINED
    return RequestCounts(**c)


def requests_sentence(c: RequestCounts) -> str:
    """The 運営上の課題 item about weekend requests ("" without weekend requests).

    - 12, 8 declined for lack of staff: `土日の出店依頼12件のうち8件は体制上お断りした。`
    - … and 1 declined for another reason: `…お断りした（ほか日程重複等で1件お断り）。`
    - … and 2 not answered yet: `…（未回答2件）。` (after the other declines: `（ほか…、未回答2件）`)
    - 3, all accepted: `土日の出店依頼3件はすべてお受けした。`
    - 3, 1 declined (日程重複), none for staff:
      `土日の出店依頼3件のうち体制上お断りしたものはなかった（ほか日程重複等で1件お断り）。`
    """
    if c.weekend == 0:
        return ""
    extra = []
    if c.weekend_declined_other:
        extra.append(f"ほか日程重複等で{c.weekend_declined_other}件お断り")
    if c.weekend_pending:
        extra.append(f"未回答{c.weekend_pending}件")
    tail = f"（{'、'.join(extra)}）" if extra else ""
    if c.weekend_declined_staff:
        return f"土日の出店依頼{c.weekend}件のうち{c.weekend_declined_staff}件は体制上お断りした{tail}。"
    if not extra:
        return f"土日の出店依頼{c.weekend}件はすべてお受けした。"
    return f"土日の出店依頼{c.weekend}件のうち体制上お断りしたものはなかった{tail}。"
