"""Ringing up: the cart of one register on one open sales day, payment, commit, and voids.

The cart lives in memory (`pos.domain.cart.Cart`); `checkout` writes the sale, its lines and its
payments in one transaction, or nothing. While a cart holds items, the day cannot be closed by this
process (`Database.unfinished_sales`). A void is a state of the sale with its reason, never a delete.

Stock-tracked products (with lots on the day) are taken first expiry first (FEFO, `pos.domain.lots`):
inside the checkout transaction, which first takes the database's write lock, availability is
checked again (another till may have sold the last units), a cart line becomes one sale line per lot
it takes from (same product, price and workshop, `lot_id` set), expired lots are never sold, and a
lot whose last unit goes gets its `sold_out_at`. A void gives the units back and clears `sold_out_at`
of a lot that is no longer sold out.

| cart                      | payment               | total | change | tax 8 % | tax 10 % |
|---------------------------|-----------------------|-------|--------|---------|----------|
| クッキー 300 ×2 (8 %)      | cash 1,000            | 600   | 400    | 44      | —        |
| 石けん 500 (10 %)          | PayPay 500            | 500   | 0      | —       | 45       |
| パン 1,430 (8 %)           | 交通系IC 1,000 + 500   | 1,430 | 70     | 105     | —        |
| パン 1,430 − 見切り 30 % (429) | cash 1,001        | 1,001 | 0      | 74      | —        |

Markdowns and open prices (docs/invoices.md): `mark_down` takes yen or a percentage off a cart line
with a reason; an open-price product (`products.open_price`) is added with the price typed at the
till (`add_product(..., price=)`; without one `OpenPriceRequired` is raised). A sale line keeps the
list price in `unit_price` and the markdown in `discount` / `discount_reason`; when a marked-down
cart line takes units from several lots, its markdown goes to its lot lines in order, each taking
at most its own amount, and every one of them carries the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import count
from uuid import UUID, uuid4

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import Lot, Participation, Payment, Sale, SaleLine, SalesDay, Till
from pos.domain.cart import Cart, CartItem, CartLine
from pos.domain.clock import now_utc
from pos.domain.day_state import SaleState, check_can_sell
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.domain.fiscal import format_date_ja
from pos.domain.lots import allocate_fefo, shortage_error
from pos.domain.money import check_price, format_yen
from pos.domain.payments import PaymentPart, method_label, plan_payment
from pos.services.auth import add_entry
from pos.services.catalog import ProductInfo, find_product_by_code, get_product
from pos.services.days import load_day
from pos.services.stock import lock_day, lot_states, product_stock, stock_levels
from pos.services.tills import receipt_no, resolve_till, this_till_name

_register_ids = count(1)

# The statements of the sale's write path, built once (SQLAlchemy caches their compiled SQL).
_SALES, _SALE_LINES, _PAYMENTS = Sale.__table__, SaleLine.__table__, Payment.__table__
_DAYS, _LOTS = SalesDay.__table__, Lot.__table__
_PAYMENT_COLUMNS = ("id", "sale_id", "method", "amount", "tendered", "change")
_TILLS = Till.__table__
_LOCK_DAY = (
    _DAYS.update()
    .where(_DAYS.c.id == bindparam("day_id"))
    .values(state=_DAYS.c.state)
    .returning(_DAYS.c.state, _DAYS.c.day)
)
_TILL_STATE = select(_TILLS.c.state).where(_TILLS.c.id == bindparam("till_id"))
_LAST_NUMBER = select(func.max(_SALES.c.number)).where(_SALES.c.till_id == bindparam("till_id"))
_SOLD_OUT = _LOTS.update().where(_LOTS.c.id.in_(bindparam("lots", expanding=True))).values(sold_out_at=bindparam("at"))


class OpenPriceRequired(InvalidInput):
    """An open-price product was added without its price: ask for it and add again with `price=`."""

    def __init__(self, product: ProductInfo) -> None:
        super().__init__(f"「{product.name}」は価格を入力して売る商品です", f"{product.name} needs a typed price")
        self.product = product


@dataclass(frozen=True)
class SaleSummary:
    """A committed sale as the register shows it afterwards."""

    id: UUID
    number: int
    created_at: datetime
    total: int
    item_count: int
    state: str
    payments: tuple[PaymentPart, ...]
    void_reason: str = ""
    till_name: str = ""

    @property
    def receipt_no(self) -> str:
        """The number printed on the receipt: 15 on レジ1, レジ2-15 on another till (tills.receipt_no)."""
        return receipt_no(self.till_name, self.number)

    @property
    def change(self) -> int:
        return sum(p.change for p in self.payments)

    @property
    def tendered(self) -> int:
        return sum(p.tendered for p in self.payments)

    @property
    def payment_text(self) -> str:
        return "・".join(method_label(p.method) for p in self.payments)


class Register:
    """One till on one sales day: the cart being rung up and the checkout. The till is `till_id`,
    by default this laptop's till on the day (`pos.services.tills`)."""

    def __init__(self, db: Database, day_id: UUID, till_id: UUID | None = None) -> None:
        self.db = db
        self.day_id = day_id
        self.cart = Cart()
        self._key = (day_id, next(_register_ids))
        name = None if till_id is not None else this_till_name(db)
        with db.sessions() as s:
            load_day(s, day_id)
            till = resolve_till(s, day_id, till_id, name)
            check_can_sell(till.state)
            self.till_id, self.till_name = till.id, till.name
            self.workshop_ids = frozenset(
                s.scalars(select(Participation.workshop_id).where(Participation.sales_day_id == day_id))
            )
        self.refresh_catalogue()

    def refresh_catalogue(self) -> None:
        """Reload which products are stock-tracked today (call after check-ins; done after each sale).

        Products themselves are read at every scan, so a price corrected mid-day applies at once.
        """
        self._tracked = set(stock_levels(self.db, self.day_id))

    # -- ringing up -------------------------------------------------------------------------
    def add_product(self, product_id: UUID, quantity: int = 1, price: int | None = None) -> int:
        """Add a product; `price` is the typed price of an open-price product (ignored for others)."""
        return self._add(get_product(self.db, product_id), quantity, price)

    def add_code(self, raw_code: str, quantity: int = 1) -> int:
        """A scanned or typed product code; unknown codes raise NotFound and add nothing."""
        return self._add(find_product_by_code(self.db, raw_code), quantity)

    def _add(self, p: ProductInfo, quantity: int, price: int | None = None) -> int:
        if not p.active:
            raise InvalidInput(f"「{p.name}」は販売停止中です", f"{p.name} is not on sale")
        if p.workshop_id not in self.workshop_ids:
            raise InvalidInput(
                f"「{p.workshop_name}」は本日出店していないため、「{p.name}」は販売できません",
                f"{p.workshop_name} is not taking part today",
            )
        unit_price = p.price
        if p.open_price:
            if price is None:
                raise OpenPriceRequired(p)
            unit_price = check_price(price)
        level = product_stock(self.db, self.day_id, p.id) if p.id in self._tracked else None
        if level is not None:
            in_cart = self.cart.quantity_of(p.id)
            if in_cart + quantity > level.remaining:
                raise shortage_error(p.name, in_cart + quantity, level.remaining, level.expired)
        item = CartItem(p.id, p.workshop_id, p.name, p.workshop_name, unit_price, p.tax_rate, p.code)
        index = self.cart.add(item, quantity)
        self._track()
        return index

    def set_quantity(self, index: int, quantity: int) -> None:
        line = self.cart.lines[index] if 0 <= index < len(self.cart) else None
        if line is not None and quantity > line.quantity and line.item.product_id in self._tracked:
            level = product_stock(self.db, self.day_id, line.item.product_id)
            wanted = self.cart.quantity_of(line.item.product_id) - line.quantity + quantity
            if level is not None and wanted > level.remaining:
                raise shortage_error(line.item.name, wanted, level.remaining, level.expired)
        self.cart.set_quantity(index, quantity)
        self._track()

    def restore(self, line: CartLine) -> int:
        """Put a removed cart line back (undo): same product, quantity, typed price and markdown."""
        index = self._add(get_product(self.db, line.item.product_id), line.quantity, line.item.unit_price)
        if line.marked_down:
            self.cart.mark_down(
                index, line.discount_reason, yen=line.discount_yen or None, percent=line.discount_percent or None
            )
        return index

    def mark_down(self, index: int, reason: str, *, yen: int | None = None, percent: int | None = None) -> CartLine:
        """値引 of a cart line (see `Cart.mark_down`); the UI asks the coordinator gate first."""
        return self.cart.mark_down(index, reason, yen=yen, percent=percent)

    def clear_markdown(self, index: int) -> None:
        self.cart.clear_markdown(index)

    def remove(self, index: int) -> CartLine:
        line = self.cart.remove(index)
        self._track()
        return line

    def clear(self) -> None:
        self.cart.clear()
        self._track()

    def _track(self) -> None:
        if len(self.cart):
            self.db.open_carts[self._key] = len(self.cart)
        else:
            self.db.open_carts.pop(self._key, None)

    # -- paying ------------------------------------------------------------------------------
    def preview_payment(
        self, cashless: list[tuple[str, int]] | None = None, cash_tendered: int | None = None
    ) -> list[PaymentPart]:
        """Check a payment without writing anything (for the change display)."""
        return plan_payment(self.cart.total, cashless, cash_tendered)

    def checkout(self, cashless: list[tuple[str, int]] | None = None, cash_tendered: int | None = None) -> SaleSummary:
        """Commit the cart as a paid sale, atomically; the cart is emptied on success only."""
        if self.cart.lines and self.cart.total <= 0:
            raise InvalidInput(
                "合計が0円の取引は記録できません（全額値引の行だけです）",
                "A sale of ¥0 cannot be recorded (only fully marked-down lines)",
            )
        parts = plan_payment(self.cart.total, cashless, cash_tendered)
        for attempt in range(3):
            try:
                summary = self._write_sale(parts)
                break
            except IntegrityError:  # another till took the same sale number: take the next one
                if attempt == 2:
                    raise
        self.clear()
        self.refresh_catalogue()
        return summary

    def _write_sale(self, parts: list[PaymentPart]) -> SaleSummary:
        """The sale, its lines and payments in one write transaction, as prepared Core statements
        (the lines and the payments each one executemany): the ORM's unit of work and building the
        statements anew at every sale cost more than writing the rows."""
        lines = self.cart.lines
        with self.db.sessions.begin() as s:
            conn = s.connection()
            # as stock.lock_day, the no-op update takes the write lock first; it returns the day's state
            row = conn.execute(_LOCK_DAY, {"day_id": self.day_id}).one_or_none()
            if row is None:
                raise NotFound("販売日が見つかりません", "Sales day not found")
            check_can_sell(row.state)
            check_can_sell(conn.execute(_TILL_STATE, {"till_id": self.till_id}).scalar_one())
            number = (conn.execute(_LAST_NUMBER, {"till_id": self.till_id}).scalar() or 0) + 1
            sale_id, created_at, total = uuid4(), now_utc(), self.cart.total
            payments = [
                Payment(
                    id=uuid4(), sale_id=sale_id, method=p.method, amount=p.amount, tendered=p.tendered, change=p.change
                )
                for p in parts
            ]
            conn.execute(
                _SALES.insert(),
                {
                    "id": sale_id,
                    "sales_day_id": self.day_id,
                    "till_id": self.till_id,
                    "number": number,
                    "created_at": created_at,
                    "total": total,
                    "state": SaleState.PAID.value,
                    "void_reason": "",
                    "voided_at": None,
                },
            )
            conn.execute(_SALE_LINES.insert(), self._sale_lines(s, sale_id, created_at, row.day, lines))
            conn.execute(_PAYMENTS.insert(), [{c: getattr(p, c) for c in _PAYMENT_COLUMNS} for p in payments])
            return SaleSummary(
                sale_id,
                number,
                created_at,
                total,
                sum(ln.quantity for ln in lines),
                SaleState.PAID.value,
                tuple(parts),
                "",
                self.till_name,
            )

    def _sale_lines(
        self, s: Session, sale_id: UUID, created_at: datetime, on: date, lines: tuple[CartLine, ...]
    ) -> list[dict[str, object]]:
        """One sale line per cart line, or per lot for stock-tracked products (FEFO, re-checked here)."""
        stocks = lot_states(s, self.day_id, {ln.item.product_id for ln in lines})
        rows: list[dict[str, object]] = []
        sold_out: list[UUID] = []
        for ln in lines:
            p = stocks.get(ln.item.product_id)
            taken: Sequence[tuple[UUID | None, int]] = [(None, ln.quantity)]  # no lots: one line without
            if p is not None:
                try:
                    allocated = allocate_fefo(p.lots, p.left(), ln.quantity, on, ln.item.name)
                except InvalidInput as e:
                    raise InvalidInput(
                        f"{e.ja}（他のレジで売れた可能性があります）。この取引は記録していません。カートを直してください",
                        f"{e.en} (perhaps sold at another till). Nothing was recorded: correct the cart",
                    ) from None
                taken = allocated
                used = dict(allocated)
                p.lots = [replace(lot, taken=lot.taken + used.get(lot.id, 0)) for lot in p.lots]
                left = p.left()
                sold_out.extend(lot_id for lot_id in used if left[lot_id] == 0)
            first = len(rows)  # read before extending: lines are numbered 1, 2, 3 … across lots
            discount = ln.discount  # goes to the lot lines in order, each taking at most its amount
            for i, (lot_id, q) in enumerate(taken, start=1):
                share = min(discount, q * ln.item.unit_price)
                discount -= share
                rows.append(
                    {
                        "id": uuid4(),
                        "sale_id": sale_id,
                        "line_no": first + i,
                        "product_id": ln.item.product_id,
                        "workshop_id": ln.item.workshop_id,
                        "product_name": ln.item.name,
                        "quantity": q,
                        "unit_price": ln.item.unit_price,
                        "tax_rate": ln.item.tax_rate,
                        "amount": q * ln.item.unit_price - share,
                        "discount": share,
                        "discount_reason": ln.discount_reason,
                        "lot_id": lot_id,
                    }
                )
        if sold_out:
            s.connection().execute(_SOLD_OUT, {"lots": sold_out, "at": created_at})
        return rows


