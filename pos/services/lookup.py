"""Finding a sales day and a sale the way people name them: a date and a venue, a sale's number.

The venue may be given by its name (ゆめが丘SC) or by its report label (ゆめが丘SC出張販売). Used by
the command line (`pos tally`, `pos receipt`); every refusal says in Japanese what was not found.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Sale, SalesDay, Till, Venue
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.fiscal import format_date_ja
from pos.domain.master import canonical_name, same_text
from pos.services.days import DayInfo, day_info


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            f"日付「{text}」が読めません。YYYY-MM-DD の形式で指定してください（例: 2024-06-15）",
            f"Cannot read the date {text!r}: use YYYY-MM-DD",
        ) from None


def parse_sale_id(text: str) -> UUID:
    try:
        return UUID(text.strip())
    except ValueError:
        raise InvalidInput(
            f"取引ID「{text}」の形式が正しくありません（UUID、または --day/--venue/--number で指定してください）",
            f"{text!r} is not a sale id (UUID)",
        ) from None


def find_day(db: Database, on: date, venue: str) -> DayInfo:
    """The sales day at `venue` (name or report label) on `on`."""
    venue = canonical_name(venue)
    with db.sessions() as s:
        venues = [v for v in s.scalars(select(Venue)) if same_text(v.name, venue) or same_text(v.report_label, venue)]
        if not venues:
            raise NotFound(
                f"会場「{venue}」が見つかりません（会場名または報告書での表記で指定してください）",
                f"No venue named or labelled {venue!r}",
            )
        found = list(
            s.scalars(select(SalesDay).where(SalesDay.day == on, SalesDay.venue_id.in_([v.id for v in venues])))
        )
        if not found:
            raise NotFound(
                f"{format_date_ja(on)}の「{venue}」の販売日はありません",
                f"No sales day at {venue} on {on.isoformat()}",
            )
        if len(found) > 1:
            names = "、".join(sorted(d.venue.name for d in found))
            raise InvalidInput(
                f"{format_date_ja(on)}に「{venue}」の販売日が複数あります（{names}）。会場名で指定してください",
                f"Several sales days match {venue!r} on {on.isoformat()}: give the venue name",
            )
        return day_info(s, found[0])


def find_sale(db: Database, day: DayInfo, number: int, till: str | None = None) -> UUID:
    """The id of sale number `number` (1, 2, ...) of a sales day, on till `till` (needed only when
    several tills of the day have a sale of that number)."""
    where = [Sale.sales_day_id == day.id, Sale.number == number]
    if till:
        where.append(Till.name == till.strip())
    with db.sessions() as s:
        found = s.execute(select(Sale.id, Till.name).join(Till, Till.id == Sale.till_id).where(*where)).all()
    if not found:
        on = f"（{till}）" if till else ""
        raise NotFound(
            f"{format_date_ja(day.day)}の「{day.venue.name}」{on}に{number}番の取引はありません",
            f"No sale number {number} on that day",
        )
    if len(found) > 1:
        raise InvalidInput(
            f"{number}番の取引は複数のレジにあります（{'、'.join(sorted(n for _, n in found))}）。"
            "--till でレジを指定してください",
            f"Sale number {number} exists on several tills: give --till",
        )
    return found[0][0]
