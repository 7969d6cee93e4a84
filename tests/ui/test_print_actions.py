"""Printing, saving and opening the tally and receipts; only the OS edges (file and print dialogs,
the system viewer) are replaced. The PDF is made off the GUI thread and the dialog waits for it."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services.closing import close_day
from pos.services.register import Register
from pos.ui import day_actions, print_actions
from pos.ui.print_actions import PdfActionsDialog, page_size_pt, print_receipt, print_tally, render_pages
from tests.services.helpers import Booth, make_booth


@pytest.fixture
def sold(db: Database) -> tuple[Booth, object]:
    b = make_booth(db)
    reg = Register(db, b.day.id)
    reg.add_product(b.bread.id)
    reg.add_product(b.soap.id)
    return b, reg.checkout(cash_tendered=2000)


def _ready(qtbot: QtBot, dialog: PdfActionsDialog) -> PdfActionsDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=15_000):
        pass
    assert dialog.pdf is not None and dialog.print_button.isEnabled()
    return dialog


class FakePrintDialog:
    """Stands in for QPrintDialog: the user picks "print to PDF file" at a low resolution."""

    target: Path
    accept = True

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(40)

    def setWindowTitle(self, title: str) -> None:  # Qt's name
        pass

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected


def test_tally_is_made_in_the_background_then_saved(
    qtbot: QtBot, db: Database, sold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b, _ = sold
    dialog = _ready(qtbot, print_tally(None, db, b.day.id))
    assert dialog.pdf.filename == "2024-06-15_ゆめが丘SC_点検X.pdf"  # type: ignore[union-attr]
    asked: list[str] = []

    def fake_save(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "日計表"), filters

    monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", staticmethod(fake_save))
    dialog.save_button.click()
    assert asked[0].endswith("2024-06-15_ゆめが丘SC_点検X.pdf")
    saved = tmp_path / "日計表.pdf"
    with pdfplumber.open(saved) as pdf:
        assert "販売日計表 点検（X）" in (pdf.pages[0].extract_text() or "")
    assert "保存しました" in dialog.status.text()


def test_open_in_the_system_viewer(qtbot: QtBot, db: Database, sold, monkeypatch: pytest.MonkeyPatch) -> None:
    _, sale = sold
    opened: list[str] = []
    monkeypatch.setattr(print_actions.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = _ready(qtbot, print_receipt(None, db, sale.id, "a6"))
    dialog.open_button.click()
    assert Path(opened[0]).read_bytes() == dialog.pdf.data  # type: ignore[union-attr]
    assert opened[0].endswith("_1_a6.pdf")


def test_print_paints_every_page(
    qtbot: QtBot, db: Database, sold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    b, _ = sold
    FakePrintDialog.target = tmp_path / "printed.pdf"
    monkeypatch.setattr(print_actions, "QPrintDialog", FakePrintDialog)
    dialog = _ready(qtbot, print_tally(None, db, b.day.id))
    with pdfplumber.open(io.BytesIO(dialog.pdf.data)) as pdf:  # type: ignore[union-attr]
        pages = len(pdf.pages)
    with qtbot.waitSignal(dialog.printed, timeout=15_000) as sent:
        dialog.print_button.click()
    assert sent.args == [pages]
    with pdfplumber.open(FakePrintDialog.target) as printed:
        assert len(printed.pages) == pages
        assert round(printed.pages[0].width) == 595  # A4, as the PDF
        assert printed.pages[0].images  # the page went out as a picture


def test_print_a_receipt_on_80mm_paper(
    qtbot: QtBot, db: Database, sold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, sale = sold
    FakePrintDialog.target = tmp_path / "receipt.pdf"
    monkeypatch.setattr(print_actions, "QPrintDialog", FakePrintDialog)
    dialog = _ready(qtbot, print_receipt(None, db, sale.id))
    assert page_size_pt(dialog.pdf.data)[0] == pytest.approx(226.77, abs=0.01)  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.printed, timeout=15_000):
        dialog.print_button.click()
    with pdfplumber.open(FakePrintDialog.target) as printed:
        assert float(printed.pages[0].width) == pytest.approx(226.77, abs=1.0)


def test_a_cancelled_print_dialog_prints_nothing(
    qtbot: QtBot, db: Database, sold, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, sale = sold
    FakePrintDialog.target = tmp_path / "never.pdf"
    monkeypatch.setattr(FakePrintDialog, "accept", False)
    monkeypatch.setattr(print_actions, "QPrintDialog", FakePrintDialog)
    dialog = _ready(qtbot, print_receipt(None, db, sale.id))
    dialog.print_button.click()
    assert dialog.printer is None and not FakePrintDialog.target.exists()


def test_a_failure_is_shown_in_japanese(qtbot: QtBot, db: Database) -> None:
    import uuid

    dialog = print_tally(None, db, uuid.uuid4())
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=15_000) as failed:
        pass
    assert failed.args == ["販売日が見つかりません"]
    assert not dialog.print_button.isEnabled()


def test_closing_the_dialog_before_the_pdf_is_ready_is_safe(qtbot: QtBot, db: Database, sold) -> None:
    b, _ = sold
    dialog = print_tally(None, db, b.day.id)
    dialog.close()  # deleted on close while the PDF is still being made
    qtbot.waitUntil(lambda: not print_actions._RUNNING, timeout=60_000)


@pytest.mark.parametrize("renderer", ["pdfium", "pdftoppm"])
def test_page_images_from_either_renderer(db: Database, sold, renderer: str) -> None:
    if renderer == "pdftoppm" and shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils not installed")
    if renderer == "pdfium":
        pytest.importorskip("pypdfium2")
    _, sale = sold
    made = print_actions.make_receipt(db, sale.id, "a6")
    [png] = render_pages(made.data, 72, renderer)
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (pytest.approx(298, abs=1), pytest.approx(420, abs=1))  # A6 at 72 dpi


def test_day_actions_follow_the_day_state(qtbot: QtBot, db: Database, sold) -> None:
    b, _ = sold
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    installed = day_actions.install_day_actions(menu, parent, db, lambda: b.day.id)
    a = installed.actions
    assert [k for k, act in a.items() if act.isEnabled()] == ["x_tally", "close"]
    assert a["x_tally"].shortcut().toString() == "Ctrl+Shift+X"
    a["x_tally"].trigger()
    [dialog] = parent.findChildren(PdfActionsDialog)
    with qtbot.waitSignal(dialog.ready, timeout=15_000):
        pass
    assert dialog.pdf.title.startswith("点検（X）")  # type: ignore[union-attr]
    close_day(db, b.day.id, {10_000: 3, 1_000: 1, 500: 1, 100: 4, 10: 3})
    installed.update()
    assert [k for k, act in a.items() if act.isEnabled()] == ["reprint", "reopen"]


def test_todays_day_prefers_the_one_still_open(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    assert day_actions.todays_day_id(db) is None
    b = make_booth(db, on=date(2024, 6, 15))
    monkeypatch.setattr(day_actions, "today_local", lambda: date(2024, 6, 15))
    assert day_actions.todays_day_id(db) == b.day.id


class LetterDefaultPrintDialog(FakePrintDialog):
    """Like a real print dialog on a queue whose default paper is US Letter (an English system locale)."""

    def exec(self) -> int:
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        return super().exec()

    def __init__(self, printer: QPrinter, parent: QWidget | None = None) -> None:
        super().__init__(printer, parent)
        self.printer = printer


@pytest.mark.parametrize(("kind", "width_pt", "height_pt"), [("tally", 595, 842), ("receipt", 227, None)])
def test_printing_keeps_the_pdfs_paper_whatever_the_system_locale(
    qtbot: QtBot,
    db: Database,
    sold,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
    kind: str,
    width_pt: int,
    height_pt: int | None,
) -> None:
    b, sale = sold
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        LetterDefaultPrintDialog.target = tmp_path / f"{kind}.pdf"
        monkeypatch.setattr(print_actions, "QPrintDialog", LetterDefaultPrintDialog)
        dialog = _ready(qtbot, print_tally(None, db, b.day.id) if kind == "tally" else print_receipt(None, db, sale.id))
        with qtbot.waitSignal(dialog.printed, timeout=15_000):
            dialog.print_button.click()
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    with pdfplumber.open(LetterDefaultPrintDialog.target) as printed:
        page = printed.pages[0]
        assert round(float(page.width)) == width_pt  # A4 is 595 × 842 pt; 80 mm is 226.8 pt; Letter would be 612
        if height_pt is not None:
            assert round(float(page.height)) == height_pt


def test_save_dialog_starts_in_the_documents_folder(
    qtbot: QtBot,
    db: Database,
    sold,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QStandardPaths

    _, sale = sold
    dialog = _ready(qtbot, print_receipt(None, db, sale.id))
    asked: list[str] = []
    monkeypatch.setattr(
        print_actions.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda parent, caption, suggested, filters: (asked.append(suggested), "")[1:] * 2),
    )
    dialog.save_button.click()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked and Path(asked[0]).parent == Path(documents)
