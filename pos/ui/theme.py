"""Text size, the high-contrast theme and the roles of styled widgets, applied to the whole application.

Screens never write style sheets of their own for the usual looks: they give a widget a role
(`set_role(label, "error")`) and the one application style sheet here styles every role, in the
standard and in the high-contrast theme alike. Roles:

    title      a screen's or dialog's heading (16 pt bold)
    heading    a column heading in a grid, a group's caption (bold)
    big        a large figure or the day's header (20 pt bold)
    figure     a sub-line of figures under the header (14 pt)
    ok         what just happened (green)
    error      what went wrong / a refusal (red, bold)
    alert      a refusal to notice at once (white on red, bold)
    hint       a note under a field (grey, smaller)
    primary    the button that does the screen's main thing (large, bold)

Colours that carry data (a workshop's colour on its tiles, the over/short colour) stay with the
widget that shows them.
"""

from __future__ import annotations

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
"""


def set_role(widget: QWidget, role: str) -> QWidget:
    """Give `widget` a role of the application style sheet ("" for none); takes effect at once."""
    if widget.property("role") != role:
        widget.setProperty("role", role)
        # a new (comment-only) sheet makes Qt recompute the widget's whole style, box model included;
        # unpolish/polish alone updates colours and fonts but keeps the old padding
        widget.setStyleSheet(f"/* role: {role} */")
    return widget


def style_sheet(high_contrast: bool) -> str:
    return ROLES + (HIGH_CONTRAST if high_contrast else "")


def apply_theme(app: QApplication, size_name: str = "標準", high_contrast: bool = False) -> None:
    font = QFont(app.font())
    font.setPointSize(FONT_SIZES.get(size_name, FONT_SIZES["標準"]))
    app.setFont(font)
    app.setStyleSheet(style_sheet(high_contrast))
    app.setProperty("highContrast", high_contrast)
