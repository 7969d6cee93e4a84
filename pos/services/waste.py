"""Waste and sell-through of perishable food per workshop, venue and month of a fiscal year.

Per sales day and product: brought = its lots; sold = what paid sales took (at most what was
brought); left = brought − sold. What happened to what was left comes from the lot dispositions:
taken back (持ち帰り), disposed (廃棄), other (その他); anything left without a record (days
closed before dispositions were recorded, imported days) shows as 未記録. Sell-through = sold /
brought. Only perishable products count (goods that keep are simply taken back). `marked_down` is
the part of `sold` that went at a markdown (値引: 見切り, 試食, その他 — sale lines with a
`discount_reason`), so full-price sell-through is (sold − marked_down) / brought.

`waste_csv_table` gives the rows for a CSV file (written by `pos.reports.csv_export`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import case, func, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.elements import ColumnElement

from pos.db.engine import Database
from pos.db.models import Lot, LotDisposition, Product, Sale, SaleLine, SalesDay, Venue, Workshop
from pos.domain.day_state import SaleState
from pos.domain.fiscal import fiscal_year_range

KINDS = ("taken_back", "disposed", "other")


@dataclass(frozen=True)
class WasteRow:
    """One workshop at one venue in one month (`month` is "YYYY-MM")."""

    workshop_id: UUID
    workshop_name: str
    venue_name: str
    month: str
    days: int
    brought: int
    sold: int
    taken_back: int
    disposed: int
    other: int
    marked_down: int = 0  # of `sold`, the units sold marked down

    @property
    def left(self) -> int:
        return self.brought - self.sold

    @property
    def unrecorded(self) -> int:
        return max(self.left - self.taken_back - self.disposed - self.other, 0)

    @property
    def sell_through(self) -> float | None:
        """Share of what was brought that sold (0-1), None when nothing was brought."""
        return self.sold / self.brought if self.brought else None

    @property
    def sell_through_text(self) -> str:
        rate = self.sell_through
        return "" if rate is None else f"{rate * 100:.1f}%"

    @property
    def month_label(self) -> str:
        year, month = self.month.split("-")
        return f"{year}年{int(month)}月"


@dataclass(frozen=True)
class WasteReport:
    fiscal_year: int
    rows: tuple[WasteRow, ...]

    def for_workshop(self, workshop_id: UUID) -> tuple[WasteRow, ...]:
        return tuple(r for r in self.rows if r.workshop_id == workshop_id)

    def total(self, workshop_id: UUID | None = None) -> WasteRow:
        """The sum over all rows (of one workshop), as a row with venue and month "合計"."""
        rows = self.rows if workshop_id is None else self.for_workshop(workshop_id)
        name = rows[0].workshop_name if rows and workshop_id is not None else "全事業所"
        return WasteRow(
            workshop_id or UUID(int=0),
            name,
            "合計",
            "合計",
            sum(r.days for r in rows),
            sum(r.brought for r in rows),
            sum(r.sold for r in rows),
            sum(r.taken_back for r in rows),
            sum(r.disposed for r in rows),
            sum(r.other for r in rows),
            sum(r.marked_down for r in rows),
        )


def waste_report(db: Database, fiscal_year: int, workshop_id: UUID | None = None) -> WasteReport:
    """The fiscal year's figures per workshop, venue and month (of one workshop if given)."""
    first, last = fiscal_year_range(fiscal_year)
    in_year: tuple[ColumnElement[bool] | InstrumentedAttribute[bool], ...] = (
        SalesDay.day >= first,
        SalesDay.day <= last,
        Product.perishable,
    )
    if workshop_id is not None:
        in_year = (*in_year, Product.workshop_id == workshop_id)
    with db.sessions() as s:
        brought = s.execute(
            select(Lot.sales_day_id, Lot.product_id, func.sum(Lot.quantity))
            .join(SalesDay, Lot.sales_day_id == SalesDay.id)
            .join(Product, Lot.product_id == Product.id)
            .where(*in_year)
            .group_by(Lot.sales_day_id, Lot.product_id)
        ).all()
        sold: dict[tuple[UUID, UUID], int] = {}
        marked: dict[tuple[UUID, UUID], int] = {}
        for day_id, pid, n, m in s.execute(
            select(
                Sale.sales_day_id,
                SaleLine.product_id,
                func.sum(SaleLine.quantity),
                func.sum(case((SaleLine.discount_reason != "", SaleLine.quantity), else_=0)),
            )
            .join(Sale, SaleLine.sale_id == Sale.id)
            .join(SalesDay, Sale.sales_day_id == SalesDay.id)
            .join(Product, SaleLine.product_id == Product.id)
            .where(*in_year, Sale.state == SaleState.PAID.value)
            .group_by(Sale.sales_day_id, SaleLine.product_id)
        ):
            sold[(day_id, pid)], marked[(day_id, pid)] = int(n), int(m or 0)
        recorded = {
            (day_id, pid, kind): int(n)
            for day_id, pid, kind, n in s.execute(
                select(Lot.sales_day_id, Lot.product_id, LotDisposition.kind, func.sum(LotDisposition.quantity))
                .join(Lot, LotDisposition.lot_id == Lot.id)
                .join(SalesDay, Lot.sales_day_id == SalesDay.id)
                .join(Product, Lot.product_id == Product.id)
                .where(*in_year)
                .group_by(Lot.sales_day_id, Lot.product_id, LotDisposition.kind)
            )
        }
        days = {
            d.id: (d.day, d.venue_id)
            for d in s.execute(
                select(SalesDay.id, SalesDay.day, SalesDay.venue_id).where(SalesDay.day >= first, SalesDay.day <= last)
            )
        }
        venues = {v.id: (v.display_order, v.name) for v in s.execute(select(Venue.id, Venue.display_order, Venue.name))}
        owners = dict(s.execute(select(Product.id, Product.workshop_id)).all())
        workshops = {w.id: (w.kana, w.name) for w in s.execute(select(Workshop.id, Workshop.kana, Workshop.name))}

    totals: dict[tuple[UUID, UUID, str], list[int]] = defaultdict(lambda: [0] * 6)
    day_sets: dict[tuple[UUID, UUID, str], set[UUID]] = defaultdict(set)
    for day_id, pid, qty in brought:
        on, venue_id = days[day_id]
        key = (owners[pid], venue_id, f"{on:%Y-%m}")
        row = totals[key]
        row[0] += int(qty)
        units = min(sold.get((day_id, pid), 0), int(qty))
        row[1] += units
        for i, kind in enumerate(KINDS, start=2):
            row[i] += recorded.get((day_id, pid, kind), 0)
        row[5] += min(marked.get((day_id, pid), 0), units)
        day_sets[key].add(day_id)
    rows = [
        WasteRow(wid, workshops[wid][1], venues[vid][1], month, len(day_sets[(wid, vid, month)]), *values)
        for (wid, vid, month), values in totals.items()
    ]
    rows.sort(key=lambda r: (workshops[r.workshop_id], _order(venues, r.venue_name), r.month))
    return WasteReport(fiscal_year, tuple(rows))


def _order(venues: dict[UUID, tuple[int, str]], name: str) -> tuple[int, str]:
    return next((v for v in venues.values() if v[1] == name), (0, name))


CSV_HEADERS = (
    "事業所",
    "会場",
    "月",
    "販売日数",
    "持込数",
    "販売数",
    "販売率(%)",
    "売れ残り",
    "持ち帰り",
    "廃棄",
    "その他",
    "未記録",
    "値引販売数",
)


def waste_csv_table(report: WasteReport) -> tuple[tuple[str, ...], list[list[object]]]:
    """Headers and rows (numbers as numbers, sell-through in % to one decimal) plus a total line."""
    rows: list[list[object]] = []
    for r in (*report.rows, report.total()):
        rate = r.sell_through
        rows.append(
            [
                r.workshop_name,
                r.venue_name,
                r.month,
                r.days,
                r.brought,
                r.sold,
                "" if rate is None else round(rate * 100, 1),
                r.left,
                r.taken_back,
                r.disposed,
                r.other,
                r.unrecorded,
                r.marked_down,
            ]
        )
    return CSV_HEADERS, rows
