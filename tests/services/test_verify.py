"""`pos verify`: a healthy booth passes; each kind of damage is found and named; nothing is written."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing, suppress
from pathlib import Path

import pytest

from pos.cli import main
from pos.db.engine import Database, DatabaseUnreadable
from pos.services.closing import close_day
from pos.services.register import Register
from pos.services.verify import check_database, verify_file
from tests.services.helpers import Booth, make_booth


@pytest.fixture
def booth(db: Database) -> Booth:
    b = make_booth(db)
    for codes, tendered in ((["P0001", "P0002"], 2_000), (["P0003"], 500)):
        register = Register(db, b.day.id)
        for code in codes:
            register.add_code(code)
        register.checkout(cash_tendered=tendered)
    return b


def _tamper(path: Path, *sql: str) -> None:
    """Change the file behind the app's back: no foreign keys, no CHECK constraints."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA ignore_check_constraints=ON")
        for statement in sql:
            conn.execute(statement)
        conn.commit()


def _found(path: Path) -> dict[str, list[str]]:
    report = verify_file(path)
    found: dict[str, list[str]] = {}
    for p in report.problems:
        found.setdefault(p.check, []).append(p.message)
    return found


FIRST_SALE = "(SELECT id FROM sales WHERE number = 1)"


def test_a_healthy_booth_passes(db: Database, db_path: Path, booth: Booth, capsys: pytest.CaptureFixture[str]) -> None:
    close_day(db, booth.day.id, {10_000: 3, 1_000: 2, 100: 2, 10: 3})  # 30,000 + 1,730 + 500
    assert check_database(db).ok
    assert main(["verify", "--db", str(db_path)]) == 0
    assert capsys.readouterr().out == "問題はありません（取引 2件、明細 3件、支払 2件、販売日 1日を検査しました）\n"


@pytest.mark.parametrize(
    "check, sql, words",
    [
        ("sale_lines", [f"DELETE FROM sale_lines WHERE sale_id = {FIRST_SALE}"], "No.1に明細がありません"),
        (
            "sale_total",
            [f"UPDATE sales SET total = 1800 WHERE id = {FIRST_SALE}"],
            "No.1の合計 ¥1,800 が明細の合計 ¥1,730 と違います",
        ),
        (
            "line_amount",
            [f"UPDATE sale_lines SET amount = 1 WHERE sale_id = {FIRST_SALE} AND line_no = 2"],
            "No.1の明細2行目: 金額 ¥1 が 数量 1 × 単価 ¥300 と合いません",
        ),
        (
            "line_amount",
            [f"UPDATE sale_lines SET discount = 50 WHERE sale_id = {FIRST_SALE} AND line_no = 2"],
            "No.1の明細2行目: 金額 ¥300 が 数量 1 × 単価 ¥300 − 値引 ¥50 と合いません",
        ),  # 300 − 50 ≠ 300
        (
            "payments",
            [f"DELETE FROM payments WHERE sale_id = {FIRST_SALE}"],
            "No.1の支払の合計 なし が取引の合計 ¥1,730",
        ),
        (
            "cash_balance",
            [f"UPDATE payments SET change = 0 WHERE sale_id = {FIRST_SALE}"],
            "預かり ¥2,000 − お釣り ¥0 が 支払額 ¥1,730 になりません",
        ),
        (
            "orphans",
            [
                "INSERT INTO payments (id, sale_id, method, amount, tendered, change) VALUES "
                "('0123456789abcdef0123456789abcdef', 'ffffffffffffffffffffffffffffffff', 'cash', 5, 5, 0)"
            ],
            "支払（ID 0123456789abcdef0123456789abcdef）の取引（ID ffffffffffffffffffffffffffffffff）がありません",
        ),
    ],
)
def test_each_kind_of_damage_is_found(
    db: Database,
    db_path: Path,
    booth: Booth,
    check: str,
    sql: list[str],
    words: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _tamper(db_path, *sql)
    found = _found(db_path)
    assert check in found and any(words in m for m in found[check]), found
    assert not check_database(db).ok
    assert main(["verify", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[-1].startswith("問題が") and all(line.startswith("問題: ") for line in out[:-1])


def test_orphans_also_fail_the_foreign_key_check(db_path: Path, booth: Booth) -> None:
    _tamper(db_path, f"DELETE FROM payments WHERE sale_id = {FIRST_SALE}", f"DELETE FROM sales WHERE id = {FIRST_SALE}")
    found = _found(db_path)
    assert {"orphans", "foreign_keys"} <= set(found)
    assert any("表 sale_lines の行" in m for m in found["foreign_keys"])


def test_a_closed_day_whose_count_does_not_add_up(db: Database, db_path: Path, booth: Booth) -> None:
    close_day(db, booth.day.id, {10_000: 3, 1_000: 2, 100: 2, 10: 3})
    _tamper(db_path, "UPDATE sales_days SET counted_cash = counted_cash + 1000")
    assert _found(db_path)["cash_count"] == [
        "締め済みの販売日 2024-06-15 ゆめが丘SC: 実際の現金 ¥33,230 が金種ごとの枚数の合計 ¥32,230 と違います"
    ]


def test_verify_writes_nothing_open_or_closed(db: Database, db_path: Path, booth: Booth) -> None:
    def files() -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(db_path.parent.iterdir())}

    before = files()  # the app has the file open: -wal and -shm exist
    assert verify_file(db_path).ok
    assert files() == before
    db.dispose()  # closed: only the .db file is left, and stays alone
    before = files()
    assert verify_file(db_path).ok
    assert files() == before


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(10_000))
    with pytest.raises(DatabaseUnreadable):
        verify_file(junk)
    assert main(["verify", "--db", str(junk)]) == 2
    assert "データベースとして読めません" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.db"]


def test_a_damaged_page_is_a_problem_or_unreadable(db: Database, db_path: Path, booth: Booth) -> None:
    db.dispose()
    data = bytearray(db_path.read_bytes())
    data[-4096 * 3 :] = os.urandom(4096 * 3)  # the last pages: table or index b-trees
    db_path.write_bytes(bytes(data))
    with suppress(DatabaseUnreadable):  # either is right: the file is not passed
        assert not verify_file(db_path).ok
    assert main(["verify", "--db", str(db_path)]) != 0


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", "--db", str(tmp_path / "none.db")]) == 2
    assert "がありません" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
