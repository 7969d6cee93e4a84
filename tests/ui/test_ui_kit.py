"""The small UI kit stays the only way (issue 15): translated texts are filled with `tr_args`, and
screens give widgets a role of theme.py's rules instead of writing style sheets of their own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from pos.ui.theme import HIGH_CONTRAST, ROLES, apply_theme, set_role

UI = Path(__file__).resolve().parents[2] / "pos" / "ui"

#: The only setStyleSheet calls left in pos/ui (file → how many), each with its reason.
STYLE_SHEETS_ALLOWED = {
    "theme.py": (
        3,
        "the mechanism: the application's sheet, a role's rules on its widget, their re-styling on a theme change",
    ),
    "tile_grid.py": (1, "data: a workshop's own colour on its tiles, computed per tile"),
    "close_dialog.py": (1, "data: the over/short figure's colour is its sign"),
    "easy/easy_register.py": (5, "the かんたんレジ palette, whose contrast easy/palette.py checks"),
    "easy/mode.py": (2, "the かんたんレジ palette"),
    "easy/widgets.py": (1, "the かんたんレジ palette (big_button)"),
}


def _sources() -> list[tuple[str, str]]:
    files = sorted(UI.rglob("*.py"))
    assert files
    return [(f.relative_to(UI).as_posix(), f.read_text(encoding="utf-8")) for f in files]


def _calls(source: str, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Attribute) and node.func.attr == name)
            or (isinstance(node.func, ast.Name) and node.func.id == name)
        )
    ]


def test_translated_texts_are_filled_with_tr_args() -> None:
    """`tr_args(self.tr("…%1…"), a)`, not `self.tr("…%1…").replace("%1", a)`."""
    found = [
        f"{name}:{source.count(chr(10), 0, m.start()) + 1}"
        for name, source in _sources()
        for m in re.finditer(r"""\.replace\(\s*["']%\d""", source)
    ]
    assert found == [], "fill %1, %2 with pos.ui.i18n.tr_args: " + ", ".join(found)


def test_no_style_sheets_outside_the_allowed_places() -> None:
    counts = {name: len(_calls(source, "setStyleSheet")) for name, source in _sources()}
    found = {name: n for name, n in counts.items() if n}
    allowed = {name: n for name, (n, _reason) in STYLE_SHEETS_ALLOWED.items()}
    assert found == allowed, (
        "give the widget a role (pos.ui.theme.set_role; add the role to theme.py's sheet, standard and "
        "high contrast) instead of setStyleSheet; only data colours and the かんたんレジ palette keep their own"
    )


def _role_names(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if node.value else []
    if isinstance(node, ast.IfExp):
        return _role_names(node.body) + _role_names(node.orelse)
    return []


def test_every_role_given_is_in_the_style_sheet() -> None:
    styled = set(re.findall(r'\[role="([\w-]+)"\]', ROLES))
    given = {
        (name, role)
        for name, source in _sources()
        for call in _calls(source, "set_role")
        if len(call.args) == 2
        for role in _role_names(call.args[1])
    }
    assert given, "no set_role calls found"
    assert sorted((n, r) for n, r in given if r not in styled) == []
    assert set(re.findall(r'\[role="([\w-]+)"\]', HIGH_CONTRAST)) <= styled


def test_a_role_gives_the_look_and_high_contrast_its_colours(qtbot: QtBot) -> None:
    app = QApplication.instance()
    label = QLabel("¥2,550")
    qtbot.addWidget(label)
    sheet, font, high = app.styleSheet(), app.font(), app.property("highContrast")  # type: ignore[union-attr]
    try:
        apply_theme(app, "標準", False)  # type: ignore[arg-type]
        set_role(label, "change")
        label.ensurePolished()
        assert label.font().pointSize() == 30 and label.font().bold()
        assert label.palette().windowText().color().name() == "#0a6b1f"
        apply_theme(app, "標準", True)  # type: ignore[arg-type]
        label.ensurePolished()
        assert label.palette().windowText().color().name() == "#66ff66"
    finally:
        app.setStyleSheet(sheet)  # type: ignore[union-attr]
        app.setFont(font)  # type: ignore[union-attr]
        app.setProperty("highContrast", high)  # type: ignore[union-attr]


def test_the_standard_theme_sets_no_application_style_sheet(qtbot: QtBot) -> None:
    # with any application sheet Qt polishes every widget through its style-sheet engine: a page's
    # first show took twice as long (docs/benchmarks.md); roles carry their rules on their widgets
    app = QApplication.instance()
    sheet, high = app.styleSheet(), app.property("highContrast")  # type: ignore[union-attr]
    try:
        apply_theme(app, "標準", False)  # type: ignore[arg-type]
        assert app.styleSheet() == ""  # type: ignore[union-attr]
        apply_theme(app, "標準", True)  # type: ignore[arg-type]
        assert "background: #000000" in app.styleSheet()  # type: ignore[union-attr]
    finally:
        app.setStyleSheet(sheet)  # type: ignore[union-attr]
        app.setProperty("highContrast", high)  # type: ignore[union-attr]
