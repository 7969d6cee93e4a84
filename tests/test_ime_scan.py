"""Scanner-speed keystrokes into the register with a real ibus + Mozc in ひらがな (scripts/ime_scan_check.py).

Run by `make ime-check` (which installs Xvfb, xdotool, ibus and ibus-mozc), not by `make test`: see
docs/ime.md. What it proves, on a real X server with PySide6's own Qt ibus plugin: Mozc is attached and
in ひらがな (the control field, IME on, turns `ka`⏎ into 「か」), and at the same time the scan field's
keys typed 5 ms apart reach the cart as the codes typed — before the F1 kana search, during it (Mozc
composes 「けん」 there, as it should) and after it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from ime_scan_check import EXPECTED_CART, missing_tools  # noqa: E402

pytestmark = [pytest.mark.ime, pytest.mark.slow]


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict:
    assert not missing_tools(), f"install {' '.join(missing_tools())} first: make ime-check does (docs/ime.md)"
    report = tmp_path_factory.mktemp("ime") / "ime.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "ime_scan_check.py"), "--json", str(report)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    result = json.loads(report.read_text())
    assert "error" not in result, done.stdout[-4000:]
    result["returncode"] = done.returncode
    return result


def _arrived(found: dict, typed: str) -> dict:
    return next(step["arrived"] for step in found["steps"] if step["typed"] == typed)


@pytest.mark.timeout(300)
def test_mozc_is_really_attached_and_in_hiragana(found: dict) -> None:
    assert found["ibus_bus_connected"]  # Qt's ibus plugin connected to ibus-daemon
    assert found["ibus_engine"] == "mozc-jp"
    assert _arrived(found, "ka⏎")["control_text"] == "か"  # composed by Mozc: the IME is on, in ひらがな
    assert found["ime_attached"]


@pytest.mark.timeout(300)
def test_scans_at_scanner_speed_reach_the_cart_while_mozc_is_in_hiragana(found: dict) -> None:
    assert _arrived(found, "p0003⏎")["cart"] == ["手作り石けん×1"]  # lower case, as typed: not ｐ０００３
    after_control = _arrived(found, "P0002⏎")  # just after Mozc composed か in the control field
    assert after_control["cart"] == ["手作り石けん×1", "クッキー×1"]
    assert after_control["scan_field"] == ""  # each Enter ended its scan: nothing left in a composition
    assert "scanField" not in found["ime_focus_objects"]  # Qt never gave the scan field to ibus in スキャン
    assert found["steps"][-1]["arrived"]["cart"] == EXPECTED_CART
    assert found["returncode"] == 0


@pytest.mark.timeout(300)
def test_the_kana_search_mode_does_get_mozc_and_scanning_works_again_after_it(found: dict) -> None:
    search = _arrived(found, "F1 kenn⏎")
    assert search["mode"].startswith("検索")
    assert search["scan_field"] == "けん"  # composed by Mozc and committed by the first Enter
    assert len(search["results"]) == 1 and search["results"][0].startswith("手作り石けん")
    assert _arrived(found, "⏎")["mode"].startswith("スキャン")  # adding the result switched back
    assert _arrived(found, "p0001⏎")["message"].endswith("食パン詰め合わせ × 1")
