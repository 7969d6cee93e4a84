"""The annual report (様式第２号) of a fiscal year: figures from the records, texts the coordinator saved.

`annual_report(db, fy)` returns a plain `pos.domain.annual_report.AnnualReport` that the PDF and
Excel writers lay out. Where each field comes from:

| field                      | source                                                        |
|----------------------------|---------------------------------------------------------------|
| title, 部会名               | settings ward_name + council_name, subcommittee_name; 令和 from `fy` |
| 部会長 / 副部会長, 年間目標   | saved text of this year, else of the latest earlier year, else the |
|                            | settings (chair_name, chair_organisation, …, annual_goal)     |
| 構成機関                    | `member_counts` (records) + other members entered             |
|                            | (`member_extra`, carried from earlier years like the chair)   |
| 月 / 活動内容 / 会議開催日時   | `pos.services.report_lines.report_lines`                      |
| 部会でできたこと・やったこと    | saved text, else the draft from the records (`achievements_draft`) |
| 運営上の課題                 | saved text, else the draft from the year's requests (`problems_draft`: |
|                            | `土日の出店依頼12件のうち8件は体制上お断りした。`)                 |
| シェアしたい取組, 市域         | saved text of this year (empty otherwise)                     |

Saved texts are `ReportText(fiscal_year, field, text)` rows, so they survive a restart. A saved
empty text stays empty (the coordinator cleared it); `regenerate_draft` removes the saved できたこと
so that the draft is used again.

Who counts as a member in the 構成機関 grid of fiscal year `fy` (`member_counts`): a workshop that
- is not a guest (other wards' workshops sell but are not members),
- has joined by the last day of the year (`joined_on` ≤ 31 March, or no joining date recorded), and
- either took part in a sales day during the year, or is an active workshop registered in the app
  (`from_history` false) — so members that do not sell (the ward's welfare office, the social welfare
  council) count, while workshops known only from imported history, and workshops since made
  inactive, count only in the years they took part.
Its category is counted; an unknown category counts as その他.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import Activity, Participation, ReportText, Sale, SalesDay, Venue, Workshop
from pos.domain.annual_draft import DraftFacts, LabelFigures, YearFigures, draft_achievements, draft_problems
from pos.domain.annual_report import AnnualReport, MemberCount, Person, council_name
from pos.domain.errors import InvalidInput
from pos.domain.fiscal import fiscal_months, fiscal_year_label, fiscal_year_range
from pos.domain.members import MEMBER_CATEGORIES
from pos.domain.report_lines import KIND_MEETING, KIND_OTHER
from pos.services.report_lines import report_lines
from pos.services.settings import get_settings

# ReportText fields.
CHAIR_NAME = "chair_name"
CHAIR_ORG = "chair_organisation"
VICE_NAME = "vice_chair_name"
VICE_ORG = "vice_chair_organisation"
GOAL = "goal"
ACHIEVEMENTS = "achievements"
PROBLEMS = "problems"
SHARE = "share"
CITYWIDE = "citywide"
MEMBER_EXTRA = "member_extra"  # JSON object {category: count} of members other than the workshops

TEXT_FIELDS: tuple[str, ...] = (
    CHAIR_NAME,
    CHAIR_ORG,
    VICE_NAME,
    VICE_ORG,
    GOAL,
    ACHIEVEMENTS,
    PROBLEMS,
    SHARE,
    CITYWIDE,
)
#: Fields that, when not saved for a year, come from the latest earlier year that saved them, then
#: from this setting ("" = no setting).
CARRIED: dict[str, str] = {
    CHAIR_NAME: "chair_name",
    CHAIR_ORG: "chair_organisation",
    VICE_NAME: "vice_chair_name",
    VICE_ORG: "vice_chair_organisation",
    GOAL: "annual_goal",
    MEMBER_EXTRA: "",
}
MAX_TEXT = 10_000
MAX_EXTRA = 999
OTHER_CATEGORY = "その他"


@dataclass(frozen=True)
class ReportTexts:
    """The texts of one year's report as the editor shows them, and which of them are saved."""

    fiscal_year: int
    values: dict[str, str]  # every TEXT_FIELDS entry
    saved: frozenset[str]  # fields with a ReportText row for this very year
    member_extra: dict[str, int]  # category → other members (only non-zero entries)

    def is_draft(self, field: str = ACHIEVEMENTS) -> bool:
        return field not in self.saved


# --- members ------------------------------------------------------------------------------------


def member_counts(db: Database, fy: int) -> dict[str, int]:
    """Workshops counted as members in fiscal year `fy`, per category (see the module docstring)."""
    start, end = fiscal_year_range(fy)
    took_part = (
        select(Participation.workshop_id)
        .join(SalesDay, Participation.sales_day_id == SalesDay.id)
        .where(SalesDay.day.between(start, end))
    )
    stmt = (
        select(Workshop.category, func.count())
        .where(
            Workshop.is_guest.is_(False),
            or_(Workshop.joined_on.is_(None), Workshop.joined_on <= end),
            or_(Workshop.id.in_(took_part), and_(Workshop.active.is_(True), Workshop.from_history.is_(False))),
        )
        .group_by(Workshop.category)
    )
    counts = dict.fromkeys(MEMBER_CATEGORIES, 0)
    with db.sessions() as s:
        for category, n in s.execute(stmt):
            counts[category if category in counts else OTHER_CATEGORY] += n
    return counts


