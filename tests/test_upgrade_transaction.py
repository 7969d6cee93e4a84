"""A schema upgrade is one transaction: a revision that fails leaves the file at the revision it had.

The scripts of db/ are copied with one more revision after the head that creates a table and then
fails; upgrading a file at 0001 through all of them must leave it at 0001 with none of the later
tables, and the file passes verify (the backup written before the upgrade is there too).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from pos.db import migrate
from pos.db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from pos.paths import ALEMBIC_DIR
from pos.services.verify import verify_file

FAILING = '''"""A revision that fails after its first change (test only)."""
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE made_by_the_failing_revision (x INTEGER)")
    raise RuntimeError("the failing revision")


def downgrade() -> None:
    pass
'''


def _tables(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_failing_revision_leaves_the_file_where_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    scripts = tmp_path / "db"
    shutil.copytree(ALEMBIC_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_failing.py").write_text(FAILING.format(head=head_revision()), encoding="utf-8")
    path = tmp_path / "old.db"
    url = f"sqlite:///{path}"
    command.upgrade(alembic_config(url), "0001")
    before = _tables(path)

    def config(u: str):  # type: ignore[no-untyped-def]
        cfg = alembic_config(u)
        cfg.set_main_option("script_location", str(scripts))
        return cfg

    monkeypatch.setattr(migrate, "alembic_config", config)
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")
    with pytest.raises(migrate.UpgradeFailed) as failed:
        upgrade_to_head(url)
    assert "元のファイルは変更していません" in failed.value.ja
    assert current_revision(url) == "0001"  # not 0002, 0003 or the head: nothing committed half-way
    assert _tables(path) == before
    assert verify_file(path).ok
    assert list(tmp_path.glob("old.before-0001-*.db"))
