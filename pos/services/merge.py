"""Merging another booth's records into this database (the coordinator's), by UUID.

The input is an SQLite file: an export of `pos export` (a few days and the master rows they use) or
another booth's whole database file. It is told apart by its content (an export has the setting
`export_created_at`). The file is opened read-only and never changed; a file whose schema is behind
this app is first copied to a temporary folder and upgraded there with the alembic revisions. A file
with a newer schema, or one that `pos verify`'s checks do not pass, is refused.

Rules (the report repeats them so the coordinator sees what was done):

- Sales records are matched by id. A row whose id is already here is not added again, so merging
  the same file twice adds nothing. Sales, lines, payments, lots, cash counts, day events and lot
  dispositions are copied exactly; a sale keeps the names and prices copied onto its lines.
- Master data (workshops, products, venues): **this database keeps its own.** A row of the file is
  matched by id, else by its natural key (workshop name, product code, venue name); differences in
  the matched rows (a price changed on one laptop) are listed, not applied. Rows not here at all
  are added as they are. Product pictures likewise: the file's picture is added for a product that
  has none here; where both have one, this database's stays and the difference is listed.
- A sales day for the same venue and date under another id (two laptops ran the same venue on the
  same day) is **the same day**: the file's tills, sales, lots, counts and events join our day
  (docs/tills.md). Its tills keep their ids, names and numbering; a till of the file whose name is
  taken here by another till (both laptops called themselves レジ1) is refused. Lots of the same
  product on both laptops are one stock of the day once merged.
- A conflict — the same id with other content (a sale, line, payment, lot or till that differs
  other than by a void), or the same till and sale number under two ids — is listed and refuses
  the merge. A refusal refuses the whole merge: nothing is changed.
- A day that is here already with the same id (exported earlier, e.g. at noon) gets the rows it is
  missing. If the file's copy of the day was worked on later (its last sale, void, event, lot or
  disposition is newer), its day fields (state, close figures), lots and cash counts replace ours;
  a sale voided in the file is voided here too (voids only ever go one way) — but only with the
  coordinator's consent (`accept_voids=True`, behind the PIN in the app), each with an audit entry;
  without it such a merge is refused and the voids listed. A till's state and close figures come from
  the copy where the till was worked on last; the day's combined figures follow its tills.
- The settlement frozen at a day's close (`day_settlements`) comes with a new day, or with a day
  the file worked on later (replacing ours); a closed day arriving without it is frozen here at
  first use, with a note (docs/settlement.md). A day here that another laptop's till joined, whose
  frozen figures then no longer cover its sales, is frozen again here (closed) or loses them (open).
- Activities, report texts, the audit log and settings are not merged (they belong to this
  database). Amounts beyond the register's own limits fail the checks (pos.services.verify).

Everything runs in one transaction on this database, checked with `pos.services.verify` before it
commits (a problem the merge would add refuses it; one that was here before is not the merge's).
`preview=True` runs it all and rolls back (the screen shows that report before confirming).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from sqlalchemy import Connection, Engine, Table, create_engine, event, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from pos.db.engine import BUSY_TIMEOUT_MS, WRITE_OPTION, Database, sqlite_path
from pos.db.migrate import head_revision, upgrade_to_head
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
from pos.domain.errors import InvalidInput, NotFound, StateError
from pos.services.auth import add_entry
from pos.services.settlement import refreeze_if_stale
from pos.services.tills import receipt_no, sync_day
from pos.services.verify import check_connection, read_only_uri

EXPORT_MARK = "export_created_at"  # setting present in export files only
BULK_SCHEMA = "merge_src"  # the file, attached to the target's connection for the set-wise copy
# the note on a day frozen again at a merge (another laptop's till joined a closed day)
MERGE_NOTE = "取り込みで他のレジの売上と合わせたため、取り込み時の率で固定"

RULE_JA = (
    "取り込みのルール: このデータベースのマスタ（事業所・商品・会場）を維持します。取り込み元の行はIDで、"
    "なければ名前（事業所名・商品コード・会場名）で対応付け、違いは一覧にするだけで反映しません。"
    "ここにないマスタは追加します。取引・明細・支払・ロット・金種・記録はIDで照合し、ない行だけを"
    "そのまま追加します（販売時の価格のまま）。"
)

_W, _P, _V = Workshop.__table__, Product.__table__, Venue.__table__
_D, _PART, _LOT = SalesDay.__table__, Participation.__table__, Lot.__table__
_S, _L, _PAY = Sale.__table__, SaleLine.__table__, Payment.__table__
_CC, _EV, _DISP = CashCount.__table__, DayEvent.__table__, LotDisposition.__table__
_DS = DaySettlement.__table__
_T = Till.__table__
_E = SalesEvent.__table__
_TILL_FIELDS = (
    "state",
    "change_fund",
    "counted_cash",
    "expected_cash",
    "cash_comment",
    "opened_at",
    "closed_at",
    "closed_by",
)

_MASTER_FIELDS = {
    "workshops": (
        ("name", "名前"),
        ("kana", "かな"),
        ("category", "区分"),
        ("joined_on", "加入日"),
        ("active", "有効"),
        ("colour", "色"),
        ("invoice_number", "登録番号"),
        ("invoice_individual", "法人番号によらない登録番号"),
        ("is_guest", "区外"),
    ),
    "products": (
        ("name", "商品名"),
        ("kana", "かな"),
        ("price", "価格"),
        ("tax_rate", "税率"),
        ("perishable", "食品"),
        ("shelf_life_days", "日持ち"),
        ("code", "商品コード"),
        ("active", "有効"),
    ),
    "venues": (("name", "会場名"), ("report_label", "報告書の表示"), ("display_order", "表示順"), ("active", "有効")),
}
_SALE_FIXED = ("sales_day_id", "till_id", "number", "created_at", "total")
_COLUMN_JA = {
    "sales_day_id": "販売日",
    "till_id": "レジ",
    "number": "番号",
    "created_at": "時刻",
    "total": "合計",
    "void_reason": "取消の理由",
    "quantity": "数量",
    "unit_price": "単価",
    "amount": "金額",
    "product_id": "商品",
    "workshop_id": "事業所",
    "method": "支払方法",
    "tendered": "預かり",
    "change": "お釣り",
    "product_name": "商品名",
    "tax_rate": "税率",
    "lot_id": "ロット",
    "line_no": "行",
    "sale_id": "取引",
}
_DAY_FIELDS = ("notes",)  # the rest of a day's fields follow its tills (pos.services.tills.sync_day)


def _columns_ja(columns: list[str]) -> str:
    return "、".join(_COLUMN_JA.get(c, c) for c in columns)


@dataclass(frozen=True)
class MergeReport:
    """What a merge did (or, for a preview, would do)."""

    source: str  # the file
    kind: str  # "export" or "database"
    upgraded_from: str | None  # the file's schema revision when a copy had to be upgraded
    added: dict[str, int]  # table -> rows added
    days_added: tuple[str, ...]  # "2024-06-15 ゆめが丘SC"
    days_updated: tuple[str, ...]
    days_unchanged: tuple[str, ...]
    days_joined: tuple[str, ...]  # the file's day joined ours (same venue and date): "2024-06-15 … レジ2"
    master_added: tuple[str, ...]
    master_matched_by_key: tuple[str, ...]
    master_differences: tuple[str, ...]
    notes: tuple[str, ...]
    preview: bool
    voids: tuple[str, ...] = ()  # sales voided in the file that are paid here: "… 取引 レジ1-2（理由: 返品）"

    @property
    def nothing_new(self) -> bool:
        return not any(self.added.values()) and not self.days_updated

    def lines_ja(self) -> list[str]:
        kind = "書き出しファイル" if self.kind == "export" else "データベースファイル"
        out = [f"取り込み元: {self.source}（{kind}）"]
        if self.upgraded_from:
            out.append(
                f"取り込み元は古い形式（{self.upgraded_from}）のため、コピーを更新して読みました（元のファイルは変更していません）"
            )
        out.append(RULE_JA)
        if self.preview:
            out.append("【確認】まだ取り込んでいません。")
        verb = "追加する" if self.preview else "追加した"
        out.append(f"{verb}販売日: {len(self.days_added)}日")
        out.extend(f"  {d}" for d in self.days_added)
        if self.days_updated:
            out.append(f"取り込み元の方が新しいため更新した販売日: {len(self.days_updated)}日")
            out.extend(f"  {d}" for d in self.days_updated)
        if self.days_joined:
            out.append(f"同じ会場・同じ日の販売日に合わせたレジ: {len(self.days_joined)}件")
            out.extend(f"  {d}" for d in self.days_joined)
        if self.days_unchanged:
            out.append(f"取り込み済みの販売日: {len(self.days_unchanged)}日")
        labels = {
            "sales": "取引",
            "sale_lines": "明細",
            "payments": "支払",
            "lots": "ロット",
            "cash_counts": "金種",
            "day_events": "販売日の記録",
            "lot_dispositions": "持ち帰り・廃棄",
            "participations": "出店",
            "tills": "レジ",
            "sales_events": "催し",
            "product_images": "商品の写真",
        }
        out.append(f"{verb}行: " + "、".join(f"{labels[k]} {self.added.get(k, 0):,}件" for k in labels))
        if self.master_added:
            out.append("追加したマスタ:")
            out.extend(f"  {m}" for m in self.master_added)
        if self.master_matched_by_key:
            out.append("IDが違うため名前・コードで対応付けたマスタ:")
            out.extend(f"  {m}" for m in self.master_matched_by_key)
        if self.master_differences:
            out.append("マスタの違い（このデータベースの値を維持しました）:")
            out.extend(f"  {m}" for m in self.master_differences)
        else:
            out.append("マスタの違いはありません")
        out.extend(self.notes)
        if self.nothing_new:
            out.append("新しい記録はありませんでした（取り込み済みです）")
        return out


@dataclass
class _Plan:
    added: dict[str, int] = field(default_factory=dict)
    days_added: list[str] = field(default_factory=list)
    days_updated: list[str] = field(default_factory=list)
    days_unchanged: list[str] = field(default_factory=list)
    days_joined: list[str] = field(default_factory=list)
    master_added: list[str] = field(default_factory=list)
    matched_by_key: list[str] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    voids: list[tuple[UUID, str, str]] = field(default_factory=list)  # (sale id, label, reason) voided by the file


# -- reading the file ---------------------------------------------------------------------------


def _readonly_engine(path: Path) -> Engine:
    uri = read_only_uri(path)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000),
        poolclass=NullPool,
    )
    event.listen(engine, "connect", lambda c, _r: setattr(c, "isolation_level", None))
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _revision_and_tables(path: Path) -> tuple[str | None, set[str]]:
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return revision, tables
    except sqlite3.DatabaseError as e:
        raise InvalidInput(
            f"「{path}」はBooth POSのデータベースや書き出しファイルとして読めません",
            f"{path} is not a Booth POS database or export file",
        ) from e


COPY_PREFIX = "pos-merge-"  # + pid + "-": the upgraded copy of an older file, in the system's temp folder


def clear_stale_copies(folder: Path | None = None) -> list[Path]:
    """Remove upgraded copies left by a merge that was killed (its process is gone): they hold a copy of
    another booth's sales. Only this user's folders; a running merge's copy stays. POSIX only (on
    Windows os.kill(pid, 0) would signal the process, and the temp folder is the user's own)."""
    removed: list[Path] = []
    if os.name != "posix":
        return removed
    for stale in Path(folder or tempfile.gettempdir()).glob(f"{COPY_PREFIX}*-*"):
        pid = stale.name[len(COPY_PREFIX) :].split("-", 1)[0]
        try:
            if not pid.isdigit() or not stale.is_dir() or stale.stat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)  # still running
        except ProcessLookupError:
            shutil.rmtree(stale, ignore_errors=True)
            removed.append(stale)
        except OSError:  # another user's process, or the folder vanished meanwhile
            continue
    return removed


