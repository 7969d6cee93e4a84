"""Everything the day-end tally PDF prints, gathered as plain data: `day_report(db, day_id)`.

It bundles the X tally (`pos.services.tally.DayTally`), the booth's names from the settings, the
opening and closing times in JST and who closed, the drawer count per denomination (a closed day
only), the day's events (opened, closed, reopened with reason), and one slip per workshop: what it
sold (its `WorkshopSettlement`; a workshop that took part and sold nothing gets an all-zero one) and
what became of its unsold perishables (`LotDisposition` rows: taken back, disposed, other), and the
取消一覧: every voided sale with its number, times, amount, payment, reason and who voided it (the
audit log's "void_sale" entry for that sale, where there is one). Rendering lives in
`pos.reports.tally_pdf`.

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
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import AuditEntry, CashCount, DayEvent, Lot, LotDisposition, Payment, Product, Sale, SalesDay
from pos.domain.clock import local, now_utc
from pos.domain.day_state import DayState, SaleState
from pos.domain.fiscal import format_date_ja
from pos.domain.money import DENOMINATIONS
from pos.domain.payments import method_label
from pos.domain.settlement import method_order
from pos.services.days import load_day
from pos.services.settings import get_settings
from pos.services.settlement import ensure_frozen
from pos.services.tally import DayTally, WorkshopSettlement, day_tally, till_tallies
from pos.services.tills import TillInfo, receipt_no

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
    detail: str = ""  # a close: the settlement figures frozen at that close

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


DISPOSITION_LABELS = {"taken_back": "持ち帰り", "disposed": "廃棄", "other": "その他"}


@dataclass(frozen=True)
class Disposed:
    """Units of one lot recorded at the end of the day: taken back, disposed or other (with a note)."""

    kind: str
    product_name: str
    quantity: int
    expiry_date: date | None
    note: str
    by_default: bool = False

    @property
    def kind_label(self) -> str:
        return DISPOSITION_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True)
class VoidedSale:
    """One line of the 取消一覧."""

    number: int
    sold_at: datetime  # JST
    voided_at: datetime | None  # JST
    amount: int
    payment: str  # e.g. "現金" or "PayPay ¥1,000 + 現金 ¥430"
    reason: str
    who: str
    receipt_no: str = ""  # as printed: "15" on レジ1, "レジ2-15" on another till


@dataclass(frozen=True)
class WorkshopSlip:
    settlement: WorkshopSettlement
    taken_back: tuple[TakenBack, ...]
    dispositions: tuple[Disposed, ...] = ()  # every kind, taken back first


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
    voids: tuple[VoidedSale, ...] = ()
    tills: tuple[TillReport, ...] = ()

    @property
    def open_tills(self) -> tuple[str, ...]:
        return tuple(t.till.name for t in self.tills if not t.closed)

    @property
    def over_short(self) -> int | None:
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash


def _zero_settlement(workshop_id: UUID, name: str, invoice_number: str | None, bp: int = 0) -> WorkshopSettlement:
    return WorkshopSettlement(workshop_id, name, invoice_number, 0, 0, 0, 0, (), (), commission_bp=bp)


def day_report(db: Database, day_id: UUID) -> DayReport:
    ensure_frozen(db, [day_id])  # a closed day that never went through the close (merged, demo)
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
            DayEventInfo(local(e.at), e.kind, e.reason, e.by, e.detail)
            for e in s.scalars(select(DayEvent).where(DayEvent.sales_day_id == day_id).order_by(DayEvent.at))
        )
        recorded = s.execute(
            select(
                Product.workshop_id,
                Product.name,
                LotDisposition.quantity,
                Lot.expiry_date,
                LotDisposition.note,
                LotDisposition.by_default,
                LotDisposition.kind,
            )
            .join(Lot, LotDisposition.lot_id == Lot.id)
            .join(Product, Lot.product_id == Product.id)
            .where(Lot.sales_day_id == day_id)
            .order_by(Product.kana, Product.name, Lot.expiry_date, LotDisposition.at)
        ).all()
        voids = _voids(s, day)
        closed_by, counted, comment = day.closed_by, day.counted_cash, day.cash_comment
        expected_stored = day.expected_cash

    taken_by_workshop: dict[UUID, list[TakenBack]] = {}
    recorded_by_workshop: dict[UUID, list[Disposed]] = {}
    for workshop_id, name, quantity, expiry, note, by_default, kind in recorded:
        if kind == "taken_back":
            taken_by_workshop.setdefault(workshop_id, []).append(TakenBack(name, quantity, expiry, note, by_default))
        done = Disposed(kind, name, quantity, expiry, note, by_default)
        recorded_by_workshop.setdefault(workshop_id, []).append(done)
    kind_order = list(DISPOSITION_LABELS)

    sold = {w.workshop_id: w for w in tally.workshops}
    order = [w.id for w in tally.day.workshops] + [w.workshop_id for w in tally.workshops]
    names = {w.id: (w.name, w.invoice_number) for w in tally.day.workshops}
    slips = tuple(
        WorkshopSlip(
            sold.get(wid) or _zero_settlement(wid, *names[wid], tally.commission_bp.get(wid, 0)),
            tuple(taken_by_workshop.get(wid, ())),
            tuple(sorted(recorded_by_workshop.get(wid, ()), key=lambda d: kind_order.index(d.kind))),
        )
        for wid in dict.fromkeys(order)
    )
    info = tally.day
    tills = tuple(
        TillReport(
            t.till,
            t,
            tuple(CashCountRow(d, counts_by_till.get(t.till.id, {}).get(d, 0)) for d in DENOMINATIONS)
            if t.till.closed
            else (),
        )
        for t in till_tallies(db, day_id)
        if t.till is not None
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
        voids=voids,
        tills=tills,
    )


def _voids(s: Session, day: SalesDay) -> tuple[VoidedSale, ...]:
    sales = s.scalars(
        select(Sale)
        .where(Sale.sales_day_id == day.id, Sale.state == SaleState.VOIDED.value)
        .order_by(Sale.created_at, Sale.number)
    ).all()
    if not sales:
        return ()
    payments: dict[UUID, list[tuple[str, int]]] = {}
    for sale_id, method, amount in s.execute(
        select(Payment.sale_id, Payment.method, Payment.amount).where(Payment.sale_id.in_([x.id for x in sales]))
    ):
        payments.setdefault(sale_id, []).append((method, amount))
    # the register records who voided a sale in the audit log, target "No.<n>　<venue>　<date>"
    suffix = f"　{day.venue.name}　{format_date_ja(day.day)}"
    who: dict[str, str] = {}
    for target, by in s.execute(
        select(AuditEntry.target, AuditEntry.who)
        .where(AuditEntry.action == "void_sale", AuditEntry.target.like(f"No.%{suffix}"))
        .order_by(AuditEntry.at)
    ):
        who[target] = by
    result = []
    for sale in sales:
        no = receipt_no(sale.till.name, sale.number)
        parts = sorted(payments.get(sale.id, []), key=lambda p: method_order(p[0]))
        payment = (
            method_label(parts[0][0]) if len(parts) == 1 else " + ".join(f"{method_label(m)} ¥{a:,}" for m, a in parts)
        )
        result.append(
            VoidedSale(
                sale.number,
                local(sale.created_at),
                local(sale.voided_at) if sale.voided_at else None,
                sale.total,
                payment,
                sale.void_reason,
                who.get(f"No.{no}{suffix}", ""),
                no,
            )
        )
    return tuple(result)
