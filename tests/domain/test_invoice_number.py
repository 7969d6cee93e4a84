"""The registration number's check digit (法人番号の検査用数字), on numbers worked out by hand.

check digit = 9 − (Σ Pn×Qn mod 9), Pn the n-th digit of the last twelve counted from the right,
Qn 1 for odd n and 2 for even n (法人番号の指定等に関する省令 第2条).
"""

from __future__ import annotations

import pytest

from pos.domain.invoice import (
    corporate_check_digit,
    invoice_number_problem,
    is_valid_corporate_number,
    normalize_invoice_number,
)


def test_the_national_tax_agencys_own_number() -> None:
    # 国税庁 7000012050002: digits of 000012050002 from the right 2,0,0,0,5,0,2,1,0,0,0,0
    # Σ = 2×1 + 5×1 + 2×1 + 1×2 = 11; 11 mod 9 = 2; 9 − 2 = 7
    assert corporate_check_digit("000012050002") == 7
    assert is_valid_corporate_number("7000012050002")
    assert invoice_number_problem("T7000012050002") is None


def test_a_large_company_and_a_sum_divisible_by_nine() -> None:
    # 1180301018771: from the right 1,7,7,8,1,0,1,0,3,0,8,1 → 1+14+7+16+1+0+1+0+3+0+8+2 = 53; 53 mod 9 = 8 → 1
    assert is_valid_corporate_number("1180301018771")
    # 234567890123: 3+4+1+0+9+16+7+12+5+8+3+4 = 72; 72 mod 9 = 0 → 9 (never 0)
    assert corporate_check_digit("234567890123") == 9
    assert is_valid_corporate_number("9234567890123")
    assert not is_valid_corporate_number("1234567890123")


def test_one_wrong_digit_is_refused_with_the_expected_check_digit() -> None:
    # 7000012050003: 3+5+2+2 = 12; 12 mod 9 = 3 → 6, not 7
    ja, en = invoice_number_problem("T7000012050003")  # type: ignore[misc]
    assert "先頭の検査用数字が 7 ですが、残り12桁からは 6 になります" in ja
    assert "expected 6" in en
    # two neighbouring digits swapped (…205… → …250…): from the right 2,0,0,0,0,0,5,2,1 → 2+5+4+1 = 12 → 6
    assert not is_valid_corporate_number("7000012500002")


def test_sole_proprietors_numbers_are_only_checked_for_their_form() -> None:
    assert invoice_number_problem("T1234567890123", individual=True) is None
    assert invoice_number_problem("T1234567890123") is not None
    ja, _ = invoice_number_problem("T123", individual=True)  # type: ignore[misc]
    assert ja.startswith("登録番号は T と13桁の数字です")


@pytest.mark.parametrize(
    "raw",
    ["T7000012050002", "t7000012050002", "Ｔ７００００１２０５０００２", " T7000-0120-50002 ", "T 7000 0120 50002"],
)
def test_typed_forms_are_normalised(raw: str) -> None:
    assert normalize_invoice_number(raw) == "T7000012050002"
    assert normalize_invoice_number("  ") is None
