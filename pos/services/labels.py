"""Price tags: which products and how many labels of each (`pos.reports.labels` draws the PDF sheet).

A pick is a product code with an optional count, as typed on the command line: ``P0003`` (one
label) or ``P0003x5`` (five; ``X``, ``×`` and ``*`` work too). A code that itself ends in x and
digits is taken as the code when such a product exists. Without picks, a workshop's active
products are printed once each. `copies` multiplies every count. Labels come out in the order
asked, the labels of one product next to each other.

The QR on a label encodes the product's `code` column and nothing else: codes never change when a
product is edited (unless someone changes the code itself), so printed tags keep working.

The PDF itself is `pos.reports.labels.write_labels(out, items, layout)`, which the UI and the command
line call with what these functions return (services never import the reports).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from uuid import UUID

from pos.db.engine import Database
from pos.domain.codes import normalize_code
from pos.domain.errors import InvalidInput, NotFound
from pos.domain.labels import LabelItem
from pos.services.catalog import ProductInfo, list_products
from pos.services.master_data import find_workshop

MAX_PER_PRODUCT = 999
MAX_COPIES = 100
MAX_LABELS = 2400  # 100 sheets of 24
_PICK = re.compile(r"^(.+?)[X×*](\d+)$")


def label_item(p: ProductInfo) -> LabelItem:
    return LabelItem(p.code, p.name, p.price, p.tax_rate, p.workshop_name)


def _check_count(count: int, what_ja: str, limit: int) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= limit:
        raise InvalidInput(f"{what_ja}は1から{limit}までの整数です（{count}）", f"Count must be 1 to {limit}")
    return count


def parse_pick(raw: str, known_codes: set[str] | frozenset[str]) -> tuple[str, int]:
    """``P0003x5`` → ("P0003", 5); ``P0003`` → ("P0003", 1). Codes are normalised (ｐ０００３ is P0003)."""
    text = normalize_code(raw)
    if text in known_codes:
        return text, 1
    m = _PICK.match(text)
    if m is None:
        return text, 1
    return m.group(1).strip(), _check_count(int(m.group(2)), "枚数", MAX_PER_PRODUCT)


def _expand(pairs: Sequence[tuple[ProductInfo, int]], copies: int) -> list[LabelItem]:
    _check_count(copies, "部数", MAX_COPIES)
    total = sum(n for _, n in pairs) * copies
    if total > MAX_LABELS:
        raise InvalidInput(
            f"一度に印刷できるラベルは{MAX_LABELS:,}枚までです（{total:,}枚）",
            f"At most {MAX_LABELS} labels at a time",
        )
    return [label_item(p) for p, n in pairs for _ in range(n * copies)]


def select_labels(
    db: Database, *, workshop: str | None = None, picks: Sequence[str] = (), copies: int = 1
) -> list[LabelItem]:
    """The labels the command line asks for: picks (of that workshop, if one is named), or every
    active product of the workshop once; each repeated `copies` times."""
    if workshop is None and not picks:
        raise InvalidInput(
            "事業所（--workshop）か商品コード（--product）を指定してください", "Name a workshop or product codes"
        )
    shop = find_workshop(db, workshop) if workshop is not None else None
    products = list_products(db, active_only=False)
    by_code = {p.code: p for p in products}
    if not picks:
        assert shop is not None
        mine = [p for p in products if p.workshop_id == shop.id and p.active]
        if not mine:
            raise InvalidInput(
                f"事業所「{shop.name}」には販売中の商品がありません", f"{shop.name} has no product on sale"
            )
        return _expand([(p, 1) for p in sorted(mine, key=lambda p: p.code)], copies)
    pairs: list[tuple[ProductInfo, int]] = []
    for raw in picks:
        code, count = parse_pick(raw, frozenset(by_code))
        p = by_code.get(code)
        if p is None:
            raise NotFound(f"「{code}」という商品コードはありません", f"No product has the code {code!r}")
        if not p.active:
            raise InvalidInput(f"商品「{p.name}」（{p.code}）は販売停止中です", f"{p.name} is not on sale")
        if shop is not None and p.workshop_id != shop.id:
            raise InvalidInput(
                f"商品「{p.name}」（{p.code}）は「{p.workshop_name}」の商品で、「{shop.name}」の商品ではありません",
                f"{p.code} belongs to {p.workshop_name}, not {shop.name}",
            )
        pairs.append((p, count))
    return _expand(pairs, copies)


def labels_for_products(db: Database, counts: Sequence[tuple[UUID, int]], copies: int = 1) -> list[LabelItem]:
    """The labels the label dialog asks for: (product id, number of labels) in the order given."""
    by_id = {p.id: p for p in list_products(db, active_only=False)}
    pairs = []
    for product_id, n in counts:
        p = by_id.get(product_id)
        if p is None:
            raise NotFound("商品が見つかりません", "Product not found")
        pairs.append((p, _check_count(n, "枚数", MAX_PER_PRODUCT)))
    if not pairs:
        raise InvalidInput("値札を作る商品を選んでください", "Choose at least one product")
    return _expand(pairs, copies)