@contextmanager
def open_source(path: str | os.PathLike[str]) -> Iterator[tuple[Connection, str | None, Path]]:
    """A read-only connection to the file at the newest schema (an upgraded temporary copy if it is
    behind), the revision it was upgraded from (None when no upgrade was needed) and the path read."""
    clear_stale_copies()
    source = Path(path)
    if not source.is_file():
        raise NotFound(f"ファイル「{source}」がありません", f"No file at {source}")
    with open(source, "rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise InvalidInput(
                f"「{source}」はBooth POSのデータベースや書き出しファイルではありません",
                f"{source} is not a Booth POS database or export file",
            )
    revision, tables = _revision_and_tables(source)
    if not {"sales_days", "sales", "workshops"} <= tables:
        raise InvalidInput(
            f"「{source}」はBooth POSのデータベースや書き出しファイルではありません（販売の表がありません）",
            f"{source} has no Booth POS tables",
        )
    head = head_revision()
    if revision == head:
        engine = _readonly_engine(source)
        try:
            with engine.connect() as conn:
                yield conn, None, source
        finally:
            engine.dispose()
        return
    from alembic.script import ScriptDirectory

    from pos.db.migrate import alembic_config

    known = {s.revision for s in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()}
    if revision is None:
        raise InvalidInput(
            f"「{source}」はBooth POSのデータベースや書き出しファイルではありません（形式の版がありません）",
            f"{source} has no schema revision",
        )
    if revision not in known:
        raise StateError(
            f"「{source}」はこのアプリより新しい形式です（{revision}）。アプリを更新してから取り込んでください",
            f"{source} has a newer schema ({revision}) than this app",
        )
    with tempfile.TemporaryDirectory(prefix=f"{COPY_PREFIX}{os.getpid()}-") as tmp:
        copy = Path(tmp) / "source.db"
        with closing(sqlite3.connect(read_only_uri(source), uri=True)) as src, closing(sqlite3.connect(copy)) as dst:
            src.backup(dst)  # read-only on the input: not even a checkpoint of its -wal
        upgrade_to_head(f"sqlite:///{copy}")
        engine = _readonly_engine(copy)
        try:
            with engine.connect() as conn:
                yield conn, revision, copy
        finally:
            engine.dispose()


