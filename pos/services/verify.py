"""Checking a database like fsck: SQLite's own checks, then the money invariants of the sales record.

`verify_file` opens an SQLite file read-only (`mode=ro`): it never runs a schema upgrade and never
writes to the file, so it is safe on a file that is suspect, on a backup, and while a register is
selling (all checks see one consistent snapshot). `check_database` runs the same checks on a
database the app has open (tests call it after every step). A file that is not a database raises
`DatabaseUnreadable`; everything found inside a readable database is a `Problem`.

| check         | rule                                                                           |
|---------------|--------------------------------------------------------------------------------|
| integrity     | `PRAGMA integrity_check` is "ok" (SQLite only)                                 |
| foreign_keys  | `PRAGMA foreign_key_check` finds nothing (SQLite only)                         |
| schema        | the tables of the sales record exist (a file before revision 0011 has no tills: |
|               | its sale numbers are checked per day and the till checks are left out)         |
| sale_lines    | every sale has at least one line                                               |
| sale_total    | a sale's total = the sum of its line amounts                                   |
| line_amount   | a line's amount = quantity × unit (list) price − discount, quantity ≥ 1,       |
|               | 0 ≤ discount ≤ quantity × unit price (値引, docs/invoices.md)                  |
| payments      | a paid sale's payment amounts sum to its total                                 |
| cash_balance  | every payment: amount ≥ 1, change ≥ 0, tendered − change = amount              |
| orphans       | no line and no payment without its sale                                        |
| sale_numbers  | sale numbers are unique within a till                                          |
| till          | a sale and a cash count belong to a till of their own sales day                |
| limits        | a line's unit price is ¥1–¥1,000,000 and its quantity 1–999 (the register's)   |
| cash_count    | a closed day's counted cash = Σ denomination × count of its tills' counts      |
| till_cash_count | a closed till's counted cash = Σ denomination × count of its drawer count    |
| settlement    | a closed day's frozen settlement (day_settlements) covers exactly its paid sales |

Apart from the two PRAGMAs the checks are plain SQL that PostgreSQL runs as well.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Date, Engine, bindparam, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from pos.db.engine import BUSY_TIMEOUT_MS, Database, resolve_url, sqlite_path, unreadable_refusal
from pos.domain.cart import MAX_QUANTITY
from pos.domain.errors import NotFound, StateError
from pos.domain.money import MAX_PRICE

TABLES = ("sales_days", "venues", "sales", "sale_lines", "payments", "cash_counts")  # "tills": revision 0011 on
MAX_PER_CHECK = 20  # problem lines printed per check; the rest are counted


@dataclass(frozen=True)
class Problem:
    check: str  # the check's key (see the module docstring)
    message: str  # Japanese, one line


@dataclass(frozen=True)
class VerifyReport:
    """What a verification found and how much it looked at."""

    problems: tuple[Problem, ...]
    sales: int = 0
    lines: int = 0
    payments: int = 0
    days: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines_ja(self) -> list[str]:
        """One line per problem (at most MAX_PER_CHECK per check), then the summary line."""
        out: list[str] = []
        shown: dict[str, int] = {}
        for p in self.problems:
            shown[p.check] = shown.get(p.check, 0) + 1
            if shown[p.check] <= MAX_PER_CHECK:
                out.append(f"問題: {p.message}")
        out.extend(f"…ほか{n - MAX_PER_CHECK}件（{check}）" for check, n in shown.items() if n > MAX_PER_CHECK)
        looked = f"取引 {self.sales:,}件、明細 {self.lines:,}件、支払 {self.payments:,}件、販売日 {self.days:,}日"
        if self.ok:
            out.append(f"問題はありません（{looked}を検査しました）")
        else:
            out.append(f"問題が{len(self.problems):,}件見つかりました（{looked}を検査しました）")
        return out


# -- the checks ---------------------------------------------------------------------------------


class DamagedRecords(StateError):
    """Records a verb was about to use do not add up: the file may be damaged."""


_SALE_REF = """
    LEFT JOIN sales_days d ON d.id = s.sales_day_id
    LEFT JOIN venues v ON v.id = d.venue_id
