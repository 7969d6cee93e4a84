"""Import past years' records (sales days, meetings, other activities) from a CSV file.

Coordinators keep the records of the years before the app in spreadsheets. `import_history` brings
them in so that the monthly activity lines and the year-on-year figures of the annual report can be
built from the database (`pos import-history FILE.csv [--db ...]`).

The file is UTF-8 CSV (a BOM, as Excel's "CSV UTF-8" writes it, is fine) whose first line is the
header `date,kind,label,workshop,note`, in this order (read by `pos.domain.csv_table`, like the
master-data imports)::

    date,kind,label,workshop,note
    2023-07-02,sale,星川駅出張販売,ひまわり作業所,他区から1事業所がゲスト出店
    2023-07-02,sale,星川駅出張販売,工房あおば,
    2023-07-16,meeting,自主製品販売強化実行委員会会議,,区役所・イオン販売、新規加入等

- `date`: YYYY-MM-DD or YYYY/MM/DD (month and day may have one digit, as Excel writes them).
- `kind`: `sale` (one row per workshop per day under one report label), `meeting` (label is the
  meeting's name, note its agenda) or `other` (another dated activity such as 会計監査).
- `label`: for sales the report label of the venue (区役所販売, イオン天王町SC出張販売 ...).
- `workshop`: the workshop's name; required for sales, must be empty for meetings and others.
- `note`: for sales, a note on that label's sales that day (goes into the monthly line); for
  meetings the agenda; for others a free note.

Rules
-----
- All or nothing: every line is checked first and every problem is reported with its line number
  (the header is line 1); if there is any, nothing is written (`ImportErrors`). Everything else is
  written in one transaction.
- Idempotent: importing the same file again creates nothing and changes nothing; rows may come in
  any order (only the order of several notes on one day follows the file).
- A sale row finds its venue by report label (a venue the app already uses for that label keeps its
  days); a label no venue has becomes a new venue (from_history, display_order 1000). A sales day
  already recorded by the app only gets the missing participations and notes.
- Workshop names and sale labels are taken as `pos.domain.master.canonical_name` (NFKC, every run of
  spaces, the ideographic space too, as one space, trimmed) and matched that way, as the master-data
  form and CSV do: "ﾊﾟﾝ工房　こむぎ" is the workshop パン工房 こむぎ, never a look-alike second one. An
  unknown workshop is created with from_history set.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import Activity, Participation, SalesDay, Venue, Workshop
from pos.domain.csv_table import CsvTable
from pos.domain.errors import ImportErrors
from pos.domain.master import canonical_name, name_key, same_text
from pos.domain.members import DEFAULT_CATEGORY
from pos.services.auth import add_entry
from pos.services.csv_import import read_csv_file

COLUMNS: tuple[str, ...] = ("date", "kind", "label", "workshop", "note")
KIND_SALE = "sale"
KIND_MEETING = "meeting"
KIND_OTHER = "other"
KINDS: tuple[str, ...] = (KIND_SALE, KIND_MEETING, KIND_OTHER)

HISTORY_VENUE_ORDER = 1000  # after the coordinator's regular venues
NOTE_SEPARATOR = "、"
MIN_YEAR, MAX_YEAR = 2000, 2099
MAX_VENUE_LABEL = 100  # venues.name
MAX_ACTIVITY_LABEL = 200  # activities.label
MAX_WORKSHOP_NAME = 100  # workshops.name

_COLUMN_JA = {"date": "日付", "kind": "種類", "label": "名称", "workshop": "事業所", "note": "備考"}
_DATE_RE = re.compile(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})")
_REFUSED_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})  # control characters, line/paragraph separators


@dataclass(frozen=True)
class ImportSummary:
    """What an import read and what it newly created (all zero but `rows` on a repeated import)."""

    rows: int = 0  # data rows read (blank lines not counted)
    sales_days: int = 0
    participations: int = 0
    workshops: int = 0
    venues: int = 0
    activities: int = 0


# --- reading and checking the file --------------------------------------------------------------


@dataclass
class _SaleGroup:
    """All rows of one report label on one day."""

    label: str
    day: date
    line: int  # first line of the group
    workshops: dict[str, None] = field(default_factory=dict)  # names, file order, distinct
    notes: list[str] = field(default_factory=list)  # distinct non-empty notes, file order


@dataclass
class _ActivityRow:
    day: date
    kind: str
    label: str
    note: str
    line: int


@dataclass
class _Parsed:
    rows: int = 0
    sales: dict[tuple[str, date], _SaleGroup] = field(default_factory=dict)
    activities: dict[tuple[date, str, str], _ActivityRow] = field(default_factory=dict)
    problems: list[tuple[int, str]] = field(default_factory=list)


def _col(name: str) -> str:
    return f"{_COLUMN_JA[name]}（{name}）"


def _control_problem(name: str, value: str) -> str | None:
    bad = next((c for c in value if unicodedata.category(c) in _REFUSED_CATEGORIES), None)
    if bad is None:
        return None
    if bad in "\r\n":
        return (
            f'{_col(name)}の中に改行があります（引用符 " が閉じられていない可能性があります）。'
            "1つの項目は1行に書いてください。"
        )
    return f"{_col(name)}に制御文字（U+{ord(bad):04X}）が含まれています。取り除いてください。"


def _parse_date(value: str) -> tuple[date | None, str | None]:
    if not value:
        return None, f"{_col('date')}がありません。"
    m = _DATE_RE.fullmatch(unicodedata.normalize("NFKC", value))
    if m is None:
        return (
            None,
            f"{_col('date')}「{value}」が読めません。YYYY-MM-DD（例 2023-07-02）の形で書いてください。",
        )
    year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
    try:
        parsed = date(year, month, day)
    except ValueError:
        return None, f"{_col('date')}「{value}」はありえない日付です。"
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None, f"{_col('date')}「{value}」の年が範囲外です（{MIN_YEAR}～{MAX_YEAR}年）。"
    return parsed, None


def _check_row(line: int, values: dict[str, str], parsed: _Parsed) -> None:
    problems: list[str] = []
    bad: set[str] = set()  # fields already reported for control characters
    for name, value in values.items():
        problem = _control_problem(name, value)
        if problem:
            problems.append(problem)
            bad.add(name)

    day: date | None = None
    if "date" not in bad:
        day, problem = _parse_date(values["date"])
        if problem:
            problems.append(problem)

    raw_kind = values["kind"]
    kind = unicodedata.normalize("NFKC", raw_kind).strip().lower()
    if "kind" not in bad and not raw_kind:
        problems.append(f"{_col('kind')}がありません（sale・meeting・other のどれか）。")
    elif "kind" not in bad and kind not in KINDS:
        problems.append(f"{_col('kind')}「{raw_kind}」は使えません（sale・meeting・other のどれか）。")

    label = values["label"]
    if kind == KIND_SALE:
        label = canonical_name(label)  # the venue's report label, matched as names are everywhere
    limit = MAX_VENUE_LABEL if kind == KIND_SALE else MAX_ACTIVITY_LABEL
    if "label" not in bad and not label:
        problems.append(f"{_col('label')}がありません。")
    elif "label" not in bad and len(label) > limit:
        problems.append(f"{_col('label')}が長すぎます（{limit}文字まで）。")

    workshop = canonical_name(values["workshop"])
    if "workshop" not in bad:
        if kind == KIND_SALE and not workshop:
            problems.append(f"販売（sale）の行には{_col('workshop')}が必要です。")
        elif kind in (KIND_MEETING, KIND_OTHER) and workshop:
            problems.append(
                f"会議（meeting）・その他（other）の行には{_col('workshop')}を書けません（「{workshop}」）。"
            )
        elif len(workshop) > MAX_WORKSHOP_NAME:
            problems.append(f"{_col('workshop')}が長すぎます（{MAX_WORKSHOP_NAME}文字まで）。")

    if problems or day is None or kind not in KINDS:
        parsed.problems.extend((line, p) for p in problems)
        return
    note = values["note"]
    if kind == KIND_SALE:
        group = parsed.sales.setdefault((label, day), _SaleGroup(label, day, line))
        group.workshops.setdefault(workshop, None)
        if note and note not in group.notes:
            group.notes.append(note)
        return
    key = (day, kind, label)
    seen = parsed.activities.get(key)
    if seen is None:
        parsed.activities[key] = _ActivityRow(day, kind, label, note, line)
    elif note and seen.note and note != seen.note:
        parsed.problems.append(
            (
                line,
                f"同じ日・種類・名称の行が{seen.line}行目にもあり、{_col('note')}が違います。"
                "どちらか一方にしてください。",
            )
        )
    elif note and not seen.note:
        seen.note = note


def _parse(table: CsvTable) -> _Parsed:
    parsed = _Parsed(rows=table.data_lines, problems=list(table.problems))
    for row in table.rows:
        _check_row(row.line, row.values, parsed)
    return parsed


# --- writing ------------------------------------------------------------------------------------


class _Writer:
    """Looks up and creates the records of one import inside one session."""

    def __init__(self, s: Session, parsed: _Parsed) -> None:
        self.s = s
        self.parsed = parsed
        days = {g.day for g in parsed.sales.values()} | {a.day for a in parsed.activities.values()}
        first, last = (min(days), max(days)) if days else (date.max, date.min)

        self.venues: list[Venue] = list(s.scalars(select(Venue).order_by(Venue.display_order, Venue.name)))
        self.workshops: dict[str, Workshop] = {}
        for w in s.scalars(select(Workshop).order_by(Workshop.name)):
            self.workshops.setdefault(name_key(w.name), w)
        self.days: dict[tuple[uuid.UUID, date], SalesDay] = {
            (d.venue_id, d.day): d for d in s.scalars(select(SalesDay).where(SalesDay.day.between(first, last)))
        }
        self.participations: set[tuple[uuid.UUID, uuid.UUID]] = {
            (day_id, workshop_id)
            for day_id, workshop_id in s.execute(
                select(Participation.sales_day_id, Participation.workshop_id)
                .join(SalesDay, Participation.sales_day_id == SalesDay.id)
                .where(SalesDay.day.between(first, last))
            )
        }
        self.activities: dict[tuple[date, str, str], Activity] = {
            (a.day, a.kind, a.label): a for a in s.scalars(select(Activity).where(Activity.day.between(first, last)))
        }
        self.counts = {"sales_days": 0, "participations": 0, "workshops": 0, "venues": 0, "activities": 0}

    # venues

    def _candidates(self, label: str) -> list[Venue]:
        return [v for v in self.venues if same_text(v.report_label, label)]

    def venue_problems(self) -> list[tuple[int, str]]:
        """Labels that no venue reports under but that an existing venue has as its name."""
        problems: dict[str, tuple[int, str]] = {}
        for g in sorted(self.parsed.sales.values(), key=lambda g: g.line):
            if g.label in problems or self._candidates(g.label):
                continue
            clash = next((v for v in self.venues if same_text(v.name, g.label)), None)
            if clash is not None:
                problems[g.label] = (
                    g.line,
                    f"会場「{g.label}」は既にあり、報告の名称が「{clash.report_label}」になっています。"
                    f"会場の報告名称を直すか、ファイルの名称（label）を「{clash.report_label}」にしてください。",
                )
        return list(problems.values())

    def _venue_for(self, label: str, day: date) -> Venue:
        candidates = self._candidates(label)
        for v in candidates:
            if (v.id, day) in self.days:
                return v  # the day is already recorded (by the app or an earlier import)
        if candidates:
            return next((v for v in candidates if same_text(v.name, label)), candidates[0])
        venue = Venue(
            id=uuid.uuid4(),
            name=label,
            report_label=label,
            display_order=HISTORY_VENUE_ORDER,
            from_history=True,
        )
        self.s.add(venue)
        self.venues.append(venue)
        self.counts["venues"] += 1
        return venue

    # workshops, days, participations

    def _workshop(self, name: str) -> Workshop:
        workshop = self.workshops.get(name_key(name))
        if workshop is None:
            workshop = Workshop(
                id=uuid.uuid4(),
                name=name,
                category=DEFAULT_CATEGORY,
                is_guest=False,
                from_history=True,
            )
            self.s.add(workshop)
            self.workshops[name_key(name)] = workshop
            self.counts["workshops"] += 1
        return workshop

    def _sales_day(self, venue: Venue, day: date) -> SalesDay:
        sales_day = self.days.get((venue.id, day))
        if sales_day is None:
            sales_day = SalesDay(
                id=uuid.uuid4(),
                venue_id=venue.id,
                day=day,
                state="closed",
                change_fund=0,
                notes="",
                source="history",
            )
            self.s.add(sales_day)
            self.days[(venue.id, day)] = sales_day
            self.counts["sales_days"] += 1
        return sales_day

    def write_sales(self) -> None:
        for group in sorted(self.parsed.sales.values(), key=lambda g: (g.day, g.label)):
            sales_day = self._sales_day(self._venue_for(group.label, group.day), group.day)
            for name in sorted(group.workshops):
                workshop = self._workshop(name)
                key = (sales_day.id, workshop.id)
                if key not in self.participations:
                    self.s.add(Participation(id=uuid.uuid4(), sales_day_id=sales_day.id, workshop_id=workshop.id))
                    self.participations.add(key)
                    self.counts["participations"] += 1
            notes = sales_day.notes or ""
            for note in group.notes:
                if note not in notes:
                    notes = f"{notes}{NOTE_SEPARATOR}{note}" if notes else note
            if notes != (sales_day.notes or ""):
                sales_day.notes = notes

    def write_activities(self) -> None:
        for key in sorted(self.parsed.activities):
            row = self.parsed.activities[key]
            existing = self.activities.get(key)
            if existing is None:
                self.s.add(Activity(id=uuid.uuid4(), day=row.day, kind=row.kind, label=row.label, note=row.note))
                self.counts["activities"] += 1
            elif row.note and not (existing.note or "").strip():
                existing.note = row.note


# --- the use case -------------------------------------------------------------------------------


def import_history(db: Database, path: str | Path, *, who: str | None = None) -> ImportSummary:
    """Import past years' sales days, meetings and other activities from the CSV file at `path`.

    Raises `ImportErrors` (with every problem as (line number, message), the header being line 1)
    when the file cannot be taken as a whole, and `InvalidInput` when it cannot be read at all; in
    both cases the database is unchanged. Returns what was read and newly created.
    """
    parsed = _parse(read_csv_file(path, COLUMNS, fixed_order=True))
    if parsed.problems:
        raise ImportErrors(sorted(parsed.problems, key=lambda p: p[0]))

    with db.sessions.begin() as s:
        writer = _Writer(s, parsed)
        problems = writer.venue_problems()
        if problems:
            raise ImportErrors(problems)  # rolls the (still unwritten) transaction back
        writer.write_sales()
        writer.write_activities()
        summary = ImportSummary(rows=parsed.rows, **writer.counts)
        if who is not None:  # the audit entry commits with the import, or neither does
            add_entry(s, who, "history_import", "過去の記録のCSV", f"{path}（{parsed.rows}行）")
        return summary
