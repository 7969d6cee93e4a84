"""Demo data: a lived-in booth database, so that every screen and report has real-looking data.

`seed_demo` fills an empty database with a fictional ward's joint sales booth ("みなと区"): settings,
the member workshops (17 selling workshops, three of which join during the most recent full fiscal
year, two members that do not sell, one guest workshop from another ward), about 80 products, the
seven venues, and then, for `years` full fiscal years before the one containing `today` plus the
current fiscal year up to yesterday:

- sales days in the rhythms the subcommittee keeps (ward office 9-16 weekdays a month with 1-2
  rotating workshops, the mall one weekend day a month with 6-10, the station 3-5 consecutive days
  twice a year, the water plant a few Saturdays, the welfare market 3-5 days a month, the business
  park several days a month in the most recent twelve months only, a festival in June), every one
  closed, with its participations, lots of perishable food (checked in before opening, with expiry
  dates; `sold_out_at` when a paid sale took the last unit), sales (1-4 lines, cash / cashless /
  mixed payments through `plan_payment`, about 1 % voided, which gives the units back; a food line
  names the lot it came from), what happened to the food left at the close (mostly taken back,
  same-day food often disposed, now and then handed over, on some days recorded by default) and a
  drawer count per denomination;
- the monthly committee meeting and the yearly accounting audit;
- the sales calendar (`_Calendar`): a plan from `today` to the end of the month after next (the ward
  office every weekday with 1-2 workshops and one shift of 2 people, the mall on the 2nd Saturday with
  two shifts of 3, the welfare market on the 1st and 3rd Wednesday), sign-ups by workshop staff and
  volunteers with some shifts left short, and the requests for the booth (出店依頼) of the last full
  fiscal year and this one: mostly weekend requests from 地域ケアプラザ, most declined for lack of
  staff, a few accepted or declined for a clash; those still ahead are pending.

`scale` (default 1) multiplies the customers of every sales day and the food lots brought, for a
busier booth with the same calendar, workshops and products (the benchmarks use ten years at scale 6,
about a million sale lines).

Everything comes from `random.Random(seed)` (UUIDs included), so the same seed and `today` give the
same database. Rows are built as dicts and written with bulk INSERTs, one transaction for the
master data and one per fiscal year, month by month, so ten years stay fast and memory stays small.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from pos.db.engine import Database
from pos.db.models import (
    Activity,
    Base,
    BoothRequest,
    CashCount,
    Lot,
    LotDisposition,
    Participation,
    Payment,
    PlannedDay,
    PlannedWorkshop,
    Product,
    Sale,
    SaleLine,
    SalesDay,
    Setting,
    Shift,
    Signup,
    Till,
    Venue,
    Workshop,
)
from pos.domain.clock import JST
from pos.domain.day_state import DayState, SaleState
from pos.domain.errors import StateError
from pos.domain.fiscal import fiscal_months, fiscal_year_of, fiscal_year_range
from pos.domain.invoice import corporate_check_digit
from pos.domain.money import DENOMINATIONS
from pos.domain.payments import CASH, PaymentPart, plan_payment
from pos.services.tills import FIRST_TILL

CHUNK = 5_000
CLOSED_BY = "コーディネーター"
MEETING_LABEL = "自主製品販売強化実行委員会会議"
AUDIT_LABEL = "会計監査"
GUEST_NOTE = "他区から1事業所がゲスト出店"
COUNSELLING_NOTE = "相談コーナー併設"

SETTINGS = {
    "ward_name": "みなと区",
    "council_name": "みなと区障害者地域自立支援協議会",
    "subcommittee_name": "自主製品販売部会",
    "booth_name": "みなと区 自主製品販売ブース",
}

# (name, kana, price, tax rate, shelf life in days (None: not perishable, 0: eaten the same day), weight)
_ProductSpec = tuple[str, str, int, int, int | None, float]


@dataclass(frozen=True)
class _WorkshopSpec:
    name: str
    kana: str
    colour: str
    products: tuple[_ProductSpec, ...] = ()
    category: str = "障害福祉サービス事業者"
    joins: int | None = None  # month in which it joins during the most recent full fiscal year
    invoice: bool = False
    guest: bool = False


WORKSHOPS: tuple[_WorkshopSpec, ...] = (
    _WorkshopSpec(
        "工房ひだまり",
        "こうぼうひだまり",
        "#e8a87c",
        (
            ("さをり織りコースター", "さをりおりこーすたー", 300, 10, None, 1.0),
            ("布ぞうり", "ぬのぞうり", 1200, 10, None, 0.4),
            ("さをり織りポーチ", "さをりおりぽーち", 900, 10, None, 0.6),
            ("がま口ポーチ", "がまぐちぽーち", 800, 10, None, 0.6),
            ("ミニタオルハンカチ", "みにたおるはんかち", 350, 10, None, 1.0),
            ("布のブックカバー", "ぬののぶっくかばー", 800, 10, None, 0.4),
        ),
    ),
    _WorkshopSpec(
        "パン工房こむぎ",
        "ぱんこうぼうこむぎ",
        "#d4a056",
        (
            ("食パン（1斤）", "しょくぱん", 380, 8, 3, 2.0),
            ("あんぱん", "あんぱん", 150, 8, 2, 3.0),
            ("メロンパン", "めろんぱん", 160, 8, 2, 3.0),
            ("カレーパン", "かれーぱん", 180, 8, 1, 3.0),
            ("クロワッサン", "くろわっさん", 140, 8, 2, 2.0),
            ("ラスク", "らすく", 250, 8, 30, 1.5),
        ),
        invoice=True,
    ),
    _WorkshopSpec(
        "菓子工房すまいる",
        "かしこうぼうすまいる",
        "#f2b5c4",
        (
            ("クッキー詰め合わせ", "くっきーつめあわせ", 500, 8, 7, 2.0),
            ("マドレーヌ", "まどれーぬ", 150, 8, 5, 2.5),
            ("パウンドケーキ", "ぱうんどけーき", 600, 8, 7, 1.2),
            ("フィナンシェ", "ふぃなんしぇ", 160, 8, 5, 2.0),
            ("チーズケーキ", "ちーずけーき", 350, 8, 2, 1.5),
        ),
    ),
    _WorkshopSpec(
        "ぽかぽか食堂",
        "ぽかぽかしょくどう",
        "#f6c85f",
        (
            ("日替わり弁当", "ひがわりべんとう", 500, 8, 0, 4.0),
            ("からあげ弁当", "からあげべんとう", 550, 8, 0, 4.0),
            ("のり弁当", "のりべんとう", 450, 8, 0, 3.0),
            ("幕の内弁当", "まくのうちべんとう", 600, 8, 0, 2.5),
            ("おにぎりセット", "おにぎりせっと", 300, 8, 0, 3.0),
        ),
        invoice=True,
    ),
    _WorkshopSpec(
        "あおぞら作業所",
        "あおぞらさぎょうしょ",
        "#7fb3d5",
        (
            ("手づくり石けん", "てづくりせっけん", 400, 10, None, 1.5),
            ("米ぬか石けん", "こめぬかせっけん", 450, 10, None, 1.2),
            ("石けんギフトセット", "せっけんぎふとせっと", 1200, 10, None, 0.4),
            ("麻のボディタオル", "あさのぼでぃたおる", 600, 10, None, 0.6),
        ),
    ),
    _WorkshopSpec(
        "みのり農園",
        "みのりのうえん",
        "#8cc084",
        (
            ("いちごジャム", "いちごじゃむ", 550, 8, 180, 1.5),
            ("ブルーベリージャム", "ぶるーべりーじゃむ", 600, 8, 180, 1.2),
            ("季節の野菜セット", "きせつのやさいせっと", 300, 8, 3, 2.5),
            ("梅干し", "うめぼし", 500, 8, 365, 0.8),
            ("甘夏マーマレード", "あまなつまーまれーど", 550, 8, 180, 1.0),
        ),
    ),
    _WorkshopSpec(
        "ワークスはばたき",
        "わーくすはばたき",
        "#9b8ec7",
        (
            ("手すきはがき", "てすきはがき", 150, 10, None, 1.2),
            ("一筆箋", "いっぴつせん", 300, 10, None, 0.8),
            ("ポチ袋（5枚）", "ぽちぶくろ", 250, 10, None, 1.0),
            ("メモ帳", "めもちょう", 200, 10, None, 1.0),
            ("しおり（3枚）", "しおり", 150, 10, None, 1.0),
            ("卓上カレンダー", "たくじょうかれんだー", 600, 10, None, 0.5),
        ),
    ),
    _WorkshopSpec(
        "陶芸工房つちのこ",
        "とうげいこうぼうつちのこ",
        "#b5835a",
        (
            ("マグカップ", "まぐかっぷ", 1500, 10, None, 0.4),
            ("豆皿", "まめざら", 500, 10, None, 0.8),
            ("箸置き", "はしおき", 200, 10, None, 1.0),
            ("一輪挿し", "いちりんざし", 1000, 10, None, 0.3),
            ("茶碗", "ちゃわん", 1200, 10, None, 0.3),
        ),
    ),
    _WorkshopSpec(
        "こもれび舎",
        "こもれびしゃ",
        "#6fa587",
        (
            ("木のコースター", "きのこーすたー", 300, 10, None, 1.0),
            ("木のおもちゃ（車）", "きのおもちゃくるま", 1200, 10, None, 0.3),
            ("木製バターナイフ", "もくせいばたーないふ", 700, 10, None, 0.6),
            ("木のキーホルダー", "きのきーほるだー", 400, 10, None, 0.8),
        ),
    ),
    _WorkshopSpec(
        "カフェふれあい",
        "かふぇふれあい",
        "#a47551",
        (
            ("ドリップコーヒー（5袋）", "どりっぷこーひー", 500, 8, 180, 1.5),
            ("コーヒー豆（100g）", "こーひーまめ", 700, 8, 90, 0.8),
            ("シフォンケーキ", "しふぉんけーき", 300, 8, 2, 2.0),
            ("焼きドーナツ", "やきどーなつ", 180, 8, 3, 2.5),
        ),
    ),
    _WorkshopSpec(
        "さくら福祉作業所",
        "さくらふくしさぎょうしょ",
        "#f19cb3",
        (
            ("米粉クッキー", "こめこくっきー", 300, 8, 7, 2.0),
            ("かりんとう", "かりんとう", 250, 8, 60, 1.5),
            ("ビーズストラップ", "びーずすとらっぷ", 400, 10, None, 0.8),
            ("ビーズブレスレット", "びーずぶれすれっと", 800, 10, None, 0.5),
        ),
    ),
    _WorkshopSpec(
        "手しごと屋ゆい",
        "てしごとやゆい",
        "#e07a5f",
        (
            ("刺し子ふきん", "さしこふきん", 700, 10, None, 1.0),
            ("エコバッグ", "えこばっぐ", 900, 10, None, 0.7),
            ("あずま袋", "あずまぶくろ", 800, 10, None, 0.5),
            ("ランチョンマット", "らんちょんまっと", 600, 10, None, 0.5),
        ),
    ),
    _WorkshopSpec(
        "ベーカリーおひさま",
        "べーかりーおひさま",
        "#f4a259",
        (
            ("塩パン", "しおぱん", 130, 8, 2, 3.0),
            ("くるみパン", "くるみぱん", 200, 8, 3, 2.0),
            ("ベーグル", "べーぐる", 180, 8, 3, 2.0),
            ("米粉ロールパン（4個）", "こめころーるぱん", 350, 8, 2, 1.5),
            ("サンドイッチ", "さんどいっち", 320, 8, 0, 3.0),
        ),
    ),
    _WorkshopSpec(
        "わかば工房",
        "わかばこうぼう",
        "#a8c686",
        (
            ("豆大福", "まめだいふく", 150, 8, 1, 2.5),
            ("どら焼き", "どらやき", 180, 8, 3, 2.5),
            ("草もち", "くさもち", 130, 8, 1, 2.0),
            ("手焼きせんべい", "てやきせんべい", 300, 8, 60, 1.5),
        ),
    ),
    _WorkshopSpec(
        "はーとふる",
        "はーとふる",
        "#ef8fa3",
        (
            ("レジンのヘアゴム", "れじんのへあごむ", 400, 10, None, 1.0),
            ("キーホルダー", "きーほるだー", 350, 10, None, 1.0),
            ("ピアス・イヤリング", "ぴあすいやりんぐ", 600, 10, None, 0.6),
        ),
        joins=9,
    ),
    _WorkshopSpec(
        "ともしび作業所",
        "ともしびさぎょうしょ",
        "#f7d08a",
        (
            ("アロマキャンドル", "あろまきゃんどる", 800, 10, None, 0.7),
            ("ソイキャンドル", "そいきゃんどる", 1000, 10, None, 0.5),
            ("サシェ（香り袋）", "さしぇかおりぶくろ", 500, 10, None, 0.8),
        ),
        joins=6,
    ),
    _WorkshopSpec(
        "地域活動ホームたんぽぽ",
        "ちいきかつどうほーむたんぽぽ",
        "#e9c46a",
        (
            ("手づくりクッキー", "てづくりくっきー", 250, 8, 7, 2.0),
            ("マフィン", "まふぃん", 200, 8, 3, 2.0),
            ("紙すきカード", "かみすきかーど", 200, 10, None, 0.8),
            ("押し花しおり", "おしばなしおり", 150, 10, None, 0.8),
        ),
        joins=1,
    ),
    _WorkshopSpec("みなと区福祉保健センター", "みなとくふくしほけんせんたー", "#9aa5b1", category="区福祉保健センター"),
    _WorkshopSpec("みなと区社会福祉協議会", "みなとくしゃかいふくしきょうぎかい", "#b0a8b9", category="社会福祉協議会"),
    _WorkshopSpec(
        "風の丘工房",
        "かぜのおかこうぼう",
        "#7aa6c2",
        (
            ("ハーブティー", "はーぶてぃー", 500, 8, 365, 1.0),
            ("布マスク", "ぬのますく", 500, 10, None, 0.8),
            ("手織りコースター", "ておりこーすたー", 300, 10, None, 1.0),
        ),
        category="その他",
        guest=True,
    ),
)

# key, name, report label, display order, change fund, sales per day, lot sizes, cashless share
_VENUES: tuple[tuple[str, str, str, int, int, tuple[int, int], tuple[int, int], float], ...] = (
    ("ward", "区役所ロビー", "区役所販売", 1, 10_000, (10, 40), (12, 30), 0.22),
    ("mall", "ゆめが丘SC", "ゆめが丘SC出張販売", 2, 30_000, (100, 250), (10, 30), 0.24),
    ("station", "みなと駅コンコース", "みなと駅出張販売", 3, 30_000, (40, 90), (8, 25), 0.26),
    ("plant", "西谷浄水場", "西谷浄水場出張販売", 4, 30_000, (30, 80), (10, 30), 0.18),
    ("marche", "福祉のマルシェ", "福祉のマルシェ", 5, 30_000, (15, 40), (5, 20), 0.20),
    ("bizpark", "みなとビジネスパーク", "みなとビジネスパーク出張販売", 6, 30_000, (10, 30), (5, 15), 0.45),
    ("festival", "あじさい祭り会場", "あじさい祭り出店販売", 7, 30_000, (30, 80), (10, 30), 0.20),
)

# Cashless brands and how often customers use them (PayPay and transit IC most common).
_BRANDS = (
    ("paypay", 30),
    ("transit_ic", 25),
    ("credit", 14),
    ("id", 5),
    ("quicpay", 3),
    ("d_barai", 5),
    ("rakuten_pay", 4),
    ("au_pay", 4),
    ("other_qr", 2),
    ("emoney", 6),
    ("gift_voucher", 1),
    ("other", 1),
)
_HANDED_OVER = ("地域の子ども食堂へ寄贈", "併設の相談コーナーへ提供", "区役所の職員が買い取り")
_VOID_REASONS = ("打ち間違い", "打ち間違い", "数量の入力誤り", "商品の選び間違い", "お客様のキャンセル")
_CASH_COMMENTS = {
    -1: ("釣銭の渡し間違いと思われる", "釣銭の渡しすぎと思われる", "原因不明（不足）"),
    1: ("釣銭の渡し間違いと思われる", "お釣りの受け取り辞退があった", "原因不明（過剰）"),
}
_AGENDA = {
    4: "年間計画、役割分担、会計監査の日程",
    5: "ゆめが丘SC販売報告・計画、区役所販売、あじさい祭り出店",
    6: "ゆめが丘SC販売報告・計画、区役所販売、新規加入等",
    7: "ゆめが丘SC販売報告・計画、みなと駅出張販売の準備",
    8: "ゆめが丘SC販売報告・計画、区役所販売、西谷浄水場出張販売",
    9: "ゆめが丘SC販売報告・計画、区役所販売、新規加入等",
    10: "ゆめが丘SC販売報告・計画、区役所販売、キャッシュレス対応",
    11: "ゆめが丘SC販売報告・計画、みなと駅出張販売の準備",
    12: "ゆめが丘SC販売報告・計画、区役所販売、年末年始の販売",
    1: "ゆめが丘SC販売報告・計画、区役所販売、新規加入等",
    2: "ゆめが丘SC販売報告・計画、年間報告書の作成",
    3: "年間報告書、次年度計画、役員改選",
}


@dataclass(frozen=True)
class DemoSummary:
    """How many records `seed_demo` wrote."""

    workshops: int
    products: int
    venues: int
    sales_days: int
    sales: int
    sale_lines: int
    activities: int
    lots: int = 0
    dispositions: int = 0


@dataclass(frozen=True)
class _Prod:
    id: uuid.UUID
    workshop_id: uuid.UUID
    name: str
    price: int
    rate: int
    shelf: int | None
    weight: float

    @property
    def perishable(self) -> bool:
        return self.shelf is not None


@dataclass
class _Shop:
    id: uuid.UUID
    joined_on: date | None
    products: list[_Prod]
    guest: bool

    @property
    def has_food(self) -> bool:
        return any(p.perishable for p in self.products)

    @property
    def has_goods(self) -> bool:
        return any(not p.perishable for p in self.products)


@dataclass(frozen=True)
class _VenueCfg:
    key: str
    id: uuid.UUID
    change_fund: int
    sales: tuple[int, int]
    lots: tuple[int, int]
    cashless: float


@dataclass
class _Buffers:
    """Rows of one month, written in foreign-key order."""

    days: list[dict[str, Any]] = field(default_factory=list)
    tills: list[dict[str, Any]] = field(default_factory=list)
    participations: list[dict[str, Any]] = field(default_factory=list)
    lots: list[dict[str, Any]] = field(default_factory=list)
    sales: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    payments: list[dict[str, Any]] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)
    dispositions: list[dict[str, Any]] = field(default_factory=list)

    def tables(self) -> Iterator[tuple[type[Base], list[dict[str, Any]]]]:
        yield SalesDay, self.days
        yield Till, self.tills
        yield Participation, self.participations
        yield Lot, self.lots
        yield Sale, self.sales
        yield SaleLine, self.lines
        yield Payment, self.payments
        yield CashCount, self.counts
        yield LotDisposition, self.dispositions


def is_empty(db: Database) -> bool:
    """True while the database has no workshop yet (the app seeds demo data on first start then)."""
    with db.sessions() as s:
        return s.scalar(select(Workshop.id).limit(1)) is None


def seed_demo(db: Database, *, today: date, years: int = 1, seed: int = 2024, scale: int = 1) -> DemoSummary:
    """Fill an empty database with demo data up to the day before `today` (see the module doc).

    `scale` multiplies the customers of every sales day and the size of the food lots brought (a
    busier booth: same calendar, same workshops and products); `scale=1` is the usual booth, and
    e.g. ten years at `scale=6` give about a million sale lines for the benchmarks.
    """
    if years < 0:
        raise ValueError("years must be 0 or more")
    if scale < 1:
        raise ValueError("scale must be 1 or more")
    if not is_empty(db):
        raise StateError(
            "すでに事業所が登録されているため、デモデータは作成できません（空のデータベースでのみ作成できます）",
            "The database already has workshops: demo data can only be created in an empty database",
        )
    return _Generator(random.Random(seed), today, years, scale).run(db)


def _insert(s: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    table = model.__table__
    for start in range(0, len(rows), CHUNK):
        s.execute(insert(table), rows[start : start + CHUNK])


def _month_days(year: int, month: int) -> list[date]:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return [first + timedelta(days=i) for i in range((nxt - first).days)]


_HOLIDAYS = frozenset({(12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3), (5, 3), (5, 4), (5, 5)})


def _is_closed_holiday(d: date) -> bool:
    """Year-end holidays and Golden Week: the ward office is closed."""
    return (d.month, d.day) in _HOLIDAYS


def _local(d: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(d, time(hour, minute), JST).astimezone(UTC)


class _Generator:
    def __init__(self, rng: random.Random, today: date, years: int, scale: int = 1) -> None:
        self.rng = rng
        self.scale = scale
        self.today = today
        self.current_fy = fiscal_year_of(today)
        self.first_fy = self.current_fy - years
        self.start = fiscal_year_range(self.first_fy)[0]
        self.last_day = today - timedelta(days=1)
        # The business park stalls are new: only in the twelve months before this month.
        self.bizpark_from = date(today.year - 1, today.month, 1)
        self.shops: list[_Shop] = []
        self.guest: _Shop | None = None
        self.venues: dict[str, _VenueCfg] = {}
        self.ward_turn = 0
        self.brand_keys = [b for b, _ in _BRANDS]
        self.brand_cum = _cumulate(w for _, w in _BRANDS)
        self.n_days = self.n_sales = self.n_lines = self.n_activities = self.n_lots = self.n_dispositions = 0

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    # ---- master data -------------------------------------------------------------------------

    def run(self, db: Database) -> DemoSummary:
        with db.sessions.begin() as s:
            n_workshops, n_products = self._write_master(s)
        for fy in range(self.first_fy, self.current_fy + 1):
            if fiscal_year_range(fy)[0] > self.last_day:
                break
            with db.sessions.begin() as s:
                self._write_fiscal_year(s, fy)
        with db.sessions.begin() as s:
            _write_calendar(self, s)
        return DemoSummary(
            workshops=n_workshops,
            products=n_products,
            venues=len(self.venues),
            sales_days=self.n_days,
            sales=self.n_sales,
            sale_lines=self.n_lines,
            activities=self.n_activities,
            lots=self.n_lots,
            dispositions=self.n_dispositions,
        )

    def _write_master(self, s: Session) -> tuple[int, int]:
        rng = self.rng
        _insert(s, Setting, [{"key": k, "value": v} for k, v in SETTINGS.items()])
        recent_fy = self.current_fy - 1
        workshops: list[dict[str, Any]] = []
        products: list[dict[str, Any]] = []
        code = 0
        for spec in WORKSHOPS:
            wid = self.uid()
            if spec.guest:
                joined: date | None = None
            elif spec.joins is not None:
                year = recent_fy + (spec.joins < 4)
                joined = date(year, spec.joins, rng.randint(1, 28))
            else:
                joined = self.start - timedelta(days=rng.randint(60, 12 * 365))
            base = f"{rng.randrange(10**12):012d}"  # a 法人番号: check digit first (pos.domain.invoice)
            invoice = f"T{corporate_check_digit(base)}{base}" if spec.invoice else None
            workshops.append(
                {
                    "id": wid,
                    "name": spec.name,
                    "kana": spec.kana,
                    "category": spec.category,
                    "joined_on": joined,
                    "active": True,
                    "colour": spec.colour,
                    "invoice_number": invoice,
                    "is_guest": spec.guest,
                    "from_history": False,
                }
            )
            prods: list[_Prod] = []
            for name, kana, price, rate, shelf, weight in spec.products:
                code += 1
                pid = self.uid()
                prods.append(_Prod(pid, wid, name, price, rate, shelf, weight))
                products.append(
                    {
                        "id": pid,
                        "workshop_id": wid,
                        "name": name,
                        "kana": kana,
                        "price": price,
                        "tax_rate": rate,
                        "perishable": shelf is not None,
                        "shelf_life_days": None if shelf is None else max(shelf, 1),
                        "code": f"P{code:04d}",
                        "active": True,
                    }
                )
            if not prods:
                continue
            shop = _Shop(wid, joined, prods, spec.guest)
            if spec.guest:
                self.guest = shop
            else:
                self.shops.append(shop)
        _insert(s, Workshop, workshops)
        _insert(s, Product, products)
        venues = []
        for key, name, label, order, fund, sales, lots, cashless in _VENUES:
            vid = self.uid()
            self.venues[key] = _VenueCfg(key, vid, fund, sales, lots, cashless)
            venues.append(
                {
                    "id": vid,
                    "name": name,
                    "report_label": label,
                    "display_order": order,
                    "active": True,
                    "from_history": False,
                }
            )
        _insert(s, Venue, venues)
        return len(workshops), len(products)

    # ---- calendar ----------------------------------------------------------------------------

    def _write_fiscal_year(self, s: Session, fy: int) -> None:
        rng = self.rng
        months = fiscal_months(fy)
        # Yearly events: two station runs, a few water-plant Saturdays, the June festival.
        station_months = {rng.choice((6, 7, 9)), rng.choice((11, 12, 2))}
        plant_months = set(rng.sample([5, 6, 7, 8, 9, 10, 11, 2, 3], rng.randint(3, 5)))
        audit_month = rng.choice((4, 5))
        activities: list[dict[str, Any]] = []
        for year, month in months:
            if date(year, month, 1) > self.last_day:
                break
            days = _month_days(year, month)
            weekdays = [d for d in days if d.weekday() < 5 and not _is_closed_holiday(d)]
            mid = [d for d in weekdays if 10 <= d.day <= 20]
            meeting = rng.choice(mid)
            if self._in_period(meeting):
                activities.append(self._activity(meeting, "meeting", MEETING_LABEL, _AGENDA[month]))
            if month == audit_month:
                audit = rng.choice([d for d in weekdays if d != meeting])
                if self._in_period(audit):
                    activities.append(self._activity(audit, "other", AUDIT_LABEL, "前年度会計の監査"))
            buf = _Buffers()
            for venue_key, day, shops, notes in self._month_schedule(
                year, month, days, weekdays, month in station_months, month in plant_months
            ):
                if self._in_period(day):
                    self._sales_day(buf, self.venues[venue_key], day, shops, notes)
            for model, rows in buf.tables():
                _insert(s, model, rows)
        _insert(s, Activity, activities)
        self.n_activities += len(activities)

    def _in_period(self, d: date) -> bool:
        return self.start <= d <= self.last_day

    def _activity(self, d: date, kind: str, label: str, note: str) -> dict[str, Any]:
        return {"id": self.uid(), "day": d, "kind": kind, "label": label, "note": note}

    def _members_on(self, d: date) -> list[_Shop]:
        return [w for w in self.shops if w.joined_on is not None and w.joined_on <= d]

    def _month_schedule(
        self, year: int, month: int, days: list[date], weekdays: list[date], station: bool, plant: bool
    ) -> Iterator[tuple[str, date, list[_Shop], str]]:
        rng = self.rng
        weekend = [d for d in days if d.weekday() >= 5]
        saturdays = [d for d in days if d.weekday() == 5]

        # Ward office lobby: 9-16 weekdays, 1-2 workshops in rotation.
        for d in sorted(rng.sample(weekdays, min(len(weekdays), rng.randint(9, 16)))):
            members = self._members_on(d)
            shops = []
            for _ in range(rng.choice((1, 1, 2))):
                shop = members[self.ward_turn % len(members)]
                self.ward_turn += 1
                if shop not in shops:
                    shops.append(shop)
            yield "ward", d, shops, COUNSELLING_NOTE if rng.random() < 0.15 else ""

        # Shopping mall: one weekend day, 6-10 workshops (always some crafts besides the food).
        mall_day = rng.choice(weekend)
        members = self._members_on(mall_day)
        goods = rng.sample([w for w in members if w.has_goods], 2)
        rest = [w for w in members if w not in goods]
        yield "mall", mall_day, goods + rng.sample(rest, min(len(rest), rng.randint(4, 8))), ""

        # Water plant: a single Saturday, lunch food from 2-6 workshops.
        if plant:
            d = rng.choice(saturdays)
            food = [w for w in self._members_on(d) if w.has_food]
            yield "plant", d, rng.sample(food, min(len(food), rng.randint(2, 6))), ""

        # Station concourse: 3-5 consecutive days, 14-15 workshops over the run, 4-5 a day.
        if station:
            length = rng.randint(3, 5)
            first = rng.randint(1, len(days) - length - 2)
            run = days[first : first + length]
            members = self._members_on(run[0])
            taking_part = rng.sample(members, min(len(members), rng.randint(14, 15), 5 * length))
            per_day: list[list[_Shop]] = [[] for _ in run]
            for i, w in enumerate(taking_part):
                per_day[i % length].append(w)
            for today_shops in per_day:
                want = rng.randint(4, 5)
                others = [w for w in taking_part if w not in today_shops]
                today_shops.extend(rng.sample(others, max(0, min(len(others), want - len(today_shops)))))
            guest_days: set[int] = set()
            # the guest from another ward comes to the summer run, and now and then in winter
            if self.guest is not None and (month in (6, 7, 9) or rng.random() < 0.4):
                guest_days = set(rng.sample(range(length), rng.randint(1, 2)))
            for i, d in enumerate(run):
                shops = list(per_day[i])
                note = ""
                if i in guest_days and self.guest is not None:
                    shops.append(self.guest)
                    note = GUEST_NOTE
                yield "station", d, shops, note

        # Welfare market: 3-5 days, 1-3 workshops.
        for d in sorted(rng.sample(days, rng.randint(3, 5))):
            members = self._members_on(d)
            yield "marche", d, rng.sample(members, rng.randint(1, 3)), ""

        # Business park: new, several weekdays a month, mostly lunch food.
        if date(year, month, 1) >= self.bizpark_from:
            for d in sorted(rng.sample(weekdays, rng.randint(3, 6))):
                members = self._members_on(d)
                food = [w for w in members if w.has_food]
                shops = rng.sample(food, rng.randint(1, 2))
                if rng.random() < 0.4:
                    shops.append(rng.choice([w for w in members if w not in shops]))
                yield "bizpark", d, shops, ""

        # The June festival: a Saturday, sometimes the Sunday too.
        if month == 6:
            sat = rng.choice(saturdays[1:3])
            fest_days = [sat] + ([sat + timedelta(days=1)] if rng.random() < 0.4 else [])
            members = self._members_on(sat)
            shops = rng.sample(members, rng.randint(1, 4))
            for d in fest_days:
                if d.month == month:
                    yield "festival", d, shops, ""

    # ---- one sales day -----------------------------------------------------------------------

    def _sales_day(self, buf: _Buffers, venue: _VenueCfg, day: date, shops: list[_Shop], notes: str) -> None:
        rng = self.rng
        day_id = self.uid()
        till_id = uuid.uuid5(day_id, "till")  # not drawn from the generator: the figures stay as they were
        opened = _local(day, 9, 45) + timedelta(minutes=rng.randint(0, 25))
        closed = _local(day, 15, 50) + timedelta(minutes=rng.randint(0, 30))
        for shop in shops:
            buf.participations.append({"id": self.uid(), "sales_day_id": day_id, "workshop_id": shop.id})

        # What was brought: a lot for every perishable product of a participating workshop.
        sellout = venue.key == "plant" and rng.random() < 0.5
        lo, hi = (5, 12) if sellout else venue.lots
        lo, hi = lo * self.scale, hi * self.scale
        stock: dict[uuid.UUID, int] = {}
        lots: dict[uuid.UUID, dict[str, Any]] = {}
        lot_time = opened - timedelta(minutes=rng.randint(5, 30))
        for shop in shops:
            for p in shop.products:
                if p.shelf is None:
                    continue
                qty = rng.randint(lo, hi)
                stock[p.id] = qty
                lots[p.id] = {
                    "id": self.uid(),
                    "product_id": p.id,
                    "sales_day_id": day_id,
                    "quantity": qty,
                    "expiry_date": day + timedelta(days=p.shelf),
                    "created_at": lot_time,
                    "sold_out_at": None,
                }
        buf.lots.extend(lots.values())
        self.n_lots += len(lots)

        # When customers came: spread over the opening hours (water plant: a rush at the start).
        n_target = rng.randint(venue.sales[0] * self.scale, venue.sales[1] * self.scale)
        span = (closed - opened).total_seconds() - 20 * 60
        if venue.key == "plant":
            offsets = [min(span, rng.expovariate(1 / (1800 if sellout else 5400))) for _ in range(n_target)]
        elif venue.key in ("ward", "bizpark"):
            offsets = [
                min(span, max(0.0, rng.gauss(span * 0.4, span * 0.15))) if rng.random() < 0.5 else rng.uniform(0, span)
                for _ in range(n_target)
            ]
        else:
            offsets = [rng.uniform(0, span) for _ in range(n_target)]
        offsets.sort()
        start = opened + timedelta(minutes=3)

        avail = [p for shop in shops for p in shop.products]
        cum = _cumulate(p.weight for p in avail)
        has_goods = any(not p.perishable for p in avail)
        food_left = sum(stock.values())
        cash_in = 0
        number = 0
        for i, offset in enumerate(offsets):
            if not avail:
                break
            tight = not has_goods and food_left < 2.5 * (n_target - i)
            k = 1 if tight else min(len(avail), rng.choices((1, 2, 3, 4), cum_weights=(45, 75, 90, 100))[0])
            picked: list[_Prod] = []
            for _ in range(4 * k):
                p = rng.choices(avail, cum_weights=cum)[0]
                if p not in picked:
                    picked.append(p)
                    if len(picked) == k:
                        break
            sale_id = self.uid()
            number += 1
            created = start + timedelta(seconds=int(offset))
            voided = rng.random() < 0.01  # a voided sale gives its units back
            total = 0
            sold_out = False
            for line_no, p in enumerate(picked, 1):
                qty = 1 if tight else rng.choices((1, 2, 3), cum_weights=(80, 95, 100))[0]
                lot = lots.get(p.id)
                if lot is not None:
                    qty = min(qty, stock[p.id])
                    if not voided:
                        stock[p.id] -= qty
                        food_left -= qty
                        if stock[p.id] == 0:
                            lot["sold_out_at"] = created
                            sold_out = True
                amount = qty * p.price
                total += amount
                buf.lines.append(
                    {
                        "id": self.uid(),
                        "sale_id": sale_id,
                        "line_no": line_no,
                        "product_id": p.id,
                        "workshop_id": p.workshop_id,
                        "product_name": p.name,
                        "quantity": qty,
                        "unit_price": p.price,
                        "tax_rate": p.rate,
                        "amount": amount,
                        "lot_id": None if lot is None else lot["id"],
                    }
                )
            if sold_out:
                avail = [p for p in avail if not p.perishable or stock[p.id] > 0]
                cum = _cumulate(p.weight for p in avail)
                has_goods = any(not p.perishable for p in avail)
            buf.sales.append(
                {
                    "id": sale_id,
                    "sales_day_id": day_id,
                    "till_id": till_id,
                    "number": number,
                    "created_at": created,
                    "total": total,
                    "state": (SaleState.VOIDED if voided else SaleState.PAID).value,
                    "void_reason": rng.choice(_VOID_REASONS) if voided else "",
                    "voided_at": created + timedelta(seconds=rng.randint(40, 150)) if voided else None,
                }
            )
            for part in self._payment(total, venue.cashless):
                buf.payments.append(
                    {
                        "id": self.uid(),
                        "sale_id": sale_id,
                        "method": part.method,
                        "amount": part.amount,
                        "tendered": part.tendered,
                        "change": part.change,
                    }
                )
                if part.method == CASH and not voided:
                    cash_in += part.amount
            self.n_lines += len(picked)
        self.n_sales += number

        self._dispositions(buf, lots, stock, closed)

        # The close: count the drawer; now and then a small difference with its reason.
        expected = venue.change_fund + cash_in
        counted, comment = expected, ""
        if rng.random() < 0.03:
            sign = rng.choice((-1, 1))
            counted = expected + sign * 10 * rng.randint(1, 10)
            comment = rng.choice(_CASH_COMMENTS[sign])
        for denomination, n in _drawer(counted).items():
            buf.counts.append(
                {"id": self.uid(), "sales_day_id": day_id, "till_id": till_id, "denomination": denomination, "count": n}
            )
        buf.days.append(
            {
                "id": day_id,
                "venue_id": venue.id,
                "day": day,
                "state": DayState.CLOSED.value,
                "change_fund": venue.change_fund,
                "counted_cash": counted,
                "expected_cash": expected,
                "cash_comment": comment,
                "notes": notes,
                "source": "app",
                "opened_at": opened,
                "closed_at": closed,
                "closed_by": CLOSED_BY,
            }
        )
        buf.tills.append(
            {
                "id": till_id,
                "sales_day_id": day_id,
                "name": FIRST_TILL,
                "state": DayState.CLOSED.value,
                "change_fund": venue.change_fund,
                "counted_cash": counted,
                "expected_cash": expected,
                "cash_comment": comment,
                "opened_at": opened,
                "closed_at": closed,
                "closed_by": CLOSED_BY,
            }
        )
        self.n_days += 1

    def _dispositions(
        self, buf: _Buffers, lots: dict[uuid.UUID, dict[str, Any]], stock: dict[uuid.UUID, int], closed: datetime
    ) -> None:
        """What happened to the food left: taken back mostly; same-day food is often disposed."""
        rng = self.rng
        by_default = rng.random() < 0.05  # nobody filled in the form: all taken back, by default
        for pid, lot in lots.items():
            left = stock[pid]
            if left == 0:
                continue
            parts: dict[tuple[str, str], int] = {}
            if by_default:
                parts[("taken_back", "")] = left
            else:
                same_day = lot["expiry_date"] <= lot["created_at"].astimezone(JST).date() + timedelta(days=1)
                r = rng.random()
                if r < 0.03:
                    parts[("other", rng.choice(_HANDED_OVER))] = left
                elif r < (0.45 if same_day else 0.06):
                    disposed = left if left < 3 or rng.random() < 0.6 else rng.randint(1, left - 1)
                    parts[("disposed", "")] = disposed
                    if left > disposed:
                        parts[("taken_back", "")] = left - disposed
                else:
                    parts[("taken_back", "")] = left
            for (kind, note), quantity in parts.items():
                buf.dispositions.append(
                    {
                        "id": self.uid(),
                        "lot_id": lot["id"],
                        "kind": kind,
                        "quantity": quantity,
                        "note": note,
                        "at": closed,
                        "by_default": by_default,
                    }
                )
                self.n_dispositions += 1

    def _payment(self, total: int, cashless_share: float) -> list[PaymentPart]:
        rng = self.rng
        r = rng.random()
        mixed = 0.03 if cashless_share < 0.3 else 0.05
        if r < mixed and total >= 200:
            if total > 1000 and rng.random() < 0.5:
                part = ("gift_voucher", rng.choice([v for v in (500, 1000) if v < total]))
            else:
                part = ("transit_ic", rng.randint(1, total - 1))
            return plan_payment(total, [part], self._tendered(total - part[1]))
        if r < mixed + cashless_share:
            brand = rng.choices(self.brand_keys, cum_weights=self.brand_cum)[0]
            return plan_payment(total, [(brand, total)])
        return plan_payment(total, None, self._tendered(total))

    def _tendered(self, due: int) -> int:
        """Exact money, or the next ¥1,000 / a ¥5,000 / a ¥10,000 note above the amount due."""
        r = self.rng.random()
        if r < 0.4:
            return due
        if 0.85 <= r < 0.95 and due < 5000:
            return 5000
        if r >= 0.95 and due < 10_000:
            return 10_000
        return (due // 1000 + 1) * 1000


def _cumulate(weights: Iterable[float]) -> list[float]:
    out: list[float] = []
    acc = 0.0
    for w in weights:
        acc += w
        out.append(acc)
    return out


def _drawer(amount: int) -> dict[int, int]:
    """A drawer count per denomination summing to `amount` (no ¥2,000 notes, as is usual)."""
    counts: dict[int, int] = {}
    left = amount
    for denomination in DENOMINATIONS:
        if denomination == 2000:
            counts[denomination] = 0
            continue
        counts[denomination], left = divmod(left, denomination)
    assert left == 0
    return counts


# ---- the sales calendar (issue 18) ------------------------------------------------------------

_VOLUNTEERS = (
    "青木 和子",
    "石井 正人",
    "上田 良子",
    "遠藤 博",
    "岡本 敏子",
    "加藤 勇",
    "木村 光子",
    "小林 実",
    "斎藤 節子",
    "清水 茂",
)
_REQUESTERS = (
    "みなと地域ケアプラザ",
    "川辺地域ケアプラザ",
    "丘の上地域ケアプラザ",
    "港北台地域ケアプラザ",
    "みなと区社会福祉協議会",
    "みなと地区センター",
)
_REQUEST_EVENTS = {  # by month: what a community centre holds then
    6: ("健康フェア", "ふれあい広場"),
    7: ("夏祭り",),
    8: ("夏祭り", "納涼会"),
    9: ("地域の防災訓練", "敬老の集い"),
    10: ("秋の交流会", "福祉まつり"),
    11: ("秋の交流会", "福祉まつり"),
    12: ("クリスマス会", "年末交流会"),
}
_OTHER_EVENTS = ("ふれあい広場", "地域交流会", "健康フェア")


def _write_calendar(self: _Generator, s: Session) -> None:
    """Plans for the coming two months with sign-ups and some gaps, and two years' requests."""
    from pos.domain.calendar import expand_pattern

    rng = self.rng
    first = self.today
    months = first.year * 12 + first.month - 1 + 3  # the first day after the month after next
    last = date(months // 12, months % 12 + 1, 1) - timedelta(days=1)
    members = [
        (wid, name)
        for wid, name, joined in s.execute(
            select(Workshop.id, Workshop.name, Workshop.joined_on).where(Workshop.is_guest.is_(False))
        )
        if joined is None or joined <= first
    ]
    sellers = [w for w in members if w[0] in {shop.id for shop in self.shops}] or members
    days: list[dict[str, Any]] = []
    planned_ws: list[dict[str, Any]] = []
    shifts: list[dict[str, Any]] = []
    signups: list[dict[str, Any]] = []
    rhythm = (
        ("ward", "weekdays", "10:00", "15:00", (1, 2), (("10:00", "15:00", 2),)),
        ("mall", "monthly:2:5", "10:00", "16:00", (6, 8), (("10:00", "13:00", 3), ("13:00", "16:00", 3))),
        ("marche", "monthly:1:2", "11:00", "14:00", (1, 3), (("11:00", "14:00", 2),)),
        ("marche", "monthly:3:2", "11:00", "14:00", (1, 3), (("11:00", "14:00", 2),)),
    )
    for key, pattern, start, end, (lo, hi), shift_specs in rhythm:
        for day in expand_pattern(pattern, first, last):
            if _is_closed_holiday(day):
                continue
            pid = self.uid()
            days.append(
                {
                    "id": pid,
                    "venue_id": self.venues[key].id,
                    "day": day,
                    "start_time": start,
                    "end_time": end,
                    "notes": "",
                    "series_id": None,
                    "request_id": None,
                }
            )
            chosen = rng.sample(sellers, min(len(sellers), rng.randint(lo, hi)))
            planned_ws += [{"id": self.uid(), "planned_day_id": pid, "workshop_id": wid} for wid, _ in chosen]
            for s_start, s_end, needed in shift_specs:
                sid = self.uid()
                shifts.append(
                    {"id": sid, "planned_day_id": pid, "start_time": s_start, "end_time": s_end, "needed": needed}
                )
                # most shifts are full; about one in four is short of one or two people
                have = needed - rng.randint(1, min(2, needed)) if rng.random() < 0.25 else needed
                people = rng.sample(_VOLUNTEERS, min(len(_VOLUNTEERS), have))
                for i, name in enumerate(people):
                    staff = chosen[i] if i < len(chosen) and rng.random() < 0.5 else None
                    signups.append(
                        {
                            "id": self.uid(),
                            "shift_id": sid,
                            "name": name,
                            "workshop_id": staff[0] if staff else None,
                            "contact": f"090-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
                            if rng.random() < 0.4
                            else "",
                        }
                    )
    requests: list[dict[str, Any]] = []
    for fy in (self.current_fy - 1, self.current_fy):
        start_fy, end_fy = fiscal_year_range(fy)
        span = (end_fy - start_fy).days
        for i in range(14):
            day = start_fy + timedelta(days=rng.randrange(span))
            if i < 11:  # eleven weekend requests: the Saturday or Sunday of that week (within the year)
                day += timedelta(days=(5 - day.weekday()) % 7 + rng.randint(0, 1))
                if day > end_fy:
                    day -= timedelta(days=7)
            elif day.weekday() >= 5:  # three on weekdays: the Friday before
                day -= timedelta(days=day.weekday() - 4)
            received = day - timedelta(days=rng.randint(20, 60))
            if received > self.today:
                continue  # not asked yet
            weekend = day.weekday() >= 5
            if day >= self.today:
                status, reason = "pending", ""
            elif weekend:
                status, reason = rng.choices(
                    [("declined", "staff"), ("accepted", ""), ("declined", "clash")], [7, 2, 1]
                )[0]
            else:
                status, reason = rng.choices([("accepted", ""), ("declined", "other")], [3, 1])[0]
            requests.append(
                {
                    "id": self.uid(),
                    "requester": rng.choice(_REQUESTERS),
                    "event": rng.choice(_REQUEST_EVENTS.get(day.month, _OTHER_EVENTS)),
                    "day": day,
                    "contact": f"045-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                    "received_on": received,
                    "status": status,
                    "decline_reason": reason,
                    "reason_note": "雨天時の会場が確保できない" if reason == "other" else "",
                    "answered_at": None if status == "pending" else _local(received + timedelta(days=10), 12),
                }
            )
    _insert(s, BoothRequest, requests)
    _insert(s, PlannedDay, days)
    _insert(s, PlannedWorkshop, planned_ws)
    _insert(s, Shift, shifts)
    _insert(s, Signup, signups)
