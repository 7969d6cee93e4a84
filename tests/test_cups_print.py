"""Printing through a real CUPS queue: a private cupsd (own config, spool and socket in a temp folder)
with cups-pdf as the printer; the tally and a receipt go through the app's own print path (QPrinter and
Qt's CUPS support, only the print dialog stood in for) and the PDF cups-pdf writes is checked: page
size (A4 for the tally, 80 mm for the receipt — whatever the queue's default) and content (the app
prints page images, so the printed page is compared with the app's PDF rendered the same way).

Needs root (cupsd runs its filters as `lp`), cupsd and cups-pdf (scripts/system-deps.sh installs
them); cups-pdf writes into the submitting user's ~/PDF (its config is /etc/cups/cups-pdf.conf,
which the test does not touch), where the test finds its job's file and removes it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image, ImageChops, ImageStat

from pos.ui.print_actions import render_pages

ROOT = Path(__file__).resolve().parent.parent
CUPS_PDF = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
READY = shutil.which("cupsd") or Path("/usr/sbin/cupsd").exists()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (READY and CUPS_PDF.exists() and PPD.exists() and os.geteuid() == 0),
        reason="needs root, cupsd and printer-driver-cups-pdf (scripts/system-deps.sh)",
    ),
]


@pytest.fixture(scope="module")
def cups() -> Iterator[dict[str, str]]:
    base = Path(tempfile.mkdtemp(prefix="booth-cups-"))  # not under pytest's 0700 folder: `lp` must reach it
    base.chmod(0o755)
    for d in ("spool", "tmp", "cache", "state", "log"):
        (base / d).mkdir()
        (base / d).chmod(0o777)
    sock = base / "cups.sock"
    (base / "cups-files.conf").write_text(
        f"ServerRoot {base}\nRequestRoot {base}/spool\nTempDir {base}/tmp\nCacheDir {base}/cache\n"
        f"StateDir {base}/state\nServerBin /usr/lib/cups\nDataDir /usr/share/cups\n"
        f"AccessLog {base}/log/access_log\nErrorLog {base}/log/error_log\nPageLog {base}/log/page_log\n"
        f"User lp\nGroup lp\nPrintcap {base}/printcap\n"
    )
    (base / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel info\nWebInterface No\nBrowsing Off\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    cupsd = subprocess.Popen(
        ["/usr/sbin/cupsd", "-f", "-c", str(base / "cupsd.conf"), "-s", str(base / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {**os.environ, "CUPS_SERVER": str(sock)}
    for _ in range(50):
        if sock.exists():
            break
        time.sleep(0.1)
    subprocess.run(
        [
            "lpadmin",
            "-p",
            "BoothPDF",
            "-E",
            "-v",
            "cups-pdf:/",
            "-P",
            str(PPD),
            "-o",
            "PageSize=Letter",
        ],  # the queue's default is US Letter: the app must not follow it
        env=env,
        check=True,
        capture_output=True,
        timeout=30,
    )
    try:
        yield {"CUPS_SERVER": str(sock), "queue": "BoothPDF"}
    finally:
        cupsd.terminate()
        cupsd.wait(timeout=10)
        shutil.rmtree(base, ignore_errors=True)


def _print(cups: dict[str, str], kind: str, tmp_path: Path) -> tuple[Path, Path]:
    app_pdf = tmp_path / "app.pdf"
    started = time.time() - 1
    env = {**os.environ, "CUPS_SERVER": cups["CUPS_SERVER"], "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tests" / "cups_print_worker.py"),
            str(tmp_path / "pos.db"),
            cups["queue"],
            kind,
            str(app_pdf),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out_dir = Path(pwd.getpwuid(os.geteuid()).pw_dir) / "PDF"
    for _ in range(300):  # cups runs the filters and cups-pdf writes the file
        jobs = subprocess.run(
            ["lpstat", "-W", "not-completed", "-o", cups["queue"]], env=env, capture_output=True, text=True, timeout=30
        ).stdout.strip()
        done_jobs = subprocess.run(
            ["lpstat", "-W", "completed", "-o", cups["queue"]], env=env, capture_output=True, text=True, timeout=30
        ).stdout.split()
        if not jobs and done_jobs:
            break
        time.sleep(0.2)
    job = max(int(w.rsplit("-", 1)[1]) for w in done_jobs if w.startswith(cups["queue"] + "-"))
    printed = [f for f in out_dir.glob(f"*-job_{job}.pdf") if f.stat().st_mtime >= started]
    assert printed, f"cups-pdf wrote no file for job {job} in {out_dir}"
    return printed[0], app_pdf


def _same_picture(printed: bytes, made: bytes) -> float:
    """Mean difference (0–255) of the first pages, both rendered at 40 dpi, grey, same size."""
    a = Image.open(BytesIO(render_pages(printed, 40)[0])).convert("L")
    b = Image.open(BytesIO(render_pages(made, 40)[0])).convert("L").resize(a.size)
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


@pytest.mark.parametrize(("kind", "width_pt", "height_pt"), [("tally", 595.28, 841.89), ("receipt", 226.77, None)])
def test_print_through_cups_pdf(
    cups: dict[str, str], tmp_path: Path, kind: str, width_pt: float, height_pt: float | None
) -> None:
    printed, app_pdf = _print(cups, kind, tmp_path)
    try:
        with pdfplumber.open(printed) as pdf, pdfplumber.open(app_pdf) as made:
            assert len(pdf.pages) == len(made.pages)
            page = pdf.pages[0]
            # A4 595.3 × 841.9 pt / 80 mm = 226.8 pt, not Letter's 612; CUPS writes whole points (226)
            assert abs(float(page.width) - width_pt) <= 1
            if height_pt is not None:
                assert abs(float(page.height) - height_pt) <= 1
            assert page.images  # the app sends page pictures (no QtPdf in this PySide6 build)
        assert _same_picture(printed.read_bytes(), app_pdf.read_bytes()) < 12  # the same tally / receipt
    finally:
        printed.unlink(missing_ok=True)
