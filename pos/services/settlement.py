"""Settlement per workshop per day: the rates (commission, terminal fees), the live figures of a day
and the figures frozen when the day closes. Rules and rounding: `pos.domain.settlement`, docs/settlement.md.

Rates
    commission: the booth's default (`commission_percent` setting, whole percent), a workshop's own
    rate (`workshops.commission_bp`), a venue's override for every workshop selling there
    (`venues.commission_bp`); terminal fee per cashless brand (`fee_bp_<brand>` settings; 商品券 none).
Live figures
    `live_settlements(s, day_id)` shares each paid sale's payments among its lines
    (`payment_shares`) and settles each workshop of the day with today's rates.
Frozen figures
    `freeze_day(s, day_id)` (called by the close, in the close's transaction) stores one
    `DaySettlement` row per workshop of the day with the rates used and returns a text of the figures
    for the close event; `frozen_settlements(s, day_id)` reads them back. A reopen drops the rows (the
    close event keeps the text); the next close freezes again with the rates of that moment.
    `ensure_frozen(db, day_ids)` freezes, once and with a note, closed days that never went through
    the close (merged, imported, demo data); the Z and the month's statements call it first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import DaySettlement, Participation, Payment, Sale, SaleLine, SalesDay, Setting, Venue, Workshop
from pos.domain.clock import local, now_utc
from pos.domain.day_state import DayState, SaleState
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.payments import CASHLESS_BRANDS, method_label
from pos.domain.settlement import (
    BP_PER_PERCENT,
    VOUCHER,
    FeeLine,
    Settlement,
    effective_commission,
    format_rate,
    parse_rate,
    settle,
    workshop_shares,
)
from pos.services.auth import add_entry

FEE_PREFIX = "fee_bp_"
#: The cashless brands that can carry a terminal fee (商品券 has none), in the booth's order.
FEE_BRANDS: tuple[tuple[str, str], ...] = tuple((k, label) for k, label in CASHLESS_BRANDS if k != VOUCHER)


def fee_key(method: str) -> str:
    return FEE_PREFIX + method


# -- rates -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RateRow:
    id: UUID
    name: str
    rate_bp: int | None  # None: not set (workshop → the default; venue → no override)


@dataclass(frozen=True)
class Rates:
    default_bp: int
    workshops: tuple[RateRow, ...]
    venues: tuple[RateRow, ...]
    fees: tuple[tuple[str, str, int], ...]  # (brand, label, bp)

    def fee_bp(self) -> dict[str, int]:
        return {m: bp for m, _, bp in self.fees}


def _settings(s: Session) -> dict[str, str]:
    return {r.key: r.value for r in s.scalars(select(Setting))}


def _default_bp(stored: Mapping[str, str]) -> int:
    value = stored.get("commission_percent", "0")
    return int(value) * BP_PER_PERCENT if value.isdigit() and int(value) <= 100 else 0


def _fee_bp(stored: Mapping[str, str]) -> dict[str, int]:
    out = {}
    for method, _ in FEE_BRANDS:
        value = stored.get(fee_key(method), "0")
        out[method] = int(value) if value.isdigit() and int(value) <= 10_000 else 0
    return out


def get_rates(db: Database) -> Rates:
    with db.sessions() as s:
        stored = _settings(s)
        workshops = s.execute(
            select(Workshop.id, Workshop.name, Workshop.commission_bp).order_by(Workshop.kana, Workshop.name)
        ).all()
        venues = s.execute(
            select(Venue.id, Venue.name, Venue.commission_bp).order_by(Venue.display_order, Venue.name)
        ).all()
    fee = _fee_bp(stored)
    return Rates(
        default_bp=_default_bp(stored),
        workshops=tuple(RateRow(*w) for w in workshops),
        venues=tuple(RateRow(*v) for v in venues),
        fees=tuple((m, label, fee[m]) for m, label in FEE_BRANDS),
    )


def _optional_rate(text: str, label: str) -> int | None:
    text = (text or "").strip()
    return None if not text else parse_rate(text, label)


def _rated_row(s: Session, model: type[Workshop] | type[Venue], row_id: UUID) -> Workshop | Venue | None:
    """The workshop or venue whose commission rate is being set."""
    return s.get(Workshop, row_id) if model is Workshop else s.get(Venue, row_id)


def save_rates(
    db: Database,
    *,
    workshops: Mapping[UUID, str] | None = None,
    venues: Mapping[UUID, str] | None = None,
    fees: Mapping[str, str] | None = None,
    who: str = "",
) -> list[str]:
    """Set commission rates (per workshop, per venue; "" clears) and fee rates (per brand; "" is 0 %),
    given as percent texts ("3.24"). All checked before anything is written; one audit entry lists
    the changes (old → new). Closed days keep the figures frozen at their close. Returns the changes."""
    changes: list[str] = []
    with db.sessions.begin() as s:
        stored = _settings(s)
        fee_now = _fee_bp(stored)
        new_fees: dict[str, int] = {}
        brand_labels = dict(FEE_BRANDS)
        for method, text in (fees or {}).items():
            if method not in brand_labels:
                raise InvalidInput(
                    f"支払方法「{method}」には手数料を設定できません", f"No fee can be set for {method!r}"
                )
            bp = _optional_rate(text, f"{brand_labels[method]}の決済手数料") or 0
            if bp != fee_now[method]:
                new_fees[method] = bp
        new_rows: list[tuple[type[Workshop] | type[Venue], UUID, int | None]] = []
        sources: tuple[tuple[type[Workshop] | type[Venue], Mapping[UUID, str] | None, str], ...] = (
            (Workshop, workshops, "手数料"),
            (Venue, venues, "会場の手数料"),
        )
        for model, given, what in sources:
            for row_id, text in (given or {}).items():
                row = _rated_row(s, model, row_id)
                if row is None:
                    raise NotFound("事業所または会場が見つかりません", "Workshop or venue not found")
                row_bp = _optional_rate(text, f"{row.name}の{what}")
                if row_bp != row.commission_bp:
                    new_rows.append((model, row_id, row_bp))
        for method, bp in new_fees.items():
            s.merge(Setting(key=fee_key(method), value=str(bp)))
            changes.append(f"決済手数料 {brand_labels[method]}: {format_rate(fee_now[method])} → {format_rate(bp)}")
        for model, row_id, row_bp in new_rows:
            row = _rated_row(s, model, row_id)
            assert row is not None  # read a moment ago in this transaction
            kind = "事業所" if model is Workshop else "会場"
            old = "—" if row.commission_bp is None else format_rate(row.commission_bp)
            changes.append(f"{kind}の手数料 {row.name}: {old} → {'—' if row_bp is None else format_rate(row_bp)}")
            row.commission_bp = row_bp
        if changes:
            add_entry(s, who, "settings", "手数料率", "\n".join(changes))
    return changes


# -- the figures of a day ----------------------------------------------------------------------------


def day_method_shares(
    s: Session, day_id: UUID, till_id: UUID | None = None
) -> tuple[dict[UUID, int], dict[UUID, dict[str, int]]]:
    """Per workshop: sales, and its share of the day's paid payments by method (one till's with `till_id`)."""
    paid = Sale.state == SaleState.PAID.value
    of_day = Sale.sales_day_id == day_id
    if till_id is not None:
        of_day = of_day & (Sale.till_id == till_id)
    lines = s.execute(
        select(SaleLine.sale_id, SaleLine.workshop_id, SaleLine.amount)
        .join(Sale)
        .where(of_day, paid)
        .order_by(Sale.created_at, Sale.number, SaleLine.line_no)
    ).all()
    payments = s.execute(select(Payment.sale_id, Payment.method, Payment.amount).join(Sale).where(of_day, paid)).all()
    return workshop_shares(lines, payments)


def _day_workshops(s: Session, day_id: UUID) -> list[UUID]:
    return list(s.scalars(select(Participation.workshop_id).where(Participation.sales_day_id == day_id)))


def live_settlements(s: Session, day_id: UUID, till_id: UUID | None = None) -> dict[UUID, Settlement]:
    """Every workshop of the day (taking part or selling), settled with the rates in force now; with
    `till_id`, on that till's sales only (a till's X/Z; the settlement proper is the whole day's)."""
    day = s.get(SalesDay, day_id)
    if day is None:
        raise NotFound("販売日が見つかりません", "Sales day not found")
    stored = _settings(s)
    default_bp, fee_bp = _default_bp(stored), _fee_bp(stored)
    venue_bp = s.scalar(select(Venue.commission_bp).where(Venue.id == day.venue_id))
    sales, methods = day_method_shares(s, day_id, till_id)
    ids = list(dict.fromkeys([*_day_workshops(s, day_id), *sales]))
    own = dict(s.execute(select(Workshop.id, Workshop.commission_bp).where(Workshop.id.in_(ids))).all()) if ids else {}
    return {
        wid: settle(
            sales.get(wid, 0), methods.get(wid, {}), effective_commission(default_bp, own.get(wid), venue_bp), fee_bp
        )
        for wid in ids
    }


