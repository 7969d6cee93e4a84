"""The English interface: every message of the .ts is translated, and real widgets show English.

The .qm is built from resources/translations/booth_pos_en.ts into a temp folder with the venv's
pyside6-lrelease (the test does not depend on `make`). The translator is removed after each test,
so the other UI tests keep seeing the Japanese source texts.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.domain.clock import today_local
from pos.ui.main_window import MainWindow
from pos.ui.open_day_dialog import OpenDayDialog
from pos.ui.payment_dialog import PaymentDialog
from pos.ui.register_screen import RegisterScreen
from scripts.update_translations import TS, unfinished
from tests.services.helpers import Booth, make_booth

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]")  # kana, kanji, full-width forms


@pytest.fixture(scope="module")
def english_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    qm = tmp_path_factory.mktemp("i18n") / "booth_pos_en.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True, timeout=60)
    assert qm.stat().st_size > 0
    return qm


@pytest.fixture
def english(qtbot: QtBot, english_qm: Path) -> Iterator[QTranslator]:
    app = QApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(english_qm))
    app.installTranslator(translator)
    try:
        yield translator
    finally:
        app.removeTranslator(translator)


@pytest.fixture
def today_booth(db: Database) -> Booth:
    return make_booth(db, on=today_local())


def _tab_titles(tabs) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_every_message_is_translated() -> None:
    assert unfinished() == []


def test_the_qm_translates_a_source_text(english: QTranslator) -> None:
    assert english.translate("RegisterScreen", "お会計 (F9)") == "Pay (F9)"
    assert QCoreApplication.translate("PaymentDialog", "お会計") == "Payment"


def test_main_window_tabs_and_menus_are_english(
    qtbot: QtBot, db: Database, today_booth: Booth, english: QTranslator
) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    titles = _tab_titles(window.tabs)
    assert titles[:2] == ["Register", "Today's totals"]
    assert {"Sales days", "Workshops, products, venues", "Reports and analysis"} <= set(titles)
    assert not [t for t in titles if JAPANESE.search(t)]
    assert _tab_titles(window.master_data.tabs) == ["Workshops", "Products", "Venues"]  # built when asked for
    assert _tab_titles(window.reports) == [
        "Activity log",
        "Monthly activity",
        "Annual report",
        "Sales analysis",
        "Monthly payouts",
    ]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["Sales &day", "&Settings", "&View", "&Help"]
    assert window.windowTitle() == "Booth POS — Workshop Products Sales Booth"
    with qtbot.waitSignal(window.figures_loaded):
        window.tabs.setCurrentWidget(window.today_page)
    assert window.summary.text().startswith("Sales: 0")
    register = window.register
    assert register is not None
    assert register.pay_button.text() == "Pay (F9)"
    assert register.void_button.text() == "Void last sale (F8)"
    assert register.scan.placeholderText() == "Scan, or search by name (F1: kana search)"
    assert register.mode_button.text() == "Scan A (F1)"


def test_day_end_menu_actions_are_english(qtbot: QtBot, db: Database, today_booth: Booth, english: QTranslator) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.day_menu.actions() if a.text()]
    assert "Print X tally…" in texts
    assert not [t for t in texts if JAPANESE.search(t)]


def test_payment_dialog_is_english(qtbot: QtBot, db: Database, today_booth: Booth, english: QTranslator) -> None:
    screen = RegisterScreen(db, today_booth.day.id)
    qtbot.addWidget(screen)
    screen.add_product(today_booth.cookie.id)
    dialog = PaymentDialog(screen.register, screen)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Payment"
    assert dialog.total_label.text() == "Total due ¥300"
    assert dialog.confirm_button.text() == "Confirm cash (Enter)"
    assert dialog.split_check.text() == "Part cashless, rest in cash (Alt+K)"
    assert dialog.quick_buttons["ちょうど"].text() == "Exact\nF5"
    assert dialog.brand_buttons["transit_ic"].text() == "Transit IC\nCtrl+2"
    assert dialog.split_amount.suffix() == " yen"


def test_open_day_dialog_is_english(qtbot: QtBot, db: Database, today_booth: Booth, english: QTranslator) -> None:
    dialog = OpenDayDialog(db, today_local())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Start a sales day"
    # today's day is open at the booth's venue already: this laptop would join it as a till
    assert dialog.open_button.text() == "Join this sales day"
    assert "already open" in dialog.joining.text()
    assert dialog.by_total.text() == "Enter the total"
    assert dialog.by_count.text() == "Count by denomination"


def test_japanese_again_once_the_translator_is_removed(
    qtbot: QtBot, db: Database, today_booth: Booth, english_qm: Path
) -> None:
    app = QApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(english_qm))
    app.installTranslator(translator)
    try:
        english_screen = RegisterScreen(db, today_booth.day.id)
        qtbot.addWidget(english_screen)
        assert english_screen.pay_button.text() == "Pay (F9)"
    finally:
        app.removeTranslator(translator)
    screen = RegisterScreen(db, today_booth.day.id)
    qtbot.addWidget(screen)
    assert screen.pay_button.text() == "お会計 (F9)"


def test_english_header_date_state_and_tally_title(
    qtbot: QtBot, db: Database, today_booth: Booth, english: QTranslator
) -> None:
    from pos.ui.i18n import set_language
    from pos.ui.print_actions import print_tally

    set_language("en")
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        header = window.header.text()
        day = today_local()
        weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[day.weekday()]
        assert f"{weekday} {day.day} " in header and str(day.year) in header and header.endswith("Open")
        assert "年" not in header and "営業中" not in header
        dialog = print_tally(None, db, today_booth.day.id)
        qtbot.addWidget(dialog)
        assert not JAPANESE.search(dialog.windowTitle())
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=15_000)
    finally:
        set_language("ja")


def test_japanese_mode_shows_qts_own_dialogs_in_japanese(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    from pos.ui.app import install_qt_japanese

    app = QApplication.instance()
    assert app is not None
    installed = install_qt_japanese(app)  # type: ignore[arg-type]
    try:
        assert installed
        dialog = QFileDialog(None, "保存")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on a desktop without a portal
        qtbot.addWidget(dialog)
        labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] != "Look in:" and JAPANESE.search(labels["lookInLabel"])
        assert labels["fileTypeLabel"] != "Files of type:" and JAPANESE.search(labels["fileTypeLabel"])
        # the app's own (Japanese source) texts pass through untouched, never blanked
        assert QCoreApplication.translate("RegisterScreen", "追加しました") == "追加しました"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