def _parse_extra(text: str) -> dict[str, int]:
    try:
        raw = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        k: v
        for k, v in raw.items()
        if k in MEMBER_CATEGORIES and isinstance(v, int) and not isinstance(v, bool) and 0 < v <= MAX_EXTRA
    }


# --- the draft of できたこと ----------------------------------------------------------------------


def _label_figures(s: Session, fy: int) -> tuple[dict[str, YearFigures], dict[str, int], int, bool]:
    """Per report label: figures of year `fy`; the label's lowest venue order; members taking part; any day."""
    start, end = fiscal_year_range(fy)
    in_year = SalesDay.day.between(start, end)
    label = Venue.report_label
    days = {
        lbl: (n, order)
        for lbl, n, order in s.execute(
            select(label, func.count(func.distinct(SalesDay.day)), func.min(Venue.display_order))
            .join(Venue, SalesDay.venue_id == Venue.id)
            .where(in_year)
            .group_by(label)
        )
    }
    present = (
        select(label.label("label"), SalesDay.day.label("day"), Participation.workshop_id.label("workshop_id"))
        .select_from(Participation)
        .join(SalesDay, Participation.sales_day_id == SalesDay.id)
        .join(Venue, SalesDay.venue_id == Venue.id)
        .join(Workshop, Participation.workshop_id == Workshop.id)
        .where(in_year, Workshop.is_guest.is_(False))
        .distinct()
        .subquery()
    )
    people = {
        lbl: (w, wd)
        for lbl, w, wd in s.execute(
            select(present.c.label, func.count(func.distinct(present.c.workshop_id)), func.count()).group_by(
                present.c.label
            )
        )
    }
    participants = s.scalar(select(func.count(func.distinct(present.c.workshop_id)))) or 0
    sales = {
        lbl: int(total or 0)
        for lbl, total in s.execute(
            select(label, func.sum(Sale.total))
            .join(SalesDay, Sale.sales_day_id == SalesDay.id)
            .join(Venue, SalesDay.venue_id == Venue.id)
            .where(in_year, Sale.state == "paid")
            .group_by(label)
        )
    }
    events = dict(
        s.execute(  # events over several days with a day in the year, once each
            select(label, func.count(func.distinct(SalesDay.event_id)))
            .join(Venue, SalesDay.venue_id == Venue.id)
            .where(in_year, SalesDay.event_id.is_not(None))
            .group_by(label)
        ).all()
    )
    figures = {
        lbl: YearFigures(n, *people.get(lbl, (0, 0)), sales=sales.get(lbl, 0), events=int(events.get(lbl, 0)))
        for lbl, (n, _) in days.items()
    }
    return figures, {lbl: order for lbl, (_, order) in days.items()}, participants, bool(days)


def _activity_counts(s: Session, fy: int, kind: str) -> tuple[tuple[str, int], ...]:
    start, end = fiscal_year_range(fy)
    counted = func.count() if kind == KIND_MEETING else func.count(func.distinct(Activity.day))
    rows = s.execute(
        select(Activity.label, counted, func.min(Activity.day))
        .where(Activity.day.between(start, end), Activity.kind == kind)
        .group_by(Activity.label)
        .order_by(func.min(Activity.day), Activity.label)
    )
    return tuple((label, n) for label, n, _ in rows)


def _new_members(s: Session, fy: int) -> tuple[tuple[int, int], ...]:
    start, end = fiscal_year_range(fy)
    joined: list[date] = list(
        s.scalars(
            select(Workshop.joined_on).where(Workshop.is_guest.is_(False), Workshop.joined_on.between(start, end))
        )
    )
    by_month = {(d.year, d.month): 0 for d in joined}
    for d in joined:
        by_month[(d.year, d.month)] += 1
    return tuple((m, by_month[(y, m)]) for y, m in fiscal_months(fy) if (y, m) in by_month)


def draft_facts(db: Database, fy: int) -> DraftFacts:
    """The figures the draft is written from: year `fy` against `fy - 1`."""
    with db.sessions() as s:
        now, order_now, people_now, _ = _label_figures(s, fy)
        before, order_before, people_before, has_last_year = _label_figures(s, fy - 1)
        meetings = _activity_counts(s, fy, KIND_MEETING)
        others = _activity_counts(s, fy, KIND_OTHER)
        new_members = _new_members(s, fy)
    orders = {**order_before, **order_now}
    for lbl, order in order_before.items():
        orders[lbl] = min(order, orders[lbl])
    labels = tuple(
        LabelFigures(lbl, now.get(lbl, YearFigures()), before.get(lbl, YearFigures()))
        for lbl in sorted(orders, key=lambda k: (orders[k], k))
    )
    return DraftFacts(meetings, others, labels, (people_now, people_before), new_members, has_last_year)


