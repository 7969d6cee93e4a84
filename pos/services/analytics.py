"""Sales analytics of a fiscal year: by month × venue, by workshop, by venue (average sale, sales per
workshop-day, cash vs cashless).

Only paid sales count (voided ones are left out). Every figure comes from one GROUP BY query over the
year's date range (`sales_days.day` is indexed), never from a Python loop over sale lines.

| figure                     | definition                                                               |
|----------------------------|--------------------------------------------------------------------------|
| sales (month × venue)      | Σ sales.total of paid sales on the venue's days in that month              |
| average sale               | venue sales ÷ number of paid sales, rounded half up to whole yen          |
| workshop-days              | participations on the venue's days, guests (other wards) included; the     |
|                            | table shows the guests' share in its own column, so members-only (the     |
|                            | report's and the monthly lines' count) = workshop-days − guests            |
| sales per workshop-day     | venue sales ÷ workshop-days (guests included: their sales are in the total) |
| workshop sales             | Σ sale_lines.amount of the workshop's lines in paid sales                 |
| workshop per day           | workshop sales ÷ days the workshop took part                              |
| cash / cashless            | Σ payments.amount by method (cash, or any cashless brand)                 |
| cashless share             | cashless ÷ (cash + cashless), as a percentage with one decimal            |

Money stays int yen; divisions are integer (half up), percentages Decimal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from uuid import UUID

from sqlalchemy import case, extract, func, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import Participation, Payment, Sale, SaleLine, SalesDay, Venue, Workshop
from pos.domain.fiscal import fiscal_months, fiscal_year_range
from pos.domain.payments import CASH

PAID = "paid"


def ratio(numerator: int, denominator: int) -> int:
    """numerator ÷ denominator rounded half up to a whole number (0 when the denominator is 0)."""
    if denominator <= 0:
        return 0
    return (2 * numerator + denominator) // (2 * denominator)


def percent(part: int, whole: int) -> Decimal | None:
    """part as a percentage of whole, one decimal, half up (None when whole is 0)."""
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def percent_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value}%"


@dataclass(frozen=True)
class VenueFigures:
    """One venue over the year."""

    venue_id: UUID
    name: str
    days: int
    sales_count: int
    total: int
    workshop_days: int
    cash: int
    cashless: int
    guest_days: int = 0  # of the workshop-days, those of guest workshops (other wards)

    @property
    def member_days(self) -> int:
        """Workshop-days of member workshops only: the figure the report and the monthly lines count."""
        return self.workshop_days - self.guest_days

    @property
    def average_sale(self) -> int:
        return ratio(self.total, self.sales_count)

    @property
    def per_workshop_day(self) -> int:
        return ratio(self.total, self.workshop_days)

    @property
    def cashless_share(self) -> Decimal | None:
        return percent(self.cashless, self.cash + self.cashless)

    @property
    def cash_share(self) -> Decimal | None:
        share = self.cashless_share
        return None if share is None else Decimal(100) - share


@dataclass(frozen=True)
class WorkshopFigures:
    """One workshop over the year (guests included, marked)."""

    workshop_id: UUID
    name: str
    is_guest: bool
    days: int
    quantity: int
    total: int

    @property
    def per_day(self) -> int:
        return ratio(self.total, self.days)


@dataclass(frozen=True)
class Analytics:
    """The year's figures. `by_month[(venue_id, (year, month))]` is the paid sales of that cell."""

    fiscal_year: int
    months: tuple[tuple[int, int], ...]  # twelve (year, month), April first
    venues: tuple[VenueFigures, ...]  # venues with days in the year, in display order
    by_month: dict[tuple[UUID, tuple[int, int]], int]
    workshops: tuple[WorkshopFigures, ...]  # by sales, highest first

    def month_total(self, ym: tuple[int, int]) -> int:
        return sum(v for (_, m), v in self.by_month.items() if m == ym)

    @property
    def total(self) -> int:
        return sum(v.total for v in self.venues)

    @property
    def sales_count(self) -> int:
        return sum(v.sales_count for v in self.venues)

    @property
    def cash(self) -> int:
        return sum(v.cash for v in self.venues)

    @property
    def cashless(self) -> int:
        return sum(v.cashless for v in self.venues)

    @property
    def workshop_days(self) -> int:
        return sum(v.workshop_days for v in self.venues)


def _venue_rows(s: Session, start: date, end: date) -> list[VenueFigures]:
    in_year = SalesDay.day.between(start, end)
    days = s.execute(
        select(Venue.id, Venue.name, func.count(SalesDay.id))
        .join(SalesDay, SalesDay.venue_id == Venue.id)
        .where(in_year)
        .group_by(Venue.id, Venue.name, Venue.display_order)
        .order_by(Venue.display_order, Venue.name)
    ).all()
    sales = {
        vid: (n, int(total or 0))
        for vid, n, total in s.execute(
            select(SalesDay.venue_id, func.count(Sale.id), func.sum(Sale.total))
            .join(Sale, Sale.sales_day_id == SalesDay.id)
            .where(in_year, Sale.state == PAID)
            .group_by(SalesDay.venue_id)
        )
    }
    guest = case((Workshop.is_guest, 1), else_=0)
    present = {
        vid: (n, int(guests or 0))
        for vid, n, guests in s.execute(
            select(SalesDay.venue_id, func.count(Participation.id), func.sum(guest))
            .join(Participation, Participation.sales_day_id == SalesDay.id)
            .join(Workshop, Workshop.id == Participation.workshop_id)
            .where(in_year)
            .group_by(SalesDay.venue_id)
        )
    }
    is_cash = case((Payment.method == CASH, 1), else_=0)
    paid_by: dict[UUID, dict[int, int]] = {}
    for vid, cash, amount in s.execute(
        select(SalesDay.venue_id, is_cash, func.sum(Payment.amount))
        .join(Sale, Sale.sales_day_id == SalesDay.id)
        .join(Payment, Payment.sale_id == Sale.id)
        .where(in_year, Sale.state == PAID)
        .group_by(SalesDay.venue_id, is_cash)
    ):
        paid_by.setdefault(vid, {})[cash] = int(amount or 0)
    return [
        VenueFigures(
            vid,
            name,
            n_days,
            *sales.get(vid, (0, 0)),
            present.get(vid, (0, 0))[0],
            paid_by.get(vid, {}).get(1, 0),
            paid_by.get(vid, {}).get(0, 0),
            present.get(vid, (0, 0))[1],
        )
        for vid, name, n_days in days
    ]


