"""Text size, the high-contrast theme and the roles of styled widgets, applied to the whole application.

Screens never write style sheets of their own for the usual looks: they give a widget a role
(`set_role(label, "error")`) and the rules here style every role, in the standard and in the
high-contrast theme alike. A role's rules are set on the widget that has it, not as an application
style sheet: with any application sheet Qt polishes every widget of the app through its style-sheet
engine, which doubled the time a page takes to show the first time (docs/benchmarks.md). The
standard theme therefore has no application sheet at all; the high-contrast one keeps its general
rules there (every widget black and white). Roles:

    title      a screen's or dialog's heading (16 pt bold)
    heading    a column heading in a grid, a group's caption (bold)
    big        a large figure or the day's header (20 pt bold)
    figure     a sub-line of figures under the header (14 pt)
    ok         what just happened (green)
    error      what went wrong / a refusal (red, bold)
    alert      a refusal to notice at once (white on red, bold)
    hint       a note under a field (grey, smaller)
    primary    the button that does the screen's main thing (large, bold)
    subtitle   a heading under a screen's title (13 pt bold)
    sum        a sum of money, or the sale line a dialog is about (14 pt bold)
    count      a count beside a total (14 pt)
    large      text read from a step away: the scan field, a line of the payment (16 pt)
    notice     the figures shown lack something, said in words (amber, bold)
    info       a fact to know before going on, not a problem (blue, bold)
    invalid    a field whose entry cannot be read (red border)
    frame      a picture's thin frame
    choices    a list whose rows are ticked by tapping (tall rows)

  at the till (the register, payment, mark-down and PIN dialogs):

    total      the cart's total (30 pt bold)
    due        the amount to pay in the payment dialog (28 pt bold)
    change     the change to hand back (30 pt bold, green)
    display    the cash tendered, as a calculator shows it (26 pt, black on white, boxed)
    recap      the last sale, boxed on pale green (13 pt)
    pay        the register's pay button (20 pt bold, white on green)
    confirm    a button that commits the payment (16 pt bold)
    key        a key of an on-screen keypad (18 pt)
    entry      an amount typed at the till (20 pt)
    pin        a PIN field (20 pt, spaced digits)
    results    the search results floating over the tiles (14 pt, boxed)
    scan-mode / search-mode   the scan field's mode button, in its two colours (13 pt bold)
    said       the register's message line: what just happened (14 pt, green)
    refused    the register's message line: a refusal (15 pt bold, white on red)
    big-error  a refusal in the payment dialog (14 pt bold, red)

  in かんたんレジ (pos/ui/easy), for what its palette does not colour:

    touch-tabs tabs tapped with a finger (16 pt, 48 px tall)
    basket     the basket list (18 pt)

Colours that carry data (a workshop's colour on its tiles, the over/short colour) and the
かんたんレジ palette (whose contrast pos/ui/easy/palette.py checks) stay with the widget that shows them.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

#: Names shown in the 表示 menu → base point size.
FONT_SIZES = {"標準": 12, "大": 15, "特大": 18}

ROLES = """
*[role="title"] { font-size: 16pt; font-weight: bold; }
*[role="heading"] { font-weight: bold; }
*[role="big"] { font-size: 20pt; font-weight: bold; }
*[role="figure"] { font-size: 14pt; }
QLabel[role="big"] { padding: 8px; }
QLabel[role="figure"] { padding: 0 8px 8px 8px; }
*[role="ok"] { color: #1b5e20; }
*[role="error"] { color: #b00020; font-weight: bold; }
*[role="alert"] { color: #ffffff; background: #b00020; font-weight: bold; padding: 4px; }
*[role="hint"] { color: #555555; font-size: 10pt; }
QPushButton[role="primary"] { font-size: 15pt; font-weight: bold; }
*[role="subtitle"] { font-size: 13pt; font-weight: bold; }
*[role="sum"] { font-size: 14pt; font-weight: bold; }
*[role="count"] { font-size: 14pt; }
*[role="large"] { font-size: 16pt; }
*[role="notice"] { color: #8a4b00; font-weight: bold; }
*[role="info"] { color: #0d47a1; font-weight: bold; }
*[role="invalid"] { border: 2px solid #b00020; }
*[role="frame"] { border: 1px solid #888888; }
QListWidget[role="choices"]::item { min-height: 40px; }
*[role="total"] { font-size: 30pt; font-weight: bold; }
*[role="due"] { font-size: 28pt; font-weight: bold; }
*[role="change"] { font-size: 30pt; font-weight: bold; color: #0a6b1f; }
*[role="display"] { font-size: 26pt; border: 2px solid #555555; background: #ffffff; color: #000000; padding: 4px; }
*[role="recap"] { font-size: 13pt; background: #eef5ee; color: #000000; padding: 6px; border-radius: 4px; }
QPushButton[role="pay"] { font-size: 20pt; font-weight: bold; background: #1f6f3f; color: #ffffff; }
QPushButton[role="confirm"] { font-size: 16pt; font-weight: bold; }
QPushButton[role="key"] { font-size: 18pt; }
QLineEdit[role="entry"] { font-size: 20pt; }
QLineEdit[role="pin"] { font-size: 20pt; letter-spacing: 6px; }
QListWidget[role="results"] { border: 2px solid #555555; font-size: 14pt; }
QPushButton[role="scan-mode"], QPushButton[role="search-mode"] { font-size: 13pt; font-weight: bold; padding: 0 10px; }
QPushButton[role="scan-mode"] { background: #dde8f5; color: #0b3d91; }
QPushButton[role="search-mode"] { background: #fdf0d5; color: #7a4b00; }
*[role="said"] { font-size: 14pt; color: #0a5a24; }
*[role="refused"] { font-size: 15pt; font-weight: bold; color: #ffffff; background: #b00020; }
*[role="big-error"] { font-size: 14pt; font-weight: bold; color: #b00020; }
QTabWidget[role="touch-tabs"] QTabBar::tab { font-size: 16pt; min-height: 48px; padding: 4px 14px; }
QListWidget[role="basket"] { font-size: 18pt; }
"""

HIGH_CONTRAST = """
QWidget { background: #000000; color: #ffffff; }
QPushButton { background: #1a1a1a; color: #ffff00; border: 2px solid #ffffff; border-radius: 4px; }
QPushButton:disabled { color: #808080; border-color: #808080; }
QPushButton:focus, QLineEdit:focus, QTableView:focus { border: 3px solid #00ffff; }
QLineEdit, QSpinBox, QTableView, QListWidget { background: #000000; color: #ffffff; border: 2px solid #ffffff; }
QHeaderView::section { background: #333333; color: #ffffff; }
QTableView::item:selected, QListWidget::item:selected { background: #ffff00; color: #000000; }
*[role="ok"] { color: #66ff66; }
*[role="error"] { color: #ff6666; }
*[role="alert"] { color: #ffffff; background: #b00020; }
*[role="hint"] { color: #cccccc; }
*[role="notice"] { color: #ffcc66; }
*[role="info"] { color: #80c8ff; }
*[role="invalid"], *[role="invalid"]:focus { border: 2px solid #ff6666; }
*[role="frame"] { border: 1px solid #ffffff; }
*[role="change"] { color: #66ff66; }
*[role="said"] { color: #66ff66; }
*[role="big-error"] { color: #ff6666; }
QListWidget[role="results"] { border: 2px solid #ffffff; }
"""


def _rules(sheet: str) -> list[tuple[frozenset[str], str]]:
    """Each rule (one a line) with the roles its selectors name (none: a general rule)."""
    return [
        (frozenset(re.findall(r'\[role="([\w-]+)"\]', line)), line)
        for line in sheet.strip().splitlines()
        if line.strip()
    ]


_STANDARD, _CONTRAST = _rules(ROLES), _rules(HIGH_CONTRAST)


def role_sheet(role: str, high_contrast: bool) -> str:
    """The rules of one role, as set on a widget that has it (their selectors keep them to it)."""
    rules = [rule for roles, rule in _STANDARD if role in roles]
    if high_contrast:
        rules += [rule for roles, rule in _CONTRAST if role in roles]
    return "\n".join(rules)


def _high_contrast() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property("highContrast"))


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give `widget` a role ("" for none); takes effect at once, box model included."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        widget.setStyleSheet(role_sheet(role, _high_contrast()) if role else "")
    return widget


def style_sheet(high_contrast: bool) -> str:
    """The application's own sheet: none in the standard theme, the general rules in high contrast."""
    return "\n".join(rule for roles, rule in _CONTRAST if not roles) if high_contrast else ""


def apply_theme(app: QApplication, size_name: str = "標準", high_contrast: bool = False) -> None:
    font = QFont(app.font())
    font.setPointSize(FONT_SIZES.get(size_name, FONT_SIZES["標準"]))
    app.setFont(font)
    changed = bool(app.property("highContrast")) != high_contrast
    app.setStyleSheet(style_sheet(high_contrast))
    app.setProperty("highContrast", high_contrast)
    if changed:  # the widgets with a role take the theme's colours for it
        for widget in app.allWidgets():
            role = widget.property("role")
            if role:
                widget.setStyleSheet(role_sheet(str(role), high_contrast))
