"""領収書 at the register: F5 asks 宛名 and 但し書き for the last sale, then the usual print actions.

`ask_ryoshusho(parent)` is a small form (宛名, 但し書き, 80 mm / A6; Enter confirms, Esc cancels);
`print_ryoshusho(parent, db, sale_id, ...)` opens `pos.ui.print_actions.PdfActionsDialog`, which
makes the PDF in the background through `pos.services.ryoshusho.issue_ryoshusho` (recorded in the
audit log; 再発行 from the second issue of a sale on) and offers 印刷 / PDFを保存 / ビューアで開く.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from pos.services.ryoshusho import DEFAULT_ATENA, DEFAULT_TADASHIGAKI, MAX_TEXT, issue_ryoshusho
from pos.services.settings import get_settings
from pos.services.store import Database
from pos.ui.i18n import tr_args
from pos.ui.print_actions import MadePdf, PdfActionsDialog


@dataclass(frozen=True)
class RyoshushoRequest:
    atena: str
    tadashigaki: str
    size: str


class RyoshushoForm(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("領収書"))
        self.atena = QLineEdit()
        self.atena.setObjectName("atena")
        self.atena.setMaxLength(MAX_TEXT)
        self.atena.setPlaceholderText(tr_args(self.tr("空欄なら「%1」"), DEFAULT_ATENA))
        self.tadashigaki = QLineEdit()
        self.tadashigaki.setObjectName("tadashigaki")
        self.tadashigaki.setMaxLength(MAX_TEXT)
        self.tadashigaki.setPlaceholderText(tr_args(self.tr("空欄なら「%1」"), DEFAULT_TADASHIGAKI))
        self.paper = QComboBox()  # not `size`: that would hide QWidget.size()
        self.paper.addItem(self.tr("A6"), "a6")
        self.paper.addItem(self.tr("80mm ロール"), "80mm")
        form = QFormLayout()
        form.addRow(self.tr("宛名(&A)"), self.atena)
        form.addRow(self.tr("但し書き(&T)"), self.tadashigaki)
        form.addRow(self.tr("用紙(&P)"), self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.atena.setFocus()

    def request(self) -> RyoshushoRequest:
        return RyoshushoRequest(self.atena.text(), self.tadashigaki.text(), str(self.paper.currentData()))


def ask_ryoshusho(parent: QWidget | None) -> RyoshushoRequest | None:
    form = RyoshushoForm(parent)
    try:
        return form.request() if form.exec() == QDialog.DialogCode.Accepted else None
    finally:
        form.deleteLater()


def make_ryoshusho(db: Database, sale_id: UUID, request: RyoshushoRequest, who: str = "") -> MadePdf:
    """Issue (and record) the 領収書 and render it (runs in the background)."""
    data = issue_ryoshusho(db, sale_id, request.atena, request.tadashigaki, who)
    from pos.reports.receipt_pdf import ryoshusho_pdf  # reportlab: imported when first printed

    pdf = ryoshusho_pdf(data, request.size, council=get_settings(db)["council_name"])
    suffix = f"_reissue{data.issue_no}" if data.reissued else ""
    return MadePdf(
        pdf,
        f"領収書 No.{data.receipt.receipt_no}" + ("（再発行）" if data.reissued else ""),
        f"ryoshusho_{data.receipt.issued_at:%Y-%m-%d}_{data.receipt.receipt_no}{suffix}.pdf",
    )


def print_ryoshusho(
    parent: QWidget | None, db: Database, sale_id: UUID, request: RyoshushoRequest, who: str = ""
) -> PdfActionsDialog:
    dialog = PdfActionsDialog(lambda: make_ryoshusho(db, sale_id, request, who), "領収書", parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
