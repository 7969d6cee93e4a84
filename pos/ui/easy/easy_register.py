"""かんたんレジ: a register that workshop members can run themselves, one decision per screen.

Steps (a page each, 「もどる」 on every one after the first; Esc goes back too, no key combinations):

    1 えらぶ      picture tiles of the day's products, the basket, 「おかいけいへ」
    2 はらいかた  げんきん / キャッシュレス
    3 げんきん    tap each note and coin the customer handed over; the change appears as pictures
      キャッシュレス  one big button per brand, then 「おわった」 once the terminal has finished
    4 おわり      the change to give back as pictures with counts, 「つぎの おきゃくさま」

Phrases to say are shown with furigana at each step (switchable); a chime sounds on success and a
low tone on a mistake (switchable). Voids, the day's close and the settings are not on this screen:
the coordinator button asks for the PIN before leaving this mode (pos.ui.easy.mode).
"""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.domain.change_breakdown import change_pieces, tendered_pieces
from pos.domain.errors import PosError
from pos.domain.money import format_yen
from pos.domain.payments import CASHLESS_BRANDS
from pos.services.changes import Changes
from pos.services.picture_catalogue import PictureCatalogue, picture_catalogue
from pos.services.register import Register, SaleSummary
from pos.services.store import Database
from pos.ui.easy import phrases
from pos.ui.easy.money_pictures import money_pixmap
from pos.ui.easy.options import PHRASES_SETTING
from pos.ui.easy.palette import BACK, BRAND_COLOURS, GO, INK, PAPER, WARN_BG
from pos.ui.easy.ruby import RubyLabel
from pos.ui.easy.sounds import Sounds
from pos.ui.easy.widgets import MoneyButton, PictureTile, big_button
from pos.ui.i18n import error_text, tr_args
from pos.ui.operations import run_op, show_error
from pos.ui.screen import Screen
from pos.ui.theme import set_role

MONEY_BUTTONS = (10_000, 5_000, 1_000, 500, 100, 50, 10, 5, 1)
SALE_CHANGES = Changes(sales=True, stock=True)


