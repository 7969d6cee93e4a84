"""What to say to the customer at each step of かんたんレジ, with furigana ({漢字|よみ} markup)."""

from __future__ import annotations

from pos.domain.money import format_yen


def _yen(amount: int) -> str:
    return f"{format_yen(amount).lstrip('¥')}{{円|えん}}"


WELCOME = "いらっしゃいませ"
THANKS = "ありがとうございました"


def total(amount: int) -> str:
    return f"{_yen(amount)}です"


def received(amount: int) -> str:
    return f"{_yen(amount)}お{{預|あず}}かりします"


def change(amount: int) -> str:
    return f"おつりは{_yen(amount)}です" if amount else "ちょうど いただきます"


def cashless_wait() -> str:
    return "{端末|たんまつ}で お{支払|しはら}いを おねがいします"
