"""Property-based fuzz of the `pos` command-line surface (hypothesis), run in-process via `pos.cli.main`.

Every example picks a verb and fills its options from pools of good and bad values (fiscal years far
out of range, dates that are not dates, names with markup and formulas, output paths that are
folders, missing folders, devices, existing files or the database itself, absurd numbers, bad --db
values). Whatever the input:

- no Python traceback reaches the person;
- the exit status is 0 or 2 (`pos verify` may also say 1: a problem found);
- when the status is 2 (a refusal), the database holds exactly what it held before (a checksum of
  every row of every table) and no existing file was changed.

Bounded (max_examples) so that it runs in well under half a minute; the seed is printed on failure.
"""

from __future__ import annotations

import hashlib
import itertools
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos.cli import main
from pos.db.engine import open_database
from pos.services.auth import LOCKOUT_KEYS
from pos.services.register import Register
from tests.services.helpers import make_booth

_counter = itertools.count()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("fuzz")
    db_path = root / "booth.db"
    db = open_database(db_path)
    booth = make_booth(db)
    register = Register(db, booth.day.id)
    register.add_code("P0003")
    register.checkout(cash_tendered=500)
    db.dispose()
    (root / "folder").mkdir()
    (root / "existing.pdf").write_bytes(b"keep me")
    (root / "junk.db").write_bytes(bytes(range(256)) * 16)
    return {"root": root, "db": db_path}


def _fingerprint(db_path: Path) -> str:
    digest = hashlib.sha256()
    with closing(sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            rows = sorted(
                repr(r)
                for r in conn.execute(f'SELECT * FROM "{table}"')
                if table != "settings" or r[0] not in LOCKOUT_KEYS
            )
            digest.update(f"{table}:{rows}".encode())
    return digest.hexdigest()


TEXTS = st.sampled_from(
    [
        "ゆめが丘SC",
        "ゆめが丘ＳＣ\u3000",
        "",
        " ",
        "<b>x</b>",
        "&amp;",
        "=1+1",
        '=HYPERLINK("http://x")',
        "a" * 300,
        "\x00",
        "パン工房\u3000こむぎ",
        "P0003",
        "ｐ０００３",
        "P0003x5",
        "P9999",
        "../../etc/passwd",
    ]
)
NUMBERS = st.sampled_from(
    [
        "1",
        "0",
        "-1",
        "2",
        "99999999999999999999999",
        "1e3",
        "abc",
        "",
        "１",
        "2024",
        "1989",
        "2200",
        "99999",
    ]
)
SMALL_NUMBERS = st.sampled_from(["1", "0", "-1", "2", "99999999999999999999999", "abc", "", "１", "1e3"])
DATES = st.sampled_from(["2024-06-15", "2024-02-30", "15/06/2024", "", "0000-01-01", "9999-12-31", "2024-6-15"])


def _outputs(root: Path, db: Path) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            str(root / "folder"),
            str(root / "missing" / "x.pdf"),
            "/dev/null",
            str(root / "existing.pdf"),
            str(db),
            str(root / "backups" / "x.db"),
            "",
            "FRESH",
        ]
    )


def _argv(draw: st.DrawFn, root: Path, db: Path) -> list[str]:
    out = draw(_outputs(root, db))
    if out == "FRESH":
        out = str(root / f"out-{next(_counter)}.pdf")
    verb = draw(
        st.sampled_from(
            [
                "report lines",
                "report annual",
                "tally",
                "receipt",
                "labels",
                "stock waste",
                "stock suggest",
                "export",
                "verify",
                "backup",
                "restore",
                "simulate",
                "demo",
                "import-history",
                "nonsense",
            ]
        )
    )
    args = verb.split()
    if verb in ("report lines", "report annual", "stock waste"):
        args += ["--fy", draw(NUMBERS)]
    if verb in ("report annual",):
        args += [draw(st.sampled_from(["--pdf", "--xlsx"])), out]
    if verb == "stock waste" and draw(st.booleans()):
        args += ["--csv", out]
    if verb in ("tally", "receipt", "export"):
        args += ["--day", draw(DATES)]
        if verb != "export" or draw(st.booleans()):
            args += ["--venue", draw(TEXTS)]
    if verb == "tally":
        args += ["--pdf", out]
    if verb == "receipt":
        args += ["--number", draw(NUMBERS), "--pdf", out]
    if verb == "labels":
        args += ["--pdf", out, "--copies", draw(NUMBERS)]
        if draw(st.booleans()):
            args += ["--product", draw(TEXTS)]
    if verb == "stock suggest":
        args += ["--venue", draw(TEXTS), "--product", draw(TEXTS)]
    if verb == "export":
        args += ["--out", out.replace(".pdf", ".db")]
    if verb == "backup" and draw(st.booleans()):
        args += ["--to", draw(st.sampled_from([str(root / "usb"), "/dev/null", str(root / "existing.pdf")]))]
    if verb == "restore":
        args += [draw(st.sampled_from([str(root / "junk.db"), str(db), str(root / "nope.db"), "/dev/null"]))]
    if verb == "simulate":
        args += ["--sales", draw(SMALL_NUMBERS)]  # a valid large count would just sell for minutes
    if verb == "demo":
        args += ["--years", draw(SMALL_NUMBERS), "--scale", draw(SMALL_NUMBERS)]
    if verb == "import-history":
        args += [draw(st.sampled_from([str(root / "junk.db"), str(root / "nope.csv"), str(root / "folder")]))]
    if draw(st.booleans()) and draw(st.booleans()):
        args += ["--force"]
    db_value = draw(
        st.sampled_from(
            [str(db)] * 6
            + [
                str(root / "typo" / "sub" / "booth.db"),
                "foo://bar",
                "sqlite:///:memory:",
                str(root / "junk.db"),
                str(root / "folder"),
            ]
        )
    )
    return [*args, "--db", db_value]


@st.composite
def argvs(draw: st.DrawFn, root: Path, db: Path) -> list[str]:
    return _argv(draw, root, db)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_traceback_and_nothing_changed_on_refusal(
    world: dict[str, Path], capsys: pytest.CaptureFixture[str], data: st.DataObject
) -> None:
    root, db = world["root"], world["db"]
    argv = data.draw(argvs(root, db))
    before = _fingerprint(db)
    existing = (root / "existing.pdf").read_bytes()
    try:
        code = main(argv)
    except SystemExit as e:  # argparse: a bad option or value
        code = e.code if isinstance(e.code, int) else 2
    out = capsys.readouterr()
    said = out.err + out.out
    assert "Traceback" not in said, (argv, said)
    allowed = (0, 1, 2) if argv[0] == "verify" else (0, 2)
    assert code in allowed, (argv, code, said[-500:])
    if code == 2:
        assert _fingerprint(db) == before, argv
        assert (root / "existing.pdf").read_bytes() == existing, argv
    if (root / "typo").exists():  # only `pos demo` creates a database where none was
        assert argv[0] == "demo", argv
        shutil.rmtree(root / "typo")
