"""Form dialogs for one workshop, product or venue: add or edit, with the messages beside the fields.

Saving runs the service; a refusal (`InvalidFields`) puts each message under its field in red and
moves the focus to the first of them; the dialog stays open until the record is saved. Enter saves,
Esc cancels. `saved` carries the record as the service returned it.
"""

from __future__ import annotations

from typing import Any, TypeVar
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import PosError
from pos.domain.master import (
    DEFAULT_COLOUR,
    FieldError,
    InvalidFields,
    ProductDraft,
    VenueDraft,
    WorkshopDraft,
    clean_product,
    parse_date_field,
    parse_days,
    parse_price,
)
from pos.domain.members import DEFAULT_CATEGORY, MEMBER_CATEGORIES
from pos.domain.money import REDUCED_RATE, STANDARD_RATE
from pos.services import catalog
from pos.services import master_data as md
from pos.services.catalog import ProductInfo, VenueInfo, WorkshopInfo
from pos.services.changes import Changes
from pos.services.store import Database
from pos.ui.operations import failure_text, read_op, run_op, show_error
from pos.ui.product_picture import PictureField
from pos.ui.theme import set_role

W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    """A QFormLayout of fields, each with an error line under it, and 保存 / キャンセル."""

    saved = Signal(object)
    db: Database  # each form sets it in its __init__

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        set_role(self.general_error, "error")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("キャンセル"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grow when messages appear
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_field(self, key: str, label: str, widget: W, hint: str = "") -> W:
        box = QWidget()
        box.setMinimumWidth(400)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            set_role(note, "hint")
            column.addWidget(note)
        error = QLabel()
        error.setObjectName(f"error_{key}")
        set_role(error, "error")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self.fields[key] = widget
        self.errors[key] = error
        return widget

    def error_text(self, key: str) -> str:
        """The message shown under a field ("" when none)."""
        label = self.errors.get(key)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_problems(self, problems: list[FieldError]) -> None:
        self.clear_problems()
        first: QWidget | None = None
        for p in problems:
            label = self.errors.get(p.field)
            if label is None:
                self.general_error.setText("\n".join(filter(None, [self.general_error.text(), p.ja])))
                self.general_error.show()
                continue
            label.setText("\n".join(filter(None, [label.text(), p.ja])))
            label.show()
            first = first or self.fields[p.field]
        if first is not None:
            first.setFocus()
        self.adjustSize()

    def clear_problems(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        self.general_error.clear()
        self.general_error.hide()

    def save(self) -> object:  # overridden: call the service, return what it returned
        raise NotImplementedError

    def accept(self) -> None:
        """Save through the operation runner: master data changed, or the problems shown by their fields."""
        result = run_op(self, self.db, self.save, changes=Changes(master=True), on_failed=self._refused)
        if result is None:
            return
        self.clear_problems()
        self.saved.emit(result)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidFields):
            self.show_problems(error.problems)
        elif isinstance(error, FieldError):
            self.show_problems([error])
        elif isinstance(error, PosError):
            self.clear_problems()
            self.general_error.setText(failure_text(error))
            self.general_error.show()
        else:
            show_error(self, error)


def _line(text: str = "", placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    return edit


class WorkshopForm(FormDialog):
    def __init__(
        self,
        db: Database,
        workshop: WorkshopInfo | None = None,
        parent: QWidget | None = None,
        who: str | None = None,
    ) -> None:
        super().__init__(self.tr("事業所を編集") if workshop else self.tr("事業所を追加"), parent)
        self.db = db
        self.who = who  # the audit entry is written with the change (None: not recorded)
        self.workshop = workshop
        w = workshop
        self.name = self.add_field("name", self.tr("事業所名(&N)"), _line(w.name if w else ""))
        self.kana = self.add_field(
            "kana", self.tr("よみがな(&K)"), _line(w.kana if w else "", self.tr("ひらがなで（並べ替え・検索用）"))
        )
        self.category = QComboBox()
        self.category.addItems(list(MEMBER_CATEGORIES))
        self.category.setCurrentText(w.category if w else DEFAULT_CATEGORY)
        self.add_field("category", self.tr("構成機関の区分(&C)"), self.category)
        self.colour = self.add_field("colour", self.tr("色(&O)"), _line(w.colour if w else DEFAULT_COLOUR, "#RRGGBB"))
        self.joined_on = self.add_field(
            "joined_on",
            self.tr("加入日(&J)"),
            _line(w.joined_on.isoformat() if w and w.joined_on else "", "2024-04-01（空欄でも可）"),
        )
        self.invoice = self.add_field(
            "invoice_number",
            self.tr("登録番号(&T)"),
            _line(w.invoice_number or "" if w else "", "T7000012050002"),
            self.tr("適格請求書発行事業者の登録番号。登録していない事業所は空欄のまま（レシートに何も印字しません）"),
        )
        self.invoice_individual = QCheckBox(
            self.tr("法人番号によらない番号（個人事業者・人格のない社団等。検査用数字を確かめません）(&N)")
        )
        self.invoice_individual.setChecked(bool(w and w.invoice_individual))
        self.add_field("invoice_individual", "", self.invoice_individual)
        self.is_guest = QCheckBox(self.tr("他区からのゲスト（部会の構成員ではない）(&G)"))
        self.is_guest.setChecked(bool(w and w.is_guest))
        self.add_field("is_guest", "", self.is_guest)

    def save(self) -> WorkshopInfo:
        joined = parse_date_field("joined_on", self.joined_on.text(), "加入日")
        draft = WorkshopDraft(
            name=self.name.text(),
            kana=self.kana.text(),
            category=self.category.currentText(),
            colour=self.colour.text(),
            joined_on=joined,
            invoice_number=self.invoice.text() or None,
            is_guest=self.is_guest.isChecked(),
            invoice_individual=self.invoice_individual.isChecked(),
        )
        if self.workshop is None:
            return md.add_workshop(self.db, draft, who=self.who)
        return md.update_workshop(self.db, self.workshop.id, draft, who=self.who)


class ProductForm(FormDialog):
    def __init__(
        self,
        db: Database,
        product: ProductInfo | None = None,
        workshop_id: UUID | None = None,
        parent: QWidget | None = None,
        who: str | None = None,
    ) -> None:
        super().__init__(self.tr("商品を編集") if product else self.tr("商品を追加"), parent)
        self.db = db
        self.who = who  # the audit entry is written with the change (None: not recorded)
        self.product = product
        p = product
        self.workshop = QComboBox()
        workshops: list[WorkshopInfo] = read_op(parent, db, lambda: catalog.list_workshops(db, active_only=False), [])
        for w in workshops:
            if w.active or (p and p.workshop_id == w.id):
                self.workshop.addItem(w.name + ("" if w.active else self.tr("（休止中）")), str(w.id))
        wanted = p.workshop_id if p else workshop_id
        if wanted is not None:
            self.workshop.setCurrentIndex(max(self.workshop.findData(str(wanted)), 0))
        self.add_field("workshop", self.tr("事業所(&W)"), self.workshop)
        self.name = self.add_field("name", self.tr("商品名(&N)"), _line(p.name if p else ""))
        self.kana = self.add_field(
            "kana", self.tr("よみがな(&K)"), _line(p.kana if p else "", self.tr("ひらがなで（検索に使います）"))
        )
        self.price = self.add_field(
            "price", self.tr("価格（税込、円）(&P)"), _line(str(p.price) if p else "", self.tr("例: 300"))
        )
        self.tax_rate = QComboBox()
        self.tax_rate.addItem(self.tr("8%（軽減税率：持ち帰りの飲食料品）※"), REDUCED_RATE)
        self.tax_rate.addItem(self.tr("10%（標準税率：雑貨・工芸品など）"), STANDARD_RATE)
        self.tax_rate.setCurrentIndex(self.tax_rate.findData(p.tax_rate if p else STANDARD_RATE))
        self.add_field("tax_rate", self.tr("税率(&R)"), self.tax_rate)
        self.perishable = QCheckBox(self.tr("消費期限・賞味期限がある（食品など）(&E)"))
        self.perishable.setChecked(bool(p and p.perishable))
        self.add_field("perishable", "", self.perishable)
        self.shelf_life = self.add_field(
            "shelf_life_days",
            self.tr("日持ち（日数）(&D)"),
            _line(str(p.shelf_life_days) if p and p.perishable and p.shelf_life_days else "", "例: 3"),
        )
        self.open_price = QCheckBox(self.tr("レジで価格を入力して売る（オープン価格）(&U)"))
        self.open_price.setChecked(bool(p and p.open_price))
        self.add_field("open_price", "", self.open_price)
        self.perishable.toggled.connect(self.shelf_life.setEnabled)
        self.shelf_life.setEnabled(self.perishable.isChecked())
        self.code = self.add_field(
            "code",
            self.tr("商品コード(&Q)"),
            _line(p.code if p else "", self.tr("空欄なら自動で付けます（P0001…）")),
            self.tr("値札のQRコードの中身です。変えると、印刷済みの値札は読めなくなります") if p else "",
        )
        self.picture = self.add_field(
            "picture",
            self.tr("写真（かんたんレジ）"),
            PictureField(db, p.id if p else None),
            self.tr("かんたんレジの商品ボタンに出ます（なくても使えます）"),
        )

    def workshop_id(self) -> UUID | None:
        data = self.workshop.currentData()
        return UUID(data) if data else None

    def draft(self) -> ProductDraft:
        """The form's values; unreadable numbers are refused with every other problem of the form."""
        problems: list[FieldError] = []
        price: int | None = None
        rate_days: int | None = None
        try:
            price = parse_price(self.price.text())
        except FieldError as e:
            problems.append(e)
        try:
            rate_days = parse_days(self.shelf_life.text()) if self.perishable.isChecked() else None
        except FieldError as e:
            problems.append(e)
        failed = {p.field for p in problems}
        draft = ProductDraft(
            name=self.name.text(),
            kana=self.kana.text(),
            price=1 if price is None else price,
            tax_rate=int(self.tax_rate.currentData()),
            perishable=self.perishable.isChecked(),
            shelf_life_days=1 if "shelf_life_days" in failed else rate_days,
            code=self.code.text().strip() or None,
            open_price=self.open_price.isChecked(),
        )
        if problems:
            try:
                clean_product(draft)
            except InvalidFields as e:
                problems += [p for p in e.problems if p.field not in failed]
            raise InvalidFields(problems)
        return draft

    def save(self) -> ProductInfo:
        draft = self.draft()
        workshop_id = self.workshop_id()
        if workshop_id is None:
            raise FieldError("workshop", "事業所を選んでください（先に事業所を登録してください）", "Choose a workshop")
        if self.product is None:
            saved = md.add_product(self.db, workshop_id, draft, who=self.who)
        else:
            saved = md.update_product(self.db, self.product.id, draft, workshop_id=workshop_id, who=self.who)
        self.picture.save(saved.id, who=self.who or "")
        return saved


class VenueForm(FormDialog):
    def __init__(
        self, db: Database, venue: VenueInfo | None = None, parent: QWidget | None = None, who: str | None = None
    ) -> None:
        super().__init__(self.tr("会場を編集") if venue else self.tr("会場を追加"), parent)
        self.db = db
        self.who = who  # the audit entry is written with the change (None: not recorded)
        self.venue = venue
        self.name = self.add_field("name", self.tr("会場名(&N)"), _line(venue.name if venue else ""))
        self.report_label = self.add_field(
            "report_label",
            self.tr("報告書での名称(&L)"),
            _line(venue.report_label if venue else "", "例: 区役所販売"),
            self.tr("月ごとの活動報告で、この名称ごとに販売日をまとめます。空欄なら会場名と同じ"),
        )

    def save(self) -> VenueInfo:
        draft = VenueDraft(self.name.text(), self.report_label.text())
        if self.venue is None:
            return md.add_venue(self.db, draft, who=self.who)
        return md.update_venue(self.db, self.venue.id, draft, who=self.who)