def _summary(sale: Sale, item_count: int, payments: list[Payment]) -> SaleSummary:
    return SaleSummary(
        sale.id,
        sale.number,
        sale.created_at,
        sale.total,
        item_count,
        sale.state,
        tuple(PaymentPart(p.method, p.amount, p.tendered, p.change) for p in payments),
        sale.void_reason,
        sale.till.name,
    )


def get_sale(db: Database, sale_id: UUID) -> SaleSummary:
    with db.sessions() as s:
        sale = s.get(Sale, sale_id)
        if sale is None:
            raise NotFound("取引が見つかりません", "Sale not found")
        return _summary(sale, sum(ln.quantity for ln in sale.lines), list(sale.payments))


def last_sale(db: Database, day_id: UUID, till_id: UUID | None = None) -> SaleSummary | None:
    """The last sale of the day's till (`till_id`, else the day's last sale of any till)."""
    where = Sale.sales_day_id == day_id if till_id is None else Sale.till_id == till_id
    with db.sessions() as s:
        sale_id = s.scalar(select(Sale.id).where(where).order_by(Sale.created_at.desc(), Sale.number.desc()).limit(1))
    return None if sale_id is None else get_sale(db, sale_id)


def void_sale(db: Database, sale_id: UUID, reason: str, *, who: str | None = None) -> SaleSummary:
    """Void a paid sale of an open day, keeping it on record with the reason; with `who`, the audit
    entry is written in the same transaction."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("取消の理由を入力してください", "Give a reason for the void")
    with db.sessions.begin() as s:
        sale = s.get(Sale, sale_id)
        if sale is None:
            raise NotFound("取引が見つかりません", "Sale not found")
        lock_day(s, sale.sales_day_id)
        check_can_sell(s.get_one(SalesDay, sale.sales_day_id).state)
        check_can_sell(sale.till.state)
        if sale.state == SaleState.VOIDED.value:
            raise StateError(
                f"{sale.till.name}-{sale.number}番の取引はすでに取消済みです", f"Sale {sale.number} is already voided"
            )
        sale.state = SaleState.VOIDED.value
        sale.void_reason = reason
        sale.voided_at = now_utc()
        s.flush()
        _units_back(s, sale)
        if who is not None:
            day = s.get_one(SalesDay, sale.sales_day_id)
            no = receipt_no(sale.till.name, sale.number)
            add_entry(
                s,
                who,
                "void_sale",
                f"No.{no}　{day.venue.name}　{format_date_ja(day.day)}",
                f"{format_yen(sale.total)}　理由: {reason}",
            )
        return _summary(sale, sum(ln.quantity for ln in sale.lines), list(sale.payments))


def _units_back(s: Session, sale: Sale) -> None:
    """After a void: a lot the sale took from is no longer sold out once it has units left again."""
    lot_ids = {ln.lot_id for ln in sale.lines if ln.lot_id is not None}
    if not lot_ids:
        return
    products = {ln.product_id for ln in sale.lines if ln.lot_id is not None}
    for p in lot_states(s, sale.sales_day_id, products).values():
        left = p.left()
        for lot_id in lot_ids & set(left):
            if left[lot_id] > 0:
                s.get_one(Lot, lot_id).sold_out_at = None