def _rows(conn: Connection, table: Table) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in conn.execute(select(table))]


def _chunks(values: list[Any], size: int = 500) -> Iterator[list[Any]]:
    """Bound parameters in pieces (SQLite and psycopg limit how many one statement takes)."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _rows_in(conn: Connection, table: Table, column: Any, values: list[Any]) -> list[dict[str, Any]]:
    return [dict(r._mapping) for chunk in _chunks(values) for r in conn.execute(select(table).where(column.in_(chunk)))]


# -- the merge ----------------------------------------------------------------------------------


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if value is None or value == "":
        return "（なし）"
    return str(value)


class _Merger:
    def __init__(self, src: Connection, dst: Connection, plan: _Plan) -> None:
        self.src, self.dst, self.plan = src, dst, plan
        self.workshop_map: dict[UUID, UUID] = {}
        self.product_map: dict[UUID, UUID] = {}
        self.venue_map: dict[UUID, UUID] = {}
        self.day_map: dict[UUID, UUID] = {}
        self.day_labels: dict[UUID, str] = {}
        self.newer_days: set[UUID] = set()  # target ids of days whose file copy is newer
        self.existing_days: dict[UUID, str] = {}  # days here already (same id, or joined) -> label
        self.joined_days: set[UUID] = set()  # our days that another laptop's copy of the day joined
        self.src_day_of: dict[UUID, UUID] = {}  # our day id -> the file's day id
        self.till_names: dict[UUID, str] = {}
        self.joined_tills: dict[UUID, list[str]] = {}  # our day -> names of the file's tills added to it
        self.newer_tills: set[UUID] = set()  # tills whose fields (and drawer count) come from the file
        self.tills_touched: set[UUID] = set()  # days whose tills were added or updated
        self.days_to_sync: set[UUID] = set()
        self.accept_voids = False
        self.event_map: dict[UUID, UUID] = {}
        self.new_days: set[UUID] = set()  # days added from the file
        self.bulk = False  # SQLite target with the file attached as BULK_SCHEMA: copy set-wise in SQL

    # master data ------------------------------------------------------------------------------
    def _master(
        self,
        table: Table,
        key: str,
        what: str,
        mapping: dict[UUID, UUID],
        remap: dict[str, dict[UUID, UUID]] | None = None,
    ) -> None:
        here_by_id = {r["id"]: r for r in _rows(self.dst, table)}
        here_by_key = {r[key]: r for r in here_by_id.values()}
        names = {r["id"]: r["name"] for r in _rows(self.dst, _W)} if table is _P else {}
        for row in _rows(self.src, table):
            for column, m in (remap or {}).items():
                row[column] = m.get(row[column], row[column])
            label = f"{what}「{row['name']}」" + (f"（{row[key]}）" if key != "name" else "")
            here = here_by_id.get(row["id"])
            if here is None and (here := here_by_key.get(row[key])) is not None:
                by = "コード" if key == "code" else "名前"
                self.plan.matched_by_key.append(f"{label}: IDが違うため{by}で対応付けました")
            if here is None:
                self.dst.execute(insert(table), [row])
                self.plan.master_added.append(label)
                mapping[row["id"]] = row["id"]
                here_by_key[row[key]] = row
                continue
            mapping[row["id"]] = here["id"]
            diffs = [
                f"{ja} ここ {_show(here[col])} / 取り込み元 {_show(row[col])}"
                for col, ja in _MASTER_FIELDS[table.name]
                if here[col] != row[col]
            ]
            if table is _P and here["workshop_id"] != row["workshop_id"]:
                diffs.append(
                    f"事業所 ここ {names.get(here['workshop_id'], '?')} / 取り込み元 "
                    f"{names.get(row['workshop_id'], '?')}"
                )
            if diffs:
                self.plan.differences.append(f"{label}: " + "、".join(diffs))

    def _pictures(self) -> None:
        """Product pictures (かんたんレジ's tiles): a picture the file has for a product that has none here is
        added; where both have one, this database's stays (a different one is listed)."""
        table = ProductImage.__table__
        here = {r["product_id"]: r["png"] for r in _rows(self.dst, table)}
        names = {r["id"]: r["name"] for r in _rows(self.dst, _P)}
        added = 0
        for row in _rows(self.src, table):
            product = self.product_map.get(row["product_id"])
            if product is None:
                continue
            if product not in here:
                self.dst.execute(insert(table), [{**row, "product_id": product}])
                here[product] = row["png"]
                added += 1
            elif here[product] != row["png"]:
                self.plan.differences.append(f"商品「{names.get(product, '?')}」: 写真が違います")
        self.plan.added["product_images"] = added

    # sales days -------------------------------------------------------------------------------
    def _last_activity(self, conn: Connection, day_id: UUID) -> datetime | None:
        stamps: list[datetime | None] = []
        for table, col in (
            (_EV, _EV.c.at),
            (_S, _S.c.created_at),
            (_S, _S.c.voided_at),
            (_LOT, _LOT.c.created_at),
            (_LOT, _LOT.c.sold_out_at),
        ):
            stamps.extend(conn.scalars(select(col).where(table.c.sales_day_id == day_id)))
        stamps.extend(
            conn.scalars(
                select(_DISP.c.at).join(_LOT, _LOT.c.id == _DISP.c.lot_id).where(_LOT.c.sales_day_id == day_id)
            )
        )
        real = [s for s in stamps if s is not None]
        return max(real) if real else None

    def _children_ids(self, conn: Connection, table: Table, day_id: UUID) -> set[UUID]:
        return set(conn.scalars(select(table.c.id).where(table.c.sales_day_id == day_id)))

    def _events(self) -> None:
        """Events over several days: by id, else by venue and dates; the file's notes stay if ours match."""
        here = {r["id"]: r for r in _rows(self.dst, _E)}
        by_key = {(r["venue_id"], r["first_day"], r["last_day"]): r for r in here.values()}
        new = []
        for r in _rows(self.src, _E):
            r["venue_id"] = self.venue_map[r["venue_id"]]
            mine = here.get(r["id"]) or by_key.get((r["venue_id"], r["first_day"], r["last_day"]))
            if mine is not None:
                self.event_map[r["id"]] = mine["id"]
                continue
            self.event_map[r["id"]] = r["id"]
            new.append(r)
        self._insert_new(_E, new, set())

    def _days(self) -> list[dict[str, Any]]:
        venue_names = {r["id"]: r["name"] for r in _rows(self.dst, _V)}
        here_by_id = {r["id"]: r for r in _rows(self.dst, _D)}
        here_by_key = {(r["venue_id"], r["day"]): r for r in here_by_id.values()}
        new_days = []
        for row in _rows(self.src, _D):
            row["venue_id"] = self.venue_map[row["venue_id"]]
            if row["event_id"] is not None:
                row["event_id"] = self.event_map.get(row["event_id"], row["event_id"])
            label = f"{row['day']:%Y-%m-%d} {venue_names.get(row['venue_id'], '?')}"
            self.day_labels[row["id"]] = label
            here = here_by_id.get(row["id"])
            if here is None and (other := here_by_key.get((row["venue_id"], row["day"]))) is not None:
                # another laptop's copy of the same day: its tills join ours; its notes are added to ours
                if row["notes"] and row["notes"] not in other["notes"]:
                    notes = "、".join(n for n in (other["notes"], row["notes"]) if n)
                    self.dst.execute(update(_D).where(_D.c.id == other["id"]).values(notes=notes))
                    other["notes"] = notes
                if other["event_id"] is None and row["event_id"] is not None:
                    self.dst.execute(update(_D).where(_D.c.id == other["id"]).values(event_id=row["event_id"]))
                self.day_map[row["id"]] = other["id"]
                self.day_labels[other["id"]] = label
                self.joined_days.add(other["id"])
                self.existing_days[other["id"]] = label
                continue
            self.day_map[row["id"]] = row["id"]
            if here is None:
                self.plan.days_added.append(label)
                new_days.append(row)
                continue
            theirs, ours = self._last_activity(self.src, row["id"]), self._last_activity(self.dst, row["id"])
            self.src_day_of[row["id"]] = row["id"]
            if theirs is not None and (ours is None or theirs > ours):
                self.newer_days.add(row["id"])
                changed = {f: row[f] for f in _DAY_FIELDS if here[f] != row[f]}
                if changed:
                    self.dst.execute(update(_D).where(_D.c.id == row["id"]).values(**changed))
            self.existing_days[row["id"]] = label
        if new_days:
            self.dst.execute(insert(_D), new_days)  # in one statement (a year's file has hundreds)
        return new_days

    # child rows --------------------------------------------------------------------------------
    def _insert_new(self, table: Table, rows: Iterable[dict[str, Any]], here_ids: set[UUID]) -> list[dict[str, Any]]:
        new = [r for r in rows if r["id"] not in here_ids]
        if new:
            self.dst.execute(insert(table), new)
        self.plan.added[table.name] = self.plan.added.get(table.name, 0) + len(new)
        return new

    def _ids(self, table: Table, rows: Iterable[dict[str, Any]]) -> set[UUID]:
        """Which of these rows' ids are here already (only those are looked up, not the whole table)."""
        ids = [r["id"] for r in rows]
        return {i for chunk in _chunks(ids) for i in self.dst.scalars(select(table.c.id).where(table.c.id.in_(chunk)))}

    def _day_rows(self, table: Table) -> list[dict[str, Any]]:
        rows = [r for r in _rows(self.src, table) if r["sales_day_id"] in self.day_map]
        for r in rows:
            r["sales_day_id"] = self.day_map[r["sales_day_id"]]
        return rows

    def _till_activity(self, conn: Connection, till: dict[str, Any]) -> datetime | None:
        stamps = [till["opened_at"], till["closed_at"]]
        stamps.extend(conn.scalars(select(_S.c.created_at).where(_S.c.till_id == till["id"])))
        stamps.extend(conn.scalars(select(_S.c.voided_at).where(_S.c.till_id == till["id"])))
        stamps.extend(conn.scalars(select(_EV.c.at).where(_EV.c.sales_day_id == till["sales_day_id"])))
        real = [x for x in stamps if x is not None]
        return max(real) if real else None

    def _tills(self) -> None:
        """The file's tills: added, or (same id, worked on later in the file) their fields taken over."""
        days_here = list(set(self.day_map.values()))
        here = {r["id"]: r for r in _rows_in(self.dst, _T, _T.c.sales_day_id, days_here)}
        by_name = {(r["sales_day_id"], r["name"]): r for r in here.values()}
        self.till_names = {r["id"]: r["name"] for r in here.values()}
        new = []
        for r in [r for r in _rows(self.src, _T) if r["sales_day_id"] in self.day_map]:
            src_day = r["sales_day_id"]
            r["sales_day_id"] = self.day_map[src_day]
            self.till_names[r["id"]] = r["name"]
            mine = here.get(r["id"])
            if mine is None:
                other = by_name.get((r["sales_day_id"], r["name"]))
                if other is not None:
                    self.plan.refusals.append(
                        f"販売日 {self.day_labels.get(r['sales_day_id'], '?')}: 「{r['name']}」という名前のレジが両方の"
                        "ファイルに別のレジとしてあります。片方のパソコンでレジの名前を変えて（例: レジ2）から、"
                        "その日の販売を開き直してください。取り込みません"
                    )
                    continue
                new.append(r)
                self.joined_tills.setdefault(r["sales_day_id"], []).append(r["name"])
                continue
            if mine["sales_day_id"] != r["sales_day_id"] or mine["name"] != r["name"]:
                self.plan.refusals.append(
                    f"レジ「{r['name']}」: 同じIDで別の販売日・名前になっています。取り込みません"
                )
                continue
            if {f: mine[f] for f in _TILL_FIELDS} == {f: r[f] for f in _TILL_FIELDS}:
                continue
            src_row = {**r, "sales_day_id": src_day}
            theirs, ours = self._till_activity(self.src, src_row), self._till_activity(self.dst, mine)
            if theirs is not None and (ours is None or theirs > ours):
                self.dst.execute(update(_T).where(_T.c.id == r["id"]).values(**{f: r[f] for f in _TILL_FIELDS}))
                self.newer_tills.add(r["id"])
                self.tills_touched.add(r["sales_day_id"])
        if not self.plan.refusals:
            self.tills_touched |= {r["sales_day_id"] for r in self._insert_new(_T, new, set(here))}
            self.newer_tills |= {r["id"] for r in new}

    def _conflicts(
        self, table: Table, rows: list[dict[str, Any]], what: str, remap: dict[str, dict[UUID, UUID]] | None = None
    ) -> None:
        """Rows of the file whose id is here with other content are listed as refusals."""
        for r in rows:
            for column, m in (remap or {}).items():
                r[column] = m.get(r[column], r[column])
        ids = self._ids(table, rows)
        if not ids:
            return
        here = {r["id"]: r for r in _rows_in(self.dst, table, table.c.id, list(ids))}
        for r in rows:
            mine = here.get(r["id"])
            if mine is not None and mine != r:
                diffs = [c for c in r if mine.get(c) != r[c]]
                self.plan.refusals.append(
                    f"{what}（ID {r['id']}）: 同じIDで内容が違います（{_columns_ja(diffs)}）。取り込みません"
                )

    # -- the set-wise copy (SQLite target, the file attached as BULK_SCHEMA) --------------------------
    def _temp_maps(self) -> None:
        """Temporary id maps: every file day -> our day; products and workshops only where they differ."""
        for name in ("merge_day", "merge_product", "merge_workshop"):
            self.dst.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {name} (src TEXT PRIMARY KEY, dst TEXT)")
            self.dst.exec_driver_sql(f"DELETE FROM temp.{name}")
        for name, mapping, identity in (
            ("merge_day", self.day_map, True),
            ("merge_product", self.product_map, False),
            ("merge_workshop", self.workshop_map, False),
        ):
            pairs = [(a.hex, b.hex) for a, b in mapping.items() if identity or a != b]
            if pairs:
                self.dst.connection.driver_connection.executemany(  # type: ignore[union-attr]  # sqlite3's, not None on a live connection
                    f"INSERT INTO temp.{name} (src, dst) VALUES (?, ?)", pairs
                )

    def _bulk_ids(self, sql: str) -> list[UUID]:
        return [UUID(hex=r[0]) for r in self.dst.exec_driver_sql(sql)]

    def _bulk_conflicts(self) -> None:
        """Conflicts and voids, found in SQL; only the rows found are read into Python for the message."""
        src = BULK_SCHEMA
        differing = self._bulk_ids(f"""
            SELECT s.id FROM {src}.sales s JOIN temp.merge_day d ON d.src = s.sales_day_id
            JOIN main.sales m ON m.id = s.id
            WHERE m.sales_day_id <> d.dst OR m.till_id <> s.till_id OR m.number <> s.number
               OR m.created_at IS NOT s.created_at OR m.total <> s.total
               OR (m.state = 'voided' AND s.state = 'voided' AND m.void_reason IS NOT s.void_reason)
               OR (m.state = 'paid' AND s.state = 'voided')""")
        clashing = self._bulk_ids(f"""
            SELECT s.id FROM {src}.sales s JOIN main.sales m ON m.till_id = s.till_id AND m.number = s.number
            WHERE m.id <> s.id""")
        if differing or clashing:
            sales = [r for r in _rows_in(self.src, _S, _S.c.id, differing + clashing)]
            for r in sales:
                r["sales_day_id"] = self.day_map[r["sales_day_id"]]
            here = {r["id"]: r for r in _rows_in(self.dst, _S, _S.c.id, differing)}
            for r in sales:
                mine = here.get(r["id"])
                label = self._sale_label(r)
                if mine is None:
                    self.plan.refusals.append(f"{label} が両方に別の取引としてあります。取り込みません")
                    continue
                diffs = [c for c in _SALE_FIXED if mine[c] != r[c]]
                if mine["state"] == "voided" and r["state"] == "voided" and mine["void_reason"] != r["void_reason"]:
                    diffs.append("void_reason")
                if diffs:
                    self.plan.refusals.append(
                        f"{label}: 同じIDで内容が違います（{_columns_ja(diffs)}）。取り込みません"
                    )
                elif mine["state"] == "paid" and r["state"] == "voided":
                    self.plan.voids.append((r["id"], label, r["void_reason"]))
        for table, what, remapped in ((_L, "明細", True), (_PAY, "支払", False)):
            cols = [c.name for c in table.c if c.name != "id"]
            checks = []
            for c in cols:
                theirs = f"x.{c}"
                if remapped and c == "product_id":
                    theirs = "COALESCE(pm.dst, x.product_id)"
                elif remapped and c == "workshop_id":
                    theirs = "COALESCE(wm.dst, x.workshop_id)"
                checks.append(f'm."{c}" IS NOT {theirs}')
            joins = (
                (
                    "LEFT JOIN temp.merge_product pm ON pm.src = x.product_id "
                    "LEFT JOIN temp.merge_workshop wm ON wm.src = x.workshop_id"
                )
                if remapped
                else ""
            )
            ids = self._bulk_ids(
                f"SELECT x.id FROM {src}.{table.name} x JOIN main.{table.name} m ON m.id = x.id "
                f"{joins} WHERE {' OR '.join(checks)}"
            )
            if ids:
                maps = {"product_id": self.product_map, "workshop_id": self.workshop_map} if remapped else None
                self._conflicts(table, _rows_in(self.src, table, table.c.id, ids), what, maps)

    def _bulk_insert(self, table: Table, select_sql: str, *, where: str) -> int:
        cols = ", ".join(f'"{c.name}"' for c in table.c)
        result = self.dst.exec_driver_sql(f"INSERT INTO main.{table.name} ({cols}) {select_sql} WHERE {where}")
        added = max(result.rowcount, 0)
        self.plan.added[table.name] = self.plan.added.get(table.name, 0) + added
        return added

    def _per_day_counts(self, days: list[UUID]) -> dict[UUID, tuple[int, ...]]:
        """Rows per day of our existing days (to tell which of them the merge added to)."""
        out: dict[UUID, tuple[int, ...]] = {}
        for day in days:
            disps = select(func.count()).select_from(_DISP.join(_LOT)).where(_LOT.c.sales_day_id == day)
            out[day] = (
                *(
                    self.dst.scalar(select(func.count()).select_from(t).where(t.c.sales_day_id == day)) or 0
                    for t in (_PART, _LOT, _S, _CC, _EV)
                ),
                self.dst.scalar(disps) or 0,
            )
        return out

    def _run_bulk(self) -> None:
        """The sales records copied set-wise (INSERT … SELECT from the attached file), same rules as _run_rows."""
        src = BULK_SCHEMA
        self._temp_maps()
        self._bulk_conflicts()
        self._refuse_voids_without_consent()
        if self.plan.refusals:
            return
        existing = list(self.existing_days)
        before = self._per_day_counts(existing)
        day = "JOIN temp.merge_day d ON d.src = x.sales_day_id"
        new_id = "NOT EXISTS (SELECT 1 FROM main.{t} m WHERE m.id = x.id)"

        def cols(table: Table, **replace: str) -> str:
            return ", ".join(replace.get(c.name, f"x.{c.name}") for c in table.c)

        workshop = "COALESCE(wm.dst, x.workshop_id)"
        self._bulk_insert(
            _PART,
            f"SELECT {cols(_PART, sales_day_id='d.dst', workshop_id=workshop)} FROM {src}.participations x "
            f"{day} LEFT JOIN temp.merge_workshop wm ON wm.src = x.workshop_id",
            where=new_id.format(t="participations") + " AND NOT EXISTS (SELECT 1 FROM main.participations m "
            f"WHERE m.sales_day_id = d.dst AND m.workshop_id = {workshop})",
        )
        self._bulk_insert(
            _LOT,
            f"SELECT {cols(_LOT, sales_day_id='d.dst', product_id='COALESCE(pm.dst, x.product_id)')} "
            f"FROM {src}.lots x {day} LEFT JOIN temp.merge_product pm ON pm.src = x.product_id",
            where=new_id.format(t="lots"),
        )
        self._bulk_insert(
            _S, f"SELECT {cols(_S, sales_day_id='d.dst')} FROM {src}.sales x {day}", where=new_id.format(t="sales")
        )
        self._bulk_insert(
            _L,
            f"SELECT {cols(_L, product_id='COALESCE(pm.dst, x.product_id)', workshop_id=workshop)} "
            f"FROM {src}.sale_lines x LEFT JOIN temp.merge_product pm ON pm.src = x.product_id "
            "LEFT JOIN temp.merge_workshop wm ON wm.src = x.workshop_id",
            where=new_id.format(t="sale_lines"),
        )
        self._bulk_insert(_PAY, f"SELECT {cols(_PAY)} FROM {src}.payments x", where=new_id.format(t="payments"))
        self._bulk_insert(
            _CC,
            f"SELECT {cols(_CC, sales_day_id='d.dst')} FROM {src}.cash_counts x {day}",
            where=new_id.format(t="cash_counts") + " AND NOT EXISTS (SELECT 1 FROM main.cash_counts m "
            "WHERE m.till_id = x.till_id AND m.denomination = x.denomination)",
        )
        self._bulk_insert(
            _EV,
            f"SELECT {cols(_EV, sales_day_id='d.dst')} FROM {src}.day_events x {day}",
            where=new_id.format(t="day_events"),
        )
        self._bulk_insert(
            _DISP, f"SELECT {cols(_DISP)} FROM {src}.lot_dispositions x", where=new_id.format(t="lot_dispositions")
        )

        # days here already: the file's later work (lots, drawer counts) and voids, row by row (few rows)
        touched = {d for d, counts in self._per_day_counts(existing).items() if counts != before[d]}
        src_days = [a for a, b in self.day_map.items() if b in self.existing_days]
        lots = _rows_in(self.src, _LOT, _LOT.c.sales_day_id, src_days)
        here_lots = {r["id"]: r for r in _rows_in(self.dst, _LOT, _LOT.c.sales_day_id, existing)}
        for r in lots:
            r["sales_day_id"] = self.day_map[r["sales_day_id"]]
            r["product_id"] = self.product_map[r["product_id"]]
            mine = here_lots.get(r["id"])
            if mine is not None and r["sales_day_id"] in self.newer_days:
                changed = {f: r[f] for f in ("quantity", "expiry_date", "sold_out_at") if mine[f] != r[f]}
                if changed:
                    self.dst.execute(update(_LOT).where(_LOT.c.id == r["id"]).values(**changed))
                    touched.add(r["sales_day_id"])
        here_counts = {
            (r["till_id"], r["denomination"]): r for r in _rows_in(self.dst, _CC, _CC.c.sales_day_id, existing)
        }
        for r in _rows_in(self.src, _CC, _CC.c.sales_day_id, src_days):
            mine = here_counts.get((r["till_id"], r["denomination"]))
            if mine is not None and r["till_id"] in self.newer_tills and mine["count"] != r["count"]:
                self.dst.execute(update(_CC).where(_CC.c.id == mine["id"]).values(count=r["count"]))
                touched.add(self.day_map[r["sales_day_id"]])
        self._apply_voids(touched)
        self._report_days(touched)

    def _refuse_voids_without_consent(self) -> None:
        if self.plan.voids and not self.accept_voids:
            self.plan.refusals.append(
                "取り込み元で取り消された取引があります（コーディネーターの確認が必要です。"
                "確認のうえ取消を反映する指定で取り込んでください）: "
                + "、".join(f"{label}（理由: {reason}）" for _, label, reason in self.plan.voids)
            )

    def _sale_label(self, r: dict[str, Any]) -> str:
        day_label = self.day_labels.get(r["sales_day_id"], "?")
        return f"販売日 {day_label}: 取引 No.{receipt_no(self.till_names.get(r['till_id'], ''), r['number'])}"

    def run(self) -> None:
        self._master(_W, "name", "事業所", self.workshop_map)
        self._master(_V, "name", "会場", self.venue_map)
        self._master(_P, "code", "商品", self.product_map, {"workshop_id": self.workshop_map})
        self._pictures()
        self._events()
        self.new_days = {r["id"] for r in self._days()}
        if self.plan.refusals:
            return
        self._tills()
        if self.plan.refusals:
            return
        if self.bulk:
            self._run_bulk()
        else:
            self._run_rows()
        if not self.plan.refusals:
            self._frozen_settlements()

    def _frozen_settlements(self) -> None:
        """The settlement frozen at the close travels with the day: a new day, or a day worked on later in
        the file, takes the file's rows (none while it is open there); ours are kept otherwise (and checked
        against the day's sales once its tills are combined: merge_file)."""
        replace = self.new_days | self.newer_days
        if replace and self.src.dialect.has_table(self.src, "day_settlements"):
            frozen = [r for r in self._day_rows(_DS) if r["sales_day_id"] in replace]
            for r in frozen:
                r["workshop_id"] = self.workshop_map[r["workshop_id"]]
            for chunk in _chunks(list(replace)):
                self.dst.execute(_DS.delete().where(_DS.c.sales_day_id.in_(chunk)))
            if frozen:
                self.dst.execute(insert(_DS), frozen)

    def _run_rows(self) -> None:
        """The sales records row by row through Python (any database; PostgreSQL targets)."""
        touched: set[UUID] = set()
        days_here = list(set(self.day_map.values()))

        parts = self._day_rows(_PART)
        here_parts = {
            (r["sales_day_id"], r["workshop_id"]) for r in _rows_in(self.dst, _PART, _PART.c.sales_day_id, days_here)
        }
        for r in parts:
            r["workshop_id"] = self.workshop_map[r["workshop_id"]]
        parts = [r for r in parts if (r["sales_day_id"], r["workshop_id"]) not in here_parts]
        touched |= {r["sales_day_id"] for r in self._insert_new(_PART, parts, self._ids(_PART, parts))}

        lots = self._day_rows(_LOT)
        for r in lots:
            r["product_id"] = self.product_map[r["product_id"]]
        here_lots = {r["id"]: r for r in _rows_in(self.dst, _LOT, _LOT.c.sales_day_id, days_here)}
        touched |= {r["sales_day_id"] for r in self._insert_new(_LOT, lots, set(here_lots))}
        for r in lots:
            here = here_lots.get(r["id"])
            if here is not None and r["sales_day_id"] in self.newer_days:
                changed = {f: r[f] for f in ("quantity", "expiry_date", "sold_out_at") if here[f] != r[f]}
                if changed:
                    self.dst.execute(update(_LOT).where(_LOT.c.id == r["id"]).values(**changed))
                    touched.add(r["sales_day_id"])

        sales = self._day_rows(_S)
        here_sales = {r["id"]: r for r in _rows_in(self.dst, _S, _S.c.sales_day_id, days_here)}
        taken = {(r["till_id"], r["number"]): r["id"] for r in here_sales.values()}
        for r in sales:
            label = self._sale_label(r)
            here = here_sales.get(r["id"])
            if here is None:
                if (r["till_id"], r["number"]) in taken:
                    self.plan.refusals.append(f"{label} が両方に別の取引としてあります。取り込みません")
                continue
            diffs = [c for c in _SALE_FIXED if here[c] != r[c]]
            if here["state"] == "voided" and r["state"] == "voided" and here["void_reason"] != r["void_reason"]:
                diffs.append("void_reason")
            if diffs:
                self.plan.refusals.append(f"{label}: 同じIDで内容が違います（{_columns_ja(diffs)}）。取り込みません")
            elif here["state"] == "paid" and r["state"] == "voided":
                self.plan.voids.append((r["id"], label, r["void_reason"]))
        src_sales = {x["id"] for x in sales}
        self._conflicts(
            _L,
            [r for r in _rows(self.src, _L) if r["sale_id"] in src_sales],
            "明細",
            {"product_id": self.product_map, "workshop_id": self.workshop_map},
        )
        self._conflicts(_PAY, [r for r in _rows(self.src, _PAY) if r["sale_id"] in src_sales], "支払")
        self._refuse_voids_without_consent()
        if self.plan.refusals:
            return
        new_sales = self._insert_new(_S, sales, set(here_sales))
        touched |= {r["sales_day_id"] for r in new_sales}
        self._apply_voids(touched)

        sale_ids = {r["id"] for r in sales}
        lines = [r for r in _rows(self.src, _L) if r["sale_id"] in sale_ids]
        for r in lines:
            r["product_id"] = self.product_map[r["product_id"]]
            r["workshop_id"] = self.workshop_map[r["workshop_id"]]
        self._insert_new(_L, lines, self._ids(_L, lines))
        payments = [r for r in _rows(self.src, _PAY) if r["sale_id"] in sale_ids]
        self._insert_new(_PAY, payments, self._ids(_PAY, payments))

        counts = self._day_rows(_CC)
        here_counts = {
            (r["till_id"], r["denomination"]): r for r in _rows_in(self.dst, _CC, _CC.c.sales_day_id, days_here)
        }
        fresh = []
        for r in counts:
            here = here_counts.get((r["till_id"], r["denomination"]))
            if here is None:
                fresh.append(r)
            elif r["till_id"] in self.newer_tills and here["count"] != r["count"]:
                self.dst.execute(update(_CC).where(_CC.c.id == here["id"]).values(count=r["count"]))
                touched.add(r["sales_day_id"])
        touched |= {r["sales_day_id"] for r in self._insert_new(_CC, fresh, self._ids(_CC, fresh))}

        events = self._day_rows(_EV)
        touched |= {r["sales_day_id"] for r in self._insert_new(_EV, events, self._ids(_EV, events))}
        lot_ids = {r["id"] for r in lots}
        disps = [r for r in _rows(self.src, _DISP) if r["lot_id"] in lot_ids]
        lot_day = {r["id"]: r["sales_day_id"] for r in lots}
        touched |= {lot_day[r["lot_id"]] for r in self._insert_new(_DISP, disps, self._ids(_DISP, disps))}

        self._report_days(touched)

    def _apply_voids(self, touched: set[UUID]) -> None:
        """The file's voids of sales paid here (the coordinator consented: see merge_file)."""
        theirs = {r["id"]: r for r in _rows_in(self.src, _S, _S.c.id, [v[0] for v in self.plan.voids])}
        for sale_id, label, reason in self.plan.voids:
            r = theirs[sale_id]
            self.dst.execute(
                update(_S)
                .where(_S.c.id == sale_id)
                .values(state="voided", void_reason=r["void_reason"], voided_at=r["voided_at"])
            )
            touched.add(self.day_map[r["sales_day_id"]])
            self.plan.notes.append(
                f"{label} は取り込み元で取り消されていたため、ここでも取り消しにしました（理由: {reason}）"
            )

    def _report_days(self, touched: set[UUID]) -> None:
        touched |= self.tills_touched
        for day_id, label in self.existing_days.items():
            if day_id in touched or day_id in self.newer_days:
                if day_id in self.joined_days and self.joined_tills.get(day_id):
                    self.plan.days_joined.append(f"{label} {'、'.join(self.joined_tills[day_id])}")
                else:
                    self.plan.days_updated.append(label)
            else:
                self.plan.days_unchanged.append(label)
        # a day added from the file comes with its combined figures; days here follow their tills
        self.days_to_sync = set(self.existing_days)


def _source_kind(src: Connection) -> str:
    mark = src.scalar(select(Setting.__table__.c.value).where(Setting.__table__.c.key == EXPORT_MARK))
    return "export" if mark else "database"


@contextmanager
def _target_session(db: Database, attach: Path | None) -> Iterator[tuple[Session, bool]]:
    """A write transaction on the target; on SQLite with `attach`, the file is attached (read-only) to its
    connection first as BULK_SCHEMA (ATTACH cannot run inside a transaction) and detached after."""
    if attach is None or db.engine.dialect.name != "sqlite":
        with db.sessions.begin() as s:
            yield s, False
        return
    with db.engine.execution_options(**{WRITE_OPTION: True}).connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute(f"ATTACH DATABASE ? AS {BULK_SCHEMA}", (read_only_uri(attach),))
        # no foreign-key lookups row by row while tens of thousands of rows are copied: the check of the
        # result before the commit runs `foreign_key_check` over the whole database and refuses the merge
        # on any broken reference it added (merge_file); set outside the transaction, as SQLite requires
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with Session(bind=conn, expire_on_commit=False) as s, s.begin():
                yield s, True
        finally:
            conn.rollback()  # nothing is left open when the block failed
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute(f"DETACH DATABASE {BULK_SCHEMA}")


def merge_file(
    db: Database,
    path: str | os.PathLike[str],
    *,
    preview: bool = False,
    accept_voids: bool = False,
    who: str = "",
    bulk: bool = True,
) -> MergeReport:
    """Bring the records of `path` into `db` (see the module docstring); refusals change nothing.
    `accept_voids`: the coordinator consents to voids made in the file (each gets an audit entry).
    `bulk`: on an SQLite target, copy the sales records set-wise in SQL (False: row by row, the path
    PostgreSQL targets take; tests run both)."""
    source = Path(path)
    target = sqlite_path(db.url)
    if target is not None and source.exists() and target.exists() and source.resolve() == target.resolve():
        raise InvalidInput("取り込み先と同じファイルです", "The file is this database itself")
    with open_source(source) as (src, upgraded_from, readable):
        problems = check_connection(src, quick=True)
        if not problems.ok:
            raise StateError(
                f"「{source}」に問題があるため取り込みません（pos verify --db で確認してください）: "
                + problems.problems[0].message,
                f"{source} does not pass the verification checks; nothing was merged",
            )
        kind = _source_kind(src)
        plan = _Plan()
        with _target_session(db, readable if bulk else None) as (s, attached):
            already = set(check_connection(s.connection(), schema="main", quick=True).problems)  # not the merge's
            merger = _Merger(src, s.connection(), plan)
            merger.accept_voids = accept_voids
            merger.bulk = attached
            merger.run()
            if plan.refusals:
                s.rollback()
                raise StateError(
                    "取り込めません。何も変更していません。\n" + "\n".join(plan.refusals),
                    "The merge was refused; nothing was changed: " + "; ".join(plan.refusals[:3]),
                )
            for day_id in merger.days_to_sync:
                sync_day(s, day_id)
                refreeze_if_stale(s, day_id, MERGE_NOTE)  # another till joined a closed day
            for sale_id, label, reason in plan.voids:
                add_entry(
                    s, who, "merge_void", label, f"取り込み（{source.name}）で取消を反映 理由: {reason} ID {sale_id}"
                )
            s.flush()
            after = check_connection(s.connection(), schema="main", quick=True)
            new_problems = [p for p in after.problems if p not in already]
            if new_problems:
                s.rollback()
                raise StateError(
                    "取り込んだ結果の検査で問題が見つかったため、何も変更していません: " + new_problems[0].message,
                    "The merged records did not pass the checks; nothing was changed",
                )
            if preview:
                s.rollback()
    return MergeReport(
        str(source),
        kind,
        upgraded_from,
        dict(plan.added),
        tuple(plan.days_added),
        tuple(plan.days_updated),
        tuple(plan.days_unchanged),
        tuple(plan.days_joined),
        tuple(plan.master_added),
        tuple(plan.matched_by_key),
        tuple(plan.differences),
        tuple(plan.notes),
        preview,
        tuple(f"{label}（理由: {reason}）" for _, label, reason in plan.voids),
    )
