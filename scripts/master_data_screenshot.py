"""Screenshot of the master-data screen (商品 tab, with a product form open) on a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/master_data_screenshot.py

Writes docs/screenshots/master-data.png (the widget) and docs/screenshots/master-data-form.png (the
product form showing the message for a bad price).
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from qt_settle import settle

    from pos.services.demo import seed_demo
    from pos.services.store import open_database
    from pos.ui.app import create_application
    from pos.ui.master_data import MasterDataWidget
    from pos.ui.master_forms import ProductForm
    from pos.ui.theme import apply_theme

    OUT.mkdir(parents=True, exist_ok=True)
    app = create_application("ja")
    apply_theme(app)  # as run_app does: the roles' looks (theme.py) are part of the screens
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db")
        seed_demo(db, today=date(2026, 11, 21))
        widget = MasterDataWidget(db)
        widget.resize(1200, 720)
        widget.show()
        widget.tabs.setCurrentIndex(1)  # 商品 (each tab's panel is built when first shown)
        settle()
        widget.products.view.selectRow(4)
        widget.products.toggle_active()  # one product shown as 販売停止中
        settle()
        widget.grab().save(str(OUT / "master-data.png"))
        widget.products.edit()
        form = widget.products.dialog
        assert isinstance(form, ProductForm)
        form.price.setText("12.5")
        form.save_button.click()
        settle()
        form.grab().save(str(OUT / "master-data-form.png"))
        form.reject()
        widget.close()
        db.dispose()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
