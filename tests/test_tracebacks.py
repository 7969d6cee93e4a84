"""Tracebacks of issue 14 turned into clear Japanese messages (exit 2), nothing changed.

Markup in names (`<`, `&`, `<b>`) in the tally and receipt PDFs; damaged and foreign files in verify
and restore; read-only files; a full disk; out-of-range --fy and numbers; bad --db values; a mistyped
--db (refused, nothing created); the -wal file deleted under a running process; and the CLI's one
boundary: an unexpected error prints a Japanese message with the log file's path and exits 3.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pdfplumber
import pytest
from sqlalchemy import event

from pos import cli
from pos.cli import main, run_guarded
from pos.db import engine as engine_module
from pos.db.engine import Database, open_database
from pos.domain.master import ProductDraft, VenueDraft, WorkshopDraft
from pos.services import master_data
from pos.services.closing import close_day
from pos.services.register import Register
from tests.services.helpers import Booth, make_booth

MARKUP = "<b>&amp; <パン&工房> </para>"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as e:  # argparse refusing a value
        code = int(e.code or 0)
    out = capsys.readouterr()
    assert "Traceback" not in out.err, out.err
    return code, out.err + out.out


@pytest.fixture
def booth(db: Database) -> Booth:
    return make_booth(db)


# -- 13. markup ---------------------------------------------------------------------------------------


def test_markup_in_names_is_printed_as_typed(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    master_data.update_venue(db, booth.venue.id, VenueDraft(f"会場{MARKUP}", "ゆめが丘SC"))
    master_data.update_workshop(db, booth.crafts.id, WorkshopDraft(name=f"工房{MARKUP}"))
    master_data.update_product(db, booth.soap.id, ProductDraft(name=f"石けん{MARKUP}", price=500, tax_rate=10))
    register = Register(db, booth.day.id)
    register.add_code("P0003")
    register.checkout(cash_tendered=500)
    close_day(db, booth.day.id, {10_000: 3, 500: 1}, closed_by="<script>", comment="")
    db.dispose()
    tally, receipt = tmp_path / "t.pdf", tmp_path / "r.pdf"
    day = booth.day.day.isoformat()
    code, _ = _run(capsys, "tally", "--day", day, "--venue", "ゆめが丘SC", "--pdf", str(tally), "--db", str(db_path))
    assert code == 0
    assert (
        _run(
            capsys,
            "receipt",
            "--day",
            day,
            "--venue",
            "ゆめが丘SC",
            "--number",
            "1",
            "--pdf",
            str(receipt),
            "--db",
            str(db_path),
        )[0]
        == 0
    )
    with pdfplumber.open(tally) as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages).replace("\n", "")
    assert "石けん<b>&amp;" in text and "<パン&工房>" in text and "<script>" in text
    with pdfplumber.open(receipt) as pdf:
        assert "石けん<b>&amp;" in "".join(p.extract_text() or "" for p in pdf.pages).replace("\n", "")


# -- 14./15. damaged and foreign files --------------------------------------------------------------------


def test_a_bit_flipped_id_is_reported_not_crashed_on(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = Register(db, booth.day.id)
    register.add_code("P0003")
    register.checkout(cash_tendered=500)
    db.dispose()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(db_path.read_bytes())
    with sqlite3.connect(damaged) as conn:  # the first bytes of the sale's id are no longer UTF-8
        conn.execute("UPDATE sales SET id = CAST(X'FFFE' || CAST(substr(id, 3) AS BLOB) AS TEXT)")
    before = _digest(damaged), _digest(db_path)
    code, said = _run(capsys, "verify", "--db", str(damaged))
    assert code == 1 and "文字として読めない値があります" in said
    code, said = _run(capsys, "restore", str(damaged), "--db", str(db_path))
    assert code == 2 and "復元しません" in said
    assert (_digest(damaged), _digest(db_path)) == before


def test_a_file_with_this_apps_table_names_but_other_columns(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        for table in ("sales_days", "venues", "sales", "sale_lines", "payments", "cash_counts", "alembic_version"):
            conn.execute(f"CREATE TABLE {table} (x)")
        conn.execute("INSERT INTO alembic_version VALUES ('0004')")
    before = _digest(foreign), _digest(db_path)
    assert _run(capsys, "verify", "--db", str(foreign))[0] == 1
    code, said = _run(capsys, "restore", str(foreign), "--db", str(db_path))
    assert code == 2 and "復元しません" in said
    code, said = _run(capsys, "report", "lines", "--fy", "2024", "--db", str(foreign))
    assert code == 2 and "Booth POSのデータベースではありません" in said
    assert (_digest(foreign), _digest(db_path)) == before


# -- 16. read-only -----------------------------------------------------------------------------------------


def test_read_verbs_work_on_a_read_only_file_and_folder(
    db: Database,
    db_path: Path,
    booth: Booth,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db.dispose()
    folder = tmp_path / "ro"
    folder.mkdir()
    ro = folder / "booth.db"
    ro.write_bytes(db_path.read_bytes())
    ro.chmod(0o444)
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anyway: let the app see the file as the volunteer's account would
        monkeypatch.setattr(engine_module, "_writable", lambda path: False)
    out = tmp_path / "out"
    out.mkdir()
    try:
        before = _digest(ro)
        day = booth.day.day.isoformat()
        for argv in (
            ["report", "lines", "--fy", "2024"],
            ["verify"],
            ["stock", "waste", "--fy", "2024"],
            ["tally", "--day", day, "--venue", "ゆめが丘SC", "--pdf", str(out / "t.pdf")],
            ["report", "annual", "--fy", "2024", "--pdf", str(out / "a.pdf")],
        ):
            code, said = _run(capsys, *argv, "--db", str(ro))
            assert code == 0, (argv, said)
        code, said = _run(capsys, "simulate", "--sales", "1", "--db", str(ro))
        assert code == 2 and "読み取り専用" in said
        assert _digest(ro) == before and sorted(p.name for p in folder.iterdir()) == ["booth.db"]
    finally:
        folder.chmod(0o755)
        ro.chmod(0o644)


# -- 17. disk full -------------------------------------------------------------------------------------


def test_a_full_disk_is_a_clear_message_and_keeps_every_committed_sale(db_path: Path) -> None:
    db = open_database(db_path)
    booth = make_booth(db)

    @event.listens_for(db.engine, "connect")
    def _small_disk(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + 3}")  # SQLite then says SQLITE_FULL

    db.engine.dispose()  # new connections get the small "disk"
    sold: list[int] = []

    def sell_until_full() -> int:
        for _ in range(10_000):
            register = Register(db, booth.day.id)
            register.add_code("P0003")
            sold.append(register.checkout(cash_tendered=500).number)
        return 0

    assert run_guarded(sell_until_full) == 2
    db.dispose()
    event.remove(db.engine, "connect", _small_disk)
    check = open_database(db_path)
    from pos.services.verify import check_database

    report = check_database(check)
    assert report.ok and report.sales == len(sold)  # every committed sale, nothing half-written
    check.dispose()


# -- 18./20./21./22. arguments and --db ----------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, words",
    [
        (["report", "lines", "--fy", "0"], "1989から2200まで"),
        (["report", "lines", "--fy", "-1"], "1989から2200まで"),
        (["report", "lines", "--fy", "99999"], "1989から2200まで"),
        (["report", "annual", "--fy", "99999", "--pdf", "x.pdf"], "1989から2200まで"),
        (["stock", "waste", "--fy", "99999"], "1989から2200まで"),
        (
            ["receipt", "--day", "2024-06-15", "--venue", "x", "--number", "99999999999999999999999", "--pdf", "r.pdf"],
            "取引番号",
        ),
        (["demo", "--years", "-1"], "年数"),
        (["demo", "--scale", "0"], "倍率"),
        (["simulate", "--sales", "99999999999999999999"], "1以上の整数"),
    ],
)
def test_out_of_range_numbers_are_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    before = _digest(db_path)
    code, said = _run(capsys, *argv, "--db", str(db_path))
    assert code == 2 and words in said
    assert _digest(db_path) == before


@pytest.mark.parametrize(
    "url, words",
    [
        ("foo://bar", "--db の指定が読めません"),
        ("sqlite:///:memory:", "メモリ上のデータベース"),
        ("postgresql+psycopg://u:p@127.0.0.1:1/x", "データベースに接続できません"),
    ],
)
def test_bad_db_values_are_refused(url: str, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, said = _run(capsys, "report", "lines", "--fy", "2024", "--db", url)
    assert code == 2 and words in said


def test_a_mistyped_db_is_refused_and_nothing_is_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "typo" / "sub" / "booth.db"
    for argv in (
        ["report", "lines", "--fy", "2024"],
        ["verify"],
        ["simulate", "--sales", "1"],
        ["backup"],
        ["stock", "suggest", "--venue", "x", "--product", "P0001"],
    ):
        code, said = _run(capsys, *argv, "--db", str(typo))
        assert code == 2 and "ありません" in said, (argv, said)
    assert list(tmp_path.iterdir()) == []


# -- 23. the -wal file deleted under a running process -------------------------------------------------


def test_a_deleted_wal_gives_a_message_not_a_traceback(
    db: Database, db_path: Path, booth: Booth, capsys: pytest.CaptureFixture[str]
) -> None:
    register = Register(db, booth.day.id)
    register.add_code("P0003")
    register.checkout(cash_tendered=500)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists()
    wal.unlink()  # what a cleaning tool or a careless copy does; SQLite's contract does not cover it
    for argv in (["report", "lines", "--fy", "2024"], ["verify"], ["simulate", "--sales", "1"]):
        code, _ = _run(capsys, *argv, "--db", str(db_path))
        assert code in (0, 1, 2), argv


# -- the boundary --------------------------------------------------------------------------------------


def test_an_unexpected_error_prints_the_log_path_and_exits_3(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POS_LOG_DIR", str(tmp_path / "logs"))

    def broken(_db: object, _fy: int) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr("pos.commands.report.report_lines", broken)
    code, said = _run(capsys, "report", "lines", "--fy", "2024", "--db", str(db_path))
    log = tmp_path / "logs" / "booth-pos.log"
    assert code == 3 and "予期しないエラー" in said and str(log) in said
    assert "ZeroDivisionError: a bug" in log.read_text(encoding="utf-8")  # the traceback is in the log


def test_files_the_cli_creates_are_owner_only(
    db: Database, db_path: Path, booth: Booth, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "e.db"
        code, _ = _run(capsys, "export", "--day", booth.day.day.isoformat(), "--out", str(out), "--db", str(db_path))
        assert code == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
        probe = tmp_path / "probe"
        probe.write_bytes(b"")  # after a verb ran, the process creates owner-only files (temp copies too)
        assert stat.S_IMODE(probe.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    assert cli.run_guarded(lambda: 0) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["tally", "--day", "2024-06-15", "--venue", "x", "--pdf", "a\x00b"],
        ["verify"],
        ["report", "lines", "--fy", "2024"],
    ],
)
def test_a_nul_in_a_path_is_refused(db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    db = str(db_path) if "--pdf" in argv else str(db_path) + "\x00x"
    code, said = _run(capsys, *argv, "--db", db)
    assert code == 2 and "NUL" in said
