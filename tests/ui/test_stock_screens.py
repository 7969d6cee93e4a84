"""The perishable-stock screens on real widgets and a real database: tiles flagged 本日期限 / 期限切れ,
the check-in screen from the keyboard, the workshops' view, and the dispositions dialog before the close.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos.db.engine import Database
from pos.db.models import Lot, LotDisposition
from pos.services.catalog import ProductInfo
from pos.services.closing import close_day
from pos.services.register import Register
from pos.services.stock import StockLevel, check_in_lot
from pos.ui.check_in import CheckInScreen
from pos.ui.dispositions_dialog import DispositionsDialog, open_dispositions_dialog
from pos.ui.register_models import Tile, TileListModel, TileRole
from pos.ui.register_screen import RegisterScreen
from pos.ui.workshop_stock import EXPIRED_COLOUR, TODAY_COLOUR, TOMORROW_COLOUR, WorkshopStockView
from tests.services.helpers import Booth
from tests.ui.conftest import in_modal

DAY = date(2024, 6, 15)


def _tile(screen: RegisterScreen, name: str) -> QPushButton:
    return next(b for g in screen.tabs.grids.values() for b in g.buttons if b.text().startswith(name + "\n"))


def _lots(db: Database) -> list[tuple[str, int, date | None]]:
    with db.sessions() as s:
        return [(str(lot.product_id), lot.quantity, lot.expiry_date) for lot in s.scalars(select(Lot))]


# ---- tiles -------------------------------------------------------------------------------------------


def test_tile_model_flags_units_expiring_today_and_expired_ones(qtmodeltester) -> None:
    def product(name: str) -> ProductInfo:
        return ProductInfo(uuid.uuid4(), uuid.uuid4(), "工房", name, "", 150, 8, True, 1, "P1", True)

    bun, stale = product("あんぱん"), product("大福")
    model = TileListModel()
    model.set_tiles(
        [
            Tile(bun, StockLevel(bun.id, 10, 4, DAY, expiring_today=2)),
            Tile(stale, StockLevel(stale.id, 5, 2, DAY, expired=3)),
        ]
    )
    assert [model.index(r).data() for r in range(2)] == ["あんぱん\n¥150 ※\n本日期限 残り6", "大福\n¥150 ※\n期限切れ"]
    assert [model.index(r).data(TileRole.EXPIRES_TODAY) for r in range(2)] == [True, False]
    assert [model.index(r).data(TileRole.EXPIRED) for r in range(2)] == [False, True]
    assert [model.index(r).data(TileRole.SOLD_OUT) for r in range(2)] == [False, False]
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEnabled
    assert model.flags(model.index(1)) == Qt.ItemFlag.NoItemFlags
    qtmodeltester.check(model)


def test_register_tiles_show_today_expiry_and_refuse_expired_units(qtbot: QtBot, db: Database, booth: Booth) -> None:
    check_in_lot(db, booth.day.id, booth.cookie.id, 3, DAY)
    check_in_lot(db, booth.day.id, booth.bread.id, 2, date(2024, 6, 14))  # only expired bread
    screen = RegisterScreen(db, booth.day.id)
    qtbot.addWidget(screen)
    screen.show()
    cookie, bread = _tile(screen, "クッキー"), _tile(screen, "食パン詰め合わせ")
    assert cookie.text().endswith("本日期限 残り3") and cookie.isEnabled() and cookie.property("expiresToday")
    assert bread.text().endswith("期限切れ") and not bread.isEnabled() and bread.property("expired")
    qtbot.keyClicks(screen.scan, "P0001")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.message.text() == "「食パン詰め合わせ」は消費期限切れのため販売できません"
    assert screen.cart_model.rowCount() == 0


# ---- check-in ------------------------------------------------------------------------------------------


def test_check_in_from_the_keyboard(qtbot: QtBot, db: Database, booth: Booth) -> None:
    screen = CheckInScreen(db, booth.day.id)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.select_workshop(booth.bakery.id)
    assert [line.row.product.name for line in screen.lines] == ["クッキー", "食パン詰め合わせ"]
    assert [line.expiry.date().toString("yyyy-MM-dd") for line in screen.lines] == ["2024-06-29", "2024-06-18"]
    emitted: list[object] = []
    screen.checked_in.connect(emitted.append)

    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.message.text() == "持込数を入力してください"

    first = screen.lines[0].quantity
    assert screen.focusWidget() is first  # the first quantity of the workshop chosen
    qtbot.keyClicks(first, "12")
    qtbot.keyClick(first, Qt.Key.Key_Return)  # on to the next product's quantity
    second = screen.lines[1].quantity
    assert screen.focusWidget() is second
    qtbot.keyClicks(second, "5")
    qtbot.keyClick(second, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert screen.message.text() == "パン工房こむぎ: 2品目 17個を記録しました"
    assert sorted(_lots(db)) == sorted(
        [
            (str(booth.cookie.id), 12, date(2024, 6, 29)),
            (str(booth.bread.id), 5, date(2024, 6, 18)),
        ]
    )
    assert len(emitted) == 1 and len(emitted[0]) == 2  # type: ignore[arg-type]
    assert [line.recorded.text() for line in screen.lines] == ["12", "5"]  # reloaded, spin boxes back to 0
    assert [line.quantity.value() for line in screen.lines] == [0, 0]


def test_goods_have_no_expiry_unless_given_and_a_past_date_is_said_to_be_unsellable(
    qtbot: QtBot, db: Database, booth: Booth
) -> None:
    screen = CheckInScreen(db, booth.day.id)
    qtbot.addWidget(screen)
    screen.select_workshop(booth.crafts.id)
    [soap] = screen.lines
    assert soap.expiry.text() == "なし"
    soap.quantity.setValue(4)
    screen.record()
    screen.select_workshop(booth.bakery.id)
    bread = screen.lines[1]
    bread.quantity.setValue(2)
    bread.expiry.setDate(bread.expiry.date().addDays(-4))  # 6/14: yesterday's, brought again
    screen.record()
    assert screen.message.text().endswith("期限切れのため販売できません: 食パン詰め合わせ")
    assert sorted(_lots(db)) == sorted([(str(booth.soap.id), 4, None), (str(booth.bread.id), 2, date(2024, 6, 14))])


# ---- the workshops' view --------------------------------------------------------------------------------


def test_workshop_view_lists_todays_lots_with_near_expiry_highlighted(
    qtbot: QtBot, db: Database, booth: Booth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check_in_lot(db, booth.day.id, booth.cookie.id, 3, DAY)
    check_in_lot(db, booth.day.id, booth.cookie.id, 5, date(2024, 6, 16))
    check_in_lot(db, booth.day.id, booth.bread.id, 2, date(2024, 6, 14))
    reg = Register(db, booth.day.id)
    reg.add_product(booth.cookie.id, 4)
    reg.checkout(cash_tendered=1200)
    view = WorkshopStockView(db, booth.day.id)
    qtbot.addWidget(view)
    view.select_workshop(booth.bakery.id)
    qtbot.waitUntil(lambda: not view.loading)  # each tab is read in the background
    m = view.lots_model
    rows = [[m.index(r, c).data() for c in range(7)] for r in range(m.rowCount())]
    assert rows[0][6].startswith("完売 ")  # today's lot went first and is used up, at the sale's time
    assert [row[:6] for row in rows] == [
        ["クッキー", "06/15", "3", "3", "", "0"],
        ["クッキー", "06/16", "5", "1", "", "4"],
        ["食パン詰め合わせ", "06/14", "2", "0", "", "2"],
    ]
    assert [row[6] for row in rows[1:]] == ["明日期限", "期限切れ"]
    colours = [m.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert colours == [None, QColor(TOMORROW_COLOUR), QColor(EXPIRED_COLOUR)]
    assert view.lots_summary.text() == "持込 10個　販売 4個　残り 6個　期限切れ 2個"
    assert TODAY_COLOUR != TOMORROW_COLOUR

    # history after the close, and its CSV
    from pos.services.dispositions import record_default_dispositions

    record_default_dispositions(db, booth.day.id)
    close_day(db, booth.day.id, {10_000: 3, 1000: 1, 100: 2})
    view.fiscal_year.select_year(2024)
    view.refresh()
    qtbot.waitUntil(lambda: not view.loading)
    h = view.history_model
    assert [h.index(0, c).data() for c in range(11)] == [
        "ゆめが丘SC",
        "2024年6月",
        "1",
        "10",
        "4",
        "40.0%",
        "6",
        "6",
        "0",
        "0",
        "",
    ]
    assert h.index(1, 0).data() == "合計"
    target = tmp_path / "waste.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "書き出しました" in view.history_message.text())
    assert target.read_bytes().startswith("\ufeff事業所,会場,月".encode())
    assert "書き出しました" in view.history_message.text()

    view.tabs.setCurrentIndex(2)
    s = view.suggest_model
    assert [s.index(r, 0).data() for r in range(s.rowCount())] == ["クッキー", "食パン詰め合わせ"]
    assert s.index(0, 2).data() == "ゆめが丘SCでの「クッキー」の販売記録はまだありません"  # before the day only


# ---- dispositions before the close ------------------------------------------------------------------------


def _food_left(db: Database, booth: Booth) -> None:
    check_in_lot(db, booth.day.id, booth.bread.id, 5)
    check_in_lot(db, booth.day.id, booth.cookie.id, 2)
    check_in_lot(db, booth.day.id, booth.soap.id, 3)  # goods: not asked about
    reg = Register(db, booth.day.id)
    reg.add_product(booth.bread.id, 2)
    reg.checkout(cash_tendered=3000)


def _dispositions(db: Database) -> set[tuple[str, int, str, bool]]:
    with db.sessions() as s:
        return {(x.kind, x.quantity, x.note, x.by_default) for x in s.scalars(select(LotDisposition))}


def test_nothing_left_nothing_asked(qtbot: QtBot, db: Database, booth: Booth) -> None:
    assert open_dispositions_dialog(None, db, booth.day.id) is True


def test_dispositions_dialog_checks_and_records(qtbot: QtBot, db: Database, booth: Booth) -> None:
    _food_left(db, booth)
    dialog = DispositionsDialog(db, booth.day.id)
    qtbot.addWidget(dialog)
    _, bread = dialog.rows
    assert [(r.lot.product_name, r.lot.left, r.taken_back.text()) for r in dialog.rows] == [
        ("クッキー", 2, "2"),
        ("食パン詰め合わせ", 3, "3"),
    ]
    bread.disposed.setValue(2)
    bread.other.setValue(2)
    assert "廃棄とその他の合計が残り（3個）を超えています" in dialog.message.text()
    assert not dialog.record_button.isEnabled()
    bread.other.setValue(1)
    assert dialog.message.text() == "「食パン詰め合わせ」: その他の内容（渡した先など）を入力してください"
    bread.note.setText("職員が買い取り")  # (Japanese text comes through the input method)
    assert dialog.record_button.isEnabled() and bread.taken_back.text() == "0"
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == DispositionsDialog.DialogCode.Accepted
    assert _dispositions(db) == {
        ("taken_back", 2, "", False),
        ("disposed", 2, "", False),
        ("other", 1, "職員が買い取り", False),
    }
    assert open_dispositions_dialog(None, db, booth.day.id) is True  # nothing left any more


def test_all_taken_back_by_default_or_cancel(qtbot: QtBot, db: Database, booth: Booth) -> None:
    _food_left(db, booth)
    in_modal(qtbot, lambda d: d.reject())
    assert open_dispositions_dialog(None, db, booth.day.id) is False
    assert _dispositions(db) == set()
    in_modal(qtbot, lambda d: qtbot.mouseClick(d.all_back_button, Qt.MouseButton.LeftButton))
    assert open_dispositions_dialog(None, db, booth.day.id) is True
    assert _dispositions(db) == {("taken_back", 2, "", True), ("taken_back", 3, "", True)}


def test_check_in_rows_are_visible_when_the_screen_is_shown_after_it_was_built(qtbot, db) -> None:
    """Built hidden (as a tab page is), the product rows must appear once the screen is shown."""
    from pos.ui.check_in import CheckInScreen
    from tests.services.helpers import make_booth

    b = make_booth(db)
    screen = CheckInScreen(db, b.day.id)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    assert screen.lines and all(line.quantity.isVisible() and line.expiry.isVisible() for line in screen.lines)
