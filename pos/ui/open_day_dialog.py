"""Opening the sales day: this laptop's till, venue, participating workshops (ticked, with colours)
and the change fund.

One screen, a few taps. A day planned in the sales calendar pre-fills the venue and its workshops.
The change fund is typed as a total, or counted by denomination (the total
then follows the counts). Enter opens the day, Esc cancels.

Workshops: a single click (or tap) on a row ticks or unticks it, Space does the same for the current
row, ↑/↓ move; Enter always means 販売を始める, also after a refused attempt. A refusal is shown in
red until something is changed.

The till: this laptop's name (レジ1, レジ2 …) is shown and can be changed here; it is kept for this
laptop (`pos.services.tills`). When the venue already has a sales day open on the date (a second
laptop at the same booth, or this file after a merge), the dialog says so and the button joins that
day with this till and its own change fund instead of opening another day (docs/tills.md).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pos.domain.fiscal import format_date_ja
from pos.domain.money import DENOMINATIONS, format_yen
from pos.services import calendar, catalog, days, tills
from pos.services.changes import Changes
from pos.services.days import DayInfo
from pos.services.store import Database
from pos.ui.i18n import tr_args
from pos.ui.operations import LabelStatus, query_op, read_op, run_op
from pos.ui.theme import set_role
from pos.ui.tile_grid import colour_icon


class OpenDayDialog(QDialog):
    def __init__(self, db: Database, on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.on = on
        self.opened: DayInfo | None = None
        self.writing = False  # the day is being written (in a worker)
        self.setWindowTitle(self.tr("販売日を始める"))
        self.resize(720, 640)

        self.venue = QComboBox()
        self.venue.setMinimumHeight(44)
        for v in read_op(parent, db, lambda: catalog.list_venues(db), list[catalog.VenueInfo]()):
            self.venue.addItem(v.name, v.id)
        self.till_name = QLineEdit()
        self.till_name.setObjectName("tillName")
        self.till_name.setMinimumHeight(40)
        self.till_name.setMaxLength(tills.MAX_TILL_NAME)
        self.till_name.setPlaceholderText(self.tr("例: レジ1、レジ2"))
        self.existing: dict[object, DayInfo] = {}  # venue id -> the day already open on this date
        self.joining = QLabel()
        self.joining.setObjectName("joining")
        self.joining.setWordWrap(True)
        set_role(self.joining, "info")
        query_op(self, db, lambda: (tills.this_till_name(db), days.days_on(db, on)), self._loaded, background=False)
        self.venue.currentIndexChanged.connect(self._venue_changed)

        self.workshops = QListWidget()
        set_role(self.workshops, "choices")
        for w in read_op(parent, db, lambda: catalog.list_workshops(db), list[catalog.WorkshopInfo]()):
            guest = self.tr("（他区ゲスト）") if w.is_guest else ""
            item = QListWidgetItem(colour_icon(w.colour, 24), w.name + guest)
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            # ticked by our own click/Space handling (the view's own check-box handling would need the
            # small box hit exactly, and would toggle twice with ours)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.workshops.addItem(item)
        self.workshops.itemClicked.connect(self._toggle)
        self.workshops.installEventFilter(self)
        self.count_label = QLabel()
        self.workshops.itemChanged.connect(self._update_count)

        self.by_total = QRadioButton(self.tr("合計で入力"))
        self.by_count = QRadioButton(self.tr("金種ごとに数える"))
        self.by_total.setChecked(True)
        self.fund_total = QSpinBox()
        self.fund_total.setRange(0, 1_000_000)
        self.fund_total.setSingleStep(1000)
        self.fund_total.setValue(30_000)
        self.fund_total.setSuffix(self.tr(" 円"))
        self.fund_total.setMinimumHeight(40)
        self.counts: dict[int, QSpinBox] = {}
        counts = QGridLayout()
        for i, d in enumerate(DENOMINATIONS):
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.valueChanged.connect(self._count_changed)
            self.counts[d] = spin
            counts.addWidget(QLabel(format_yen(d)), i // 5 * 2, i % 5)
            counts.addWidget(spin, i // 5 * 2 + 1, i % 5)
        self.counts_box = QWidget()
        self.counts_box.setLayout(counts)
        self.counts_box.setVisible(False)
        self.by_count.toggled.connect(self._mode_changed)

        self.error = QLabel()
        self.error.setObjectName("openError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        # a refusal stays shown until something is changed
        self.venue.currentIndexChanged.connect(lambda _: self.error.clear())
        self.workshops.itemChanged.connect(lambda _: self.error.clear())
        self.fund_total.valueChanged.connect(lambda _: self.error.clear())

        buttons = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("販売を始める"))
        self.open_button.setDefault(True)
        self.open_button.setMinimumHeight(52)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.open_day)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("日付"), QLabel(format_date_ja(on)))
        form.addRow(self.tr("このパソコンのレジ"), self.till_name)
        form.addRow(self.tr("会場"), self.venue)
        form.addRow("", self.joining)
        mode = QHBoxLayout()
        mode.addWidget(self.by_total)
        mode.addWidget(self.by_count)
        mode.addWidget(self.fund_total)
        form.addRow(self.tr("釣銭準備金"), mode)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.counts_box)
        layout.addWidget(QLabel(self.tr("出店する事業所（タップまたはスペースで選択）")))
        layout.addWidget(self.workshops, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_count()
        self._plans: dict[object, list[object]] = {}  # venue id → planned workshop ids (sales calendar)
        query_op(self, db, lambda: calendar.plan_for_day(db, on), self._apply_plans, background=False)
        self._venue_changed()

    def _loaded(self, loaded: tuple[str, list[DayInfo]]) -> None:
        name, on_date = loaded
        self.till_name.setText(name)
        self.existing = {d.venue.id: d for d in on_date if d.state != "closed"}

    @property
    def joined_day(self) -> DayInfo | None:
        """The day at the chosen venue that is open already (this till joins it), if any."""
        return self.existing.get(self.venue.currentData())

    def _venue_changed(self) -> None:
        day = self.joined_day
        self.workshops.setEnabled(day is None)
        if day is None:
            self.joining.setText("")
            self.joining.setVisible(False)
            self.open_button.setText(self.tr("販売を始める"))
            return
        names = "、".join(t.name for t in day.tills) or "—"
        self.joining.setText(
            tr_args(
                self.tr(
                    "この会場の販売日はすでに開いています（レジ: %1、出店 %2事業所）。このパソコンはレジとして参加します。"  # noqa: E501
                ),
                names,
                len(day.workshops),
            )
        )
        self.joining.setVisible(True)
        ids = {w.id for w in day.workshops}
        for i in range(self.workshops.count()):
            item = self.workshops.item(i)
            joined = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if joined else Qt.CheckState.Unchecked)
        self.open_button.setText(self.tr("この販売日に参加する"))

    def eventFilter(self, obj, event) -> bool:
        """In the workshop list: Space ticks the current row, Enter opens the day (never a row action)."""
        if obj is self.workshops and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Space and self.workshops.currentItem() is not None:
                self._toggle(self.workshops.currentItem())
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_day()
                return True
        return super().eventFilter(obj, event)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update_count(self) -> None:
        self.count_label.setText(tr_args(self.tr("%1事業所を選択"), str(len(self.checked_workshops()))))

    def _mode_changed(self, by_count: bool) -> None:
        self.counts_box.setVisible(by_count)
        self.fund_total.setReadOnly(by_count)
        self._count_changed()

    def _count_changed(self) -> None:
        if self.by_count.isChecked():
            self.fund_total.setValue(sum(d * spin.value() for d, spin in self.counts.items()))

    def checked_workshops(self) -> list:
        return [
            self.workshops.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.workshops.count())
            if self.workshops.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, names: list[str]) -> None:
        for i in range(self.workshops.count()):
            item = self.workshops.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)

    def open_day(self) -> None:
        fund: int | dict[int, int] = self.fund_total.value()
        if self.by_count.isChecked():
            fund = {d: spin.value() for d, spin in self.counts.items() if spin.value()}
        if self.venue.currentData() is None:
            self.error.setText(self.tr("会場が登録されていません"))
            return
        name = self.till_name.text()
        venue_id, joined, workshops = self.venue.currentData(), self.joined_day, self.checked_workshops()

        def start() -> DayInfo:
            till_name = tills.set_this_till_name(self.db, name)  # kept for this laptop
            if joined is not None:
                return days.join_day(self.db, joined.id, fund, till_name=till_name)
            return days.open_day(self.db, venue_id, self.on, workshops, fund, till_name=till_name)

        def opened(day: DayInfo) -> None:
            self.opened = day
            self.accept()

        def ended() -> None:
            self.writing = False

        self.writing = True
        # written in a worker (the dialog is busy meanwhile: a second press does not open twice); the
        # dialog closes once the day is there, and the window shows its register in the next turns
        run_op(
            self,
            self.db,
            start,
            changes=Changes(days=True, settings=True),
            status=LabelStatus(self.error),
            on_done=opened,
            background=True,
            finally_=ended,
        )

    # -- the sales calendar's plan for the day (issue 18) ------------------------------------------------

    def _apply_plans(self, plans: list[calendar.PlannedDayInfo]) -> None:
        """Select the first planned venue and tick its workshops; another planned venue re-ticks its own."""
        self._plans = {p.venue_id: [w for w, _ in p.workshops] for p in plans}
        if not plans:
            return
        self.venue.currentIndexChanged.connect(self._venue_planned)
        for i in range(self.venue.count()):  # findData compares the wrapped ids by identity, not value
            if self.venue.itemData(i) == plans[0].venue_id:
                self.venue.setCurrentIndex(i)
                break
        self._venue_planned()

    def _venue_planned(self) -> None:
        planned = self._plans.get(self.venue.currentData())
        if planned is None or self.joined_day is not None:  # a day open already keeps its workshops
            return
        for i in range(self.workshops.count()):
            item = self.workshops.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in planned
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
