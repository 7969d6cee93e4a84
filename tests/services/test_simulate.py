"""`simulate`: valid sales through the register, the same choices for the same seed."""

from __future__ import annotations

import shutil
from pathlib import Path

from pos.db.engine import Database, open_database
from pos.domain.clock import today_local
from pos.services import catalog, days
from pos.services.register import SaleSummary
from pos.services.simulate import simulate
from pos.services.verify import check_database
from tests.services.helpers import make_booth


def _totals(path: Path, seed: int) -> list[int]:
    db = open_database(path, upgrade=False)
    seen: list[SaleSummary] = []
    try:
        result = simulate(db, 12, seed=seed, on_commit=seen.append)
        assert check_database(db).ok
    finally:
        db.dispose()
    assert result.committed == len(seen) == 12
    return [s.total for s in seen]


def test_an_empty_database_gets_a_booth_and_a_day_and_the_seed_decides(db_path: Path, tmp_path: Path) -> None:
    copy, other = tmp_path / "copy.db", tmp_path / "other.db"
    shutil.copyfile(db_path, copy)
    shutil.copyfile(db_path, other)
    first = _totals(db_path, seed=5)
    assert first == _totals(copy, seed=5)  # same seed, same sales
    assert first != _totals(other, seed=6)
    db = open_database(db_path, upgrade=False)
    try:
        [day] = days.days_on(db, today_local())
        assert day.state == "open" and len(day.workshops) == 3
        assert len(catalog.list_products(db)) == 9
    finally:
        db.dispose()


def test_it_sells_on_the_day_already_open_today(db: Database) -> None:
    booth = make_booth(db, on=today_local())
    result = simulate(db, 5, seed=1)
    assert result.day_id == booth.day.id and result.committed == 5
    assert len(catalog.list_products(db)) == 4  # the booth's own products: no simulation booth added
    assert check_database(db).ok
