"""領収書: a sale reissued as a receipt for payment with 宛名 (addressee) and 但し書き ("for …").

`issue_ryoshusho(db, sale_id, atena, tadashigaki, who)` checks the texts, records the issue in the
audit log (action "ryoshusho", with the sale's id, the 宛名, the 但し書き and the amount) and
returns what to print: the sale's `ReceiptData` (so the invoice part — one block per registered
seller, or the booth's number under the intermediary arrangement — is the receipt's, docs/invoices.md)
and `issue_no`, the how-many-th 領収書 of this sale it is. From the second on it is printed 再発行,
so that two originals of the same payment cannot circulate. A voided sale gets none.

宛名 empty → 上様 (the customary addressee when none is given); 但し書き empty → お品代.
Both: at most 60 characters, no control characters (NFKC-normalised like every typed text).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import func, select

from pos.db.engine import Database
from pos.db.models import AuditEntry
from pos.domain.clock import local, now_utc
from pos.domain.errors import InvalidInput, StateError
from pos.domain.master import FieldError, clean_text
from pos.domain.money import format_yen
from pos.services.auth import add_entry
from pos.services.receipts import ReceiptData, receipt_data

ACTION = "ryoshusho"
DEFAULT_ATENA = "上様"
DEFAULT_TADASHIGAKI = "お品代"
MAX_TEXT = 60


@dataclass(frozen=True)
class RyoshushoData:
    receipt: ReceiptData
    atena: str
    tadashigaki: str
    issue_no: int  # 1: the first 領収書 of this sale; 2, 3 …: 再発行
    issued_at: datetime  # local time (JST)

    @property
    def reissued(self) -> bool:
        return self.issue_no > 1


def _text(field: str, value: str, what_ja: str, what_en: str, default: str) -> str:
    try:
        return clean_text(field, value, what_ja, what_en, required=False, limit=MAX_TEXT) or default
    except FieldError as e:
        raise InvalidInput(e.ja, e.en) from None


def issue_ryoshusho(
    db: Database, sale_id: UUID, atena: str = "", tadashigaki: str = "", who: str = ""
) -> RyoshushoData:
    atena = _text("atena", atena, "宛名", "Addressee", DEFAULT_ATENA)
    tadashigaki = _text("tadashigaki", tadashigaki, "但し書き", "Purpose", DEFAULT_TADASHIGAKI)
    receipt = receipt_data(db, sale_id)
    if receipt.voided:
        raise StateError(
            f"No.{receipt.receipt_no} は取消済みのため領収書を発行できません",
            f"Sale {receipt.receipt_no} is voided: no 領収書",
        )
    marker = f"sale {sale_id}"
    with db.sessions.begin() as s:
        before = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == ACTION, AuditEntry.detail.startswith(marker))
        )
        issue_no = int(before or 0) + 1
        at = now_utc()
        add_entry(
            s,
            who,
            ACTION,
            f"No.{receipt.receipt_no}　{receipt.venue}　{receipt.issued_at:%Y-%m-%d}",
            f"{marker}　宛名: {atena}　但し: {tadashigaki}　{format_yen(receipt.total)}"
            + ("" if issue_no == 1 else f"　再発行（{issue_no}回目）"),
        )
    return RyoshushoData(receipt, atena, tadashigaki, issue_no, local(at))