"""


def _sale(row: Any) -> str:
    """How a sale is named in a message: day, venue and number (and the id when those are missing)."""
    if row.day is None:
        return f"取引 No.{row.number}（ID {row.sale_id}、販売日なし）"
    return f"取引 {row.day} {row.venue or '会場不明'} No.{row.number}"


def _yen(amount: Any) -> str:
    return "なし" if amount is None else f"¥{int(amount):,}"


_CHECKS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    (
        "sale_lines",
        f"""SELECT s.id AS sale_id, d.day, v.name AS venue, s.number FROM sales s {_SALE_REF}
            WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)
            ORDER BY d.day, s.number""",
        lambda r: f"{_sale(r)}に明細がありません",
    ),
    (
        "sale_total",
        f"""SELECT s.id AS sale_id, d.day, v.name AS venue, s.number, s.total, t.amount
            FROM sales s
            JOIN (SELECT sale_id, SUM(amount) AS amount FROM sale_lines GROUP BY sale_id) t ON t.sale_id = s.id
            {_SALE_REF}
            WHERE t.amount <> s.total ORDER BY d.day, s.number""",
        lambda r: f"{_sale(r)}の合計 {_yen(r.total)} が明細の合計 {_yen(r.amount)} と違います",
    ),
    (
        "line_amount",
        f"""SELECT s.id AS sale_id, d.day, v.name AS venue, s.number, l.line_no, l.quantity, l.unit_price, l.amount,
                   l.discount
            FROM sale_lines l JOIN sales s ON s.id = l.sale_id {_SALE_REF}
            WHERE l.quantity < 1 OR l.discount < 0 OR l.amount < 0
               OR l.amount <> l.quantity * l.unit_price - l.discount
            ORDER BY d.day, s.number, l.line_no""",
        lambda r: (
            f"{_sale(r)}の明細{r.line_no}行目: 金額 {_yen(r.amount)} が 数量 {r.quantity} × 単価 "
            f"{_yen(r.unit_price)}" + (f" − 値引 {_yen(r.discount)}" if r.discount else "") + " と合いません"
        ),
    ),
    (
        "payments",
        f"""SELECT s.id AS sale_id, d.day, v.name AS venue, s.number, s.total, p.amount
            FROM sales s
            LEFT JOIN (SELECT sale_id, SUM(amount) AS amount FROM payments GROUP BY sale_id) p
                ON p.sale_id = s.id
            {_SALE_REF}
            WHERE s.state = 'paid' AND (p.amount IS NULL OR p.amount <> s.total)
            ORDER BY d.day, s.number""",
        lambda r: f"{_sale(r)}の支払の合計 {_yen(r.amount)} が取引の合計 {_yen(r.total)} と違います",
    ),
    (
        "cash_balance",
        f"""SELECT s.id AS sale_id, d.day, v.name AS venue, s.number, p.method, p.amount, p.tendered,
                   p.change AS change_given
            FROM payments p JOIN sales s ON s.id = p.sale_id {_SALE_REF}
            WHERE p.amount < 1 OR p.change < 0 OR p.tendered - p.change <> p.amount
            ORDER BY d.day, s.number""",
        lambda r: (
            f"{_sale(r)}の支払（{r.method}）: 預かり {_yen(r.tendered)} − お釣り {_yen(r.change_given)} が "
            f"支払額 {_yen(r.amount)} になりません"
        ),
    ),
    (
        "orphans",
        """SELECT 'line' AS kind, l.id AS row_id, l.sale_id FROM sale_lines l
               LEFT JOIN sales s ON s.id = l.sale_id WHERE s.id IS NULL
           UNION ALL
           SELECT 'payment' AS kind, p.id AS row_id, p.sale_id FROM payments p
               LEFT JOIN sales s ON s.id = p.sale_id WHERE s.id IS NULL""",
        lambda r: f"{'明細' if r.kind == 'line' else '支払'}（ID {r.row_id}）の取引（ID {r.sale_id}）がありません",
    ),
    (
        "sale_numbers",
        """SELECT d.day, v.name AS venue, t.name AS till, n.number, n.n FROM
               (SELECT till_id, number, COUNT(*) AS n FROM sales
                GROUP BY till_id, number HAVING COUNT(*) > 1) n
           LEFT JOIN tills t ON t.id = n.till_id
           LEFT JOIN sales_days d ON d.id = t.sales_day_id LEFT JOIN venues v ON v.id = d.venue_id
           ORDER BY d.day, n.number""",
        lambda r: f"販売日 {r.day} {r.venue or '会場不明'} {r.till or ''} に No.{r.number} の取引が{r.n}件あります",
    ),
    (
        "till",
        f"""SELECT s.id AS sale_id, d.day, v.name AS venue, s.number, 'sale' AS kind FROM sales s
               LEFT JOIN tills t ON t.id = s.till_id {_SALE_REF}
               WHERE t.id IS NULL OR t.sales_day_id <> s.sales_day_id
            UNION ALL
            SELECT c.id AS sale_id, d.day, v.name AS venue, c.denomination AS number, 'count' AS kind
               FROM cash_counts c LEFT JOIN tills t ON t.id = c.till_id
               LEFT JOIN sales_days d ON d.id = c.sales_day_id LEFT JOIN venues v ON v.id = d.venue_id
               WHERE t.id IS NULL OR t.sales_day_id <> c.sales_day_id""",
        lambda r: (
            f"{_sale(r)}のレジがこの販売日のレジではありません"
            if r.kind == "sale"
            else f"販売日 {r.day} {r.venue or '会場不明'} の金種 {r.number}円 の枚数がこの販売日のレジのものではありません"  # noqa: E501
        ),
    ),
    (
        "limits",
        f"""SELECT s.id AS sale_id, d.day, v.name AS venue, s.number, l.line_no, l.quantity, l.unit_price
            FROM sale_lines l JOIN sales s ON s.id = l.sale_id {_SALE_REF}
            WHERE l.unit_price < 1 OR l.unit_price > {MAX_PRICE} OR l.quantity > {MAX_QUANTITY}
            ORDER BY d.day, s.number, l.line_no""",
        lambda r: (
            f"{_sale(r)}の明細{r.line_no}行目: 単価 {_yen(r.unit_price)}・数量 {r.quantity} がレジの上限"
            f"（単価 ¥1〜¥{MAX_PRICE:,}、数量 1〜{MAX_QUANTITY}）を超えています"
        ),
    ),
    (
        "cash_count",
        """SELECT d.day, v.name AS venue, d.counted_cash, c.total FROM sales_days d
           LEFT JOIN venues v ON v.id = d.venue_id
           LEFT JOIN (SELECT sales_day_id, SUM(denomination * "count") AS total FROM cash_counts
                      GROUP BY sales_day_id) c ON c.sales_day_id = d.id
           WHERE d.state = 'closed' AND d.counted_cash IS NOT NULL
             AND d.counted_cash <> COALESCE(c.total, 0)
           ORDER BY d.day""",
        lambda r: (
            f"締め済みの販売日 {r.day} {r.venue or '会場不明'}: 実際の現金 {_yen(r.counted_cash)} が"
            f"金種ごとの枚数の合計 {_yen(r.total or 0)} と違います"
        ),
    ),
    (
        "till_cash_count",
        """SELECT d.day, v.name AS venue, t.name AS till, t.counted_cash, c.total FROM tills t
           LEFT JOIN sales_days d ON d.id = t.sales_day_id
           LEFT JOIN venues v ON v.id = d.venue_id
           LEFT JOIN (SELECT till_id, SUM(denomination * "count") AS total FROM cash_counts
                      GROUP BY till_id) c ON c.till_id = t.id
           WHERE t.state = 'closed' AND t.counted_cash IS NOT NULL
             AND t.counted_cash <> COALESCE(c.total, 0)
           ORDER BY d.day""",
        lambda r: (
            f"締め済みの販売日 {r.day} {r.venue or '会場不明'} {r.till}: 実際の現金 {_yen(r.counted_cash)} が"
            f"金種ごとの枚数の合計 {_yen(r.total or 0)} と違います"
        ),
    ),
)


# a file from before revision 0011 (no tills): sale numbers are unique within the day, no till checks
_BEFORE_TILLS = {
    "sale_numbers": (
        """SELECT d.day, v.name AS venue, '' AS till, n.number, n.n FROM
               (SELECT sales_day_id, number, COUNT(*) AS n FROM sales
                GROUP BY sales_day_id, number HAVING COUNT(*) > 1) n
           LEFT JOIN sales_days d ON d.id = n.sales_day_id LEFT JOIN venues v ON v.id = d.venue_id
           ORDER BY d.day, n.number"""
    ),
    "till": None,
    "till_cash_count": None,
}


# a closed day's frozen settlement must cover exactly its paid sales (the per-row balance is a CHECK)
_SETTLEMENT_SQL = """
    SELECT d.day, v.name AS venue, f.sales AS frozen, COALESCE(p.sales, 0) AS paid FROM sales_days d
    LEFT JOIN venues v ON v.id = d.venue_id
    JOIN (SELECT sales_day_id, SUM(sales) AS sales FROM day_settlements GROUP BY sales_day_id) f
        ON f.sales_day_id = d.id
    LEFT JOIN (SELECT s.sales_day_id, SUM(l.amount) AS sales FROM sale_lines l JOIN sales s ON s.id = l.sale_id
               WHERE s.state = 'paid' GROUP BY s.sales_day_id) p ON p.sales_day_id = d.id
    WHERE d.state = 'closed' AND f.sales <> COALESCE(p.sales, 0)
    ORDER BY d.day"""


def _settlement_message(r: Any) -> str:
    return (
        f"締め済みの販売日 {r.day} {r.venue or '会場不明'}: 確定した精算の売上 {_yen(r.frozen)} が"
        f"取引の合計 {_yen(r.paid)} と違います"
    )


def check_connection(conn: Connection, *, schema: str | None = None, quick: bool = False) -> VerifyReport:
    """Run every check on an open connection (inside one transaction, so on one snapshot). `schema`
    ("main") limits SQLite's own checks to that database when another one is attached (a merge).
    `quick`: SQLite's `quick_check` instead of `integrity_check` — every page, record and constraint,
    but not whether each index holds exactly its table's rows (the merge's checks: it reads tables,
    not indexes, and SQLite maintains the indexes of what it writes; `pos verify` runs the full one)."""
    problems: list[Problem] = []
    if conn.dialect.name == "sqlite":
        on = f"{schema}." if schema else ""
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {on}{pragma}(100)")]
        if rows != ["ok"]:
            problems.extend(Problem("integrity", f"SQLiteの整合性検査: {r}") for r in rows)
        problems.extend(
            Problem("foreign_keys", f"表 {r[0]} の行 {r[1]} が参照する {r[2]} の行がありません")
            for r in conn.exec_driver_sql(f"PRAGMA {on}foreign_key_check")
        )
    present = set(inspect(conn).get_table_names())
    missing = [t for t in TABLES if t not in present]
    if missing:
        problems.append(
            Problem("schema", f"Booth POSのデータベースではないようです（表 {'、'.join(missing)} がありません）")
        )
        return VerifyReport(tuple(problems))
    line_columns = {c["name"] for c in inspect(conn).get_columns("sale_lines")}
    tills = "tills" in present
    for key, sql, message in _CHECKS:
        if not tills and key in _BEFORE_TILLS:
            if (older := _BEFORE_TILLS[key]) is None:
                continue
            sql = older
        if "discount" not in line_columns:  # a file from before revision 0006 (no markdowns yet)
            sql = sql.replace("l.discount\n", "0 AS discount\n", 1).replace("l.discount", "0")
        problems.extend(Problem(key, message(r)) for r in conn.execute(text(sql)))
    if "day_settlements" in present:  # revision 0005 on
        problems.extend(Problem("settlement", _settlement_message(r)) for r in conn.execute(text(_SETTLEMENT_SQL)))

    def count(table: str) -> int:
        n: int = conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
        return n

    return VerifyReport(tuple(problems), count("sales"), count("sale_lines"), count("payments"), count("sales_days"))


def check_database(db: Database) -> VerifyReport:
    """Verify a database the app has open (no second connection mode, no upgrade)."""
    with db.engine.connect() as conn:
        return check_connection(conn)


# -- opening a file without changing it ------------------------------------------------------------


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only. A file with no -wal beside it is opened `immutable`
    as well, so that no -wal/-shm files are left next to a backup or a stray file (while the app
    has a database open, its -wal exists and the usual shared-memory locking is used)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return uri if path.with_name(path.name + "-wal").exists() else uri + "&immutable=1"


def _readonly_sqlite(path: Path) -> Engine:
    uri = read_only_uri(path)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000),
        poolclass=NullPool,
    )

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # BEGIN below: every check sees one snapshot

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _damage(error: BaseException) -> Problem | None:
    """A check that could not run because of what the file holds: a damaged value (bytes that are not
    UTF-8, as after a bit flip) or tables of the right names with other columns."""
    text = str(getattr(error, "orig", None) or error)
    if "could not decode" in text.lower():
        return Problem("integrity", f"文字として読めない値があります（ファイルが壊れています）: {text[:200]}")
    if "no such column" in text.lower() or "no such table" in text.lower():
        return Problem("schema", f"Booth POSのデータベースと表の形が違います（{text}）")
    return None


def verify_file(db: str | os.PathLike[str] | None = None) -> VerifyReport:
    """Verify the database at a path or URL (like `--db`) without changing it."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None and not path.is_file():
        raise NotFound(f"データベースファイル「{path}」がありません", f"No database file at {path}")
    engine = _readonly_sqlite(path) if path is not None else create_engine(url)
    try:
        with engine.connect() as conn:
            return check_connection(conn)
    except (DBAPIError, sqlite3.DatabaseError) as e:
        refusal = unreadable_refusal(url, e)
        if refusal is not None:
            raise refusal from e
        problem = _damage(e)
        if problem is None:
            raise
        return VerifyReport((problem,))
    finally:
        engine.dispose()