def achievements_draft(db: Database, fy: int) -> str:
    """部会でできたこと・やったこと as written from the records (`pos.domain.annual_draft`)."""
    return draft_achievements(draft_facts(db, fy))


def problems_draft(db: Database, fy: int) -> str:
    """運営上の課題 as written from the year's requests for the booth (pos.services.requests)."""
    from pos.services.requests import request_counts

    return draft_problems(request_counts(db, fy))


# --- saved texts --------------------------------------------------------------------------------


def _clean_text(field: str, text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text):
        raise InvalidInput("文章に制御文字は使えません", f"{field} contains control characters")
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"文章が長すぎます（{MAX_TEXT:,}文字まで）", f"{field} is too long")
    if field in (CHAIR_NAME, CHAIR_ORG, VICE_NAME, VICE_ORG):
        text = " ".join(text.split())  # names are one line
    return text


def load_texts(db: Database, fy: int) -> ReportTexts:
    """The effective texts of year `fy` (saved, carried from an earlier year, settings or the draft)."""
    with db.sessions() as s:
        own = {r.field: r.text for r in s.scalars(select(ReportText).where(ReportText.fiscal_year == fy))}
        carried: dict[str, str] = {}
        for r in s.scalars(
            select(ReportText)
            .where(ReportText.field.in_(list(CARRIED)), ReportText.fiscal_year < fy)
            .order_by(ReportText.fiscal_year.desc())
        ):
            carried.setdefault(r.field, r.text)
    settings = get_settings(db)
    values: dict[str, str] = {}
    for field in (*TEXT_FIELDS, MEMBER_EXTRA):
        if field in own:
            values[field] = own[field]
        elif field in carried:
            values[field] = carried[field]
        elif CARRIED.get(field):
            values[field] = settings.get(CARRIED[field], "")
        elif field == ACHIEVEMENTS:
            values[field] = achievements_draft(db, fy)
        elif field == PROBLEMS:
            values[field] = problems_draft(db, fy)
        else:
            values[field] = ""
    extra = _parse_extra(values.pop(MEMBER_EXTRA))
    saved = frozenset(f for f in own if f in TEXT_FIELDS or f == MEMBER_EXTRA)
    return ReportTexts(fy, values, saved, extra)


def save_texts(db: Database, fy: int, texts: Mapping[str, str]) -> ReportTexts:
    """Save some of the year's texts (one transaction); the others are left as they are."""
    unknown = [f for f in texts if f not in TEXT_FIELDS]
    if unknown:
        raise InvalidInput(f"報告書の項目「{'、'.join(unknown)}」はありません", f"Unknown fields {unknown}")
    cleaned = {field: _clean_text(field, text) for field, text in texts.items()}
    with db.sessions.begin() as s:
        for field, text in cleaned.items():
            s.merge(ReportText(fiscal_year=fy, field=field, text=text))
    return load_texts(db, fy)


def save_member_extra(db: Database, fy: int, extra: Mapping[str, int]) -> ReportTexts:
    """Save the counts of other members per category (people and bodies that are not workshops)."""
    clean: dict[str, int] = {}
    for category, n in extra.items():
        if category not in MEMBER_CATEGORIES:
            raise InvalidInput(f"構成機関の区分「{category}」はありません", f"Unknown category {category!r}")
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MAX_EXTRA:
            raise InvalidInput(
                f"「{category}」の人数・機関数は0から{MAX_EXTRA}までの整数です", f"Bad count for {category}"
            )
        if n:
            clean[category] = n
    with db.sessions.begin() as s:
        s.merge(ReportText(fiscal_year=fy, field=MEMBER_EXTRA, text=json.dumps(clean, ensure_ascii=False)))
    return load_texts(db, fy)


def regenerate_draft(db: Database, fy: int) -> str:
    """Forget the saved できたこと of year `fy` and return the draft written afresh from the records."""
    with db.sessions.begin() as s:
        s.execute(delete(ReportText).where(ReportText.fiscal_year == fy, ReportText.field == ACHIEVEMENTS))
    return achievements_draft(db, fy)


# --- the whole report ---------------------------------------------------------------------------


def annual_report(db: Database, fy: int) -> AnnualReport:
    """Everything the form shows for fiscal year `fy` (see the module docstring for the sources)."""
    settings = get_settings(db)
    texts = load_texts(db, fy)
    v = texts.values
    counts = member_counts(db, fy)
    members = tuple(MemberCount(c, counts[c], texts.member_extra.get(c, 0)) for c in MEMBER_CATEGORIES)
    return AnnualReport(
        fiscal_year=fy,
        year_label=fiscal_year_label(fy),
        council=council_name(settings["ward_name"], settings["council_name"]),
        subcommittee=settings["subcommittee_name"],
        chair=Person(v[CHAIR_NAME], v[CHAIR_ORG]),
        vice_chair=Person(v[VICE_NAME], v[VICE_ORG]),
        members=members,
        goal=v[GOAL],
        months=tuple(report_lines(db, fy)),
        achievements=v[ACHIEVEMENTS],
        problems=v[PROBLEMS],
        share=v[SHARE],
        citywide=v[CITYWIDE],
    )
