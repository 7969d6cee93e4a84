"""The day-end close (精算, Z) and the reopen dialog.

`open_close_dialog(parent, db, day_id) -> bool`: sales stop while the drawer is counted (the day goes
to "closing"; cancelling puts it back to open). One spin box per denomination (¥10,000 … ¥1) adds
up the counted cash live, next to the expected cash (change fund + cash taken − change given) and
the over/short in large type; a difference needs a comment before 精算する is enabled. The cashless
totals per brand are listed to compare with the payment terminal's own slip, and what each workshop
gets (cash now, vouchers, transfer later) with the rates the close will fix (docs/settlement.md). Enter in a count moves
to the next one, Enter in the text fields (or Ctrl+Enter anywhere) confirms, Esc cancels.

`open_reopen_dialog(parent, db, day_id) -> bool`: a closed day goes back to open; the reason is
required and kept on record.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.day_state import DayState
from pos.domain.fiscal import format_date_ja
from pos.domain.money import DENOMINATIONS, format_yen
from pos.services import closing, days, tally, tills
from pos.services.changes import Changes
from pos.services.closing import CloseResult, format_over_short
from pos.services.store import Database
from pos.ui.coordinator import NO_PIN_WHO
from pos.ui.i18n import tr_args
from pos.ui.operations import LabelStatus, failure_text, read_op, run_op
from pos.ui.theme import set_role


def _money_label(text: str = "", role: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role:
        set_role(label, role)
    if name:
        label.setObjectName(name)
    return label


class CloseDialog(QDialog):
    """Count the drawer and close the day. `close_result` holds the CloseResult after a successful close."""

    def __init__(
        self,
        db: Database,
        day_id: UUID,
        parent: QWidget | None = None,
        *,
        stop_sales: bool = True,
        who: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.day_id = day_id
        self.who = who  # the audit entry is written with the close (None: not recorded)
        self.close_result: CloseResult | None = None  # not `result`: QDialog.result() is the dialog code
        self._stopped_sales = False
        self.setWindowTitle(self.tr("精算（Z）— レジ締め"))
        self.resize(900, 640)

        problem = ""
        info = read_op(parent, db, lambda: days.get_day(db, day_id))
        if info.state == DayState.CLOSED.value:
            problem = self.tr("この販売日はすでに締め済みです。")
        elif stop_sales and info.state == DayState.OPEN.value:
            refused: list[BaseException] = []
            started = run_op(
                self,
                db,
                lambda: closing.start_closing(db, day_id),
                changes=Changes(days=True),
                on_failed=refused.append,
            )
            if started is not None:
                info = started
                self._stopped_sales = True
            elif refused:
                problem = failure_text(refused[0])
        # the till this laptop closes: its own change fund and cash (the whole day's when it is the only one)
        mine = info.till_named(read_op(parent, db, lambda: tills.this_till_name(db)))
        self.till_id = mine.id if mine is not None and len(info.tills) > 1 else None
        till_id = self.till_id
        self.tally = read_op(parent, db, lambda: tally.day_tally(db, day_id, till_id=till_id))
        # the workshops' settlement is the whole day's (every till), whichever till closes
        self.day_tally = self.tally if till_id is None else read_op(parent, db, lambda: tally.day_tally(db, day_id))
        till_label = f"　{mine.name}" if self.till_id is not None and mine is not None else ""

        title = QLabel(f"{info.venue.name}　{format_date_ja(info.day)}{till_label}　" + self.tr("精算（Z）"))
        set_role(title, "title")
        note = QLabel(self.tr("締め作業中は販売・取消ができません。キャンセルすると販売を再開できます。"))
        note.setWordWrap(True)

        # counts per denomination
        counts_box = QGroupBox(self.tr("金種別の枚数"))
        grid = QGridLayout(counts_box)
        self.spins: dict[int, QSpinBox] = {}
        self.subtotals: dict[int, QLabel] = {}
        for row, denomination in enumerate(DENOMINATIONS):
            spin = QSpinBox()
            spin.setRange(0, 99_999)
            spin.setObjectName(f"count{denomination}")
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMinimumWidth(110)
            spin.setAccessibleName(tr_args(self.tr("%1円の枚数"), f"{denomination:,}"))
            spin.valueChanged.connect(self._update)
            spin.installEventFilter(self)
            self.spins[denomination] = spin
            self.subtotals[denomination] = _money_label(format_yen(0))
            grid.addWidget(QLabel(format_yen(denomination)), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(self.subtotals[denomination], row, 2)
        self.counted_label = _money_label(role="sum", name="counted")
        grid.addWidget(QLabel(self.tr("合計")), len(DENOMINATIONS), 0)
        grid.addWidget(self.counted_label, len(DENOMINATIONS), 1, 1, 2)

        # the reconciliation
        t = self.tally
        cash_box = QGroupBox(self.tr("現金の照合"))
        form = QFormLayout(cash_box)
        form.addRow(self.tr("釣銭準備金"), _money_label(format_yen(t.change_fund)))
        form.addRow(self.tr("現金お預り"), _money_label(format_yen(t.cash_received + t.change_given)))
        form.addRow(self.tr("お釣り"), _money_label(format_yen(-t.change_given)))
        self.expected_label = _money_label(format_yen(t.expected_cash), "sum", "expected")
        form.addRow(self.tr("予定現金"), self.expected_label)
        self.counted_big = _money_label(role="sum", name="countedBig")
        form.addRow(self.tr("実際の現金"), self.counted_big)
        self.over_short_label = _money_label(name="overShort")  # its look is set with its figure (_update)
        form.addRow(self.tr("過不足"), self.over_short_label)
        if t.voucher_total:
            vouchers = _money_label(format_yen(t.voucher_total), name="vouchers")
            vouchers.setToolTip(self.tr("商品券は現金とは別に数え、各事業所に現物で渡します"))
            form.addRow(self.tr("商品券（現金とは別）"), vouchers)

        cashless_box = QGroupBox(self.tr("キャッシュレス（決済端末の日計票と照合）"))
        cl = QGridLayout(cashless_box)
        for row, m in enumerate(t.cashless_methods):
            cl.addWidget(QLabel(m.label), row, 0)
            cl.addWidget(_money_label(self.tr("%n件", "", m.count)), row, 1)
            cl.addWidget(_money_label(format_yen(m.amount)), row, 2)
        n = len(t.cashless_methods)
        if not n:
            cl.addWidget(QLabel(self.tr("キャッシュレスの支払いはありません")), 0, 0, 1, 3)
        cl.addWidget(QLabel(self.tr("合計")), n + 1, 0)
        cl.addWidget(_money_label(format_yen(t.cashless_total), name="cashlessTotal"), n + 1, 2)

        sales = QLabel(
            tr_args(
                self.tr("取引 %1件　取消 %2件　売上合計 %3"),
                f"{t.sales_count:,}",
                f"{t.void_count:,}",
                format_yen(t.total),
            )
        )

        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("過不足があるときはその理由（例: 釣銭の渡し間違い）"))
        self.comment.textChanged.connect(self._update)
        self.closed_by = QLineEdit()
        self.closed_by.setObjectName("closedBy")
        self.closed_by.setPlaceholderText(self.tr("締めた人の名前"))
        fields = QFormLayout()
        fields.addRow(self.tr("過不足の理由"), self.comment)
        fields.addRow(self.tr("締め担当者"), self.closed_by)

        self.message = QLabel(problem)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")

        self.buttons = QDialogButtonBox()
        self.confirm = QPushButton(
            self.tr("精算する（販売日を締める）") if self.till_id is None else self.tr("精算する（このレジを締める）")
        )
        self.confirm.setObjectName("confirm")
        self.confirm.setDefault(True)
        self.confirm.setMinimumHeight(44)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setMinimumHeight(44)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        payout_box = QGroupBox(
            self.tr("事業所へのお渡し（締めのときの率で確定）")
            if self.till_id is None
            else self.tr("事業所へのお渡し（販売日全体・最後のレジの締めで確定）")
        )
        payout_box.setObjectName("payouts")
        pg = QGridLayout(payout_box)
        for col, head in enumerate((self.tr("事業所"), self.tr("現金"), self.tr("商品券"), self.tr("後日振込"))):
            pg.addWidget(_money_label(head) if col else QLabel(head), 0, col)
        for row, w in enumerate(self.day_tally.workshops, start=1):
            pg.addWidget(QLabel(w.name), row, 0)
            for col, amount in enumerate((w.cash_handed, w.vouchers, w.transfer), start=1):
                pg.addWidget(_money_label(format_yen(amount)), row, col)

        right = QVBoxLayout()
        right.addWidget(cash_box)
        right.addWidget(cashless_box)
        right.addWidget(payout_box)
        right.addWidget(sales)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(counts_box)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(body)
        layout.addLayout(fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._blocked = bool(problem)
        self._update()
        self.spins[DENOMINATIONS[0]].setFocus()

    # -- figures ---------------------------------------------------------------------------------
    def counts(self) -> dict[int, int]:
        return {d: spin.value() for d, spin in self.spins.items()}

    def counted(self) -> int:
        return sum(d * n for d, n in self.counts().items())

    def over_short(self) -> int:
        return self.counted() - self.tally.expected_cash

    def needs_comment(self) -> bool:
        return self.over_short() != 0 and not self.comment.text().strip()

    def _update(self) -> None:
        for d, spin in self.spins.items():
            self.subtotals[d].setText(format_yen(d * spin.value()))
        counted, diff = self.counted(), self.over_short()
        self.counted_label.setText(format_yen(counted))
        self.counted_big.setText(format_yen(counted))
        word = self.tr("一致") if diff == 0 else self.tr("過剰") if diff > 0 else self.tr("不足")
        colour = "#1e8449" if diff == 0 else "#1f4e9c" if diff > 0 else "#c0392b"
        self.over_short_label.setText(f"{format_over_short(diff)}　{word}")
        # data, not a role: the colour says even / over / short (and the word says it too)
        self.over_short_label.setStyleSheet(f"font-size: 26pt; font-weight: bold; color: {colour};")
        if not self._blocked:
            self.message.setText(self.tr("過不足があります。理由を入力してください。") if self.needs_comment() else "")
        self.confirm.setEnabled(not self._blocked and not self.needs_comment())

    # -- keys ------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """Enter in a count moves to the next count (then to the comment), so it never closes by accident."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                return False
            spins = list(self.spins.values())
            if watched in spins:
                i = spins.index(watched)
                nxt: QWidget = spins[i + 1] if i + 1 < len(spins) else self.comment
                nxt.setFocus(Qt.FocusReason.TabFocusReason)
                if isinstance(nxt, QSpinBox):
                    nxt.selectAll()
                return True
        return super().eventFilter(watched, event)

    # -- outcome ---------------------------------------------------------------------------------
    def accept(self) -> None:
        if not self.confirm.isEnabled():
            return
        counts, comment, closed_by, who = self.counts(), self.comment.text(), self.closed_by.text(), self.who
        till_id = self.till_id
        self.close_result = run_op(
            self,
            self.db,
            lambda: closing.close_day(
                self.db, self.day_id, counts, comment=comment, closed_by=closed_by, who=who, till_id=till_id
            ),
            changes=Changes(days=True),
            status=LabelStatus(self.message),
        )
        if self.close_result is None:
            return
        self._stopped_sales = False
        super().accept()

    def reject(self) -> None:
        if self._stopped_sales:  # a refusal (e.g. closed meanwhile from elsewhere): nothing to undo
            run_op(
                self,
                self.db,
                lambda: closing.cancel_closing(self.db, self.day_id),
                changes=Changes(days=True),
                status=LabelStatus(self.message),
            )
            self._stopped_sales = False
        super().reject()


