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
#: Audit entries written by the screens after the action; issue 14 moves them into the services (in
#: the action's transaction), which removes these calls from pos/ui altogether.
MOVING_TO_THE_SERVICES = ("auth.record",)


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


def _params(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    names = [a.arg for a in fn.args.posonlyargs + fn.args.args]
    return names[1:] if names and names[0] in ("self", "cls") else names


def _wrappers(trees: list[ast.Module]) -> dict[str, int]:
    """The runner functions and the helpers that hand one of their parameters on to one as its work.

    name → the position of the work among the call's arguments (`self._write(lambda: …)` is as good
    as `run_op(self, db, lambda: …)` when `_write` passes its `fn` to run_op as the work).
    """
    found = {name: 2 for name in RUNNERS}
    grew = True
    while grew:
        grew = False
        for tree in trees:
            classes = {
                init: cls.name
                for cls in ast.walk(tree)
                if isinstance(cls, ast.ClassDef)
                for init in cls.body
                if isinstance(init, ast.FunctionDef) and init.name == "__init__"
            }
            for fn in ast.walk(tree):
                if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                name = classes.get(fn, fn.name)  # type: ignore[call-overload]  # a class runs its __init__
                if name in found:
                    continue
                params = _params(fn)
                for call in ast.walk(fn):
                    work = _work_argument(call, found)
                    if isinstance(work, ast.Name) and work.id in params:
                        found[name] = params.index(work.id)
                        grew = True
                        break
    return found


def _work_argument(node: ast.AST, wrappers: dict[str, int]) -> ast.expr | None:
    """The argument a runner (or a wrapper of one) runs as its work, if `node` is such a call."""
    if not isinstance(node, ast.Call) or _callee(node) not in wrappers:
        return None
    index = wrappers[_callee(node)]  # type: ignore[index]
    if index < len(node.args):
        return node.args[index]
    for keyword in node.keywords:
        if keyword.arg in ("fn", "action", "run", "read", "work"):
            return keyword.value
    return None


def _callee(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _ui_trees() -> list[ast.Module]:
    return [ast.parse(p.read_text(encoding="utf-8")) for p in sorted(UI.glob("*.py"))]


def direct_calls(path: Path, wrappers: dict[str, int] | None = None) -> list[str]:
    """`file:line: module.name` for each call into the records outside the runner and the fast paths."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    if wrappers is None:
        wrappers = _wrappers([tree])
    imports = _service_imports(tree)
    passed: set[str] = set()  # functions and methods handed to a runner, or called only from its work
    for node in ast.walk(tree):
        work = _work_argument(node, wrappers)
        if isinstance(work, (ast.Name, ast.Attribute)):
            passed.add(work.id if isinstance(work, ast.Name) else work.attr)
        elif isinstance(work, ast.Lambda):  # lambda: make_tally(db, day_id) runs make_tally as the work
            passed.update(
                name
                for call in ast.walk(work.body)
                if isinstance(call, ast.Call)
                if (name := _callee(call)) is not None
            )
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
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in imports
            and imports[func.value.id][1] is None
        ):
            module, attr = imports[func.value.id][0], func.attr
        else:
            continue
        assert attr is not None
        obj = getattr(importlib.import_module(module), attr, None)
        if obj is None or not _takes_db(obj):
            continue
        label = f"{module.rsplit('.', 1)[-1]}.{attr}"
        if label in FAST_PATHS or label in MOVING_TO_THE_SERVICES or _inside_runner(node, parents, passed, wrappers):
            continue
        found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {label}")
    return found


def _inside_runner(node: ast.AST, parents: dict[ast.AST, ast.AST], passed: set[str], wrappers: dict[str, int]) -> bool:
    child = node
    while child in parents:
        parent = parents[child]
        if _work_argument(parent, wrappers) is child:
            return True
        if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)) and parent.name in passed:
            return True
        child = parent
    return False


def test_every_call_into_the_records_goes_through_the_runner() -> None:
    wrappers = _wrappers(_ui_trees())
    found = [line for path in sorted(UI.glob("*.py")) for line in direct_calls(path, wrappers)]
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
        "    run_op(self, db, work)\n"
        "    def write(fn):\n"
        "        return run_op(self, db, fn)\n"
        "    write(lambda: days.recent_days(db))\n",
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
