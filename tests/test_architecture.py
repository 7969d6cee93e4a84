"""The layers (docs/developing.md): the domain imports neither Qt nor SQLAlchemy nor any other layer; the UI
never imports SQLAlchemy or anything of `pos.db` (it opens the database through `pos.services.store`);
services import neither Qt, the UI nor the reports (the UI and the commands hand the reports the services'
plain data); the db layer imports no layer above it; the reports render plain data without Qt or the database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

POS = Path(__file__).resolve().parent.parent / "pos"


def _module_of(path: Path) -> str:
    parts = path.relative_to(POS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    module = _module_of(path) if path.is_relative_to(POS) else path.stem
    return _imports_of(path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py")


def _imports_of(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module an import in `source` names: `from a import b` counts as a and a.b (b may be a
    module), relative imports are resolved against `module`, and imports inside functions count too."""
    package = module if is_package else module.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source_module = ".".join([*base, node.module] if node.module else base)
            else:
                source_module = node.module or ""
            names.add(source_module)
            names.update(f"{source_module}.{a.name}" for a in node.names if a.name != "*")
    return names


def _files(layer: str) -> list[Path]:
    files = sorted((POS / layer).rglob("*.py"))
    assert files, f"no modules in pos/{layer}"
    return files


def _forbidden(name: str, forbidden: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in forbidden)


def _violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{f.relative_to(POS)} imports {name}"
        for f in _files(layer)
        for name in sorted(_imports(f))
        if _forbidden(name, forbidden)
    ]


@pytest.mark.parametrize(
    "layer, forbidden",
    [
        ("domain", ("PySide6", "sqlalchemy", "alembic", "pos.db", "pos.services", "pos.ui", "pos.reports")),
        ("ui", ("sqlalchemy", "alembic", "pos.db")),
        ("services", ("PySide6", "pos.ui", "pos.reports")),
        ("db", ("PySide6", "pos.services", "pos.ui", "pos.reports")),
        # reports name the services' result dataclasses in type hints only (under TYPE_CHECKING)
        ("reports", ("PySide6", "sqlalchemy", "alembic", "pos.db", "pos.ui")),
    ],
)
def test_layer_imports(layer: str, forbidden: tuple[str, ...]) -> None:
    assert _violations(layer, forbidden) == []


def test_the_ui_opens_the_database_through_the_store_only() -> None:
    """`pos.services.store` is the UI's one door to the database (it re-exports what pos.db offers)."""
    store = _imports(POS / "services" / "store.py")
    assert any(name.startswith("pos.db.") for name in store)
    users = {f.relative_to(POS).as_posix() for f in _files("ui") if "pos.services.store" in _imports(f)}
    assert users  # the app opens its database there


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text(
        "from sqlalchemy.orm import Session\nimport PySide6.QtCore\nfrom pos import db\n"
        "def later():\n    from pos.reports.labels import write_labels\n",
        encoding="utf-8",
    )
    names = _imports(sample)
    assert {"sqlalchemy.orm", "PySide6.QtCore", "pos.db", "pos.reports.labels"} <= names
    assert _forbidden("pos.db", ("pos.db",)) and _forbidden("pos.db.engine", ("pos.db",))
    assert not _forbidden("pos.dbx", ("pos.db",))


def test_relative_imports_are_resolved() -> None:
    names = _imports_of("from ..db import models\nfrom . import theme\n", "pos.ui.register_screen")
    assert names == {"pos.db", "pos.db.models", "pos.ui", "pos.ui.theme"}
    assert _imports_of("from .engine import Database\n", "pos.db", is_package=True) == {
        "pos.db.engine",
        "pos.db.engine.Database",
    }