class ReopenDialog(QDialog):
    """Reopen a closed day with a reason (kept as a day event)."""

    def __init__(self, db: Database, day_id: UUID, parent: QWidget | None = None, who: str | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.day_id = day_id
        self.who = who  # the audit entry is written with the reopen (None: not recorded)
        self.setWindowTitle(self.tr("販売日の再開"))
        info = read_op(parent, db, lambda: days.get_day(db, day_id))
        title = QLabel(f"{info.venue.name}　{format_date_ja(info.day)}　{info.state_label}")
        set_role(title, "title")
        note = QLabel(
            self.tr(
                "締め済みの販売日を営業中に戻します。精算の結果は取り消され、もう一度精算が必要です。"
                "再開の理由は記録に残ります。"
            )
        )
        note.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("例: 精算後に売上の打ち漏れが見つかった"))
        self.reason.textChanged.connect(self._update)
        self.by = QLineEdit()
        self.by.setObjectName("by")
        form = QFormLayout()
        form.addRow(self.tr("再開の理由（必須）"), self.reason)
        form.addRow(self.tr("担当者"), self.by)
        self._blocked = info.state != DayState.CLOSED.value
        self.message = QLabel(self.tr("この販売日は締め済みではありません。") if self._blocked else "")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        set_role(self.message, "error")
        self.buttons = QDialogButtonBox()
        self.confirm = QPushButton(self.tr("再開する"))
        self.confirm.setObjectName("confirm")
        self.confirm.setDefault(True)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("キャンセル"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (title, note):
            layout.addWidget(w)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 260)
        self._update()
        self.reason.setFocus()

    def _update(self) -> None:
        self.confirm.setEnabled(not self._blocked and bool(self.reason.text().strip()))

    def accept(self) -> None:
        if not self.confirm.isEnabled():
            return
        reason, by, who = self.reason.text(), self.by.text(), self.who
        if who == NO_PIN_WHO:  # no PIN: the name typed as 担当者 is who did it
            who = by.strip() or who
        if (
            run_op(
                self,
                self.db,
                lambda: closing.reopen_day(self.db, self.day_id, reason, by, who=who),
                changes=Changes(days=True),
                status=LabelStatus(self.message),
            )
            is None
        ):
            return
        super().accept()


def open_close_dialog(parent: QWidget | None, db: Database, day_id: UUID, who: str | None = None) -> bool:
    """Show the close dialog (modal); True when the day was closed."""
    return CloseDialog(db, day_id, parent, who=who).exec() == QDialog.DialogCode.Accepted


def open_reopen_dialog(parent: QWidget | None, db: Database, day_id: UUID) -> bool:
    """Ask for a reason and reopen a closed day (modal); True when it was reopened."""
    return ReopenDialog(db, day_id, parent).exec() == QDialog.DialogCode.Accepted
