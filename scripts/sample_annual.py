"""Render the annual report of 令和7年度 (FY2025) from a fresh demo database, and grab the report screens.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/sample_annual.py [--keep DIR]

Writes (to look at, and to keep in the repository):
    docs/samples/annual-report-p1.png, -p2.png …   the PDF pages (pdftoppm -png -r 60)
    docs/samples/annual-report-xlsx-p1.png …       the .xlsx printed by LibreOffice, when it is installed
    docs/screenshots/annual-report.png, analytics.png, activity-log.png, monthly-lines.png
With --keep DIR the PDF, the .xlsx and the demo database are kept in DIR.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "docs" / "samples"
SCREENSHOTS = ROOT / "docs" / "screenshots"
FY = 2025
TODAY = date(2026, 5, 10)  # report season: the screens open on 令和7年度

TEXTS = {
    "chair_name": "山田 花子",
    "chair_organisation": "工房ひだまり",
    "vice_chair_name": "佐藤 一郎",
    "vice_chair_organisation": "パン工房こむぎ",
    "problems": (
        "区役所販売は売上が小さく、日持ちしない食品の売れ残りが多い。\n"
        "西谷浄水場では弁当が数分で売り切れるか売れ残るかで、需要が読めない。\n"
        "ビジネスパークの販売を定着させたい。キャッシュレス決済の要望が多い。\n"
        "地区センターから週末の販売を求められるが、人手が足りない。"
    ),
    "share": "販売の際に他の部会の情報を発信している。駅や商業施設での出張販売では、他区の協議会や企業と連携している。",
    "citywide": "市内他区の販売関連部会と情報交換の機会を設けたい。",
}


def _pdf_to_png(pdf: Path, prefix: Path) -> list[Path]:
    for old in prefix.parent.glob(prefix.name + "-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(prefix)], check=True)
    pages = sorted(prefix.parent.glob(prefix.name + "-*.png"))
    renamed = []
    for page in pages:  # pdftoppm writes name-1.png (or -01); keep name-p1.png
        number = int(page.stem.rsplit("-", 1)[1])
        target = prefix.parent / f"{prefix.name}-p{number}.png"
        page.replace(target)
        renamed.append(target)
    return renamed


def _xlsx_to_png(xlsx: Path, work: Path) -> list[Path]:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        print("LibreOffice is not installed: the .xlsx is not rendered")
        return []
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(work / "xlsx"), str(xlsx)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return _pdf_to_png(work / "xlsx" / (xlsx.stem + ".pdf"), SAMPLES / "annual-report-xlsx")


def _shrink(path: Path, limit: int = 350_000) -> None:
    """A screenshot over `limit` bytes gets a 256-colour palette (same pixels, a third of the size)."""
    from PIL import Image

    if path.stat().st_size <= limit:
        return
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def _screenshots(db_path: Path) -> list[Path]:
    from pos.services.store import open_database
    from pos.ui.activity_log import ActivityLogWidget
    from pos.ui.analytics import AnalyticsWidget
    from pos.ui.annual_report import AnnualReportWidget
    from pos.ui.app import create_application
    from pos.ui.monthly_lines import MonthlyLinesWidget
    from pos.ui.theme import apply_theme

    app = create_application("ja")
    apply_theme(app)  # as run_app does: the roles' looks (theme.py) are part of the screens
    db = open_database(db_path)
    shots = []
    for cls, name, height in (
        (AnnualReportWidget, "annual-report", 1500),
        (AnalyticsWidget, "analytics", 820),
        (ActivityLogWidget, "activity-log", 820),
        (MonthlyLinesWidget, "monthly-lines", 820),
    ):
        widget = cls(db, today=TODAY)
        if isinstance(widget, AnalyticsWidget | ActivityLogWidget | MonthlyLinesWidget):
            widget.years.select_year(FY)
        widget.resize(1280, height)
        widget.show()
        app.processEvents()
        path = SCREENSHOTS / f"{name}.png"
        widget.grab().save(str(path))
        widget.close()
        _shrink(path)
        shots.append(path)
    db.dispose()
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the PDF, the .xlsx and the demo database here")
    args = parser.parse_args(argv)

    from pos.reports.annual_pdf import write_pdf
    from pos.reports.annual_xlsx import write_xlsx
    from pos.services import annual_report as svc
    from pos.services.demo import seed_demo
    from pos.services.store import open_database

    SAMPLES.mkdir(parents=True, exist_ok=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        db_path = work / "demo.db"
        db_path.unlink(missing_ok=True)
        db = open_database(db_path)
        seed_demo(db, today=date(2026, 11, 21), years=2)
        svc.save_texts(db, FY, TEXTS)
        svc.save_member_extra(db, FY, {"相談支援従事者": 1})
        report = svc.annual_report(db, FY)
        db.dispose()
        pdf = write_pdf(report, work / "annual-report-FY2025.pdf")
        xlsx = write_xlsx(report, work / "annual-report-FY2025.xlsx")
        written = _pdf_to_png(pdf, SAMPLES / "annual-report") + _xlsx_to_png(xlsx, work) + _screenshots(db_path)
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