def _label(text: str = "", size: int = 22, *, bold: bool = True, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    # the かんたんレジ palette (contrast checked in palette.py), not a theme role
    label.setStyleSheet(f"font-size: {size}pt; {'font-weight: bold;' if bold else ''} color: {INK};")
    if name:
        label.setObjectName(name)
    return label


class EasyRegister(Screen):
    """かんたんレジ on one open sales day."""

    sale_committed = Signal(object)  # SaleSummary
    coordinator_requested = Signal()

    PICK, METHOD, CASH, CASHLESS, CASHLESS_WAIT, DONE = range(6)

    def __init__(self, db: Database, day_id: UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.day_id = day_id
        self.register = Register(db, day_id)
        self.sounds = Sounds()
        self.taps: list[int] = []
        self.brand: str | None = None
        self.added: list[UUID] = []  # products in the order tapped, for 「ひとつ もどす」
        self.last: SaleSummary | None = None
        self.setObjectName("easyRegister")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # the かんたんレジ palette (palette.py), not a theme role
        self.setStyleSheet(f"#easyRegister {{ background: {PAPER}; }} QLabel {{ color: {INK}; }}")

        self.phrase = RubyLabel(phrases.WELCOME, 26)
        self.phrase.setObjectName("phrase")
        self.message = _label("", 20, name="easyMessage")
        # the かんたんレジ palette (palette.py), not a theme role
        self.message.setStyleSheet(
            f"font-size: 20pt; font-weight: bold; color: white; background: {WARN_BG}; padding: 6px;"
        )
        self.message.setVisible(False)
        self.stack = QStackedWidget()
        for build in (
            self._pick_page,
            self._method_page,
            self._cash_page,
            self._cashless_page,
            self._cashless_wait_page,
            self._done_page,
        ):
            self.stack.addWidget(build())
        layout = QVBoxLayout(self)
        layout.addWidget(self.phrase)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self.show_phrases(bool(QSettings().value(PHRASES_SETTING, True, type=bool)))
        self.reload()
        self.go(self.PICK)
        self.follow_changes(db, lambda c: c.stock or c.master or c.sales, self.reload)

    # -- pages ---------------------------------------------------------------------------------------
    def _pick_page(self) -> QWidget:
        page = QWidget()
        self.workshop_tabs = QTabWidget()
        self.workshop_tabs.setObjectName("easyWorkshops")
        set_role(self.workshop_tabs, "touch-tabs")
        self.workshop_tabs.setAccessibleName(self.tr("事業所をえらぶ"))
        self.basket = QListWidget()
        self.basket.setObjectName("easyBasket")
        self.basket.setAccessibleName(self.tr("かご"))
        set_role(self.basket, "basket")
        self.basket.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # shown, not operated: the buttons below act
        self.basket.setWordWrap(True)
        self.basket.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.total_label = _label("", 30, name="easyTotal")
        self.total_label.setAccessibleName(self.tr("ごうけい"))
        self.take_back_button = big_button(self.tr("ひとつ もどす"), "easyTakeBack", fill=BACK, height=72)
        self.take_back_button.clicked.connect(self.take_back)
        self.to_pay_button = big_button(self.tr("おかいけいへ ▶"), "easyToPay", fill=GO, height=96)
        self.to_pay_button.clicked.connect(lambda: self.go(self.METHOD))
        self.coordinator_button = QPushButton(self.tr("コーディネーター"))
        self.coordinator_button.setObjectName("easyCoordinator")
        self.coordinator_button.setAccessibleName(self.tr("コーディネーター（ふつうのレジにもどす）"))
        self.coordinator_button.setMinimumHeight(44)
        self.coordinator_button.clicked.connect(self.coordinator_requested.emit)
        side = QVBoxLayout()
        side.addWidget(_label(self.tr("かご"), 20))
        side.addWidget(self.basket, 1)
        side.addWidget(self.total_label)
        side.addWidget(self.take_back_button)
        side.addWidget(self.to_pay_button)
        side.addWidget(self.coordinator_button)
        row = QHBoxLayout(page)
        row.addWidget(self.workshop_tabs, 3)
        row.addLayout(side, 1)
        return page

    def _method_page(self) -> QWidget:
        page = QWidget()
        self.method_total = _label("", 30, name="easyMethodTotal")
        self.cash_button = big_button(self.tr("げんきん\n（おさつ・こうか）"), "easyCash", fill=GO, height=160)
        self.cash_button.clicked.connect(lambda: self.go(self.CASH))
        self.cash_button.setIcon(QIcon(money_pixmap(1_000, 56)))
        self.cash_button.setIconSize(QSize(112, 56))
        self.cashless_button = big_button(
            self.tr("キャッシュレス\n（カード・スマホ）"), "easyCashless", fill="#0d47a1", height=160
        )
        self.cashless_button.clicked.connect(lambda: self.go(self.CASHLESS))
        back = big_button(self.tr("◀ もどる"), "easyBackFromMethod", fill=BACK, height=72)
        back.clicked.connect(self.back)
        choices = QHBoxLayout()
        choices.addWidget(self.cash_button)
        choices.addWidget(self.cashless_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.method_total)
        layout.addWidget(_label(self.tr("どちらで はらいますか？"), 24))
        layout.addLayout(choices)
        layout.addStretch(1)
        layout.addWidget(back)
        return page

    def _cash_page(self) -> QWidget:
        page = QWidget()
        self.cash_total = _label("", 26, name="easyCashTotal")
        notes, coins = QHBoxLayout(), QHBoxLayout()
        self.money_buttons: dict[int, MoneyButton] = {}
        for value in MONEY_BUTTONS:
            button = MoneyButton(value, 64 if value >= 1_000 else 70)
            button.clicked.connect(lambda _=False, v=value: self.tap(v))
            (notes if value >= 1_000 else coins).addWidget(button)
            self.money_buttons[value] = button
        notes.addStretch(1)
        coins.addStretch(1)
        self.taps_row = QHBoxLayout()
        taps_box = QWidget()
        taps_box.setObjectName("easyTaps")
        taps_box.setMinimumHeight(64)
        taps_box.setLayout(self.taps_row)
        self.tendered_label = _label("", 22, name="easyTendered")
        self.cash_status = _label("", 22, name="easyCashStatus")
        self.undo_tap_button = big_button(self.tr("ひとつ もどす"), "easyUndoTap", fill=BACK, height=72)
        self.undo_tap_button.clicked.connect(self.undo_tap)
        back = big_button(self.tr("◀ もどる"), "easyBackFromCash", fill=BACK, height=72)
        back.clicked.connect(self.back)
        self.confirm_cash_button = big_button(self.tr("けってい ▶"), "easyConfirmCash", fill=GO, height=72)
        self.confirm_cash_button.clicked.connect(self.confirm_cash)
        steps = QHBoxLayout()
        steps.addWidget(back)
        steps.addWidget(self.undo_tap_button)
        steps.addWidget(self.confirm_cash_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.cash_total)
        layout.addWidget(_label(self.tr("もらった おかねを おしてください"), 18, bold=False))
        layout.addLayout(notes)
        layout.addLayout(coins)
        layout.addWidget(taps_box)
        layout.addWidget(self.tendered_label)
        layout.addWidget(self.cash_status)
        layout.addStretch(1)
        layout.addLayout(steps)
        return page

    def _cashless_page(self) -> QWidget:
        page = QWidget()
        self.cashless_total = _label("", 26, name="easyCashlessTotal")
        grid = QGridLayout()
        self.brand_buttons: dict[str, QPushButton] = {}
        for i, (brand, label) in enumerate(CASHLESS_BRANDS):
            button = big_button(label, f"easyBrand_{brand}", fill=BRAND_COLOURS[brand], height=76, size=16)
            button.clicked.connect(lambda _=False, b=brand: self.choose_brand(b))
            grid.addWidget(button, i // 3, i % 3)
            self.brand_buttons[brand] = button
        back = big_button(self.tr("◀ もどる"), "easyBackFromCashless", fill=BACK, height=72)
        back.clicked.connect(self.back)
        layout = QVBoxLayout(page)
        layout.addWidget(self.cashless_total)
        layout.addWidget(_label(self.tr("どれで はらいますか？"), 22))
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(back)
        return page

    def _cashless_wait_page(self) -> QWidget:
        page = QWidget()
        self.wait_label = _label("", 26, name="easyCashlessWait")
        self.paid_button = big_button(self.tr("おわった ▶"), "easyCashlessDone", fill=GO, height=120)
        self.paid_button.clicked.connect(self.confirm_cashless)
        back = big_button(self.tr("◀ もどる"), "easyBackFromWait", fill=BACK, height=72)
        back.clicked.connect(self.back)
        layout = QVBoxLayout(page)
        layout.addWidget(self.wait_label)
        hint = self.tr("たんまつで しはらいが おわったら「おわった」を おしてください")
        layout.addWidget(_label(hint, 20, bold=False))
        layout.addStretch(1)
        layout.addWidget(self.paid_button)
        layout.addWidget(back)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_title = _label("", 30, name="easyDoneTitle")
        self.change_words = _label("", 22, name="easyChangeWords")
        self.change_row = QHBoxLayout()
        change_box = QWidget()
        change_box.setObjectName("easyChangePictures")
        change_box.setLayout(self.change_row)
        self.next_button = big_button(self.tr("つぎの おきゃくさま ▶"), "easyNext", fill=GO, height=96)
        self.next_button.clicked.connect(self.next_customer)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_title)
        layout.addWidget(change_box)
        layout.addWidget(self.change_words)
        layout.addStretch(1)
        layout.addWidget(self.next_button)
        return page

    # -- data ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the day's products, stock and pictures again (after a sale, a check-in, a price change)."""
        catalogue = run_op(self, self.db, lambda: picture_catalogue(self.db, self.day_id))
        if catalogue is not None:
            self._fill_tiles(catalogue)

    def _fill_tiles(self, catalogue: PictureCatalogue) -> None:
        current = self.workshop_tabs.currentIndex()
        while self.workshop_tabs.count():
            page = self.workshop_tabs.widget(0)
            self.workshop_tabs.removeTab(0)
            page.deleteLater()
        self.tiles: dict[UUID, PictureTile] = {}
        for workshop in catalogue.workshops:
            holder = QWidget()
            grid = QGridLayout(holder)
            for i, item in enumerate(catalogue.products.get(workshop.id, ())):
                picture = None
                if item.png:
                    picture = QPixmap()
                    picture.loadFromData(item.png, "PNG")
                tile = PictureTile(
                    item.product.name,
                    item.product.kana,
                    item.product.price,
                    picture,
                    sold_out_text="" if item.sellable else self.tr("うりきれ"),
                )
                tile.setObjectName(f"easyTile_{item.product.code}")
                tile.clicked.connect(lambda _=False, pid=item.product.id: self.add(pid))
                grid.addWidget(tile, i // 4, i % 4)
                self.tiles[item.product.id] = tile
            grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            self.workshop_tabs.addTab(scroll, workshop.name)
        if 0 <= current < self.workshop_tabs.count():
            self.workshop_tabs.setCurrentIndex(current)

    # -- the steps -----------------------------------------------------------------------------------
    def go(self, step: int) -> None:
        total = self.register.cart.total
        if step in (self.METHOD, self.CASH, self.CASHLESS) and total <= 0:
            self.mistake()
            step = self.PICK
        if step == self.CASH:
            self.taps = []
            self._show_taps()
        self.stack.setCurrentIndex(step)
        self.message.setVisible(False)
        texts = {
            self.PICK: phrases.WELCOME,
            self.METHOD: phrases.total(total),
            self.CASH: phrases.total(total),
            self.CASHLESS: phrases.total(total),
            self.CASHLESS_WAIT: phrases.cashless_wait(),
        }
        if step in texts:
            self.phrase.set_text(texts[step])
        for label in (self.method_total, self.cash_total, self.cashless_total):
            label.setText(tr_args(self.tr("おかいけい %1"), format_yen(total)))
        self._refresh_basket()
        first = {
            self.PICK: self.workshop_tabs,
            self.METHOD: self.cash_button,
            self.CASH: self.money_buttons[1_000],
            self.CASHLESS: self.brand_buttons[CASHLESS_BRANDS[0][0]],
            self.CASHLESS_WAIT: self.paid_button,
            self.DONE: self.next_button,
        }[step]
        first.setFocus()

    def back(self) -> None:
        step = self.stack.currentIndex()
        previous = {
            self.METHOD: self.PICK,
            self.CASH: self.METHOD,
            self.CASHLESS: self.METHOD,
            self.CASHLESS_WAIT: self.CASHLESS,
        }.get(step)
        if previous is not None:
            self.go(previous)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back()
            return
        super().keyPressEvent(event)

    def add(self, product_id: UUID) -> None:
        if run_op(self, self.db, lambda: self.register.add_product(product_id), on_failed=self._refused) is None:
            return
        self.message.setVisible(False)
        self.added.append(product_id)
        self._refresh_basket()

    def take_back(self) -> None:
        """Undo the last tile tapped (one unit)."""
        if not self.added:
            self.mistake()
            return
        product_id = self.added.pop()
        index = self.register.cart.index_of(product_id)
        if index is None:
            return
        line = self.register.cart.lines[index]
        if line.quantity > 1:
            self.register.set_quantity(index, line.quantity - 1)
        else:
            self.register.remove(index)
        self._refresh_basket()

    def _refresh_basket(self) -> None:
        self.basket.clear()
        for line in self.register.cart.lines:
            self.basket.addItem(f"{line.item.name}\n    ×{line.quantity}　{format_yen(line.amount)}")
        total = self.register.cart.total
        self.total_label.setText(tr_args(self.tr("ごうけい %1"), format_yen(total)))
        self.to_pay_button.setEnabled(total > 0)
        self.take_back_button.setEnabled(bool(self.added))

    # -- cash ------------------------------------------------------------------------------------------
    def tap(self, value: int) -> None:
        self.taps.append(value)
        self._show_taps()

    def undo_tap(self) -> None:
        if self.taps:
            self.taps.pop()
        else:
            self.mistake()
        self._show_taps()

    @property
    def tendered(self) -> int:
        return sum(self.taps)

    def _show_taps(self) -> None:
        while self.taps_row.count():
            item = self.taps_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for piece in tendered_pieces(self.taps):
            picture = QLabel()
            picture.setPixmap(money_pixmap(piece.value, 40))
            picture.setAccessibleName(piece.words)
            self.taps_row.addWidget(picture)
            self.taps_row.addWidget(_label(tr_args(self.tr("%1まい"), str(piece.count)), 18))
        self.taps_row.addStretch(1)
        total, tendered = self.register.cart.total, self.tendered
        self.tendered_label.setText(tr_args(self.tr("あずかり %1"), format_yen(tendered)))
        # cash_status: the かんたんレジ palette (palette.py), not a theme role
        if tendered < total:
            self.cash_status.setText(tr_args(self.tr("あと %1 たりません"), format_yen(total - tendered)))
            self.cash_status.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: white; background: {WARN_BG};")
        else:
            self.cash_status.setText(tr_args(self.tr("おつり %1"), format_yen(tendered - total)))
            self.cash_status.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {INK};")
            self.phrase.set_text(phrases.received(tendered))
        self.confirm_cash_button.setEnabled(tendered >= total > 0)
        self.undo_tap_button.setEnabled(bool(self.taps))

    def confirm_cash(self) -> None:
        tendered = self.tendered
        self._checkout(lambda: self.register.checkout(cash_tendered=tendered))

    # -- cashless -------------------------------------------------------------------------------------
    def choose_brand(self, brand: str) -> None:
        self.brand = brand
        label = dict(CASHLESS_BRANDS)[brand]
        self.wait_label.setText(f"{label}　{format_yen(self.register.cart.total)}")
        self.go(self.CASHLESS_WAIT)

    def confirm_cashless(self) -> None:
        brand, total = self.brand, self.register.cart.total
        if brand is None:
            return
        self._checkout(lambda: self.register.checkout(cashless=[(brand, total)]))

    # -- committing ----------------------------------------------------------------------------------
    def _checkout(self, pay: Callable[[], SaleSummary]) -> None:
        sale = run_op(self, self.db, pay, changes=SALE_CHANGES, on_failed=self._refused)
        if sale is None:
            return
        self.last = sale
        self.added = []
        self.sounds.play("success")
        self._show_done(sale)  # the tiles reload from the change announcement (stock)
        self.sale_committed.emit(sale)

    def _show_done(self, sale: SaleSummary) -> None:
        self.done_title.setText(self.tr("ありがとうございました"))
        while self.change_row.count():
            item = self.change_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        pieces = change_pieces(sale.change)
        for piece in pieces:
            picture = QLabel()
            picture.setPixmap(money_pixmap(piece.value, 80))
            picture.setAccessibleName(piece.words)
            self.change_row.addWidget(picture)
            self.change_row.addWidget(_label(tr_args(self.tr("%1まい"), str(piece.count)), 26))
        self.change_row.addStretch(1)
        if sale.change:
            self.change_words.setText(
                tr_args(self.tr("おつり %1："), format_yen(sale.change)) + "、".join(p.words for p in pieces)
            )
        else:
            self.change_words.setText(self.tr("おつりは ありません"))
        self.phrase.set_text(phrases.change(sale.change) if sale.change else phrases.THANKS)
        self.go(self.DONE)

    def next_customer(self) -> None:
        self.taps = []
        self.brand = None
        self.go(self.PICK)

    def _refused(self, error: BaseException) -> None:
        """A refusal (sold out, expired …): said in words at the top of the page, with the error sound."""
        self.mistake()
        if isinstance(error, PosError):
            self.message.setText("⚠ " + error_text(error))
            self.message.setVisible(True)
        else:
            show_error(self, error)

    def mistake(self) -> None:
        self.sounds.play("error")

    def show_phrases(self, on: bool) -> None:
        QSettings().setValue(PHRASES_SETTING, on)
        self.phrase.setVisible(on)
