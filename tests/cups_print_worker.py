"""Run by tests/test_cups_print.py in a subprocess whose CUPS_SERVER points at the test's private cupsd:
print the tally or a receipt through the app's own print path (PdfActionsDialog.print_pdf → QPrinter →
Qt's CUPS support) to the named queue. Only the print dialog is stood in for (it picks the queue).

    python tests/cups_print_worker.py DB QUEUE tally|receipt APP_PDF_OUT
"""

from __future__ import annotations

import sys

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from pos.services.register import Register
from pos.services.store import open_database
from pos.ui import print_actions
from tests.services.helpers import make_booth


def main(db_path: str, queue: str, kind: str, app_pdf: str) -> int:
    app = QApplication([])

    class PickQueue:
        """The user picks the queue in the print dialog and presses 印刷."""

        def __init__(self, printer: QPrinter, parent=None) -> None:  # type: ignore[no-untyped-def]
            printer.setPrinterName(queue)
            printer.setResolution(150)

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    print_actions.QPrintDialog = PickQueue  # type: ignore[misc, assignment]
    db = open_database(db_path)
    booth = make_booth(db)
    register = Register(db, booth.day.id)
    register.add_product(booth.bread.id)
    sale = register.checkout(cash_tendered=2000)
    dialog = (
        print_actions.print_tally(None, db, booth.day.id)
        if kind == "tally"
        else print_actions.print_receipt(None, db, sale.id)
    )
    outcome: dict[str, object] = {}
    dialog.ready.connect(dialog.print_pdf)
    dialog.printed.connect(lambda n: (outcome.setdefault("pages", n), app.quit()))
    dialog.failed.connect(lambda text: (outcome.setdefault("error", text), app.quit()))
    app.exec()
    if dialog.pdf is not None:
        with open(app_pdf, "wb") as f:  # what the app made, to compare the printed pages with
            f.write(dialog.pdf.data)
    print(outcome)
    return 0 if "pages" in outcome else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
