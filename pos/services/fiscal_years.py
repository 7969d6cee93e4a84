"""Which fiscal years the screens offer: from the earliest record to the year containing today."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import Activity, SalesDay
from pos.domain.fiscal import fiscal_year_of


def fiscal_years(db: Database, today: date) -> list[int]:
    """Fiscal years with records and every year since, up to today's (newest first, never empty)."""
    with db.sessions() as s:
        first_days = [s.scalar(select(func.min(SalesDay.day))), s.scalar(select(func.min(Activity.day)))]
    current = fiscal_year_of(today)
    known = [fiscal_year_of(d) for d in first_days if d is not None]
    first = min([current, *known])
    return list(range(max([current, *known]), first - 1, -1))


def report_year_default(today: date) -> int:
    """The year the annual report screen opens on: last year's from April to June (when reports are
    written), the current one otherwise."""
    fy = fiscal_year_of(today)
    return fy - 1 if today.month in (4, 5, 6) else fy
