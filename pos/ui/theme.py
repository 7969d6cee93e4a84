"""Text size and the high-contrast theme, applied to the whole application."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

#: Names shown in the 表示 menu → base point size.
FONT_SIZES = {"標準": 12, "大": 15, "特大": 18}

HIGH_CONTRAST = """
QWidget { background: #000000; color: #ffffff; }
QPushButton { background: #1a1a1a; color: #ffff00; border: 2px solid #ffffff; border-radius: 4px; }
QPushButton:disabled { color: #808080; border-color: #808080; }
QPushButton:focus, QLineEdit:focus, QTableView:focus { border: 3px solid #00ffff; }
QLineEdit, QSpinBox, QTableView, QListWidget { background: #000000; color: #ffffff; border: 2px solid #ffffff; }
QHeaderView::section { background: #333333; color: #ffffff; }
QTableView::item:selected, QListWidget::item:selected { background: #ffff00; color: #000000; }
"""


def apply_theme(app: QApplication, size_name: str = "標準", high_contrast: bool = False) -> None:
    font = QFont(app.font())
    font.setPointSize(FONT_SIZES.get(size_name, FONT_SIZES["標準"]))
    app.setFont(font)
    app.setStyleSheet(HIGH_CONTRAST if high_contrast else "")
    app.setProperty("highContrast", high_contrast)
