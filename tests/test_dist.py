"""The app a volunteer installs (docs/distribution.md): `pos --self-check`, and the built one-folder app.

The first tests run in the normal suite: the self-check from source (one sale through the real window
on a new database) and its refusal of a database that already holds records, and `bundle_root()`.

The tests marked `dist` check the app built by PyInstaller in dist/booth-pos/. They are left out of
`make test` (pyproject.toml: `-m 'not dist'`) because building takes a minute or more; `make dist-check`
builds the app when it is missing or older than the sources and runs them. They start the BUILT
executable in a clean environment (`env -i`, no venv, no PYTHONPATH, another current folder, a fresh
HOME so the data folder is new), offscreen: it creates and upgrades the database from the bundled
revisions, seeds the demo, rings up one sale and quits with 0; then the frozen CLI verbs work on that
file. What the database holds is read with sqlite3 here, not with the app's code.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "booth-pos" / ("booth-pos.exe" if sys.platform == "win32" else "booth-pos")


def _sales(db: Path) -> list[tuple]:
    """(number, total, state, cash tendered, change, sum of the lines) of each sale of the open day (the
    demo's past days are all closed), read with sqlite3."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT s.number, s.total, s.state, p.tendered, p.change,"
            " (SELECT SUM(l.amount) FROM sale_lines l WHERE l.sale_id = s.id)"
            " FROM sales s JOIN sales_days d ON d.id = s.sales_day_id"
            " JOIN payments p ON p.sale_id = s.id AND p.method = 'cash'"
            " WHERE d.state = 'open' ORDER BY s.number"
        ).fetchall()


