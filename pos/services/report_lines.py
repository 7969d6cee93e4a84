"""The monthly activity lines of a fiscal year, built from the records.

Sales days recorded by the app and days imported from history feed the same report: each sales
day becomes a fact (its venue's report label and display order, the member and guest workshops
present, its notes), each activity another; `pos.domain.report_lines` does the writing. A day of an
event over several days (`sales_events`) carries the event's notes, written once for the event:
each month's segment shows them once (docs/tills.md).
"""

from __future__ import annotations

from collections import defaultdict
from uuid import UUID

from sqlalchemy import exists, select

from pos.db.engine import Database
from pos.db.models import Activity, Participation, SalesDay, SalesEvent, Venue, Workshop
from pos.domain.fiscal import fiscal_year_range
from pos.domain.report_lines import ActivityFact, MonthLine, SalesDayFact, monthly_lines


def report_lines(db: Database, fy: int) -> list[MonthLine]:
    start, end = fiscal_year_range(fy)
    with db.sessions() as s:
        days = s.execute(
            select(SalesDay.id, SalesDay.day, SalesDay.notes, Venue.report_label, Venue.display_order, SalesEvent.notes)
            .join(Venue, Venue.id == SalesDay.venue_id)
            .outerjoin(SalesEvent, SalesEvent.id == SalesDay.event_id)
            .where(SalesDay.day.between(start, end))
        ).all()
        present: dict[UUID, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
        for day_id, workshop_id, is_guest in s.execute(
            select(Participation.sales_day_id, Participation.workshop_id, Workshop.is_guest)
            .join(Workshop)
            .join(SalesDay)
            .where(SalesDay.day.between(start, end))
        ):
            present[day_id][1 if is_guest else 0].add(str(workshop_id))
        activities = s.execute(
            select(Activity.day, Activity.kind, Activity.label, Activity.note).where(Activity.day.between(start, end))
        ).all()
    facts = [
        SalesDayFact(
            day,
            label,
            order,
            frozenset(present[day_id][0]),
            frozenset(present[day_id][1]),
            "、".join(n for n in dict.fromkeys((event_notes or "", notes)) if n),
        )
        for day_id, day, notes, label, order, event_notes in days
    ]
    return monthly_lines(fy, facts, [ActivityFact(*a) for a in activities])


#: The warning shown (stderr for the CLI, a line on the screen) when a fiscal year holds no records.
def empty_year_warning(fy_label: str) -> str:
    return f"{fy_label}には記録がありません（販売日も活動もありません）。12か月の空の行だけを出力します。"


def year_has_records(db: Database, fy: int) -> bool:
    """Whether fiscal year `fy` holds any sales day (app or history) or dated activity."""
    start, end = fiscal_year_range(fy)
    with db.sessions() as s:
        return bool(
            s.scalar(
                select(
                    exists().where(SalesDay.day.between(start, end)) | exists().where(Activity.day.between(start, end))
                )
            )
        )
