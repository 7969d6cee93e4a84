"""Print, save or open a PDF the app makes (the day-end tally, a receipt).

`print_tally(parent, db, day_id)` and `print_receipt(parent, db, sale_id, size)` open a small dialog
at once and make the PDF through the operation runner in the background (never on the GUI thread); its
buttons then print through Qt's print dialog, save the PDF (file dialog) or open it in the system's
PDF viewer. Enter prints, Esc closes.

Printing paints page images: this PySide6 build has no QtPdf module, so pages are rasterised with
pypdfium2 when it is installed (it comes with pdfplumber) or else with poppler's `pdftoppm`
(installed by `scripts/system-deps.sh`), in the background as well.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QStandardPaths, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pos.applog import log_unexpected
from pos.domain.errors import PosError
from pos.output_files import write_owner_only
from pos.services.day_report import day_report
from pos.services.receipts import receipt_data
from pos.services.settings import get_settings
from pos.services.store import Database
from pos.ui.i18n import tr_args
from pos.ui.operations import failure_text, run_op
from pos.ui.theme import set_role

MAX_PRINT_DPI = 300
#: Background jobs still running: kept here, not on the dialog, so closing the dialog early is safe.
_RUNNING: set[object] = set()  # one token per PDF job still working (tests wait for it to empty)
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]")


@dataclass(frozen=True)
class MadePdf:
    data: bytes
    title: str
    filename: str


class RenderError(PosError):
    """No way to turn the PDF into page images for printing."""


def page_size_pt(pdf: bytes) -> tuple[float, float]:
    """The first page's size in points, from its MediaBox (reportlab writes one per page)."""
    m = _MEDIA_BOX.search(pdf)
    if m is None:
        return 595.2756, 841.8898  # A4
    x0, y0, x1, y1 = (float(v) for v in m.groups())
    return x1 - x0, y1 - y0


def _render_pdfium(pdf: bytes, dpi: int) -> list[bytes]:
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for i in range(len(doc)):
            image = doc[i].render(scale=dpi / 72).to_pil()
            buf = BytesIO()
            image.save(buf, format="PNG")
            pages.append(buf.getvalue())
        return pages
    finally:
        doc.close()


def _render_pdftoppm(pdf: bytes, dpi: int) -> list[bytes]:
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise RenderError(
            "印刷用の画像を作れません（pdftoppm がありません）。PDFを保存するか、ビューアで開いて印刷してください",
            "Cannot rasterise the PDF: pdftoppm is missing",
        )
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run([exe, "-png", "-r", str(dpi), str(src), str(Path(tmp) / "page")], check=True, timeout=120)
        return [p.read_bytes() for p in sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))]


def render_pages(pdf: bytes, dpi: int, renderer: str = "auto") -> list[bytes]:
    """The PDF's pages as PNG images at `dpi` (renderer: auto, pdfium or pdftoppm). Safe off the GUI thread."""
    if renderer in ("auto", "pdfium"):
        try:
            return _render_pdfium(pdf, dpi)
        except ImportError:
            if renderer == "pdfium":
                raise
    return _render_pdftoppm(pdf, dpi)