def _fee_detail(lines: tuple[FeeLine, ...]) -> str:
    return "\n".join(f"{f.method}:{f.amount}:{f.rate_bp}:{f.fee}" for f in lines)


def _fee_lines(detail: str) -> tuple[FeeLine, ...]:
    out = []
    for line in (detail or "").splitlines():
        method, amount, bp, fee = line.split(":")
        out.append(FeeLine(method, int(amount), int(bp), int(fee)))
    return tuple(out)


def freeze_day(s: Session, day_id: UUID, note: str = "") -> str:
    """Store the day's settlement per workshop with today's rates (replacing earlier rows); returns the
    figures as text for the close event."""
    figures = live_settlements(s, day_id)
    s.execute(delete(DaySettlement).where(DaySettlement.sales_day_id == day_id))
    now = now_utc()
    for wid, st in figures.items():
        s.add(
            DaySettlement(
                sales_day_id=day_id,
                workshop_id=wid,
                sales=st.sales,
                cash=st.cash,
                vouchers=st.vouchers,
                cashless=st.cashless,
                commission_bp=st.commission_bp,
                commission=st.commission,
                fees=st.fees,
                fee_detail=_fee_detail(st.fee_lines),
                cash_handed=st.cash_handed,
                transfer=st.transfer,
                frozen_at=now,
                note=note,
            )
        )
    s.flush()
    names = dict(s.execute(select(Workshop.id, Workshop.name).where(Workshop.id.in_(list(figures)))).all())
    return figures_text({names[w]: st for w, st in figures.items()})


