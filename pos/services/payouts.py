"""Monthly payout statements: per workshop, every closed day of the month with the figures frozen at
its close (`day_settlements`), never recomputed; and the coordinator's list of transfers to make.

`month_payouts(db, "2025-06", workshop=None)` returns plain data for the PDF
(`pos.reports.payout_pdf`), the CSV (`payout_csv_rows`) and the screen. Days of the month that are
not closed yet have no settled figures: they are listed apart (`unclosed`) so nobody pays from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import DaySettlement, SalesDay, Venue, Workshop
from pos.domain.clock import local, now_utc
from pos.domain.day_state import DAY_STATE_LABELS, DayState
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.settlement import format_rate
from pos.services.settings import get_settings
from pos.services.settlement import ensure_frozen

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_month(text: str) -> tuple[int, int]:
    """ "2025-06" → (2025, 6)."""
    m = _MONTH.match(text or "")
    if not m or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 1989:
        raise InvalidInput(
            f"月「{text}」が読めません。YYYY-MM の形式で指定してください（例: 2025-06）",
            f"Cannot read the month {text!r}: use YYYY-MM",
        )
    return int(m.group(1)), int(m.group(2))


@dataclass(frozen=True)
class PayoutDay:
    day: date
    venue: str
    sales: int
    cash: int
    vouchers: int
    cashless: int
    commission_bp: int
    commission: int
    fees: int
    cash_handed: int
    transfer: int
    note: str  # e.g. frozen by the upgrade for a day closed before this feature

    @property
    def rate_text(self) -> str:
        return format_rate(self.commission_bp)


@dataclass(frozen=True)
class WorkshopStatement:
    workshop_id: UUID
    name: str
    invoice_number: str | None
    days: tuple[PayoutDay, ...]

    def total(self, field: str) -> int:
        return sum(getattr(d, field) for d in self.days)

    @property
    def sales(self) -> int:
        return self.total("sales")

    @property
    def transfer(self) -> int:
        return self.total("transfer")


@dataclass(frozen=True)
class UnclosedDay:
    day: date
    venue: str
    state_label: str


@dataclass(frozen=True)
class MonthPayouts:
    year: int
    month: int
    statements: tuple[WorkshopStatement, ...]
    unclosed: tuple[UnclosedDay, ...]
    booth_name: str
    council_name: str
    subcommittee_name: str
    generated_at: datetime  # JST

    @property
    def label(self) -> str:
        return f"{self.year}年{self.month}月"

    def total(self, field: str) -> int:
        return sum(s.total(field) for s in self.statements)


def _month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    after = date(year + (month == 12), month % 12 + 1, 1)
    return first, after


def month_payouts(db: Database, month: str, workshop: str | None = None) -> MonthPayouts:
    year, mon = parse_month(month)
    first, after = _month_range(year, mon)
    settings = get_settings(db)
    with db.sessions() as s:
        closed = s.scalars(
            select(SalesDay.id).where(
                SalesDay.day >= first,
                SalesDay.day < after,
                SalesDay.state == DayState.CLOSED.value,
                SalesDay.source == "app",
            )
        ).all()
    ensure_frozen(db, closed)  # days merged or seeded without a close: frozen once, with a note
    with db.sessions() as s:
        only: UUID | None = None
        if workshop is not None:
            name = workshop.strip()
            only = s.scalar(select(Workshop.id).where(Workshop.name == name))
            if only is None:
                raise NotFound(f"事業所「{name}」が見つかりません", f"No workshop named {name!r}")
        query = (
            select(DaySettlement, SalesDay.day, Venue.name, Workshop.name, Workshop.invoice_number, Workshop.kana)
            .join(SalesDay, DaySettlement.sales_day_id == SalesDay.id)
            .join(Venue, SalesDay.venue_id == Venue.id)
            .join(Workshop, DaySettlement.workshop_id == Workshop.id)
            .where(SalesDay.day >= first, SalesDay.day < after, SalesDay.state == DayState.CLOSED.value)
            .order_by(Workshop.kana, Workshop.name, SalesDay.day, Venue.display_order, Venue.name)
        )
        if only is not None:
            query = query.where(DaySettlement.workshop_id == only)
        rows = s.execute(query).all()
        unclosed = s.execute(
            select(SalesDay.day, Venue.name, SalesDay.state)
            .join(Venue)
            .where(SalesDay.day >= first, SalesDay.day < after, SalesDay.state != DayState.CLOSED.value)
            .order_by(SalesDay.day, Venue.display_order)
        ).all()
    by_workshop: dict[UUID, tuple[str, str | None, list[PayoutDay]]] = {}
    for r, on, venue, wname, invoice, _kana in rows:
        entry = by_workshop.setdefault(r.workshop_id, (wname, invoice, []))
        entry[2].append(
            PayoutDay(
                on,
                venue,
                r.sales,
                r.cash,
                r.vouchers,
                r.cashless,
                r.commission_bp,
                r.commission,
                r.fees,
                r.cash_handed,
                r.transfer,
                r.note,
            )
        )
    return MonthPayouts(
        year=year,
        month=mon,
        statements=tuple(WorkshopStatement(wid, n, inv, tuple(ds)) for wid, (n, inv, ds) in by_workshop.items()),
        unclosed=tuple(UnclosedDay(d, v, DAY_STATE_LABELS[DayState(st)]) for d, v, st in unclosed),
        booth_name=settings["booth_name"],
        council_name=settings["council_name"],
        subcommittee_name=settings["subcommittee_name"],
        generated_at=local(now_utc()),
    )


CSV_HEADERS = (
    "年月",
    "販売日",
    "会場",
    "事業所",
    "登録番号",
    "売上",
    "現金",
    "商品券",
    "キャッシュレス",
    "手数料率",
    "手数料",
    "決済手数料",
    "現金渡し",
    "商品券渡し",
    "振込予定",
)


def payout_csv_rows(payouts: MonthPayouts) -> list[list[object]]:
    """One row per workshop per day (CSV_HEADERS), money as int yen."""
    month = f"{payouts.year}-{payouts.month:02d}"
    return [
        [
            month,
            d.day.isoformat(),
            d.venue,
            st.name,
            st.invoice_number or "",
            d.sales,
            d.cash,
            d.vouchers,
            d.cashless,
            d.rate_text,
            d.commission,
            d.fees,
            d.cash_handed,
            d.vouchers,
            d.transfer,
        ]
        for st in payouts.statements
        for d in st.days
    ]


def payout_months(db: Database) -> list[str]:
    """Months with sales days ("2025-06"), newest first (the screen's choices)."""
    with db.sessions() as s:
        days = s.scalars(select(SalesDay.day).where(SalesDay.source == "app").distinct())
        return sorted({f"{d.year}-{d.month:02d}" for d in days}, reverse=True)
