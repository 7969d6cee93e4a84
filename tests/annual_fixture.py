"""A small hand-made two-year record for the annual report, the monthly lines and the analytics.

令和6年度 (FY2024, the previous year) and 令和7年度 (FY2025, the year reported). Every figure the tests
expect is worked out by hand below from these records, never taken from the code's output.

Workshops (category 障害福祉サービス事業者 unless said)
    A 工房あおば        joined 2020-04-01, coaster ¥600 (10 %)
    B パン工房こむぎ     joined 2021-05-01, bread ¥300 (8 %)
    C ひまわり作業所     joined 2025-06-01 (new, June), cookie ¥400
    D 風の丘工房        joined 2025-09-03 (new, September), soap ¥500
    E たんぽぽ舎        joined 2026-01-15 (new, January), muffin ¥200
    F みなと区社会福祉協議会  社会福祉協議会, joined 2019-04-01, never sells
    G 他区の工房        guest (other ward), tea ¥700
    H 休止作業所        joined 2019-04-01, sells once in FY2024, then made inactive, card ¥150
    昔の作業所          created by the history import (FY2024 only)

Venues: 区役所ロビー → 区役所販売 (order 1), ゆめが丘SC → ゆめが丘SC出張販売 (2), みなと駅 → みなと駅出張販売 (3);
西谷浄水場出張販売 exists only in imported history (order 1000).

FY2024
    2024-04-17 meeting 自主製品販売強化実行委員会会議「会計報告」
    2024-05-07 区役所 (A, H): A coaster ×1 cash ¥600; H card ×2 cash ¥300                 = 900
    2024-05-08 区役所 (A, B): B bread ×1 PayPay ¥300; A coaster ×1 cash ¥600              = 900
    2024-07-20 SC (A, B, guest G): A coaster ×2 cash ¥1,200; G tea credit ¥700;
               B bread ×1 cash ¥300 VOIDED                                                 = 1,900
    2024-10-05 西谷浄水場 (history: A, 昔の作業所), no sales
    → 区役所 2 days, 3 workshops (A, B, H), 延4, ¥1,800; SC 1 day, 2 workshops (A, B), 延2, ¥1,900;
      西谷 1 day, 2 workshops, 延2, ¥0; workshops taking part: A, B, H, 昔の作業所 = 4; total ¥3,700

FY2025
    2025-04-16 meeting「年間計画」; 2025-05-08 会計監査; 2025-06-18 meeting「新規加入等」
    2025-06-02 区役所 (A, C): A coaster + C cookie cash ¥1,000 (tendered 1,000); C cookie ×2 PayPay ¥800
    2025-06-03 区役所 (B): B bread ×2 cash ¥600
    2025-09-10 区役所 (A, D): D soap 交通系IC ¥500; A coaster PayPay ¥300 + cash ¥300
    2025-07-19 SC (A), note 相談コーナー併設: A coaster ×3 cash ¥1,800; A coaster ×1 cash ¥600 VOIDED
    2026-01-20 みなと駅 (C, E): E muffin ×3 cash ¥600
    2026-01-21 みなと駅 (E, guest G): G tea cash ¥700; E muffin PayPay ¥200
    → 区役所 3 days, 4 workshops (A, B, C, D), 延5, ¥3,500 (5 sales; cash 1,900, cashless 1,600)
      SC 1 day, 1 workshop, 延1, ¥1,800 (1 sale, all cash); 駅 2 days, 2 workshops (C, E), 延3
      (workshop-days incl. the guest: 4), ¥1,500 (3 sales; cash 1,300, cashless 200);
      taking part: A, B, C, D, E = 5; total ¥6,800 in 9 sales
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

from pos.db.engine import Database, open_database
from pos.db.models import Workshop
from pos.services import activities, catalog, days
from pos.services.history import import_history
from pos.services.register import Register, void_sale
from pos.services.settings import set_setting

FY = 2025
PREVIOUS = 2024
MEETING = "自主製品販売強化実行委員会会議"

EXPECTED_DRAFT = "\n".join(
    [
        "・自主製品販売強化実行委員会会議を2回開催。会計監査を実施。",
        "・区役所販売は昨年度より日数、出店事業所が増えた（販売日数 2日→3日、出店事業所 3→4事業所、延べ4→5事業所）。",
        "・ゆめが丘SC出張販売は昨年度より出店事業所が減り、日数は同じだった"
        "（販売日数 1日→1日、出店事業所 2→1事業所、延べ2→1事業所）。",
        "・みなと駅出張販売を実施した（販売日数 2日、出店事業所 2事業所、延べ3事業所。昨年度は実施なし）。",
        "・西谷浄水場出張販売は今年度は実施しなかった（昨年度 販売日数 1日、出店事業所 2事業所、延べ2事業所）。",
        "・出店した事業所は5事業所（昨年度 4事業所）。",
        "・6月、9月、1月に1事業所ずつ計3事業所加入。",
        "・売上（昨年度との比較）",
        "　区役所販売 3,500円（昨年度 1,800円、94.4%増）",  # 1,700 / 1,800 = 94.44 %
        "　ゆめが丘SC出張販売 1,800円（昨年度 1,900円、5.3%減）",  # 100 / 1,900 = 5.26 %
        "　みなと駅出張販売 1,500円（昨年度の売上記録なし）",
        "　合計 6,800円（昨年度 3,700円、83.8%増）",  # 3,100 / 3,700 = 83.78 %
    ]
)

EXPECTED_LINES_FY2025 = [
    "4月\t自主製品販売強化実行委員会会議（年間計画）\t16日",
    "5月\t会計監査（8日）\t",
    "6月\t自主製品販売強化実行委員会会議（新規加入等）、区役所販売（2日～3日、3事業所、延3事業所出店）\t18日",
    "7月\tゆめが丘SC出張販売（19日、1事業所出店、相談コーナー併設）\t",
    "8月\t\t",
    "9月\t区役所販売（10日、2事業所出店）\t",
    "10月\t\t",
    "11月\t\t",
    "12月\t\t",
    "1月\tみなと駅出張販売（20日～21日、2事業所、延3事業所出店、他区から1事業所がゲスト出店）\t",
    "2月\t\t",
    "3月\t\t",
]

HISTORY_CSV = (
    "date,kind,label,workshop,note\n"
    "2024-10-05,sale,西谷浄水場出張販売,工房あおば,\n"
    "2024-10-05,sale,西谷浄水場出張販売,昔の作業所,\n"
)


@dataclass
class TwoYears:
    ids: dict[str, UUID]  # workshop / venue / product ids by short name


def _sell(
    db: Database,
    day_id: UUID,
    items: list[tuple[UUID, int]],
    *,
    cash: int | None = None,
    cashless: list[tuple[str, int]] | None = None,
) -> UUID:
    reg = Register(db, day_id)
    for product, qty in items:
        reg.add_product(product, qty)
    return reg.checkout(cashless=cashless, cash_tendered=cash).id


def build_two_years(db: Database, tmp: Path) -> TwoYears:
    """Write the records of the module docstring into `db` (a fresh database)."""
    set_setting(db, "ward_name", "みなと区")
    ward = catalog.create_venue(db, "区役所ロビー", "区役所販売", display_order=1)
    mall = catalog.create_venue(db, "ゆめが丘SC", "ゆめが丘SC出張販売", display_order=2)
    station = catalog.create_venue(db, "みなと駅", "みなと駅出張販売", display_order=3)

    def shop(name: str, joined: date | None, **kw: object) -> UUID:
        return catalog.create_workshop(db, name, joined_on=joined, **kw).id  # type: ignore[arg-type]

    a = shop("工房あおば", date(2020, 4, 1))
    b = shop("パン工房こむぎ", date(2021, 5, 1))
    c = shop("ひまわり作業所", date(2025, 6, 1))
    d = shop("風の丘工房", date(2025, 9, 3))
    e = shop("たんぽぽ舎", date(2026, 1, 15))
    f = shop("みなと区社会福祉協議会", date(2019, 4, 1), category="社会福祉協議会")
    g = shop("他区の工房", None, is_guest=True)
    h = shop("休止作業所", date(2019, 4, 1))
    coaster = catalog.create_product(db, a, "コースター", 600, 10).id
    bread = catalog.create_product(db, b, "食パン", 300, 8).id
    cookie = catalog.create_product(db, c, "クッキー", 400, 8).id
    soap = catalog.create_product(db, d, "石けん", 500, 10).id
    muffin = catalog.create_product(db, e, "マフィン", 200, 8).id
    tea = catalog.create_product(db, g, "ハーブティー", 700, 8).id
    card = catalog.create_product(db, h, "カード", 150, 10).id

    # FY2024
    activities.add_activity(db, date(2024, 4, 17), "meeting", MEETING, "会計報告")
    d1 = days.open_day(db, ward.id, date(2024, 5, 7), [a, h]).id
    _sell(db, d1, [(coaster, 1)], cash=1000)
    _sell(db, d1, [(card, 2)], cash=300)
    d2 = days.open_day(db, ward.id, date(2024, 5, 8), [a, b]).id
    _sell(db, d2, [(bread, 1)], cashless=[("paypay", 300)])
    _sell(db, d2, [(coaster, 1)], cash=600)
    d3 = days.open_day(db, mall.id, date(2024, 7, 20), [a, b, g]).id
    _sell(db, d3, [(coaster, 2)], cash=2000)
    _sell(db, d3, [(tea, 1)], cashless=[("credit", 700)])
    void_sale(db, _sell(db, d3, [(bread, 1)], cash=300), "打ち間違い")
    csv = tmp / "history.csv"
    csv.write_text(HISTORY_CSV, encoding="utf-8")
    import_history(db, csv)
    with db.sessions.begin() as s:
        s.get_one(Workshop, h).active = False

    # FY2025
    activities.add_activity(db, date(2025, 4, 16), "meeting", MEETING, "年間計画")
    activities.add_activity(db, date(2025, 5, 8), "other", "会計監査")
    activities.add_activity(db, date(2025, 6, 18), "meeting", MEETING, "新規加入等")
    d4 = days.open_day(db, ward.id, date(2025, 6, 2), [a, c]).id
    _sell(db, d4, [(coaster, 1), (cookie, 1)], cash=1000)
    _sell(db, d4, [(cookie, 2)], cashless=[("paypay", 800)])
    d5 = days.open_day(db, ward.id, date(2025, 6, 3), [b]).id
    _sell(db, d5, [(bread, 2)], cash=1000)
    d6 = days.open_day(db, ward.id, date(2025, 9, 10), [a, d]).id
    _sell(db, d6, [(soap, 1)], cashless=[("transit_ic", 500)])
    _sell(db, d6, [(coaster, 1)], cashless=[("paypay", 300)], cash=500)
    d7 = days.open_day(db, mall.id, date(2025, 7, 19), [a], notes="相談コーナー併設").id
    _sell(db, d7, [(coaster, 3)], cash=2000)
    void_sale(db, _sell(db, d7, [(coaster, 1)], cash=1000), "お客様のキャンセル")
    d8 = days.open_day(db, station.id, date(2026, 1, 20), [c, e]).id
    _sell(db, d8, [(muffin, 3)], cash=1000)
    d9 = days.open_day(db, station.id, date(2026, 1, 21), [e, g]).id
    _sell(db, d9, [(tea, 1)], cash=1000)
    _sell(db, d9, [(muffin, 1)], cashless=[("paypay", 200)])

    ids = {
        "A": a,
        "B": b,
        "C": c,
        "D": d,
        "E": e,
        "F": f,
        "G": g,
        "H": h,
        "ward": ward.id,
        "mall": mall.id,
        "station": station.id,
        "mall_day_2025": d7,
    }
    return TwoYears(ids)


_built: dict[str, bytes] = {}


def two_years_file(directory: Path) -> Path:
    """A database file in `directory` holding the two-year record (built once per run, then copied)."""
    if "db" not in _built:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "two-years.db"
            db = open_database(path)
            build_two_years(db, Path(tmp))
            db.dispose()
            _built["db"] = path.read_bytes()
    target = directory / "two-years.db"
    target.write_bytes(_built["db"])
    return target


@contextmanager
def two_years_db(directory: Path) -> Iterator[Database]:
    """The two-year record in a fresh copy, open."""
    db = open_database(two_years_file(directory))
    try:
        yield db
    finally:
        db.dispose()