def paint_pages(printer: QPrinter, pages: list[bytes]) -> int:
    """Paint page images onto the printer, each scaled to fit its printable area; returns the page count."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RenderError("プリンタに出力できません", "Cannot start printing")
    try:
        for i, png in enumerate(pages):
            if i:
                printer.newPage()
            image = QImage.fromData(png, "PNG")  # type: ignore[arg-type]  # stub says bytes; PySide6 wants str
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(area.x(), area.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(area)
    finally:
        painter.end()
    return len(pages)


class PdfActionsDialog(QDialog):
    """Makes a PDF in the background, then offers 印刷 / PDFを保存 / ビューアで開く."""

    ready = Signal()
    failed = Signal(str)
    printed = Signal(int)

    def __init__(self, make: Callable[[], MadePdf], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf: MadePdf | None = None
        self.printer: QPrinter | None = None
        self.status = QLabel(self.tr("PDFを作成しています…"))
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setMinimumWidth(420)
        self.print_button = QPushButton(self.tr("印刷…"))
        self.save_button = QPushButton(self.tr("PDFを保存…"))
        self.open_button = QPushButton(self.tr("ビューアで開く"))
        close = QPushButton(self.tr("閉じる"))
        self.print_button.setDefault(True)
        for b in (self.print_button, self.save_button, self.open_button, close):
            b.setMinimumHeight(40)
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(False)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_in_viewer)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.print_button, self.save_button, self.open_button, close):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self._start(make, self._made)

    def _start(self, fn: Callable[[], object], done: Callable[[object], None]) -> None:
        token = object()
        _RUNNING.add(token)  # before the job starts: a fast job must not finish before it is counted

        run_op(
            self,
            None,
            fn,
            on_done=done,
            on_failed=self._failed,
            background=True,
            busy=False,
            finally_=lambda: _RUNNING.discard(token),
        )

    @Slot(object)
    def _made(self, result: object) -> None:
        assert isinstance(result, MadePdf)
        self.pdf = result
        self.status.setText(tr_args(self.tr("%1 ができました。"), result.title))
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(True)
        self.print_button.setFocus()
        self.ready.emit()

    @Slot(object)
    def _failed(self, error: object) -> None:
        if isinstance(error, PosError):
            text = failure_text(error)
        else:
            if isinstance(error, BaseException):
                log_unexpected(error)  # written to the log file; the dialog says it in a line
            text = tr_args(self.tr("PDFを作れませんでした: %1"), error)
        self.status.setText(text)
        set_role(self.status, "error")
        self.failed.emit(text)

    # -- the three ways out ----------------------------------------------------------------------
    def print_pdf(self) -> None:
        if self.pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf.title)
        width, height = page_size_pt(self.pdf.data)
        page = QPageSize(
            QSizeF(width, height), QPageSize.Unit.Point, self.pdf.title, QPageSize.SizeMatchPolicy.FuzzyMatch
        )
        layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        printer.setPageLayout(layout)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("印刷"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        # The print dialog puts the queue's default paper back (US Letter under an English system locale):
        # the page is the PDF's own — A4 for the tally, 80 mm for a receipt — whatever the locale says.
        printer.setPageLayout(layout)
        self.printer = printer
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        data = self.pdf.data
        self.status.setText(self.tr("印刷しています…"))
        self._start(lambda: render_pages(data, dpi), self._render_done)

    @Slot(object)
    def _render_done(self, pages: object) -> None:
        assert isinstance(pages, list) and self.printer is not None
        printer = self.printer
        n = run_op(self, None, lambda: paint_pages(printer, pages), on_failed=self._failed)  # on the GUI thread
        if n is None:
            return
        self.status.setText(tr_args(self.tr("印刷に送りました（%1ページ）。"), n))
        self.printed.emit(n)

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("PDFを保存"), str(Path(folder) / self.pdf.filename), self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_owner_only(path, self.pdf.data)
        except OSError as e:
            self._failed(PosError(f"保存できませんでした: {e.strerror or e}", f"Could not save: {e}"))
            return
        self.status.setText(tr_args(self.tr("保存しました: %1"), path))

    def open_in_viewer(self) -> None:
        if self.pdf is None:
            return
        folder = Path(tempfile.gettempdir()) / "booth-pos"
        folder.mkdir(mode=0o700, exist_ok=True)
        path = write_owner_only(folder / self.pdf.filename, self.pdf.data)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(tr_args(self.tr("ビューアで開きました: %1"), path))
        else:
            self.status.setText(tr_args(self.tr("ビューアを開けませんでした。PDFはここにあります: %1"), path))


def make_tally(db: Database, day_id: UUID) -> MadePdf:
    """Build the tally PDF (runs in the background; reportlab is imported here, not at start)."""
    from pos.reports.tally_pdf import tally_filename, tally_pdf, tally_title

    report = day_report(db, day_id)
    day = report.tally.day
    return MadePdf(
        tally_pdf(report), f"{tally_title(report)} {day.venue.name} {day.day.isoformat()}", tally_filename(report)
    )


def make_receipt(db: Database, sale_id: UUID, size: str = "80mm") -> MadePdf:
    """Build a receipt PDF (runs in the background)."""
    from pos.reports.receipt_pdf import receipt_pdf

    data = receipt_data(db, sale_id)
    pdf = receipt_pdf(data, size, council=get_settings(db)["council_name"])
    name = f"receipt_{data.issued_at:%Y-%m-%d}_{data.receipt_no}_{size}.pdf"
    return MadePdf(pdf, f"レシート No.{data.receipt_no}", name)


def _show(dialog: PdfActionsDialog) -> PdfActionsDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def print_tally(parent: QWidget | None, db: Database, day_id: UUID) -> PdfActionsDialog:
    """The day-end tally (点検X while open, 精算Z once closed): print, save or open it."""
    title = QCoreApplication.translate("PdfActionsDialog", "日計表（点検・精算）")
    return _show(PdfActionsDialog(lambda: make_tally(db, day_id), title, parent))


def print_receipt(parent: QWidget | None, db: Database, sale_id: UUID, size: str = "80mm") -> PdfActionsDialog:
    """A sale's receipt (80 mm roll or A6): print, save or open it."""
    title = QCoreApplication.translate("PdfActionsDialog", "レシート")
    return _show(PdfActionsDialog(lambda: make_receipt(db, sale_id, size), title, parent))
