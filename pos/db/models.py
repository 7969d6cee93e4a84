"""ORM models: the booth's records (SQLAlchemy 2 typed mappings).

Every record a booth creates has a UUID key, so that the records of two laptops can be merged
without clashes. Money is `int` yen, prices include tax. Timestamps are timezone-aware UTC; a sales
day has a local (Asia/Tokyo) date. Nothing in the sales record is ever deleted: a void is a state
of the sale with its reason.

Tables
------
workshops       事業所. A member organisation (or a guest from another ward) that makes and sells
                products and is settled for exactly what it sold. `category` is one of the annual
                report's member categories; `joined_on` feeds "new members by month";
                `invoice_number` (T + 13 digits) is printed on receipts only where set;
                `invoice_individual` says the number is not built on a 法人番号 (sole proprietor,
                人格のない社団等), so the corporate-number check digit is not required of it;
                `is_guest` marks workshops from other wards (sell and are settled, not members);
                `from_history` marks workshops created by a history import; `commission_bp` is its
                own commission rate in basis points (NULL: the booth's default setting).
products        A product of one workshop: name, kana (for search), tax-inclusive `price`,
                `tax_rate` 8 (food, reduced) or 10, `perishable` with `shelf_life_days` (default
                expiry for lots), `code` — the short code its QR price tag encodes — and `active`;
                `open_price` products have their price typed at the till (`price` is the usual one).
venues          A place the booth sells at. `report_label` is the label of its segment in the
                monthly activity lines; `display_order` is the coordinator's order (lower first);
                `commission_bp` overrides every workshop's commission at this venue (NULL: none).
sales_days      One day of selling at one venue (unique per venue and date). `state` open →
                closing → closed; `change_fund` is the 釣銭準備金 put in the drawer at opening;
                `counted_cash`, `expected_cash` and `cash_comment` come from the close;
                `notes` are appended to the monthly activity line (e.g. guests from other wards);
                `source` is "app" or "history" (a day imported from past years' records).
tills           A register (レジ) of a sales day: one laptop's drawer with its own `name` (レジ1, レジ2,
                unique in the day), change fund, sale numbering, drawer count, over/short and close
                (`state` open → closing → closed). The day's `state` and cash fields are the
                combined figures of its tills: the day is closed when every till is (docs/tills.md).
sales_events    An event over several days at one venue (e.g. 星川駅 for 5 days): `first_day`,
                `last_day` and `notes` written once for the whole event; its sales days point to it
                (`sales_days.event_id`) and keep their own participating workshops per day.
participations  Which workshops take part in a sales day (出店).
lots            A quantity of one product brought to one sales day, with its expiry date;
                `sold_out_at` is when its last unit was sold.
sales           One customer's sale on one till: `number` within the till (1, 2, ...; printed
                with the till's name, レジ2-15, so receipts of a day stay unique), `total` (the sum of its
                lines), `state` paid or voided with `void_reason` and `voided_at`.
sale_lines      One product on a sale, with the workshop, unit price, tax rate and name copied at
                the time of sale; `unit_price` is the list (or typed open) price, `discount` the
                yen taken off the line at the till (値引き) with its `discount_reason` (見切り, 試食,
                その他), `amount` = quantity × unit price − discount; `lot_id` is the lot the units
                came from when the product is stocked in lots (one line per lot).
payments        How a sale was paid: `method` is "cash" or a cashless brand key; `amount` is what
                went to the sale; for cash `tendered` − `change` = `amount`. Sum of amounts = total.
cash_counts     The drawer count of a till at its close: number of notes/coins per denomination.
day_events      What happened to a sales day besides its sales: opened, closed, reopened (with the
                reason and who did it) — the reopen record the close rules require; a close's
                `detail` keeps the settlement figures frozen at that close (docs/settlement.md).
day_settlements One workshop's settlement of one closed day, frozen at the close: sales, its cash /
                voucher / cashless shares, commission rate and amount, terminal fees (per brand
                in `fee_detail`, "method:amount:bp:fee" lines), cash handed over and the transfer.
                Reprints and monthly statements read these, never today's rates.
lot_dispositions  What happened to the units of a lot left at the end of the day: taken back
                (持ち帰り), disposed (廃棄) or handed over otherwise (note).
report_texts    The coordinator's free text of the annual report per fiscal year and field (goal,
                achievements, problems ...), kept so that it survives a restart.
audit_log       Who did what and when for guarded actions (voids, closing and reopening a day,
                settings and master-data edits): `action`, `target` (what it was done to), `detail`.
settings        Key/value settings of this booth (council and subcommittee names, commission ...).
product_images  One picture per product for かんたんレジ's picture tiles: a PNG at most 320 px on a
                side (resized when it is set), with when it was set.
activities      Dated activities for the report: committee meetings (`kind` "meeting", `note` is the
                agenda) and others such as 会計監査 (`kind` "other").
planned_days    The sales calendar (予定): one planned day of selling at one venue, with its hours
                (`start_time`/`end_time` "HH:MM", both empty = all day) and `notes`. `series_id`
                groups the days created in one go (a recurring pattern); `request_id` is the
                request it answers, when it came from one. Not a sales record: it can be deleted.
planned_workshops  The workshops that signed up to sell on a planned day.
shifts          Staffing of a planned day: hours and how many people are `needed`.
signups         Who signed up for a shift: `name`, their workshop (`workshop_id`, empty for a
                volunteer) and an optional `contact`.
booth_requests  A request for the booth to come (出店依頼): who asked (`requester`, e.g. a
                地域ケアプラザ), the `event`, its `day`, `contact`, and the answer `status` pending /
                accepted / declined with `decline_reason` staff (人手不足) / clash (日程重複) / other
                and a `reason_note`; an accepted request points at its planned day.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pos.db.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    if TYPE_CHECKING:  # every model maps one Table (SQLAlchemy declares the wider FromClause), so that
        __table__: ClassVar[Table]  # Core code (merge, export, the sale write path) type-checks


def _uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


class Workshop(Base):
    __tablename__ = "workshops"

    id: Mapped[uuid.UUID] = _uuid_pk()
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kana: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(40), default="障害福祉サービス事業者")
    joined_on: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    colour: Mapped[str] = mapped_column(String(7), default="#4a7bb7")
    invoice_number: Mapped[str | None] = mapped_column(String(14))
    invoice_individual: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    is_guest: Mapped[bool] = mapped_column(Boolean, default=False)
    from_history: Mapped[bool] = mapped_column(Boolean, default=False)
    commission_bp: Mapped[int | None] = mapped_column(Integer)

    products: Mapped[list[Product]] = relationship(back_populates="workshop")


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("tax_rate IN (8, 10)", name="tax_rate"),
        CheckConstraint("price BETWEEN 1 AND 1000000", name="price"),
        CheckConstraint("shelf_life_days IS NULL OR shelf_life_days > 0", name="shelf_life"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshops.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kana: Mapped[str] = mapped_column(String(200), default="")
    price: Mapped[int] = mapped_column(Integer)
    tax_rate: Mapped[int] = mapped_column(Integer)
    perishable: Mapped[bool] = mapped_column(Boolean, default=False)
    shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    open_price: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    workshop: Mapped[Workshop] = relationship(back_populates="products")


class ProductImage(Base):
    __tablename__ = "product_images"

    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"), primary_key=True)
    png: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Venue(Base):
    __tablename__ = "venues"

    id: Mapped[uuid.UUID] = _uuid_pk()
    name: Mapped[str] = mapped_column(String(100), unique=True)
    report_label: Mapped[str] = mapped_column(String(100))
    display_order: Mapped[int] = mapped_column(Integer, default=100)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    from_history: Mapped[bool] = mapped_column(Boolean, default=False)
    commission_bp: Mapped[int | None] = mapped_column(Integer)


class SalesEvent(Base):
    __tablename__ = "sales_events"
    __table_args__ = (CheckConstraint("first_day <= last_day", name="days"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venues.id"), index=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class SalesDay(Base):
    __tablename__ = "sales_days"
    __table_args__ = (
        UniqueConstraint("venue_id", "day"),
        CheckConstraint("state IN ('open', 'closing', 'closed')", name="state"),
        CheckConstraint("source IN ('app', 'history')", name="source"),
        CheckConstraint("change_fund >= 0", name="change_fund"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venues.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(10), default="open")
    change_fund: Mapped[int] = mapped_column(Integer, default=0)
    counted_cash: Mapped[int | None] = mapped_column(Integer)
    expected_cash: Mapped[int | None] = mapped_column(Integer)
    cash_comment: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(10), default="app")
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    event_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sales_events.id"), index=True)

    venue: Mapped[Venue] = relationship()
    participations: Mapped[list[Participation]] = relationship(back_populates="sales_day")


class Till(Base):
    __tablename__ = "tills"
    __table_args__ = (
        UniqueConstraint("sales_day_id", "name"),
        CheckConstraint("state IN ('open', 'closing', 'closed')", name="state"),
        CheckConstraint("change_fund >= 0", name="change_fund"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    sales_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_days.id"))  # indexed by the unique key
    name: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(10), default="open")
    change_fund: Mapped[int] = mapped_column(Integer, default=0)
    counted_cash: Mapped[int | None] = mapped_column(Integer)
    expected_cash: Mapped[int | None] = mapped_column(Integer)
    cash_comment: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(100), default="")


class Participation(Base):
    __tablename__ = "participations"
    __table_args__ = (UniqueConstraint("sales_day_id", "workshop_id"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    sales_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_days.id"))
    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshops.id"), index=True)

    sales_day: Mapped[SalesDay] = relationship(back_populates="participations")
    workshop: Mapped[Workshop] = relationship()


class Lot(Base):
    __tablename__ = "lots"
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"), index=True)
    sales_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_days.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    expiry_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sold_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (
        UniqueConstraint("till_id", "number"),
        CheckConstraint("state IN ('paid', 'voided')", name="state"),
        CheckConstraint("total > 0", name="total"),
        # covering: a day's (or a year's days') paid count and total without reading the table
        Index("ix_sales_day_state_total", "sales_day_id", "state", "total"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    sales_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_days.id"))
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tills.id"))  # indexed by the unique key
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    total: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="paid")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    till: Mapped[Till] = relationship()
    lines: Mapped[list[SaleLine]] = relationship(back_populates="sale", order_by="SaleLine.line_no")
    payments: Mapped[list[Payment]] = relationship(back_populates="sale")


class SaleLine(Base):
    __tablename__ = "sale_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity"),
        CheckConstraint("tax_rate IN (8, 10)", name="tax_rate"),
        CheckConstraint("discount >= 0 AND amount >= 0 AND amount = quantity * unit_price - discount", name="amount"),
        Index("ix_sale_lines_workshop_sale", "workshop_id", "sale_id"),
        # the lines of a sale, covering what the year's figures read (per workshop, per product)
        Index("ix_sale_lines_sale_cover", "sale_id", "workshop_id", "product_id", "quantity", "amount"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"))  # indexed by ix_sale_lines_sale_cover
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id"))
    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshops.id"))
    product_name: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    tax_rate: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    discount_reason: Mapped[str] = mapped_column(String(20), default="", server_default="")
    lot_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("lots.id"), index=True)

    sale: Mapped[Sale] = relationship(back_populates="lines")


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        CheckConstraint("change >= 0 AND tendered - change = amount", name="cash_balance"),
        # covering: cash / cashless split of a set of sales without reading the table
        Index("ix_payments_sale_method_amount", "sale_id", "method", "amount"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    sale_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(Integer)
    tendered: Mapped[int] = mapped_column(Integer)
    change: Mapped[int] = mapped_column(Integer, default=0)

    sale: Mapped[Sale] = relationship(back_populates="payments")


class CashCount(Base):
    __tablename__ = "cash_counts"
    __table_args__ = (
        UniqueConstraint("till_id", "denomination"),
        CheckConstraint("count >= 0", name="count"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    sales_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_days.id"), index=True)
    till_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tills.id"))
    denomination: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)


class Activity(Base):
    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint("kind IN ('meeting', 'other')", name="kind"),
        UniqueConstraint("day", "kind", "label"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")


class DayEvent(Base):
    __tablename__ = "day_events"
    __table_args__ = (CheckConstraint("kind IN ('open', 'close', 'reopen')", name="kind"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    sales_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_days.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class DaySettlement(Base):
    __tablename__ = "day_settlements"
    __table_args__ = (
        UniqueConstraint("sales_day_id", "workshop_id"),
        CheckConstraint("cash_handed + transfer + vouchers + commission + fees = sales", name="balance"),
        CheckConstraint("cash + vouchers + cashless = sales", name="shares"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    sales_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sales_days.id"), index=True)
    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshops.id"), index=True)
    sales: Mapped[int] = mapped_column(Integer)
    cash: Mapped[int] = mapped_column(Integer)
    vouchers: Mapped[int] = mapped_column(Integer)
    cashless: Mapped[int] = mapped_column(Integer)
    commission_bp: Mapped[int] = mapped_column(Integer)
    commission: Mapped[int] = mapped_column(Integer)
    fees: Mapped[int] = mapped_column(Integer)
    fee_detail: Mapped[str] = mapped_column(Text, default="")
    cash_handed: Mapped[int] = mapped_column(Integer)
    transfer: Mapped[int] = mapped_column(Integer)
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class LotDisposition(Base):
    __tablename__ = "lot_dispositions"
    __table_args__ = (
        CheckConstraint("kind IN ('taken_back', 'disposed', 'other')", name="kind"),
        CheckConstraint("quantity > 0", name="quantity"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    lot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("lots.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    quantity: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    by_default: Mapped[bool] = mapped_column(Boolean, default=False)


class ReportText(Base):
    __tablename__ = "report_texts"

    fiscal_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(String(50), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[uuid.UUID] = _uuid_pk()
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    who: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(50))
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class BoothRequest(Base):
    __tablename__ = "booth_requests"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'accepted', 'declined')", name="status"),
        CheckConstraint("decline_reason IN ('', 'staff', 'clash', 'other')", name="decline_reason"),
    )

    id: Mapped[uuid.UUID] = _uuid_pk()
    requester: Mapped[str] = mapped_column(String(100))
    event: Mapped[str] = mapped_column(String(200))
    day: Mapped[date] = mapped_column(Date, index=True)
    contact: Mapped[str] = mapped_column(String(200), default="")
    received_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    decline_reason: Mapped[str] = mapped_column(String(10), default="")
    reason_note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PlannedDay(Base):
    __tablename__ = "planned_days"
    __table_args__ = (UniqueConstraint("venue_id", "day"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    venue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("venues.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[str] = mapped_column(String(5), default="")
    end_time: Mapped[str] = mapped_column(String(5), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    series_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    request_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("booth_requests.id"))

    venue: Mapped[Venue] = relationship()


class PlannedWorkshop(Base):
    __tablename__ = "planned_workshops"
    __table_args__ = (UniqueConstraint("planned_day_id", "workshop_id"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    planned_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("planned_days.id", ondelete="CASCADE"))
    workshop_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshops.id"), index=True)


class Shift(Base):
    __tablename__ = "shifts"
    __table_args__ = (CheckConstraint("needed BETWEEN 1 AND 50", name="needed"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    planned_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("planned_days.id", ondelete="CASCADE"), index=True)
    start_time: Mapped[str] = mapped_column(String(5))
    end_time: Mapped[str] = mapped_column(String(5))
    needed: Mapped[int] = mapped_column(Integer)


class Signup(Base):
    __tablename__ = "signups"

    id: Mapped[uuid.UUID] = _uuid_pk()
    shift_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shifts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    workshop_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("workshops.id"), index=True)
    contact: Mapped[str] = mapped_column(String(200), default="")
