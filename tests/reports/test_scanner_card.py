"""The scanner self-test card: an A6 page with the QR of the self-test text, written by the CLI."""

import io
import subprocess
import sys
from pathlib import Path

import pdfplumber

from pos.domain.scanner_test import SELFTEST_TEXT
from pos.reports.scanner_card import scanner_card_pdf

ROOT = Path(__file__).resolve().parent.parent.parent


def test_card_is_a6_with_the_text_and_instructions() -> None:
    with pdfplumber.open(io.BytesIO(scanner_card_pdf())) as pdf:
        page = pdf.pages[0]
        assert (round(float(page.width)), round(float(page.height))) == (298, 420)  # A6: 105 × 148 mm
        text = page.extract_text() or ""
    assert "スキャナーの自己診断カード" in text and SELFTEST_TEXT in text
    assert len(pdf.pages) == 1


def test_cli_writes_the_card_and_refuses_a_folder(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "pos", "scanner-card", "--pdf"]
    ok = subprocess.run([*run, str(tmp_path / "card.pdf")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert ok.returncode == 0 and (tmp_path / "card.pdf").read_bytes().startswith(b"%PDF")
    bad = subprocess.run([*run, str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and "書き出せません" in (bad.stdout + bad.stderr) and "Traceback" not in bad.stderr
