"""Check-in (持ち込みの記録): what a workshop brought to the sales day, in one quick screen.

Choose the workshop (Alt+W, or Ctrl+PgUp / Ctrl+PgDown); its products are listed with a quantity
(持込数) and an expiry date each — perishables default to the day + their shelf life, other goods to
"なし" (no expiry; optional); a past date is recorded but never sold (the screen says so). Type a
quantity, Enter goes to the next product's quantity, Tab to its date (one Tab per field: the date is
one text field, typed as 2026-12-05, 12/5 or 1205, ↑/↓ a day later/earlier, empty or なし for none).
記録 (Ctrl+Enter) checks in
every product with a quantity, in one go (nothing is recorded if one is refused). Lots can be added
later in the day: the till sells the one expiring first.

`checked_in(list of lot ids)` is emitted after a successful record, so the register can reload its
tiles (`RegisterScreen.reload_tiles()`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.fiscal import format_date_ja
from pos.domain.money import format_yen
from pos.services import check_in, days
from pos.services.changes import Changes
from pos.services.check_in import CheckInItem, CheckInRow
from pos.services.store import Database
from pos.ui.i18n import tr_args
from pos.ui.operations import failure_text, read_op, run_op
from pos.ui.screen import Screen
from pos.ui.theme import set_role
from pos.ui.tile_grid import colour_icon

NO_EXPIRY = QDate(2000, 1, 1)  # shown as なし


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def parse_date(text: str, year: int) -> QDate | None:
    """A typed date: 2026-12-05, 2026/12/5, 12/5, 12-5, 1205, 20261205 (full-width digits too); empty or
    なし → NO_EXPIRY; anything else → None (not a date)."""
    t = unicodedata.normalize("NFKC", text).strip()
    if t.lower() in ("", "なし", "-", "ー", "none"):
        return NO_EXPIRY
    parts = t.replace("/", "-").replace(".", "-").split("-")
    try:
        if len(parts) == 3:
            y, m, d = (int(x) for x in parts)
        elif len(parts) == 2:
            y, m, d = year, int(parts[0]), int(parts[1])
        elif t.isdigit() and len(t) == 4:
            y, m, d = year, int(t[:2]), int(t[2:])
        elif t.isdigit() and len(t) == 8:
            y, m, d = int(t[:4]), int(t[4:6]), int(t[6:])
        else:
            return None
    except ValueError:
        return None
    q = QDate(y, m, d)
    return q if q.isValid() and q != NO_EXPIRY else None


class DateField(QLineEdit):
    """An expiry date typed as text: one field, one Tab stop (a QDateEdit's sections each take a Tab)."""

    def __init__(self, year: int) -> None:
        super().__init__()
        self.year = year
        self.minimum = NO_EXPIRY
        self.textEdited.connect(lambda _: self._mark())

    def date(self) -> QDate:
        parsed = parse_date(self.text(), self.year)
        return parsed if parsed is not None else QDate()  # invalid: refused when recording

    def setDate(self, value: QDate) -> None:
        self.setText(self.tr("なし") if value == NO_EXPIRY else value.toString("yyyy-MM-dd"))
        self._mark()

    def is_valid(self) -> bool:
        parsed = parse_date(self.text(), self.year)
        return parsed is not None and (parsed == NO_EXPIRY or parsed >= self.minimum)

    def _mark(self) -> None:
        set_role(self, "" if self.is_valid() else "invalid")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        current = self.date()
        if step is not None and current.isValid() and current != NO_EXPIRY:
            self.setDate(current.addDays(step))
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # typing replaces the date


@dataclass
class _Line:
    row: CheckInRow
    quantity: QSpinBox
    expiry: DateField
    recorded: QLabel

    def item(self) -> CheckInItem | None:
        if not self.quantity.value():
            return None
        d = self.expiry.date()
        expiry = None if d == NO_EXPIRY else date(d.year(), d.month(), d.day())
        return CheckInItem(self.row.product.id, self.quantity.value(), expiry)


class CheckInScreen(Screen):
    """Check-in of one workshop at a time on one sales day."""

    checked_in = Signal(object)  # list of new lot ids

    def __init__(self, db: Database, day_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.day = read_op(parent, db, lambda: days.get_day(db, day_id))
        self.lines: list[_Line] = []

        title = QLabel(tr_args(self.tr("持ち込みの記録　%1　%2"), self.day.venue.name, format_date_ja(self.day.day)))
        set_role(title, "title")
        self.workshop = QComboBox()
        self.workshop.setObjectName("workshop")
        self.workshop.setMinimumHeight(40)
        self._workshop_ids = [w.id for w in self.day.workshops]
        for w in self.day.workshops:
            self.workshop.addItem(colour_icon(w.colour, 20), w.name)
        self.workshop.currentIndexChanged.connect(self.load)
        chooser = QLabel(self.tr("事業所(&W)"))
        chooser.setBuddy(self.workshop)
        top = QHBoxLayout()
        top.addWidget(chooser)
        top.addWidget(self.workshop, 1)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(0, 1)
        self.grid.setHorizontalSpacing(18)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.record_button = QPushButton(self.tr("記録 (Ctrl+Enter)"))
        self.record_button.setObjectName("record")
        self.record_button.setMinimumHeight(52)
        set_role(self.record_button, "primary")
        self.record_button.clicked.connect(self.record)
        self.keys = {
            "Ctrl+Return": self.record,
            "Ctrl+Enter": self.record,
            "Ctrl+PgDown": lambda: self._step_workshop(1),
            "Ctrl+PgUp": lambda: self._step_workshop(-1),
        }

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        intro = QLabel(
            self.tr(
                "持ってきた数と期限を入力して「記録」を押してください。期限は日持ちから自動で入ります（違うときだけ直す）。"
                "あとから追加で持ち込んだときも、ここで記録できます。"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.record_button)
        if not self.day.workshops:
            self.message.setText(self.tr("この販売日には出店事業所がありません"))
            self.record_button.setEnabled(False)
        self.load()
        # products on sale, names, prices
        self.follow_changes(db, lambda c: c.master, self.load)

    # -- the form ------------------------------------------------------------------------------------
    def workshop_id(self) -> UUID | None:
        i = self.workshop.currentIndex()
        return self._workshop_ids[i] if 0 <= i < len(self._workshop_ids) else None

    def select_workshop(self, workshop_id: UUID) -> None:
        self.workshop.setCurrentIndex(self._workshop_ids.index(workshop_id))

    def _step_workshop(self, step: int) -> None:
        if self.workshop.count():
            self.workshop.setCurrentIndex((self.workshop.currentIndex() + step) % self.workshop.count())

    def load(self) -> None:
        """(Re)build the rows of the chosen workshop's products."""
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.lines = []
        wid = self.workshop_id()
        if wid is None:
            return
        for col, text in enumerate(
            (self.tr("商品"), self.tr("価格"), self.tr("記録済み"), self.tr("持込数"), self.tr("期限"))
        ):
            header = QLabel(text)
            set_role(header, "heading")
            self.grid.addWidget(header, 0, col)
        form: list[CheckInRow] = read_op(
            self, self.db, lambda: check_in.check_in_form(self.db, self.day.id, wid), [], status=self
        )
        for i, row in enumerate(form, start=1):
            self.lines.append(self._add_row(i, row))
        if self.lines:
            self.lines[0].quantity.setFocus()
            self.lines[0].quantity.selectAll()  # typing replaces the 0
        else:
            self.grid.addWidget(QLabel(self.tr("販売中の商品がありません")), 1, 0, 1, 5)

    def _add_row(self, i: int, row: CheckInRow) -> _Line:
        p = row.product
        shelf = tr_args(self.tr("（日持ち%1日）"), p.shelf_life_days) if p.perishable else ""
        name = QLabel(p.name + shelf)
        quantity = QSpinBox()
        quantity.setRange(0, check_in.MAX_QUANTITY)
        quantity.setMinimumSize(110, 40)
        quantity.setMaximumWidth(140)
        quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        quantity.setAccessibleName(tr_args(self.tr("%1の持込数"), p.name))
        quantity.setObjectName(f"quantity_{p.code}")
        quantity.installEventFilter(self)
        expiry = DateField(self.day.day.year)
        expiry.setObjectName(f"expiry_{p.code}")
        expiry.setMinimumSize(150, 40)
        expiry.setMaximumWidth(180)
        expiry.setAccessibleName(tr_args(self.tr("%1の期限"), p.name))
        expiry.setPlaceholderText(self.tr("なし"))
        if row.default_expiry is not None:
            expiry.minimum = _qdate(self.day.day).addYears(-1)  # a past date: recorded, never sold
            expiry.setDate(_qdate(row.default_expiry))
        else:
            expiry.setDate(NO_EXPIRY)
        recorded = QLabel(str(row.checked_in) if row.checked_in else "")
        recorded.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        price = QLabel(format_yen(p.price))
        price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for col, widget in enumerate((name, price, recorded, quantity, expiry)):
            self.grid.addWidget(widget, i, col)
            if self.isVisible():
                widget.show()  # at once, so that the first quantity can take the focus (hidden parent: later)
        if self.lines:
            QWidget.setTabOrder(self.lines[-1].expiry, quantity)
        QWidget.setTabOrder(quantity, expiry)
        return _Line(row, quantity, expiry, recorded)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Enter records, Ctrl+PgUp / Ctrl+PgDown change the workshop, wherever the focus is here."""
        action = self.keys.get(QKeySequence(event.keyCombination()).toString())
        if action is None:
            super().keyPressEvent(event)
            return
        action()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Enter in a quantity goes to the next product's quantity (as a tally sheet is filled in); a
        quantity taking the focus is selected, so that typing replaces it."""
        if event.type() == QEvent.Type.FocusIn and isinstance(obj, QSpinBox):
            QTimer.singleShot(0, obj.selectAll)
        if event.type() == QEvent.Type.KeyPress and isinstance(obj, QSpinBox) and isinstance(event, QKeyEvent):
            key_event = event
            pressed = QKeySequence(key_event.keyCombination()).toString()
            if pressed in self.keys:
                self.keys[pressed]()
                return True
            if key_event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not key_event.modifiers():
                spins = [line.quantity for line in self.lines]
                if obj in spins:
                    following = spins[(spins.index(obj) + 1) % len(spins)]
                    following.setFocus()
                    following.selectAll()
                    return True
        return False

    # -- recording ----------------------------------------------------------------------------------
    def items(self) -> list[CheckInItem]:
        return [item for line in self.lines if (item := line.item()) is not None]

    def record(self) -> None:
        wrong = [line.row.product.name for line in self.lines if line.quantity.value() and not line.expiry.is_valid()]
        if wrong:
            text = self.tr("期限の日付が読めません（例: 2026-12-05、12/5、なし）: %1")
            self._show(tr_args(text, "、".join(wrong)), error=True)
            return
        items = self.items()
        if not items:
            self._show(self.tr("持込数を入力してください"), error=True)
            return
        lot_ids = run_op(
            self,
            self.db,
            lambda: check_in.check_in_lots(self.db, self.day.id, items),
            changes=Changes(stock=True),
            status=self,
        )
        if lot_ids is None:
            return
        text = tr_args(
            self.tr("%1: %2品目 %3個を記録しました"),
            self.workshop.currentText(),
            len(items),
            sum(i.quantity for i in items),
        )
        names = {line.row.product.id: line.row.product.name for line in self.lines}
        expired = [names[i.product_id] for i in items if i.expiry_date is not None and i.expiry_date < self.day.day]
        if expired:
            text += tr_args(self.tr("。期限切れのため販売できません: %1"), "、".join(expired))
        self._show(text, error=bool(expired))
        self.load()
        self.checked_in.emit(lot_ids)

    def error(self, error: BaseException | str) -> None:
        """A failure from the operation runner."""
        self._show(error if isinstance(error, str) else failure_text(error), error=True)

    def _show(self, text: str, *, error: bool) -> None:
        set_role(self.message, "alert" if error else "ok")
        self.message.setText(text)