def _by_month(s: Session, start: date, end: date) -> dict[tuple[UUID, tuple[int, int]], int]:
    year, month = extract("year", SalesDay.day), extract("month", SalesDay.day)
    rows = s.execute(
        select(SalesDay.venue_id, year, month, func.sum(Sale.total))
        .join(Sale, Sale.sales_day_id == SalesDay.id)
        .where(SalesDay.day.between(start, end), Sale.state == PAID)
        .group_by(SalesDay.venue_id, year, month)
    )
    return {(vid, (int(y), int(m))): int(total or 0) for vid, y, m, total in rows}


def _workshop_rows(s: Session, start: date, end: date) -> list[WorkshopFigures]:
    in_year = SalesDay.day.between(start, end)
    days = {
        wid: n
        for wid, n in s.execute(
            select(Participation.workshop_id, func.count())
            .join(SalesDay, Participation.sales_day_id == SalesDay.id)
            .where(in_year)
            .group_by(Participation.workshop_id)
        )
    }
    sold = {
        wid: (int(q or 0), int(a or 0))
        for wid, q, a in s.execute(
            select(SaleLine.workshop_id, func.sum(SaleLine.quantity), func.sum(SaleLine.amount))
            .join(Sale, SaleLine.sale_id == Sale.id)
            .join(SalesDay, Sale.sales_day_id == SalesDay.id)
            .where(in_year, Sale.state == PAID)
            .group_by(SaleLine.workshop_id)
        )
    }
    ids = set(days) | set(sold)
    if not ids:
        return []
    names = {
        w: (n, g)
        for w, n, g in s.execute(select(Workshop.id, Workshop.name, Workshop.is_guest).where(Workshop.id.in_(ids)))
    }
    rows = [WorkshopFigures(w, names[w][0], names[w][1], days.get(w, 0), *sold.get(w, (0, 0))) for w in ids]
    return sorted(rows, key=lambda r: (-r.total, r.name))


def analytics(db: Database, fy: int) -> Analytics:
    """The sales figures of fiscal year `fy` (see the module docstring for the definitions)."""
    start, end = fiscal_year_range(fy)
    with db.sessions() as s:
        venues = _venue_rows(s, start, end)
        by_month = _by_month(s, start, end)
        workshops = _workshop_rows(s, start, end)
    return Analytics(fy, tuple(fiscal_months(fy)), tuple(venues), by_month, tuple(workshops))


# --- the figures as tables (the screen shows them; CSV export writes the same rows) ----------------

Table = tuple[list[str], list[list[str | int]]]


def month_venue_table(a: Analytics) -> Table:
    """月 × 会場: one row per month (4月 … 3月), one column per venue, then the month's total; a 合計 row."""
    headers = ["月", *(v.name for v in a.venues), "合計"]
    rows: list[list[str | int]] = []
    for ym in a.months:
        rows.append([f"{ym[1]}月", *(a.by_month.get((v.venue_id, ym), 0) for v in a.venues), a.month_total(ym)])
    rows.append(["合計", *(v.total for v in a.venues), a.total])
    return headers, rows


def workshop_table(a: Analytics) -> Table:
    """事業所別: sales, items, days taking part, sales per day; highest sales first."""
    headers = ["事業所", "売上（円）", "点数", "出店日数", "1日あたり売上（円）", "区分"]
    rows: list[list[str | int]] = [
        [w.name, w.total, w.quantity, w.days, w.per_day, "ゲスト（他区）" if w.is_guest else ""] for w in a.workshops
    ]
    return headers, rows


def venue_table(a: Analytics) -> Table:
    """会場別: days, sales, number of sales, average sale, sales per workshop-day, cash / cashless shares."""
    headers = [
        "会場",
        "販売日数",
        "売上（円）",
        "取引数",
        "平均客単価（円）",
        "延べ出店事業所（ゲスト含む）",
        "うちゲスト（他区）",
        "1事業所1日あたり（円）",
        "現金（円）",
        "キャッシュレス（円）",
        "現金比率",
        "キャッシュレス比率",
    ]
    rows: list[list[str | int]] = [
        [
            v.name,
            v.days,
            v.total,
            v.sales_count,
            v.average_sale,
            v.workshop_days,
            v.guest_days,
            v.per_workshop_day,
            v.cash,
            v.cashless,
            percent_text(v.cash_share),
            percent_text(v.cashless_share),
        ]
        for v in a.venues
    ]
    cashless = percent(a.cashless, a.cash + a.cashless)
    rows.append(
        [
            "合計",
            sum(v.days for v in a.venues),
            a.total,
            a.sales_count,
            ratio(a.total, a.sales_count),
            a.workshop_days,
            sum(v.guest_days for v in a.venues),
            ratio(a.total, a.workshop_days),
            a.cash,
            a.cashless,
            percent_text(None if cashless is None else Decimal(100) - cashless),
            percent_text(cashless),
        ]
    )
    return headers, rows
