"""The master-data screen on a real temp database: forms with inline messages, deactivation, venue
order, CSV through (mocked) file dialogs, and the price-tag dialog writing a real PDF."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from pos.db.engine import Database
from pos.services import catalog
from pos.services import master_data as md
from pos.ui.label_dialog import LabelDialog
from pos.ui.master_data import MasterDataWidget
from pos.ui.master_forms import ProductForm
from tests.services.helpers import Booth, make_booth


@pytest.fixture
def booth(db: Database) -> Booth:
    return make_booth(db)


@pytest.fixture
def widget(qtbot: QtBot, db: Database, booth: Booth) -> MasterDataWidget:
    w = MasterDataWidget(db)
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _select(panel, text: str, column: int = 1) -> None:
    row = _column(panel.model, column).index(text)
    panel.view.selectRow(row)
    panel.view.setCurrentIndex(panel.model.index(row, 0))


def test_add_a_product_through_the_form(qtbot: QtBot, widget: MasterDataWidget, db: Database, booth: Booth) -> None:
    panel = widget.products
    widget.tabs.setCurrentWidget(panel)
    panel.show_workshop(booth.bakery.id)
    assert sorted(_column(panel.model, 1)) == ["クッキー", "食パン詰め合わせ"]
    qtbot.mouseClick(panel.findChild(type(panel.edit_button), "add"), Qt.MouseButton.LeftButton)
    form = panel.dialog
    assert isinstance(form, ProductForm) and form.isVisible()
    assert form.workshop_id() == booth.bakery.id  # the workshop shown in the list
    form.name.setText("ラスク")  # QTest types ASCII only; the IME's text arrives as a whole anyway
    qtbot.keyClicks(form.price, "12.5")
    qtbot.keyClick(form.price, Qt.Key.Key_Return)  # Enter saves
    assert form.isVisible()
    assert form.error_text("price") == "価格は円単位の整数で入力してください（例: 1200）"
    assert form.error_text("name") == ""
    assert form.focusWidget() is form.price  # the first field with a message

    form.price.setText("0")
    form.tax_rate.setCurrentIndex(form.tax_rate.findData(8))
    form.perishable.setChecked(True)
    form.save_button.click()
    assert form.error_text("price") == "価格は1円から1,000,000円までです"
    assert form.error_text("shelf_life_days") == (
        "消費期限・賞味期限のある商品は、日持ちの日数（1日以上）を入力してください"
    )
    assert len(catalog.list_products(db)) == 4  # nothing written

    form.price.setText("¥250")
    form.shelf_life.setText("30")
    form.save_button.click()
    assert not form.isVisible()
    rusk = catalog.find_product_by_code(db, "P0005")
    assert (rusk.name, rusk.price, rusk.tax_rate, rusk.shelf_life_days, rusk.workshop_name) == (
        "ラスク",
        250,
        8,
        30,
        "パン工房こむぎ",
    )
    assert "ラスク" in _column(panel.model, 1)
    assert panel.current().code == "P0005"  # type: ignore[union-attr]
    assert widget.message.text() == "保存しました: ラスク"


def test_edit_with_enter_and_a_taken_code(qtbot: QtBot, widget: MasterDataWidget, db: Database, booth: Booth) -> None:
    panel = widget.products
    widget.tabs.setCurrentWidget(panel)
    _select(panel, "手作り石けん")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)  # Enter on a row edits it
    form = panel.dialog
    assert isinstance(form, ProductForm) and form.name.text() == "手作り石けん"
    form.code.setText("p0001")
    form.save_button.click()
    assert form.error_text("code") == "商品コード「P0001」はすでに使われています"
    form.code.setText("P0003")
    form.price.setText("550")
    form.save_button.click()
    assert not form.isVisible()
    assert catalog.get_product(db, booth.soap.id).price == 550
    assert "¥550" in _column(panel.model, 3)


def test_deactivate_and_reactivate_a_product(
    qtbot: QtBot, widget: MasterDataWidget, db: Database, booth: Booth
) -> None:
    panel = widget.products
    widget.tabs.setCurrentWidget(panel)
    _select(panel, "クッキー")
    assert panel.toggle_button.text() == "販売停止にする(&S)"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert catalog.get_product(db, booth.cookie.id).active is False
    row = _column(panel.model, 1).index("クッキー")
    assert panel.model.index(row, 6).data() == "販売停止中"
    assert panel.toggle_button.text() == "販売を再開する(&S)"
    assert "販売停止にしました" in widget.message.text()
    panel.toggle_button.click()
    assert catalog.get_product(db, booth.cookie.id).active is True


def test_workshop_form_messages_and_deactivation(
    qtbot: QtBot, widget: MasterDataWidget, db: Database, booth: Booth
) -> None:
    panel = widget.workshops
    _select(panel, "工房ひだまり")
    panel.edit()
    form = panel.dialog
    form.colour.setText("blue")
    form.invoice.setText("T12")
    form.name.setText("パン工房こむぎ")
    form.save_button.click()
    assert form.error_text("colour") == "色は #RRGGBB の形式です（例: #4a7bb7）"
    assert form.error_text("invoice_number") == "登録番号は T と13桁の数字です（例: T7000012050002）"
    form.colour.setText("#123456")
    form.invoice.setText("")
    form.save_button.click()
    assert form.error_text("name") == "事業所「パン工房こむぎ」はすでにあります"
    form.reject()
    _select(panel, "さくら作業所")
    panel.toggle_button.click()
    assert md.get_workshop(db, booth.absent.id).active is False
    assert "休止中" in _column(panel.model, 7)
    assert widget.products.filter.findText("さくら作業所（休止中）") >= 0


def test_venues_move_up_and_down(qtbot: QtBot, widget: MasterDataWidget, db: Database) -> None:
    md.add_venue(db, md.VenueDraft("区役所ロビー", "区役所販売"))
    md.add_venue(db, md.VenueDraft("福祉のマルシェ"))
    panel = widget.venues
    widget.tabs.setCurrentWidget(panel)
    panel.refresh()
    assert _column(panel.model, 1) == ["ゆめが丘SC", "区役所ロビー", "福祉のマルシェ"]
    _select(panel, "福祉のマルシェ")
    assert not panel.down_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert _column(panel.model, 1) == ["福祉のマルシェ", "ゆめが丘SC", "区役所ロビー"]
    assert not panel.up_button.isEnabled()  # it is first now, and still selected
    assert [v.name for v in catalog.list_venues(db)] == ["福祉のマルシェ", "ゆめが丘SC", "区役所ロビー"]
    panel.down_button.click()
    assert _column(panel.model, 1) == ["ゆめが丘SC", "福祉のマルシェ", "区役所ロビー"]
    panel.add()
    form = panel.dialog
    form.save_button.click()
    assert form.error_text("name") == "会場名を入力してください"
    form.name.setText("あじさい祭り会場")
    form.save_button.click()
    assert _column(panel.model, 1)[-1] == "あじさい祭り会場"


def test_csv_export_and_a_refused_import(
    qtbot: QtBot, widget: MasterDataWidget, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "products.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    widget.products.findChild(type(widget.products.edit_button), "export").click()
    assert out.read_bytes().startswith(b"\xef\xbb\xbfcode,workshop,name")
    assert widget.message.text() == f"商品 4件を書き出しました: {out}"

    bad = tmp_path / "bad.csv"
    bad.write_text(
        "code,workshop,name,kana,price,tax_rate,perishable,shelf_life_days,active\n"
        "P0001,パン工房こむぎ,食パン,,0,8,1,3,1\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), "CSV (*.csv)"))
    widget.products.import_csv()
    assert "2行目: 価格は1円から1,000,000円までです" in widget.message.text()
    assert widget.message.property("role") == "error"
    assert catalog.find_product_by_code(db, "P0001").price == 1430

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    widget.products.import_csv()
    assert widget.message.text() == "商品のCSVを4行読み込みました（新規 0、更新 0、変更なし 4）"


def test_label_dialog_writes_the_chosen_labels(
    qtbot: QtBot, widget: MasterDataWidget, db: Database, booth: Booth, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = widget.products
    widget.tabs.setCurrentWidget(panel)
    _select(panel, "食パン詰め合わせ")
    panel.open_labels()
    dialog = panel.dialog
    assert isinstance(dialog, LabelDialog)
    assert dialog.chosen() == [(booth.bread.id, 1)]  # the selected product is ticked
    dialog.set_count(booth.cookie.id, 3)  # a count ticks the product
    assert dialog.summary.text() == "選択 2商品・4枚（A4 12面で1ページ）"
    # keyboard: Space on the current row (the first one) unticks and ticks it again
    dialog.table.setFocus()
    first = dialog.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    before = dialog.checked[first]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.checked[first] is (not before)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.checked[first] is before
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("24"))

    out = tmp_path / "tags"  # ".pdf" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_sheet is not None, timeout=10_000)
    assert dialog.last_path == str(out) + ".pdf"
    assert (dialog.last_sheet.labels, dialog.last_sheet.pages) == (4, 1)  # type: ignore[union-attr]
    assert dialog.status.text() == f"保存しました: {out}.pdf（4枚・1ページ）"
    with pdfplumber.open(dialog.last_path) as pdf:
        text = pdf.pages[0].extract_text()
    assert text.count("クッキー") == 3 and text.count("食パン詰め合わせ") == 1


def test_label_dialog_filters_by_workshop_and_keeps_choices(qtbot: QtBot, db: Database, booth: Booth) -> None:
    dialog = LabelDialog(db, workshop_id=booth.crafts.id)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["手作り石けん"]
    dialog.select_all.click()
    dialog.workshop.setCurrentIndex(0)  # all workshops
    assert dialog.table.rowCount() == 4
    assert dialog.chosen() == [(booth.soap.id, 1)]
    dialog.select_none.click()
    assert dialog.chosen() == [] and not dialog.save_button.isEnabled()


def test_workshop_form_refuses_a_wrong_check_digit_unless_not_a_corporate_number(
    qtbot: QtBot, widget: MasterDataWidget, db: Database, booth: Booth
) -> None:
    panel = widget.workshops
    _select(panel, "パン工房こむぎ")
    panel.edit()
    form = panel.dialog
    form.invoice.setText("T7000012050003")  # last digit mistyped: the check digit would be 6
    form.save_button.click()
    assert "先頭の検査用数字が 7 ですが、残り12桁からは 6 になります" in form.error_text("invoice_number")
    assert md.get_workshop(db, booth.bakery.id).invoice_number is None
    form.invoice_individual.setChecked(True)  # a sole proprietor's number: only the form is checked
    form.save_button.click()
    saved = md.get_workshop(db, booth.bakery.id)
    assert (saved.invoice_number, saved.invoice_individual) == ("T7000012050003", True)


def test_only_the_shown_panel_is_built_the_others_when_their_tab_is_opened(
    qtbot: QtBot, db: Database, booth: Booth
) -> None:
    w = MasterDataWidget(db)
    qtbot.addWidget(w)
    w.show()
    assert list(w._built) == []  # the table is built in the next turn of the event loop
    qtbot.waitUntil(lambda: list(w._built) == ["workshops"])  # the page comes up with one table
    w.tabs.setCurrentIndex(1)  # 商品
    qtbot.waitUntil(lambda: list(w._built) == ["workshops", "products"])
    assert "クッキー" in _column(w.products.model, 1)  # its rows read when built
    assert w.products.loads == 1