def figures_text(figures: Mapping[str, Settlement]) -> str:
    """One line per workshop: what a close event keeps of the frozen figures."""
    lines = []
    for name, st in sorted(figures.items()):
        fees = "、".join(f"{method_label(f.method)} {format_rate(f.rate_bp)} ¥{f.fee:,}" for f in st.fee_lines if f.fee)
        lines.append(
            f"{name}: 売上 ¥{st.sales:,}（現金 ¥{st.cash:,}・商品券 ¥{st.vouchers:,}・キャッシュレス ¥{st.cashless:,}）"
            f" 手数料 {format_rate(st.commission_bp)} ¥{st.commission:,} 決済手数料 ¥{st.fees:,}"
            f"{'（' + fees + '）' if fees else ''} 現金渡し ¥{st.cash_handed:,} 振込 ¥{st.transfer:,}"
        )
    return "\n".join(lines)


LATE_NOTE = "締め時の記録がないため、{on}の率で固定（統合・取り込み・デモで入った販売日）"


def ensure_frozen(db: Database, day_ids: Iterable[UUID]) -> int:
    """Freeze, once, the closed days among `day_ids` that have no frozen figures: days that came in by a
    merge, a history import or the demo data without passing through the close. They get today's rates
    and a note saying so; from then on they never change. Returns how many days were frozen."""
    ids = list(day_ids)
    if not ids:
        return 0
    query = select(SalesDay.id).where(
        SalesDay.id.in_(ids),
        SalesDay.state == DayState.CLOSED.value,
        ~exists().where(DaySettlement.sales_day_id == SalesDay.id),
    )
    with db.sessions() as s:  # a read first: the usual answer is "nothing to do", without the write lock
        if not s.scalars(query.limit(1)).first():
            return 0
    with db.sessions.begin() as s:
        missing = s.scalars(query).all()  # again under the write lock: another process may have done it
        note = LATE_NOTE.format(on=f"{local(now_utc()):%Y-%m-%d}")
        for day_id in missing:
            freeze_day(s, day_id, note)
    return len(missing)


def refreeze_if_stale(s: Session, day_id: UUID, note: str) -> None:
    """After another laptop's till joined a day (a merge): a closed day whose frozen figures no longer cover
    its paid sales (per workshop) is frozen again with `note`; an open day loses them. A closed day with no
    frozen figures is left to `ensure_frozen` (frozen at first use, with its own note)."""
    day = s.get(SalesDay, day_id)
    if day is None or not s.scalar(select(exists().where(DaySettlement.sales_day_id == day_id))):
        return
    frozen = {w: st.sales for w, st in frozen_settlements(s, day_id).items() if st.sales}
    if day.state != DayState.CLOSED.value:
        drop_frozen(s, day_id)
        return
    paid = {
        w: int(total)
        for w, total in s.execute(
            select(SaleLine.workshop_id, func.sum(SaleLine.amount))
            .join(Sale)
            .where(Sale.sales_day_id == day_id, Sale.state == SaleState.PAID.value)
            .group_by(SaleLine.workshop_id)
        )
        if total
    }
    if frozen != paid:
        freeze_day(s, day_id, note)


def drop_frozen(s: Session, day_id: UUID) -> None:
    s.execute(delete(DaySettlement).where(DaySettlement.sales_day_id == day_id))


def frozen_settlements(s: Session, day_id: UUID) -> dict[UUID, Settlement]:
    rows = s.scalars(select(DaySettlement).where(DaySettlement.sales_day_id == day_id))
    return {r.workshop_id: row_settlement(r) for r in rows}


def row_settlement(r: DaySettlement) -> Settlement:
    return Settlement(
        sales=r.sales,
        cash=r.cash,
        vouchers=r.vouchers,
        cashless=r.cashless,
        commission_bp=r.commission_bp,
        commission=r.commission,
        fee_lines=_fee_lines(r.fee_detail),
        cash_handed=r.cash_handed,
        transfer=r.transfer,
    )
