"""Screenshots of the 予定・人員 tab and the calendar PDF rendered, on a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/calendar_samples.py

Seeds the demo (today = 2026-06-01, so the plan covers June to August 2026) and writes
docs/screenshots/calendar-month.png (the month grid with its gaps), calendar-staffing.png (the
staffing of the mall's 第2土曜), calendar-requests.png, and docs/samples/calendar-2026-06.png (the month
calendar PDF rendered with `pdftoppm -png -r 80`).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "docs" / "screenshots"
SAMPLES = ROOT / "docs" / "samples"
TODAY = date(2026, 6, 1)


def main() -> int:
    from qt_settle import settle

    from pos.reports.calendar_pdf import render_pdf
    from pos.services import calendar
    from pos.services.demo import seed_demo
    from pos.services.store import open_database
    from pos.ui.app import create_application
    from pos.ui.calendar_tab import CalendarTab
    from pos.ui.theme import apply_theme

    app = create_application("ja")
    apply_theme(app)  # as run_app does: the roles' looks (theme.py) are part of the screens
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.db")
        seed_demo(db, today=TODAY)
        tab = CalendarTab(db, today=TODAY)
        tab.resize(1366, 768)
        tab.show()
        settle(5000, until=lambda: not tab.loading)  # the month's rows come from a worker
        tab.grab().save(str(SHOTS / "calendar-month.png"))
        mall = next(p for p in calendar.month_plan(db, 2026, 6) if p.venue == "ゆめが丘SC")
        tab.show_staffing(mall.id)
        settle()
        tab.grab().save(str(SHOTS / "calendar-staffing.png"))
        tab.fy.setValue(2025)
        tab.pages.setCurrentIndex(3)
        settle()
        tab.grab().save(str(SHOTS / "calendar-requests.png"))
        pdf = Path(tmp) / "calendar.pdf"
        pdf.write_bytes(render_pdf(2026, 6, calendar.month_plan(db, 2026, 6)))
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(SAMPLES / "calendar-2026-06")], check=True
        )
        tab.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
