"""Everything the day-end tally PDF prints, gathered as plain data: `day_report(db, day_id)`.

It bundles the X tally (`pos.services.tally.DayTally`), the booth's names from the settings, the
opening and closing times in JST and who closed, the drawer count per denomination (a closed day
only), the day's events (opened, closed, reopened with reason), and one slip per workshop: what it
sold (its `WorkshopSettlement`; a workshop that took part and sold nothing gets an all-zero one) and
the unsold perishables it takes back (`LotDisposition` rows of kind "taken_back"; none until the
stock screens record them). Rendering lives in `pos.reports.tally_pdf`.

With several tills (`pos.services.tills`) it also holds one `TillReport` per till — its own X/Z
figures, drawer count and over/short — while the totals, the drawer count and the workshops'
settlement are the whole day's (the sums over the tills). `open_tills` names the tills that keep
the day from closing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from uuid import UUID

from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import CashCount, DayEvent, Lot, LotDisposition, Product, SalesDay
from pos.domain.clock import local, now_utc
from pos.domain.day_state import DayState
from pos.domain.money import DENOMINATIONS
from pos.services.days import load_day
from pos.services.settings import get_settings
from pos.services.tally import DayTally, WorkshopSettlement, day_tally, till_tallies
from pos.services.tills import TillInfo

EVENT_LABELS = {"open": "開始", "close": "精算（締め）", "reopen": "再開"}


@dataclass(frozen=True)
class CashCountRow:
    denomination: int
    count: int

    @property
    def amount(self) -> int:
        return self.denomination * self.count


@dataclass(frozen=True)
class DayEventInfo:
    at: datetime  # JST
    kind: str
    reason: str
    by: str

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class TakenBack:
    """Units of one lot that the workshop took back at the end of the day (持ち帰り)."""

    product_name: str
    quantity: int
    expiry_date: date | None
    note: str
    by_default: bool = False  # recorded at the close because nobody entered what happened to the units


@dataclass(frozen=True)
class WorkshopSlip:
    settlement: WorkshopSettlement
    taken_back: tuple[TakenBack, ...]


@dataclass(frozen=True)
class TillReport:
    """One till's part of the day: its tally (its own sales and change fund) and its close."""

    till: TillInfo
    tally: DayTally
    cash_counts: tuple[CashCountRow, ...]  # every denomination, largest first; () unless the till is closed

    @property
    def closed(self) -> bool:
        return self.till.closed

    @property
    def expected_cash(self) -> int:
        stored = self.till.expected_cash
        return stored if self.closed and stored is not None else self.tally.expected_cash

    @property
    def counted_cash(self) -> int | None:
        return self.till.counted_cash if self.closed else None

    @property
    def over_short(self) -> int | None:
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash


@dataclass(frozen=True)
class DayReport:
    tally: DayTally
    booth_name: str
    council_name: str
    subcommittee_name: str
    closed: bool
    opened_at: datetime | None  # JST
    closed_at: datetime | None  # JST
    closed_by: str
    expected_cash: int  # stored at the close for a closed day, else the live figure
    counted_cash: int | None  # None while the day is not closed
    cash_comment: str
    cash_counts: tuple[CashCountRow, ...]  # every denomination, largest first; () unless closed
    events: tuple[DayEventInfo, ...]
    slips: tuple[WorkshopSlip, ...]
    generated_at: datetime  # JST
    tills: tuple[TillReport, ...] = ()

    @property
    def open_tills(self) -> tuple[str, ...]:
        return tuple(t.till.name for t in self.tills if not t.closed)

    @property
    def over_short(self) -> int | None:
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash


def _zero_settlement(workshop_id: UUID, name: str, invoice_number: str | None) -> WorkshopSettlement:
    return WorkshopSettlement(workshop_id, name, invoice_number, 0, 0, 0, 0, (), ())


def day_report(db: Database, day_id: UUID) -> DayReport:
    tally = day_tally(db, day_id)
    settings = get_settings(db)
    with db.sessions() as s:
        day: SalesDay = load_day(s, day_id)
        closed = day.state == DayState.CLOSED.value
        count_rows = s.execute(
            select(CashCount.till_id, CashCount.denomination, CashCount.count).where(CashCount.sales_day_id == day_id)
        ).all()
        stored_counts: dict[int, int] = {}
        counts_by_till: dict[UUID, dict[int, int]] = {}
        for till_id, denomination, n in count_rows:
            stored_counts[denomination] = stored_counts.get(denomination, 0) + n
            counts_by_till.setdefault(till_id, {})[denomination] = n
        events = tuple(
            DayEventInfo(local(e.at), e.kind, e.reason, e.by)
            for e in s.scalars(select(DayEvent).where(DayEvent.sales_day_id == day_id).order_by(DayEvent.at))
        )
        taken = s.execute(
            select(Product.workshop_id, Product.name, LotDisposition.quantity, Lot.expiry_date, LotDisposition.note,
                   LotDisposition.by_default)
            .join(Lot, LotDisposition.lot_id == Lot.id).join(Product, Lot.product_id == Product.id)
            .where(Lot.sales_day_id == day_id, LotDisposition.kind == "taken_back")
            .order_by(Product.kana, Product.name, Lot.expiry_date, LotDisposition.at)
        ).all()
        closed_by, counted, comment = day.closed_by, day.counted_cash, day.cash_comment
        expected_stored = day.expected_cash

    taken_by_workshop: dict[UUID, list[TakenBack]] = {}
    for workshop_id, name, quantity, expiry, note, by_default in taken:
        taken_by_workshop.setdefault(workshop_id, []).append(TakenBack(name, quantity, expiry, note, by_default))

    sold = {w.workshop_id: w for w in tally.workshops}
    order = [w.id for w in tally.day.workshops] + [w.workshop_id for w in tally.workshops]
    names = {w.id: (w.name, w.invoice_number) for w in tally.day.workshops}
    slips = tuple(
        WorkshopSlip(
            sold.get(wid) or _zero_settlement(wid, *names[wid]),
            tuple(taken_by_workshop.get(wid, ())),
        )
        for wid in dict.fromkeys(order)
    )
    info = tally.day
    tills = tuple(
        TillReport(t.till, t, tuple(CashCountRow(d, counts_by_till.get(t.till.id, {}).get(d, 0)) for d in DENOMINATIONS)
                   if t.till.closed else ())
        for t in till_tallies(db, day_id) if t.till is not None
    )
    return DayReport(
        tally=tally,
        booth_name=settings["booth_name"],
        council_name=settings["council_name"],
        subcommittee_name=settings["subcommittee_name"],
        closed=closed,
        opened_at=local(info.opened_at) if info.opened_at else None,
        closed_at=local(info.closed_at) if closed and info.closed_at else None,
        closed_by=closed_by if closed else "",
        expected_cash=expected_stored if closed and expected_stored is not None else tally.expected_cash,
        counted_cash=counted if closed else None,
        cash_comment=comment if closed else "",
        cash_counts=tuple(CashCountRow(d, stored_counts.get(d, 0)) for d in DENOMINATIONS) if closed else (),
        events=events,
        slips=slips,
        generated_at=local(now_utc()),
        tills=tills,
    )
