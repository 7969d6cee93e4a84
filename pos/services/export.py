"""Exporting sales days to one file for the coordinator (a USB stick), to be merged with `pos merge`.

The file is an SQLite database with this app's schema (at the newest revision) holding only the
chosen days and what belongs to them — participations, lots, sales, lines, payments, cash counts,
day events, lot dispositions, tills — plus the workshops, products (with their pictures, shown on
かんたんレジ's tiles) and venues they refer to. The setting
`export_created_at` marks it as an export (`pos.services.merge` tells it from a whole database by
that), `export_booth` names the booth it came from.

- `export_days(db, out, on=date, venue=name)`: the days on a date (one venue, or every venue).
- `export_days(db, out, since_last=True)`: every day with something recorded since the last such
  export (a sale, a void, a lot, a disposition, an open/close/reopen); the first time, every day.
  The time the export started is kept in the setting `last_export_at`, so what is recorded while
  it runs goes into the next one. Days are exported whole: overlap is harmless, merging is by id.

The file is written next to `out` under a temporary name and renamed when complete. `out` passes
`pos.output_files.check_output`: never the database or its backups, only a regular file, and an
existing file only with `force`.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, Table, insert, select, union
from sqlalchemy.exc import SQLAlchemyError

from pos.db.engine import OWNER_ONLY, Database, open_database, sqlite_path
from pos.db.models import (
    CashCount,
    DayEvent,
    DaySettlement,
    Lot,
    LotDisposition,
    Participation,
    Payment,
    Product,
    ProductImage,
    Sale,
    SaleLine,
    SalesDay,
    SalesEvent,
    Setting,
    Till,
    Venue,
    Workshop,
)
from pos.domain.clock import now_utc
from pos.domain.errors import InvalidInput, NotFound, PosError, StateError
from pos.output_files import check_output
from pos.services.merge import EXPORT_MARK
from pos.services.settings import get_settings, set_setting

LAST_EXPORT_KEY = "last_export_at"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    days: tuple[str, ...]  # "2024-06-15 ゆめが丘SC"
    sales: int
    since: datetime | None  # for --since-last: the previous export's time (None: the first export)


def _since_last_ids(conn: Connection, since: datetime) -> set[UUID]:
    ids: set[UUID] = set()
    for col, stamp in (
        (SalesDay.id, SalesDay.opened_at),
        (SalesDay.id, SalesDay.closed_at),
        (DayEvent.sales_day_id, DayEvent.at),
        (Sale.sales_day_id, Sale.created_at),
        (Sale.sales_day_id, Sale.voided_at),
        (Lot.sales_day_id, Lot.created_at),
        (Lot.sales_day_id, Lot.sold_out_at),
    ):
        ids.update(conn.scalars(select(col).where(stamp >= since).distinct()))
    ids.update(
        conn.scalars(
            select(Lot.sales_day_id)
            .join(LotDisposition, LotDisposition.lot_id == Lot.id)
            .where(LotDisposition.at >= since)
            .distinct()
        )
    )
    return ids


def _fetch(conn: Connection, table: Table, *where: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(select(table).where(*where))]


def _day_filter(conn: Connection, on: date | None, venue: str | None, since: datetime | None) -> list[Any]:
    """The WHERE clause choosing the days to export."""
    where: list[Any] = []
    if on is not None:
        where.append(SalesDay.day == on)
        if venue:
            venue_id = conn.scalar(select(Venue.id).where(Venue.name == venue))
            if venue_id is None:
                raise NotFound(f"会場「{venue}」がありません", f"No venue named {venue}")
            where.append(SalesDay.venue_id == venue_id)
    elif since is not None:
        where.append(SalesDay.id.in_(_since_last_ids(conn, since)))
    return where


def _read(
    conn: Connection, t: dict[str, Table], on: date | None, venue: str | None, since: datetime | None
) -> tuple[dict[str, list[dict[str, Any]]], list[dict[str, Any]], dict[UUID, str]]:
    """The rows to export, read in one transaction."""
    rows: dict[str, list[dict[str, Any]]] = {}
    with conn.begin():
        where = _day_filter(conn, on, venue, since)
        days = _fetch(conn, t["SalesDay"], *where)
        if not days:
            what = f"{on:%Y-%m-%d}{'の' + venue if venue else ''}" if on else "前回の書き出し以降"
            raise NotFound(
                f"{what}の販売日の記録はありません。何も書き出していません",
                "No sales day to export; nothing was written",
            )
        # subqueries rather than lists of ids: no limit on bound parameters however many days
        day_ids = select(SalesDay.id).where(*where)
        rows["SalesDay"] = days
        for name in ("Till", "Participation", "Lot", "Sale", "CashCount", "DayEvent", "DaySettlement"):
            rows[name] = _fetch(conn, t[name], t[name].c.sales_day_id.in_(day_ids))
        sale_ids = select(Sale.id).where(Sale.sales_day_id.in_(day_ids))
        lot_ids = select(Lot.id).where(Lot.sales_day_id.in_(day_ids))
        rows["SaleLine"] = _fetch(conn, t["SaleLine"], SaleLine.sale_id.in_(sale_ids))
        rows["Payment"] = _fetch(conn, t["Payment"], Payment.sale_id.in_(sale_ids))
        rows["LotDisposition"] = _fetch(conn, t["LotDisposition"], LotDisposition.lot_id.in_(lot_ids))
        product_ids = union(
            select(Lot.product_id).where(Lot.sales_day_id.in_(day_ids)),
            select(SaleLine.product_id).where(SaleLine.sale_id.in_(sale_ids)),
        )
        rows["Product"] = _fetch(conn, t["Product"], Product.id.in_(product_ids))
        rows["ProductImage"] = _fetch(conn, t["ProductImage"], ProductImage.product_id.in_(product_ids))
        workshop_ids = union(
            select(Participation.workshop_id).where(Participation.sales_day_id.in_(day_ids)),
            select(SaleLine.workshop_id).where(SaleLine.sale_id.in_(sale_ids)),
            select(Product.workshop_id).where(Product.id.in_(product_ids)),
        )
        rows["Workshop"] = _fetch(conn, t["Workshop"], Workshop.id.in_(workshop_ids))
        rows["Venue"] = _fetch(conn, t["Venue"], Venue.id.in_(select(SalesDay.venue_id).where(*where)))
        rows["SalesEvent"] = _fetch(conn, t["SalesEvent"], SalesEvent.id.in_(select(SalesDay.event_id).where(*where)))
        venue_names = {v["id"]: v["name"] for v in rows["Venue"]}
    return rows, days, venue_names


def export_days(
    db: Database,
    out: str | os.PathLike[str],
    *,
    on: date | None = None,
    venue: str | None = None,
    since_last: bool = False,
    force: bool = False,
    setwise: bool = True,
) -> ExportResult:
    """Write the chosen days to `out` (see the module docstring). `setwise`: on SQLite, copy in SQL with
    the new file attached (False: rows through Python, the path PostgreSQL takes; tests run both)."""
    if (on is None) == (not since_last):
        raise InvalidInput(
            "書き出す日（--day）か --since-last のどちらかを指定してください", "Give either a day or --since-last"
        )
    live = sqlite_path(db.url)
    out = check_output(out, force=force, protect=[live] if live is not None else [])
    started = now_utc()
    since: datetime | None = None
    if since_last and (last := get_settings(db).get(LAST_EXPORT_KEY, "")):
        since = datetime.fromisoformat(last)
    t = {
        m.__name__: m.__table__
        for m in (
            Workshop,
            Product,
            ProductImage,
            Venue,
            SalesEvent,
            SalesDay,
            Till,
            Participation,
            Lot,
            Sale,
            SaleLine,
            Payment,
            CashCount,
            DayEvent,
            LotDisposition,
            DaySettlement,
        )
    }
    booth = get_settings(db).get("booth_name", "")
    marks = [(EXPORT_MARK, started.isoformat()), ("export_booth", booth)]

    part = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        if setwise and db.engine.dialect.name == "sqlite":
            labels, sales = _export_sqlite(db, part, on, venue, since, marks)
        else:
            labels, sales = _export_rows(db, part, t, on, venue, since, marks)
        with closing(sqlite3.connect(part)) as raw:
            raw.execute("PRAGMA journal_mode=DELETE")  # one self-contained file on the stick (no -wal)
        _refuse_damage(part)
        os.chmod(part, OWNER_ONLY)
        check_output(out, force=force)  # nothing appeared there meanwhile
        os.replace(part, out)
    except (OSError, SQLAlchemyError, sqlite3.Error) as e:
        full = "full" in str(e).lower() or getattr(e, "errno", None) == errno.ENOSPC
        why = "ディスクがいっぱいです" if full else str(getattr(e, "orig", None) or e)
        raise PosError(
            f"書き出せませんでした: {out}（{why}）。書きかけのファイルは残していません",
            f"The export to {out} failed: {e}",
        ) from e
    finally:
        for leftover in (
            part,
            part.with_name(part.name + "-wal"),
            part.with_name(part.name + "-shm"),
            part.with_name(part.name + "-journal"),
        ):
            leftover.unlink(missing_ok=True)
    if since_last:
        set_setting(db, LAST_EXPORT_KEY, started.isoformat())
    return ExportResult(out, labels, sales, since)


def _refuse_damage(part: Path) -> None:
    """The written file passes `pos verify` or nothing is exported: a damaged value in this database (a bit
    flip, a line whose sale id no longer reads) would otherwise travel silently to the coordinator."""
    from pos.services.verify import verify_file

    checked = verify_file(part)
    if not checked.ok:
        problems = "\n".join(checked.lines_ja()[:4])
        raise StateError(
            "書き出そうとした記録に問題があります（このデータベースが壊れているかもしれません）。何も書き出していません。"
            f"pos verify で確かめ、必要ならバックアップから pos restore で戻してください。\n{problems}",
            "The records to export fail verification (this database may be damaged); nothing was written",
        )


_ORDER = (
    "Workshop",
    "Venue",
    "Product",
    "ProductImage",
    "SalesEvent",
    "SalesDay",
    "Till",
    "Participation",
    "Lot",
    "Sale",
    "SaleLine",
    "Payment",
    "CashCount",
    "DayEvent",
    "LotDisposition",
    "DaySettlement",
)


def _export_rows(
    db: Database,
    part: Path,
    t: dict[str, Table],
    on: date | None,
    venue: str | None,
    since: datetime | None,
    marks: list[tuple[str, str]],
) -> tuple[tuple[str, ...], int]:
    """Any database (PostgreSQL): the rows read through Python, written into a new file at the newest schema."""
    with db.engine.connect() as conn:
        if conn.dialect.name != "sqlite":  # one snapshot for all the reads (SQLite's transaction is one)
            conn.execution_options(isolation_level="REPEATABLE READ")
        rows, days, venue_names = _read(conn, t, on, venue, since)
    target = open_database(part)
    try:
        with target.engine.begin() as conn:
            for name in _ORDER:
                if rows[name]:
                    conn.execute(insert(t[name]), rows[name])
            conn.execute(insert(Setting.__table__), [{"key": k, "value": v} for k, v in marks])
    finally:
        target.dispose()
    labels = tuple(sorted(f"{d['day']:%Y-%m-%d} {venue_names.get(d['venue_id'], '?')}" for d in days))
    return labels, len(rows["Sale"])


# what each table takes, as SQL over the chosen days (temp.export_days) of the database ("main")
_PICK = {
    "sales_days": "id IN (SELECT id FROM temp.export_days)",
    "tills": "sales_day_id IN (SELECT id FROM temp.export_days)",
    "participations": "sales_day_id IN (SELECT id FROM temp.export_days)",
    "lots": "sales_day_id IN (SELECT id FROM temp.export_days)",
    "sales": "sales_day_id IN (SELECT id FROM temp.export_days)",
    "cash_counts": "sales_day_id IN (SELECT id FROM temp.export_days)",
    "day_events": "sales_day_id IN (SELECT id FROM temp.export_days)",
    "day_settlements": "sales_day_id IN (SELECT id FROM temp.export_days)",
    "sale_lines": "sale_id IN (SELECT id FROM export.sales)",
    "payments": "sale_id IN (SELECT id FROM export.sales)",
    "lot_dispositions": "lot_id IN (SELECT id FROM export.lots)",
    "products": "id IN (SELECT product_id FROM export.lots UNION SELECT product_id FROM export.sale_lines)",
    "workshops": "id IN (SELECT workshop_id FROM export.participations UNION SELECT workshop_id FROM "
    "export.sale_lines UNION SELECT workshop_id FROM export.products)",
    "product_images": "product_id IN (SELECT id FROM export.products)",  # the pictures of かんたんレジ's tiles
    "venues": "id IN (SELECT venue_id FROM export.sales_days)",
    "sales_events": "id IN (SELECT event_id FROM export.sales_days)",
}


def _export_sqlite(
    db: Database,
    part: Path,
    on: date | None,
    venue: str | None,
    since: datetime | None,
    marks: list[tuple[str, str]],
) -> tuple[tuple[str, ...], int]:
    """SQLite: a new file with this database's schema, filled set-wise (`INSERT … SELECT` with the new file
    attached) in one transaction, so every row comes from one snapshot (the days are chosen just before;
    a day is exported whole, so what is recorded in between goes into this export or the next)."""
    with db.engine.connect() as conn, conn.begin():
        day_ids = [i.hex for i in conn.scalars(select(SalesDay.id).where(*_day_filter(conn, on, venue, since)))]
    if not day_ids:
        what = f"{on:%Y-%m-%d}{'の' + venue if venue else ''}" if on else "前回の書き出し以降"
        raise NotFound(
            f"{what}の販売日の記録はありません。何も書き出していません", "No sales day to export; nothing was written"
        )
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        schema = raw.execute(
            "SELECT type, sql FROM main.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY type = 'index', rowid"
        ).fetchall()
        version = raw.execute("SELECT version_num FROM main.alembic_version").fetchall()
        with closing(sqlite3.connect(part)) as new:
            for _, sql in schema:
                new.execute(sql)
            new.executemany("INSERT INTO alembic_version (version_num) VALUES (?)", version)
            new.commit()
        raw.execute("ATTACH DATABASE ? AS export", (str(part),))
        try:
            raw.execute("BEGIN")
            try:
                raw.execute("PRAGMA defer_foreign_keys = ON")  # master rows are chosen from what is exported
                raw.execute("CREATE TEMP TABLE IF NOT EXISTS export_days (id TEXT PRIMARY KEY)")
                raw.execute("DELETE FROM temp.export_days")
                raw.executemany("INSERT INTO temp.export_days (id) VALUES (?)", [(i,) for i in day_ids])
                for table in (
                    "sales_days",
                    "tills",
                    "participations",
                    "lots",
                    "sales",
                    "cash_counts",
                    "day_events",
                    "sale_lines",
                    "payments",
                    "lot_dispositions",
                    "products",
                    "product_images",
                    "workshops",
                    "venues",
                    "sales_events",
                    "day_settlements",
                ):
                    raw.execute(f"INSERT INTO export.{table} SELECT * FROM main.{table} WHERE {_PICK[table]}")
                raw.executemany("INSERT INTO export.settings (key, value) VALUES (?, ?)", marks)
                labels = tuple(
                    sorted(
                        f"{d} {name}"
                        for d, name in raw.execute(
                            "SELECT d.day, v.name FROM export.sales_days d JOIN export.venues v ON v.id = d.venue_id"
                        )
                    )
                )
                sales = raw.execute("SELECT count(*) FROM export.sales").fetchone()[0]
                raw.execute("COMMIT")
            except BaseException:
                raw.execute("ROLLBACK")
                raise
        finally:
            raw.execute("DETACH DATABASE export")
    return labels, sales
