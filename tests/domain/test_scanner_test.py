"""The scanner self-test diagnosis, with arrivals written out by hand for each fault."""

from pos.domain.scanner_test import SELFTEST_TEXT, diagnose, is_selftest


def _oks(arrived: str, enter: bool = True) -> list[bool]:
    return [f.ok for f in diagnose(arrived, enter)]


def test_a_clean_scan_is_all_right() -> None:
    assert SELFTEST_TEXT == "SCANTEST-aZ09-@[]:;'"
    assert _oks("SCANTEST-aZ09-@[]:;'") == [True, True, True, True]


def test_full_width_from_an_input_method() -> None:
    arrived = "ＳＣＡＮＴＥＳＴ－ａＺ０９－＠［］：；＇"
    assert is_selftest(arrived)
    findings = diagnose(arrived, True)
    assert [f.ok for f in findings] == [False, True, True, True]
    assert "IME" in findings[0].ja


def test_no_enter_suffix() -> None:
    assert _oks("SCANTEST-aZ09-@[]:;'", enter=False) == [True, False, True, True]


def test_caps_lock_swaps_the_case() -> None:
    findings = diagnose("scantest-Az09-@[]:;'", True)
    assert [f.ok for f in findings] == [True, True, False, True] and "Caps Lock" in findings[2].ja


def test_a_us_scanner_on_a_jis_pc() -> None:
    # US key codes read with the JIS layout: @→" [→@ ]→[ :→+ ;→; '→:
    findings = diagnose('SCANTEST-aZ09-"@[+;:', True)
    assert [f.ok for f in findings] == [True, True, True, False]
    assert "JIS" in findings[3].ja


def test_other_text_is_not_the_self_test() -> None:
    assert not is_selftest("P0003") and not is_selftest("SCAN")
