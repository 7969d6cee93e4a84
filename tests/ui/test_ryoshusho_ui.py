"""F5 on the register: a 領収書 of the last sale with 宛名 and 但し書き typed in a small form, made
through the print actions (PDF in the background), recorded in the audit log, 再発行 the second time."""

from __future__ import annotations

import io

import pdfplumber
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services import auth
from pos.ui.register_screen import RegisterScreen
from pos.ui.ryoshusho_dialog import RyoshushoForm
from tests.services.helpers import Booth
from tests.ui.conftest import in_modal


def _lines(data: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return [ln.strip() for p in doc.pages for ln in (p.extract_text() or "").splitlines()]


def _ryoshusho(qtbot: QtBot, screen: RegisterScreen, atena: str, tadashigaki: str) -> list[str]:
    def fill(form: RyoshushoForm) -> None:
        assert isinstance(form, RyoshushoForm)
        qtbot.keyClicks(form.atena, atena)
        qtbot.keyClick(form.atena, Qt.Key.Key_Tab)
        qtbot.keyClicks(form.tadashigaki, tadashigaki)
        qtbot.keyClick(form.tadashigaki, Qt.Key.Key_Return)

    in_modal(qtbot, fill)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F5)
    dialog = screen.ryoshusho_dialog
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15_000)
    lines = _lines(dialog.pdf.data)
    dialog.close()
    return lines


def test_f5_issues_then_reissues_a_ryoshusho(qtbot: QtBot, db: Database, booth: Booth, screen: RegisterScreen) -> None:
    qtbot.keyClicks(screen.scan, "P0003")  # 手作り石けん 500
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    in_modal(qtbot, lambda d: (qtbot.keyClicks(d, "500"), qtbot.keyClick(d, Qt.Key.Key_Return)))
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    lines = _ryoshusho(qtbot, screen, "Minato", "goods")
    assert "Minato 様" in lines and "金額 ¥500-" in lines and "但し goodsとして" in lines
    assert "再発行" not in "\n".join(lines)
    lines = _ryoshusho(qtbot, screen, "Minato", "goods")
    assert lines[0] == "再発行（2回目）"
    assert [e.action for e in auth.list_audit(db)] == ["ryoshusho", "ryoshusho"]


def test_f5_without_a_paid_sale_says_so(qtbot: QtBot, screen: RegisterScreen) -> None:
    qtbot.keyClick(screen.scan, Qt.Key.Key_F5)
    assert screen.message.text() == "領収書を出せる直前の取引はありません"
