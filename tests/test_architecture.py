"""The layers: domain imports neither Qt nor SQLAlchemy; the UI never imports SQLAlchemy or the db layer."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

POS = Path(__file__).resolve().parent.parent / "pos"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(layer: str) -> list[Path]:
    files = sorted((POS / layer).rglob("*.py"))
    assert files, f"no modules in pos/{layer}"
    return files


def _violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{f.relative_to(POS)} imports {name}"
        for f in _files(layer)
        for name in sorted(_imports(f))
        if name.split(".")[0] in forbidden or any(name.startswith(p + ".") or name == p for p in forbidden)
    ]


@pytest.mark.parametrize(
    "layer, forbidden",
    [
        ("domain", ("PySide6", "sqlalchemy", "alembic", "pos.db", "pos.services", "pos.ui", "pos.reports")),
        ("ui", ("sqlalchemy", "alembic", "pos.db.models")),
        ("services", ("PySide6", "pos.ui")),
        ("db", ("PySide6", "pos.services", "pos.ui")),
    ],
)
def test_layer_imports(layer: str, forbidden: tuple[str, ...]) -> None:
    assert _violations(layer, forbidden) == []


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("from sqlalchemy.orm import Session\nimport PySide6.QtCore\n", encoding="utf-8")
    assert _imports(sample) == {"sqlalchemy.orm", "PySide6.QtCore"}
