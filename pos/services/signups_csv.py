"""CSV import of staffing sign-ups collected on paper or by a web form.

The file follows the project's CSV conventions (pos.domain.csv_table): UTF-8 (with or without
the BOM Excel writes), first line the header, columns in any order but all present:

    date,venue,start,end,name,workshop,contact

- `date` YYYY-MM-DD (or YYYY/M/D); `venue` the name of a venue planned on that date;
  `start`,`end` the hours of one of that day's shifts (both may be empty when the day has exactly
  one shift); `name` who comes; `workshop` the name of a workshop, or empty / ボランティア for a
  volunteer; `contact` optional.
- All or nothing: every row is checked first and every problem reported with its line number (the
  header is line 1); if there is any, nothing is written (`ImportErrors`).
- Idempotent: a person already signed up for that shift (same name after NFKC) is skipped, so a
  form export can be imported again after new answers came in.
- Formulas: one leading quote (a spreadsheet's text mark) is removed; a name or workshop cell that
  still begins with = + - @ is refused (a name is never a formula), and a contact may begin with +
  or - only as a phone number (`+81 90-…`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ParamSpec, TypeVar
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import PlannedDay, Shift, Signup, Venue, Workshop
from pos.domain.calendar import VOLUNTEER, day_label, hours_text, parse_time
from pos.domain.errors import ImportErrors, InvalidInput
from pos.domain.master import parse_date_field, same_text
from pos.services.activities import clean_text
from pos.services.calendar import MAX_NAME
from pos.services.csv_import import read_csv_file  # the shared reader: BOM, encodings, header, line numbers

P = ParamSpec("P")
T = TypeVar("T")

COLUMNS = ("date", "venue", "start", "end", "name", "workshop", "contact")
_FORMULA = ("=", "+", "-", "@")
_PHONE = re.compile(r"[+-]?[0-9][0-9 ()+-]*")


@dataclass(frozen=True)
class SignupImportResult:
    added: int
    skipped: int  # already signed up

    def summary_ja(self) -> str:
        return f"申込みを{self.added}件取り込みました（登録済みのため飛ばした行 {self.skipped}件）"


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


def _formula_free(text: str, what: str) -> str:
    if text.startswith(_FORMULA):
        raise InvalidInput(
            f"{what}「{text}」が = + - @ で始まっています（数式は取り込めません）",
            f"{what} {text!r} looks like a formula",
        )
    return text


class _Checker:
    """Collects every problem of one row instead of stopping at the first."""

    def __init__(self) -> None:
        self.errs: list[str] = []

    def __call__(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        try:
            return fn(*args, **kwargs)
        except InvalidInput as e:
            self.errs.append(e.ja)
            return None


def _name(text: str) -> str:
    return _formula_free(clean_text(text, "名前", MAX_NAME, required=True), "名前")


def _contact(text: str) -> str:
    contact = clean_text(text, "連絡先", 200)
    if contact.startswith(("=", "@")) or (contact.startswith(("+", "-")) and not _PHONE.fullmatch(contact)):
        raise InvalidInput(
            f"連絡先「{contact}」が = + - @ で始まっています（数式は取り込めません）",
            f"Contact {contact!r} looks like a formula",
        )
    return contact


def _shift_of(s: Session, v: dict[str, str], day: date, venue_id: UUID, start: str, end: str) -> UUID:
    planned = s.scalar(select(PlannedDay).where(PlannedDay.venue_id == venue_id, PlannedDay.day == day))
    if planned is None:
        raise InvalidInput(f"{day_label(day)}に「{v['venue']}」の予定がありません")
    shifts = list(s.scalars(select(Shift).where(Shift.planned_day_id == planned.id).order_by(Shift.start_time)))
    if not start and not end and len(shifts) == 1:
        return shifts[0].id
    for x in shifts:
        if (x.start_time, x.end_time) == (start, end):
            return x.id
    known = "、".join(hours_text(x.start_time, x.end_time) for x in shifts) or "シフトなし"
    asked = f"{start or '?'}–{end or '?'}"
    raise InvalidInput(f"{day_label(day)}の{v['venue']}に {asked} のシフトがありません（あるのは {known}）")


def import_signups(db: Database, path: str | Path) -> SignupImportResult:
    """Add the sign-ups of a CSV file, all or nothing (see the module docstring)."""
    table = read_csv_file(path, COLUMNS)
    rows, problems = table.rows, list(table.problems)
    with db.sessions.begin() as s:
        venues = {_norm(v.name): v.id for v in s.scalars(select(Venue))}
        workshops = {_norm(w.name): w.id for w in s.scalars(select(Workshop))}
        wanted: list[tuple[UUID, str, UUID | None, str]] = []
        for row in rows:
            v = row.values
            check = _Checker()
            day: date | None = check(parse_date_field, "date", v["date"], "日付")
            if day is None and not check.errs:
                check.errs.append("日付（date）がありません")
            venue_id = venues.get(_norm(v["venue"]))
            if venue_id is None:
                check.errs.append(f"会場「{v['venue']}」は登録されていません")
            name = check(_name, v["name"])
            wname = _norm(v["workshop"])
            workshop_id: UUID | None = None
            if wname and wname != VOLUNTEER and check(_formula_free, wname, "事業所") is not None:
                workshop_id = workshops.get(wname)
                if workshop_id is None:
                    check.errs.append(
                        f"事業所「{v['workshop']}」は登録されていません（ボランティアなら空欄か「ボランティア」）"
                    )
            contact = check(_contact, v["contact"]) or ""
            start = check(parse_time, v["start"], "開始時刻")
            end = check(parse_time, v["end"], "終了時刻")
            shift_id = None
            if not check.errs and day is not None and venue_id is not None and start is not None and end is not None:
                shift_id = check(_shift_of, s, v, day, venue_id, start, end)
            if check.errs:
                problems.append((row.line, "。".join(check.errs)))
            elif shift_id is not None and name is not None:
                wanted.append((shift_id, name, workshop_id, contact))
        if problems:
            raise ImportErrors(sorted(problems))
        added = skipped = 0
        for shift_id, name, workshop_id, contact in wanted:
            existing = s.scalars(select(Signup.name).where(Signup.shift_id == shift_id)).all()
            if any(same_text(name, n) for n in existing):
                skipped += 1
                continue
            s.add(Signup(shift_id=shift_id, name=name, workshop_id=workshop_id, contact=contact))
            s.flush()
            added += 1
    return SignupImportResult(added, skipped)
