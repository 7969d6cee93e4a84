"""End of day: what happened to the perishable units left — taken back (持ち帰り), disposed (廃棄),
or handed over otherwise (その他, with a note).

`unsold_lots` lists every perishable lot of the day with units left (brought − paid sales − what is
already recorded). `record_dispositions` records, in one transaction, how the units of the lots
given are split; for each lot the quantities must add up to exactly what is left. Units recorded
leave the stock (the till cannot sell them any more). `record_default_dispositions` records
everything still left as taken back, marked `by_default`, and returns what it recorded so the caller
can say so (the close does this when nobody filled in the dispositions). The tallies' per-workshop
slips list the taken-back rows (`pos.services.day_report`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import LotDisposition, Product, Workshop
from pos.domain.clock import now_utc
from pos.domain.errors import InvalidInput
from pos.domain.lots import is_expired
from pos.services.days import load_day
from pos.services.stock import lock_day, lot_states

TAKEN_BACK, DISPOSED, OTHER = "taken_back", "disposed", "other"
KIND_LABELS = {TAKEN_BACK: "持ち帰り", DISPOSED: "廃棄", OTHER: "その他"}


@dataclass(frozen=True)
class UnsoldLot:
    lot_id: UUID
    product_id: UUID
    product_name: str
    workshop_id: UUID
    workshop_name: str
    expiry_date: date | None
    expired: bool
    left: int


@dataclass(frozen=True)
class DispositionItem:
    """Units of one lot: `kind` taken_back / disposed / other (a note is required for other)."""

    lot_id: UUID
    kind: str
    quantity: int
    note: str = ""


@dataclass(frozen=True)
class RecordedDisposition:
    lot_id: UUID
    product_name: str
    workshop_name: str
    kind: str
    quantity: int
    note: str
    by_default: bool

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def unsold_lots(db: Database, day_id: UUID) -> list[UnsoldLot]:
    """Every perishable lot of the day with units left to account for, by workshop and product."""
    with db.sessions() as s:
        on = load_day(s, day_id).day
        states = lot_states(s, day_id)
        if not states:
            return []
        products = s.execute(
            select(Product.id, Product.name, Workshop.id, Workshop.name)
            .join(Workshop)
            .where(Product.id.in_(states), Product.perishable)
            .order_by(Workshop.kana, Workshop.name, Product.kana, Product.name)
        ).all()
    result = []
    for pid, name, wid, wname in products:
        p = states[pid]
        left = p.left()
        for lot in sorted(p.lots, key=lambda lot: (lot.expiry is None, lot.expiry or date.max)):
            if left[lot.id]:
                result.append(
                    UnsoldLot(
                        lot.id,
                        pid,
                        name,
                        wid,
                        wname,
                        lot.expiry,
                        is_expired(lot.expiry, on),
                        left[lot.id],
                    )
                )
    return result


def _validate(items: Sequence[DispositionItem], unsold: dict[UUID, UnsoldLot]) -> dict[UUID, list[DispositionItem]]:
    by_lot: dict[UUID, list[DispositionItem]] = defaultdict(list)
    for item in items:
        lot = unsold.get(item.lot_id)
        if lot is None:
            raise InvalidInput(
                "売れ残りのないロットが含まれています（画面を開き直してください）",
                "A lot has nothing left to record (reopen the screen)",
            )
        if item.kind not in KIND_LABELS:
            raise InvalidInput(f"処理の種類「{item.kind}」はありません", f"Unknown kind {item.kind!r}")
        if isinstance(item.quantity, bool) or not isinstance(item.quantity, int) or item.quantity < 0:
            raise InvalidInput(f"「{lot.product_name}」の数は0以上の整数です", f"{lot.product_name}: bad quantity")
        if item.kind == OTHER and item.quantity and not item.note.strip():
            raise InvalidInput(
                f"「{lot.product_name}」の「その他」には内容（渡した先など）を入力してください",
                f"{lot.product_name}: say what happened to the units under 'other'",
            )
        by_lot[item.lot_id].append(item)
    for lot_id, lot_items in by_lot.items():
        lot = unsold[lot_id]
        total = sum(i.quantity for i in lot_items)
        if total != lot.left:
            raise InvalidInput(
                f"「{lot.product_name}」の残りは{lot.left}個ですが、持ち帰り・廃棄・その他の合計が{total}個です",
                f"{lot.product_name}: {lot.left} left but {total} accounted for",
            )
    return by_lot


def _write(
    db: Database, day_id: UUID, items: Sequence[DispositionItem], *, by_default: bool
) -> list[RecordedDisposition]:
    unsold = {u.lot_id: u for u in unsold_lots(db, day_id)}
    by_lot = _validate(items, unsold)
    at = now_utc()
    recorded: list[RecordedDisposition] = []
    with db.sessions.begin() as s:
        lock_day(s, day_id)
        load_day(s, day_id)
        fresh = _left_now(s, day_id)
        for lot_id, lot_items in by_lot.items():
            if fresh.get(lot_id) != unsold[lot_id].left:
                raise InvalidInput(
                    f"「{unsold[lot_id].product_name}」の残りが変わりました。画面を開き直してください",
                    f"{unsold[lot_id].product_name}: what is left changed meanwhile",
                )
            for item in lot_items:
                if item.quantity == 0:
                    continue
                s.add(
                    LotDisposition(
                        lot_id=lot_id,
                        kind=item.kind,
                        quantity=item.quantity,
                        note=item.note.strip(),
                        at=at,
                        by_default=by_default,
                    )
                )
                lot = unsold[lot_id]
                recorded.append(
                    RecordedDisposition(
                        lot_id,
                        lot.product_name,
                        lot.workshop_name,
                        item.kind,
                        item.quantity,
                        item.note.strip(),
                        by_default,
                    )
                )
    return recorded


def _left_now(s: Session, day_id: UUID) -> dict[UUID, int]:
    """Inside the writing transaction: units left of every lot, to check nothing moved meanwhile."""
    left: dict[UUID, int] = {}
    for p in lot_states(s, day_id).values():
        left.update(p.left())
    return left


def record_dispositions(db: Database, day_id: UUID, items: Sequence[DispositionItem]) -> list[RecordedDisposition]:
    """Record how the units left of the lots given were handled; per lot they must add up to what is left."""
    if not items:
        return []
    return _write(db, day_id, items, by_default=False)


def record_default_dispositions(db: Database, day_id: UUID) -> list[RecordedDisposition]:
    """Record every perishable unit still left as taken back (持ち帰り), marked as recorded by default."""
    items = [DispositionItem(u.lot_id, TAKEN_BACK, u.left) for u in unsold_lots(db, day_id)]
    return _write(db, day_id, items, by_default=True) if items else []


def describe(recorded: Sequence[RecordedDisposition]) -> str:
    """A short Japanese account of what was recorded, e.g. for the message after the close."""
    if not recorded:
        return "売れ残りの記録はありません"
    totals: dict[str, int] = defaultdict(int)
    for r in recorded:
        totals[r.kind] += r.quantity
    parts = "、".join(f"{KIND_LABELS[k]} {totals[k]}個" for k in KIND_LABELS if totals.get(k))
    suffix = "（入力がなかったため、すべて持ち帰りとして記録）" if all(r.by_default for r in recorded) else ""
    return f"売れ残りを記録しました: {parts}{suffix}"
