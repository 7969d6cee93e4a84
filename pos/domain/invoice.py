"""Registration numbers of qualified invoice issuers (適格請求書発行事業者の登録番号).

A registration number is "T" and 13 digits. For a corporation the 13 digits are its 法人番号
(corporate number), whose first digit is a check digit over the other twelve, by 法人番号の指定等に
関する省令 第2条:

    check digit = 9 − (Σ_{n=1..12} Pn × Qn  mod 9)
    Pn: the n-th digit of the 12-digit base number counted from its last (rightmost) digit
    Qn: 1 where n is odd, 2 where n is even

Worked example, the 国税庁's own 法人番号 7000012050002: base 000012050002; from the right the
digits are 2,0,0,0,5,0,2,1,0,0,0,0; Σ = 2×1 + 5×1 + 2×1 + 1×2 = 11; 11 mod 9 = 2; 9 − 2 = 7 ✓.

Sole proprietors and 人格のない社団等 have no 法人番号: the 国税庁 gives them 13 digits of their own
("法人番号と重複しない番号", not the マイナンバー) and publishes no check-digit rule for them, so
the check digit is required only of numbers built on a 法人番号 (docs/invoices.md).
"""

from __future__ import annotations

import re
import unicodedata

INVOICE_NUMBER = re.compile(r"^T\d{13}$")


def corporate_check_digit(base12: str) -> int:
    """The check digit (first digit) of a 法人番号 whose other twelve digits are `base12`."""
    if len(base12) != 12 or not base12.isdigit():
        raise ValueError("twelve digits expected")
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return 9 - total % 9


def is_valid_corporate_number(digits13: str) -> bool:
    """13 digits whose first digit is the 法人番号 check digit of the other twelve."""
    return len(digits13) == 13 and digits13.isdigit() and int(digits13[0]) == corporate_check_digit(digits13[1:])


def normalize_invoice_number(raw: str | None) -> str | None:
    """Full-width digits and letters made plain, spaces and hyphens dropped, T upper-cased; None when empty."""
    text = unicodedata.normalize("NFKC", raw or "").strip().upper()
    text = re.sub(r"[\s\-‐－ー]", "", text)
    return text or None


def invoice_number_problem(number: str, *, individual: bool = False) -> tuple[str, str] | None:
    """(ja, en) saying what is wrong with a normalised registration number, or None when it is valid.

    `individual`: the number belongs to a sole proprietor or 人格のない社団等 (not a 法人番号), so
    only the form T + 13 digits is checked.
    """
    if not INVOICE_NUMBER.match(number):
        return (
            "登録番号は T と13桁の数字です（例: T7000012050002）",
            "A registration number is T followed by 13 digits",
        )
    if not individual and not is_valid_corporate_number(number[1:]):
        expected = corporate_check_digit(number[2:])
        return (
            f"登録番号 {number} は法人番号として正しくありません（先頭の検査用数字が {number[1]} ですが、"
            f"残り12桁からは {expected} になります）。番号を確かめてください。法人番号を持たない個人事業者・"
            "人格のない社団等の番号なら「法人番号によらない番号」を選んでください",
            f"{number} is not a valid corporate number (check digit {number[1]}, expected {expected}); "
            "check it, or mark it as a number of a sole proprietor / unincorporated association",
        )
    return None
