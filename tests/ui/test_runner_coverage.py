"""Every call from pos/ui into the records goes through the operation runner (pos/ui/operations.py).

A "call into the records" is a call of a pos.services function (or class) that takes the database
(`db`) as its first parameter. It must sit inside the function given to run_op / query_op / read_op
(a lambda or a local function passed as their third argument), unless it is one of the named fast
paths in operations.FAST_PATHS (the register's cart and search-as-you-type stay synchronous on
purpose and are measured in benchmarks/). Pure helpers of pos.services (formatting, constants) and
plain data classes are not calls into the records.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

from pos.ui.operations import FAST_PATHS

UI = Path(__file__).resolve().parents[2] / "pos" / "ui"
RUNNERS = {"run_op", "query_op", "read_op"}


def _takes_db(obj: object) -> bool:
    target = obj.__init__ if inspect.isclass(obj) else obj  # type: ignore[misc]
    try:
        params = list(inspect.signature(target).parameters)
    except (TypeError, ValueError):
        return False
    if inspect.isclass(obj):
        params = params[1:]  # self
    return bool(params) and params[0] == "db"


def _service_imports(tree: ast.Module) -> dict[str, tuple[str, str | None]]:
    """Local name → (service module, attribute or None for the module itself)."""
    names: dict[str, tuple[str, str | None]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pos.services"):
            for alias in node.names:
                if node.module == "pos.services":
                    names[alias.asname or alias.name] = (f"pos.services.{alias.name}", None)
                else:
                    names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def _local_functions_passed_to_runner(tree: ast.Module) -> set[str]:
    passed: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _callee(node) in RUNNERS and len(node.args) >= 3:
            fn = node.args[2]
            if isinstance(fn, ast.Name):
                passed.add(fn.id)
            elif isinstance(fn, ast.Attribute):  # a method: self.rows, self.save
                passed.add(fn.attr)
    return passed


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def direct_calls(path: Path) -> list[str]:
    """`file:line: module.name` for each call into the records outside the runner and the fast paths."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imports = _service_imports(tree)
    passed = _local_functions_passed_to_runner(tree)
    parents: dict[ast.AST, ast.AST] = {}
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            parents[child] = parent
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in imports and imports[func.id][1] is not None:
            module, attr = imports[func.id]
        elif (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
              and func.value.id in imports and imports[func.value.id][1] is None):
            module, attr = imports[func.value.id][0], func.attr
        else:
            continue
        assert attr is not None
        obj = getattr(importlib.import_module(module), attr, None)
        if obj is None or not _takes_db(obj):
            continue
        label = f"{module.rsplit('.', 1)[-1]}.{attr}"
        if label in FAST_PATHS or _inside_runner(node, parents, passed):
            continue
        found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {label}")
    return found


def _inside_runner(node: ast.AST, parents: dict[ast.AST, ast.AST], passed: set[str]) -> bool:
    child = node
    while child in parents:
        parent = parents[child]
        if isinstance(parent, ast.Call) and _callee(parent) in RUNNERS and parent.args[2:3] == [child]:
            return True
        if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)) and parent.name in passed:
            return True
        child = parent
    return False


def test_every_call_into_the_records_goes_through_the_runner() -> None:
    found = [line for path in sorted(UI.glob("*.py")) for line in direct_calls(path)]
    assert found == [], "direct service calls outside the runner:\n" + "\n".join(found)


def test_the_checker_sees_a_direct_call_and_accepts_the_runner(tmp_path: Path) -> None:
    sample = UI / "_runner_coverage_sample.py"
    sample.write_text(
        "from pos.services import days\n"
        "from pos.services.tally import day_tally\n"
        "from pos.ui.operations import query_op, run_op\n"
        "def f(self, db, day_id):\n"
        "    days.recent_days(db)\n"
        "    day_tally(db, day_id)\n"
        "    query_op(self, db, lambda: days.recent_days(db), print)\n"
        "    def work():\n"
        "        return day_tally(db, day_id)\n"
        "    run_op(self, db, work)\n",
        encoding="utf-8",
    )
    try:
        assert direct_calls(sample) == [
            "pos/ui/_runner_coverage_sample.py:5: days.recent_days",
            "pos/ui/_runner_coverage_sample.py:6: tally.day_tally",
        ]
    finally:
        sample.unlink()


def test_the_fast_paths_are_named() -> None:
    assert "register.Register" in FAST_PATHS
