"""The scanner self-test: a QR whose text, as it arrives, tells what the scanner and the PC do to codes.

The card's QR holds SELFTEST_TEXT. Scanned into the register, `diagnose(arrived, enter)` compares
what arrived with it and says, in Japanese and English, whether:
- the keys arrived full-width (an input method was on for the field),
- the Enter suffix came (the register needs it to end a scan),
- upper/lower case is right (Caps Lock on, or the scanner converts case),
- the symbols survived — a scanner set to a US keyboard on a Japanese (JIS) layout PC types `@` as `"`,
  `[` as `@`, `]` as `[`, `:` as `+` and `'` as `:`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

PREFIX = "SCANTEST"
CASE_PART = "aZ09"
SYMBOLS = "@[]:;'"
SELFTEST_TEXT = f"{PREFIX}-{CASE_PART}-{SYMBOLS}"
#: what each symbol becomes when a US-layout scanner types into a JIS-layout PC
US_ON_JIS = {"@": '"', "[": "@", "]": "[", ":": "+", ";": ";", "'": ":"}


@dataclass(frozen=True)
class Finding:
    ok: bool
    ja: str
    en: str


def is_selftest(arrived: str) -> bool:
    return unicodedata.normalize("NFKC", arrived).strip().upper().startswith(PREFIX)


_FULL_WIDTH = Finding(
    False,
    "全角で届きました: 入力モード（IME）がオンです（スキャン欄は IME なしで読みます。他の欄では半角英数に）",
    "Arrived full-width: an input method is on",
)
_HALF_WIDTH = Finding(True, "半角で届きました（IME の影響なし）", "Arrived half-width (no input method)")
_ENTER = Finding(True, "Enter（サフィックス）: 届きました", "Enter suffix: received")
_NO_ENTER = Finding(
    False,
    "Enter（サフィックス）が届きません: スキャナーの設定でサフィックスを CR（Enter）に",
    "No Enter suffix: set the scanner's suffix to CR (Enter)",
)
_CASE_OK = Finding(True, "大文字・小文字: 正しく届きました", "Upper/lower case: correct")
_CAPS = Finding(False, "大文字・小文字が逆です: Caps Lock がオンです", "Case swapped: Caps Lock is on")
_SYMBOLS_OK = Finding(True, "記号: 正しく届きました（キーボード配列が一致）", "Symbols: correct (layouts match)")
_US_ON_JIS = Finding(
    False,
    "記号が化けています（スキャナーは英語(US)配列、PC は日本語(JIS)配列）: "
    "スキャナーのキーボード言語を日本語に設定してください",
    "Symbols mangled: a US-layout scanner on a JIS-layout PC; set the scanner to Japanese",
)


def diagnose(arrived: str, enter: bool) -> list[Finding]:
    raw = arrived.strip()
    text = unicodedata.normalize("NFKC", raw)
    findings = [_FULL_WIDTH if any(ord(c) > 0x7E for c in raw) else _HALF_WIDTH, _ENTER if enter else _NO_ENTER]
    parts = text.split("-", 2)
    case = parts[1] if len(parts) > 1 else ""
    if case == CASE_PART and text.startswith(PREFIX):
        findings.append(_CASE_OK)
    elif case == CASE_PART.swapcase() or text.startswith(PREFIX.lower()):
        findings.append(_CAPS)
    else:
        findings.append(
            Finding(
                False,
                f"大文字・小文字が変わっています（{case}）: スキャナーの変換をオフに",
                f"Case changed ({case}): turn off the case conversion",
            )
        )
    symbols = parts[2] if len(parts) > 2 else ""
    if symbols == SYMBOLS:
        findings.append(_SYMBOLS_OK)
    elif symbols == "".join(US_ON_JIS[c] for c in SYMBOLS):
        findings.append(_US_ON_JIS)
    else:
        findings.append(
            Finding(
                False,
                f"記号が変わっています（届いたのは「{symbols}」、正しくは「{SYMBOLS}」）",
                f"Symbols changed: {symbols!r} instead of {SYMBOLS!r}",
            )
        )
    return findings
