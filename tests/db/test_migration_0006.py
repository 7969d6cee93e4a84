"""Revision 0006 (markdowns on sale lines) recreates sale_lines on SQLite: its indexes and the
planner statistics of revision 0004 must survive, and the new amount rule must hold."""

from __future__ import annotations

import importlib.util
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from pos.db.engine import open_database
from pos.db.migrate import alembic_config

ROOT = Path(__file__).resolve().parents[2]


def _canned_sale_lines_stats() -> set[tuple[str, str]]:
    spec = importlib.util.spec_from_file_location("rev0004", ROOT / "db" / "versions" / "0004_performance_indexes.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return {(idx, stat) for table, idx, stat in module.STATS if table == "sale_lines"}


def test_sale_lines_keep_indexes_and_planner_statistics(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).dispose()
    with closing(sqlite3.connect(path)) as conn:
        stats = set(conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'sale_lines'").fetchall())
        indexes = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'sale_lines' AND type = 'index'")
        }
    assert stats == _canned_sale_lines_stats() and len(stats) == 4
    assert {"ix_sale_lines_sale_cover", "ix_sale_lines_workshop_sale", "ix_sale_lines_lot_id"} <= indexes


def test_the_amount_rule_allows_a_discount_and_refuses_a_wrong_amount(tmp_path: Path) -> None:
    path = tmp_path / "rule.db"
    open_database(path).dispose()
    insert = (
        "INSERT INTO sale_lines (id, sale_id, line_no, product_id, workshop_id, product_name, quantity, "
        "unit_price, tax_rate, amount, discount, discount_reason) VALUES (?, 's', 1, 'p', 'w', 'パン', "
        "?, ?, 8, ?, ?, 'mikiri')"
    )
    with closing(sqlite3.connect(path)) as conn:  # foreign keys are off on a plain connection
        conn.execute(insert, ("a", 3, 1430, 3 * 1430 - 2000, 2000))  # 4,290 − 2,000 = 2,290
        for bad in (("b", 1, 500, 500, 100), ("c", 1, 500, 600, -100), ("d", 1, 500, -100, 600)):
            with pytest.raises(sqlite3.IntegrityError, match="ck_sale_lines_amount"):
                conn.execute(insert, bad)


def test_downgrade_to_0004_and_up_again(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "down.db"
    open_database(path).dispose()
    url = f"sqlite:///{path}"
    command.downgrade(alembic_config(url), "0004")
    with closing(sqlite3.connect(path)) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(sale_lines)")}
        stats = set(conn.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'sale_lines'").fetchall())
    assert "discount" not in columns and stats == _canned_sale_lines_stats()
    command.upgrade(alembic_config(url), "head")
    with closing(sqlite3.connect(path)) as conn:
        assert "discount" in {r[1] for r in conn.execute("PRAGMA table_info(sale_lines)")}


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POS_DB", raising=False)
