"""Payment methods and the rule that turns what the customer hands over into payment records.

The booth records how a sale was paid; it does not talk to any payment network. A sale is paid by
cash, by one cashless brand (the amount is the total), or by a cashless part plus cash for the rest.

| total | cashless          | cash tendered | → payments                                   |
|-------|-------------------|---------------|----------------------------------------------|
| 1,430 | —                 | 2,000         | cash 1,430 (tendered 2,000, change 570)      |
| 1,430 | PayPay 1,430      | —             | paypay 1,430                                 |
| 1,430 | 交通系IC 1,000     | 500           | transit_ic 1,000; cash 430 (change 70)       |
| 1,430 | —                 | 1,000         | refused: 430円不足                            |
"""

from __future__ import annotations

from dataclasses import dataclass

from pos.domain.errors import InvalidInput

CASH = "cash"

#: Cashless brands offered as flags, in the order the booth shows them: (key, label).
CASHLESS_BRANDS: tuple[tuple[str, str], ...] = (
    ("credit", "クレジット（タッチ含む）"),
    ("transit_ic", "交通系IC"),
    ("id", "iD"),
    ("quicpay", "QUICPay"),
    ("paypay", "PayPay"),
    ("d_barai", "d払い"),
    ("rakuten_pay", "楽天ペイ"),
    ("au_pay", "au PAY"),
    ("other_qr", "その他QR"),
    ("emoney", "電子マネー（WAON・nanaco・楽天Edy）"),
    ("gift_voucher", "商品券"),
    ("other", "その他"),
)
METHOD_LABELS: dict[str, str] = {CASH: "現金", **dict(CASHLESS_BRANDS)}
METHODS: tuple[str, ...] = tuple(METHOD_LABELS)


def method_label(method: str) -> str:
    return METHOD_LABELS.get(method, method)


@dataclass(frozen=True)
class PaymentPart:
    """One payment record: `amount` goes to the sale; for cash, `tendered` − `change` = `amount`."""

    method: str
    amount: int
    tendered: int
    change: int


def plan_payment(
    total: int, cashless: list[tuple[str, int]] | None = None, cash_tendered: int | None = None
) -> list[PaymentPart]:
    """Check a payment against the sale total and return the payment records to write."""
    if total <= 0:
        raise InvalidInput("商品が入っていません", "The cart is empty")
    parts: list[PaymentPart] = []
    paid = 0
    for brand, amount in cashless or []:
        if brand == CASH or brand not in METHOD_LABELS:
            raise InvalidInput(f"支払方法「{brand}」はありません", f"Unknown payment method {brand!r}")
        if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
            raise InvalidInput("キャッシュレスの金額は1円以上です", "A cashless amount must be ¥1 or more")
        paid += amount
        parts.append(PaymentPart(brand, amount, amount, 0))
    if paid > total:
        raise InvalidInput(
            f"キャッシュレスの金額（{paid:,}円）が合計（{total:,}円）を超えています",
            f"The cashless amount (¥{paid:,}) exceeds the total (¥{total:,})",
        )
    due = total - paid
    if due == 0:
        if cash_tendered:
            raise InvalidInput(
                "キャッシュレスで全額支払い済みです。現金は受け取りません",
                "Already paid in full by cashless; no cash is due",
            )
        return parts
    if cash_tendered is None:
        raise InvalidInput(f"残り{due:,}円の支払いがありません", f"¥{due:,} is still due")
    if isinstance(cash_tendered, bool) or not isinstance(cash_tendered, int) or cash_tendered < 0:
        raise InvalidInput("預かり金額は0以上の整数です", "The cash tendered must be a whole number")
    if cash_tendered < due:
        raise InvalidInput(
            f"預かり金額が{due - cash_tendered:,}円不足しています（お会計 {due:,}円）",
            f"The cash tendered is ¥{due - cash_tendered:,} short (due ¥{due:,})",
        )
    parts.append(PaymentPart(CASH, due, cash_tendered, cash_tendered - due))
    return parts
