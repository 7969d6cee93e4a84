"""The Qt binding must survive a whole sales day: no reference to None lost per call.

PySide6 6.12.0 on Python 3.11 released a reference to None on every call of a Qt method that returns
nothing (setText, setStyleSheet, setAttribute, …). Each scan made a few hundred such calls, so after some
hundreds of scans None's count reached zero and the register died with "Fatal Python error: none_dealloc"
(found by benchmarks/gui_stall.py on a payment). constraints.txt pins 6.11.3 and pyproject.toml excludes
6.12.0; this test fails on any binding with the same fault. (From Python 3.12 on None is immortal and the
count does not move at all.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot


def test_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    field, button = QLineEdit(window), QPushButton("x", window)
    before = sys.getrefcount(None)
    for i in range(2000):  # about what ten scans and a payment do to the register's widgets
        field.setText(str(i))
        field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        button.setStyleSheet("font-weight: bold;")
        button.setText("y")
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 8,000 calls: this binding crashes a long session"