# -- a quick check of the days a verb is about to read or write ---------------------------------------

_PERIOD_SQL = """
    WITH ps AS (SELECT s.id, s.total, s.state FROM sales s JOIN sales_days d ON d.id = s.sales_day_id
                WHERE d.day BETWEEN :first AND :last)
    SELECT COUNT(*) FROM ps
    LEFT JOIN (SELECT sale_id, SUM(amount) AS amount FROM sale_lines
               WHERE sale_id IN (SELECT id FROM ps) GROUP BY sale_id) l ON l.sale_id = ps.id
    LEFT JOIN (SELECT sale_id, SUM(amount) AS amount FROM payments
               WHERE sale_id IN (SELECT id FROM ps) GROUP BY sale_id) p ON p.sale_id = ps.id
    WHERE l.amount IS NULL OR l.amount <> ps.total
       OR (ps.state = 'paid' AND (p.amount IS NULL OR p.amount <> ps.total))
"""
# sales whose day no longer reads (a damaged day id): they would drop out of every period unseen
_ORPHAN_SALES_SQL = (
    "SELECT COUNT(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sales_days d WHERE d.id = s.sales_day_id)"
)


def require_sound_period(db: Database, first: date, last: date, what: str) -> None:
    """Refuse (`DamagedRecords`) when a sale on the days from `first` to `last` has lines or payments that do
    not add up to its total, or any sale's day is missing: a line, payment or sale whose reference was
    damaged (a bit flip) drops out of every figure silently. The whole-file `pos verify` takes seconds per
    year; this reads only those days' sales through the covering indexes, plus one index scan for sales
    without a day (well under a second for a year of the ten-year benchmark file).
    `what` names the work refused: 「この年度の報告書」."""
    with db.engine.connect() as conn:
        sql = text(_PERIOD_SQL).bindparams(bindparam("first", type_=Date), bindparam("last", type_=Date))
        bad = int(conn.execute(sql, {"first": first, "last": last}).scalar_one())
        bad += int(conn.execute(text(_ORPHAN_SALES_SQL)).scalar_one())
    if bad:
        raise DamagedRecords(
            f"取引 {bad:,}件の記録が合いません（{first:%Y-%m-%d}〜{last:%Y-%m-%d} の明細・支払の合計が"
            "取引の合計と違う、または販売日が読めない取引があります。データベースが壊れているかもしれません）。"
            f"{what}は作りませんでした。pos verify で確かめ、必要ならバックアップから pos restore で戻してください",
            f"{bad} sales from {first} to {last} do not add up (the database may be damaged); nothing was made",
        )