def _all_sales(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM sales").fetchone()[0])


def _source_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["POS_LOG_DIR"] = str(tmp_path / "log")
    env.pop("POS_DB", None)
    return env


def _from_source(db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`python -m pos --self-check --db DB` from this tree, offscreen, in another folder."""
    return subprocess.run(
        [sys.executable, "-m", "pos", "--self-check", "--db", str(db)],
        cwd=tmp_path,
        env=_source_env(tmp_path),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def _check_sale(db: Path) -> None:
    [(number, total, state, tendered, change, lines)] = _sales(db)
    assert (number, state) == (1, "paid")
    assert lines == total > 0
    assert tendered == (total // 1000 + 1) * 1000  # the self-check types the next thousand up
    assert change == tendered - total


# -- from source (the normal suite) ------------------------------------------------------------------------


def test_self_check_rings_up_one_sale_on_a_new_database(tmp_path: Path) -> None:
    db = tmp_path / "new" / "booth.db"
    db.parent.mkdir()
    done = _from_source(db, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("self-check ok (from source")
    assert "font IPAexGothic" in done.stdout and "Traceback" not in done.stderr
    _check_sale(db)


def test_self_check_refuses_a_database_that_holds_records(tmp_path: Path) -> None:
    from pos.db.engine import open_database
    from pos.domain.clock import today_local
    from pos.services.demo import seed_demo

    db = tmp_path / "booth.db"
    database = open_database(str(db))
    seed_demo(database, today=today_local())
    database.dispose()
    before = _all_sales(db)
    assert before > 0
    done = _from_source(db, tmp_path)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "すでに記録があります" in done.stdout
    assert _all_sales(db) == before  # not one sale added to a booth's records


@pytest.mark.parametrize("content", [b"=1+1 <b>not a database</b> & more\n", b""])
def test_self_check_refuses_a_damaged_file_and_leaves_it_as_it_was(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "booth.db"
    db.write_bytes(content)
    done = _from_source(db, tmp_path)
    if content:
        assert done.returncode == 2, done.stdout + done.stderr
        assert done.stdout.startswith("self-check refused:") and "読めません" in done.stdout
        assert db.read_bytes() == content
    else:  # an empty file is a new SQLite database: the check runs on it
        assert done.returncode == 0, done.stdout + done.stderr
        _check_sale(db)
    assert "Traceback" not in done.stderr


def test_bundle_root_is_the_bundles_folder_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from pos import paths

    assert paths.bundle_root() == ROOT and (paths.RESOURCES / "fonts" / "ipaexg.ttf").is_file()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.is_frozen() and paths.bundle_root() == tmp_path.resolve()


# -- the built app (make dist-check) -----------------------------------------------------------------------


def _clean_env(home: Path) -> dict[str, str]:
    """No venv, no PYTHONPATH, no locale: what a double-click on a fresh account gives, plus offscreen."""
    if sys.platform == "win32":
        return {
            "SYSTEMROOT": os.environ["SYSTEMROOT"],
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData"),
            "LOCALAPPDATA": str(home / "LocalAppData"),
            "QT_QPA_PLATFORM": "offscreen",
        }
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}


def _built(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(APP), *args],
        cwd=home,
        env=_clean_env(home),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


DIST_SOURCES = ("pos", "db", "resources", "packaging")


def _stale() -> bool:
    """True when dist/ is missing or older than a file that goes into it (the Makefile's rule)."""
    if not APP.is_file():
        return True
    built = APP.stat().st_mtime
    sources = [ROOT / "pyproject.toml", ROOT / "constraints.txt"]
    sources += [p for d in DIST_SOURCES for p in (ROOT / d).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return any(p.stat().st_mtime > built for p in sources)


@pytest.fixture(scope="module")
def built_app() -> Path:
    """The app in dist/, built now (`make dist`, a minute or more) when missing or older than the sources."""
    if _stale():
        subprocess.run(["make", "--no-print-directory", "dist"], cwd=ROOT, check=True, timeout=1800)
    assert APP.is_file() and not _stale(), f"{APP} is missing or older than the sources: run `make dist`"
    return APP


@pytest.fixture(scope="module")
def checked_home(built_app: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A fresh HOME where the built app ran its self-check (its data folder created there)."""
    home = tmp_path_factory.mktemp("home")
    done = _built("--self-check", "--self-check-screenshot", str(home / "window.png"), home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    return home, done.stdout


def _database(home: Path) -> Path:
    [db] = list(home.rglob("booth.db"))  # the user data folder under this HOME (platformdirs)
    return db


@pytest.mark.dist
def test_built_app_rings_up_a_sale_in_a_clean_environment(checked_home: tuple[Path, str]) -> None:
    home, out = checked_home
    assert out.startswith("self-check ok (frozen")
    assert f"app folder {APP.parent}" in out  # everything came from the bundle, not from the repository
    assert str(ROOT / "pos") not in out
    _check_sale(_database(home))
    assert (home / "window.png").stat().st_size > 10_000  # the main window was drawn


@pytest.mark.dist
def test_built_app_upgraded_the_new_file_with_the_bundled_revisions(checked_home: tuple[Path, str]) -> None:
    home, _ = checked_home
    heads = {p.name.split("_")[0] for p in (APP.parent / "_internal" / "db" / "versions").glob("*.py")}
    with sqlite3.connect(_database(home)) as conn:
        [(revision,)] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    assert revision == max(heads)


@pytest.mark.dist
def test_built_app_refuses_a_second_self_check_on_the_same_records(checked_home: tuple[Path, str]) -> None:
    home, _ = checked_home
    done = _built("--self-check", home=home)
    assert done.returncode == 2 and "すでに記録があります" in done.stdout
    database = _database(home)
    assert len(_sales(database)) == 1


@pytest.mark.dist
def test_built_cli_verbs_work_on_the_file(checked_home: tuple[Path, str]) -> None:
    import pdfplumber

    home, _ = checked_home
    db = _database(home)
    done = _built("verify", "--db", str(db), home=home)
    assert done.returncode == 0 and "問題はありません" in done.stdout, done.stdout + done.stderr
    with sqlite3.connect(db) as conn:
        [(day, venue)] = conn.execute(
            "SELECT d.day, v.name FROM sales_days d JOIN venues v ON v.id = d.venue_id WHERE d.state = 'open'"
        ).fetchall()
    pdf = home / "tally.pdf"
    done = _built("tally", "--day", day, "--venue", venue, "--pdf", str(pdf), "--db", str(db), home=home)
    assert done.returncode == 0, done.stdout + done.stderr
    with pdfplumber.open(pdf) as doc:
        text = doc.pages[0].extract_text()
    assert "販売日計表" in text and venue in text  # Japanese through the bundled font
    missing = home / "nowhere" / "booth.db"
    done = _built("verify", "--db", str(missing), home=home)
    assert done.returncode == 2 and "エラー" in done.stderr and "Traceback" not in done.stderr
    assert not missing.exists()
