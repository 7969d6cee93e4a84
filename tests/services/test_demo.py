"""The demo-data generator: a lived-in database whose records keep every rule the app keeps.

One database is generated for the module (years=1, today 2026-11-21: fiscal year 2025 in full and
fiscal year 2026 up to 2026-11-20) and examined with SQL over the file.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

from pos.db.engine import Database, open_database
from pos.domain.errors import StateError
from pos.domain.invoice import invoice_number_problem
from pos.domain.payments import METHODS
from pos.services.demo import DemoSummary, is_empty, seed_demo

TODAY = date(2026, 11, 21)
FY_START = "2025-04-01"
LAST_DAY = "2026-11-20"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary, Path]]:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    summary = seed_demo(database, today=TODAY, years=1)
    yield database, summary, path
    database.dispose()


@pytest.fixture(scope="module")
def sql(demo: tuple[Database, DemoSummary, Path]) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{demo[2]}?mode=ro", uri=True)
    yield conn
    conn.close()


def one(conn: sqlite3.Connection, query: str, *params: object) -> object:
    return conn.execute(query, params).fetchone()[0]


def rows(conn: sqlite3.Connection, query: str, *params: object) -> list[tuple]:
    return conn.execute(query, params).fetchall()


def fingerprint(conn: sqlite3.Connection) -> list[tuple]:
    return rows(
        conn,
        """SELECT d.day, v.name, count(s.id), sum(s.total), group_concat(s.id)
           FROM sales_days d JOIN venues v ON v.id = d.venue_id LEFT JOIN sales s ON s.sales_day_id = d.id
           GROUP BY d.id ORDER BY d.day, v.name""",
    )


# ---- master data -----------------------------------------------------------------------------


def test_summary_counts_what_is_in_the_file(demo, sql) -> None:
    _, summary, _ = demo
    for name, table in (
        ("workshops", "workshops"),
        ("products", "products"),
        ("venues", "venues"),
        ("sales_days", "sales_days"),
        ("sales", "sales"),
        ("sale_lines", "sale_lines"),
        ("activities", "activities"),
        ("lots", "lots"),
        ("dispositions", "lot_dispositions"),
    ):
        assert getattr(summary, name) == one(sql, f"SELECT count(*) FROM {table}"), name
    assert 18 <= summary.workshops <= 21
    assert 75 <= summary.products <= 85
    assert summary.venues == 7
    assert 300 <= summary.sales_days <= 600
    assert 8_000 <= summary.sales <= 25_000
    assert summary.sales * 1.5 <= summary.sale_lines <= summary.sales * 2.5


def test_settings_name_a_fictional_ward(sql) -> None:
    settings = dict(rows(sql, "SELECT key, value FROM settings"))
    assert {"ward_name", "council_name", "subcommittee_name", "booth_name"} <= settings.keys()
    assert settings["subcommittee_name"] == "自主製品販売部会"
    assert settings["council_name"].startswith(settings["ward_name"])
    assert settings["council_name"].endswith("障害者地域自立支援協議会")
    assert all("保土ケ谷" not in v for v in settings.values())


def test_workshops_members_and_guest(sql) -> None:
    ws = rows(
        sql,
        """SELECT w.name, w.kana, w.category, w.colour, w.invoice_number, w.is_guest, w.joined_on,
                  (SELECT count(*) FROM products p WHERE p.workshop_id = w.id)
           FROM workshops w""",
    )
    members = [w for w in ws if not w[5]]
    guests = [w for w in ws if w[5]]
    assert len(guests) == 1 and guests[0][7] > 0
    assert 16 <= sum(w[2] == "障害福祉サービス事業者" for w in members) <= 17
    non_sellers = {w[2]: w[7] for w in members if w[2] != "障害福祉サービス事業者"}
    assert non_sellers == {"区福祉保健センター": 0, "社会福祉協議会": 0}
    assert all(w[1] for w in ws), "every workshop has kana"
    colours = [w[3] for w in ws]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours) and len(set(colours)) == len(colours)
    invoices = [w[4] for w in ws if w[4]]
    assert 1 <= len(invoices) <= 2 and all(re.fullmatch(r"T\d{13}", t) for t in invoices)
    # corporate numbers (社会福祉法人・NPO法人): the first digit is the 法人番号 check digit of the other twelve
    assert all(invoice_number_problem(t) is None for t in invoices), invoices
    assert all(w[6] is not None for w in members)
    assert all("保土ケ谷" not in w[0] for w in ws)


def test_products_are_believable(sql) -> None:
    ps = rows(sql, "SELECT code, name, kana, price, tax_rate, perishable, shelf_life_days FROM products")
    codes = [p[0] for p in ps]
    assert len(set(codes)) == len(codes) and all(re.fullmatch(r"[A-Z0-9]{2,8}", c) for c in codes)
    assert all(100 <= p[3] <= 1500 and p[2] for p in ps)
    assert all(bool(p[5]) == (p[4] == 8) for p in ps), "food is perishable at 8 %, the rest at 10 %"
    assert all((p[6] is not None) == bool(p[5]) for p in ps)
    bento = [p for p in ps if "弁当" in p[1]]
    assert bento and all(450 <= p[3] <= 600 and p[6] == 1 for p in bento)
    assert any(p[6] and p[6] >= 90 for p in ps if "ジャム" in p[1])


def test_venues_in_display_order(sql) -> None:
    vs = rows(sql, "SELECT report_label, display_order FROM venues ORDER BY display_order")
    labels = [v[0] for v in vs]
    assert [v[1] for v in vs] == list(range(1, 8))
    assert labels[0] == "区役所販売"
    assert labels[1].endswith("SC出張販売") and labels[2].endswith("駅出張販売")
    assert labels[3].endswith("浄水場出張販売") and labels[4] == "福祉のマルシェ"
    assert "出店" in labels[6]


# ---- sales days ------------------------------------------------------------------------------


def test_sales_days_lie_in_the_two_fiscal_years_before_today(sql) -> None:
    first, last = rows(sql, "SELECT min(day), max(day) FROM sales_days")[0]
    assert FY_START <= first <= "2025-04-10"
    assert "2026-11-01" <= last <= LAST_DAY
    assert one(sql, "SELECT count(*) FROM sales_days WHERE day >= ?", TODAY.isoformat()) == 0
    assert one(sql, "SELECT count(*) FROM sales_days WHERE state <> 'closed' OR closed_by = ''") == 0
    assert one(sql, "SELECT count(*) FROM sales_days WHERE NOT (opened_at < closed_at)") == 0
    # opened around 10:00 and closed around 16:00 in Tokyo (01:00 and 07:00 UTC)
    assert (
        one(
            sql,
            """SELECT count(*) FROM sales_days WHERE time(opened_at) NOT BETWEEN '00:30' AND '01:30'
           OR time(closed_at) NOT BETWEEN '06:30' AND '07:30' OR date(opened_at) <> day""",
        )
        == 0
    )
    assert one(sql, "SELECT count(*) FROM (SELECT 1 FROM sales_days GROUP BY venue_id, day HAVING count(*) > 1)") == 0
    assert (
        one(
            sql,
            "SELECT count(*) FROM sales_days d WHERE NOT EXISTS "
            "(SELECT 1 FROM participations p WHERE p.sales_day_id = d.id)",
        )
        == 0
    )


def test_rhythm_per_venue(sql) -> None:
    per_month = rows(
        sql,
        """SELECT v.display_order, strftime('%Y-%m', d.day) AS m, count(*) FROM sales_days d
           JOIN venues v ON v.id = d.venue_id WHERE d.day < '2026-11-01' GROUP BY v.id, m""",
    )
    ward = [n for order, _, n in per_month if order == 1]
    mall = [n for order, _, n in per_month if order == 2]
    assert len(ward) == 19 and all(9 <= n <= 16 for n in ward)
    assert len(mall) == 19 and all(n == 1 for n in mall)
    assert (
        one(
            sql,
            """SELECT count(*) FROM sales_days d JOIN venues v ON v.id = d.venue_id
                       WHERE v.display_order = 2 AND strftime('%w', d.day) NOT IN ('0', '6')""",
        )
        == 0
    )
    station_fy2025 = one(
        sql,
        """SELECT count(*) FROM sales_days d JOIN venues v ON v.id = d.venue_id
                                 WHERE v.display_order = 3 AND d.day BETWEEN '2025-04-01' AND '2026-03-31'""",
    )
    assert 6 <= station_fy2025 <= 10
    per_day = dict(
        rows(
            sql,
            """SELECT v.display_order, avg(n) FROM (
        SELECT d.venue_id, count(*) AS n FROM participations p JOIN sales_days d ON d.id = p.sales_day_id
        GROUP BY d.id) JOIN venues v ON v.id = venue_id GROUP BY v.id""",
        )
    )
    assert 1 <= per_day[1] <= 2
    assert 6 <= per_day[2] <= 10
    assert 4 <= per_day[3] <= 6
    # the business park is new: none before the last twelve months
    assert (
        one(
            sql,
            """SELECT min(d.day) FROM sales_days d JOIN venues v ON v.id = d.venue_id
                       WHERE v.display_order = 6""",
        )
        >= "2025-11-01"
    )


def test_sales_volumes_per_day(sql) -> None:
    counts = rows(
        sql,
        """SELECT v.display_order, count(s.id) FROM sales_days d JOIN venues v ON v.id = d.venue_id
           LEFT JOIN sales s ON s.sales_day_id = d.id GROUP BY d.id""",
    )
    assert all(100 <= n <= 250 for order, n in counts if order == 2)
    assert all(10 <= n <= 40 for order, n in counts if order == 1)
    assert all(1 <= n <= 90 for order, n in counts if order >= 3)


def test_sale_numbers_follow_time(sql) -> None:
    assert (
        one(
            sql,
            """SELECT count(*) FROM (SELECT sales_day_id FROM sales GROUP BY sales_day_id
                       HAVING min(number) <> 1 OR max(number) <> count(*))""",
        )
        == 0
    )
    assert (
        one(
            sql,
            """SELECT count(*) FROM (SELECT created_at, lag(created_at) OVER
                       (PARTITION BY sales_day_id ORDER BY number) AS prev FROM sales)
                       WHERE created_at < prev""",
        )
        == 0
    )
    assert (
        one(
            sql,
            """SELECT count(*) FROM sales s JOIN sales_days d ON d.id = s.sales_day_id
                       WHERE s.created_at NOT BETWEEN d.opened_at AND d.closed_at""",
        )
        == 0
    )


# ---- sales, lines, payments -------------------------------------------------------------------


def test_every_sale_has_lines_and_its_total_is_their_sum(sql) -> None:
    assert (
        one(sql, "SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)")
        == 0
    )
    assert (
        one(
            sql,
            """SELECT count(*) FROM sales s
                       WHERE s.total <> (SELECT sum(amount) FROM sale_lines l WHERE l.sale_id = s.id)""",
        )
        == 0
    )
    assert (
        one(
            sql,
            """SELECT count(*) FROM sale_lines l JOIN products p ON p.id = l.product_id
                       WHERE l.amount <> l.quantity * l.unit_price OR l.unit_price <> p.price
                       OR l.tax_rate <> p.tax_rate OR l.product_name <> p.name
                       OR l.workshop_id <> p.workshop_id""",
        )
        == 0
    )
    assert (
        one(
            sql,
            """SELECT count(*) FROM (SELECT sale_id FROM sale_lines GROUP BY sale_id
                       HAVING count(*) > 4 OR min(line_no) <> 1 OR max(line_no) <> count(*))""",
        )
        == 0
    )
    quantities = dict(rows(sql, "SELECT quantity, count(*) FROM sale_lines GROUP BY quantity"))
    assert set(quantities) <= {1, 2, 3} and quantities[1] > 0.7 * sum(quantities.values())


def test_payments_balance(sql) -> None:
    assert (
        one(
            sql,
            """SELECT count(*) FROM sales s
                       WHERE s.total <> (SELECT coalesce(sum(amount), 0) FROM payments p
                                         WHERE p.sale_id = s.id)""",
        )
        == 0
    )
    assert one(sql, "SELECT count(*) FROM payments WHERE tendered - change <> amount OR change < 0") == 0
    assert one(sql, "SELECT count(*) FROM payments WHERE method <> 'cash' AND change <> 0") == 0
    methods = dict(rows(sql, "SELECT method, count(*) FROM payments GROUP BY method"))
    assert set(methods) <= set(METHODS)
    assert methods["paypay"] > methods["credit"] and methods["transit_ic"] > methods["credit"]
    kinds = dict(
        rows(
            sql,
            """SELECT kind, count(*) FROM (SELECT s.id,
            CASE WHEN sum(p.method = 'cash') = count(*) THEN 'cash'
                 WHEN sum(p.method = 'cash') = 0 THEN 'cashless' ELSE 'mixed' END AS kind
            FROM sales s JOIN payments p ON p.sale_id = s.id GROUP BY s.id) GROUP BY kind""",
        )
    )
    n = sum(kinds.values())
    assert 0.68 <= kinds["cash"] / n <= 0.82
    assert 0.17 <= kinds["cashless"] / n <= 0.30
    assert 0.01 <= kinds["mixed"] / n <= 0.06
    # the business park takes more cashless than the ward office
    share = dict(
        rows(
            sql,
            """SELECT v.display_order, avg(p.method <> 'cash') FROM payments p
                              JOIN sales s ON s.id = p.sale_id JOIN sales_days d ON d.id = s.sales_day_id
                              JOIN venues v ON v.id = d.venue_id GROUP BY v.id""",
        )
    )
    assert share[6] > share[1] + 0.1


def test_about_one_percent_of_sales_are_voided(sql) -> None:
    voided, total = rows(sql, "SELECT sum(state = 'voided'), count(*) FROM sales")[0]
    assert 0.003 <= voided / total <= 0.02
    assert (
        one(
            sql,
            """SELECT count(*) FROM sales WHERE state = 'voided'
                       AND (void_reason = '' OR voided_at IS NULL OR voided_at <= created_at)""",
        )
        == 0
    )
    assert (
        one(sql, "SELECT count(*) FROM sales WHERE state = 'paid' AND (void_reason <> '' OR voided_at IS NOT NULL)")
        == 0
    )


def test_lines_belong_to_participating_workshops(sql) -> None:
    assert (
        one(
            sql,
            """SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id
                       WHERE NOT EXISTS (SELECT 1 FROM participations p
                       WHERE p.sales_day_id = s.sales_day_id AND p.workshop_id = l.workshop_id)""",
        )
        == 0
    )


def test_lots_bound_what_was_sold(sql) -> None:
    sold = rows(
        sql,
        """SELECT l.quantity, coalesce((SELECT sum(sl.quantity) FROM sale_lines sl
                  JOIN sales s ON s.id = sl.sale_id WHERE sl.lot_id = l.id AND s.state = 'paid'), 0)
           FROM lots l""",
    )
    assert all(5 <= q <= 30 for q, _ in sold)
    assert all(n <= q for q, n in sold)
    assert any(n == q for q, n in sold), "some food sells out"
    assert sum(n < q for q, n in sold) > len(sold) / 2, "food is often left over"
    # every food line names the lot of its product on its day; other lines name none
    assert (
        one(
            sql,
            """SELECT count(*) FROM sale_lines sl JOIN products p ON p.id = sl.product_id
                       JOIN sales s ON s.id = sl.sale_id LEFT JOIN lots l ON l.id = sl.lot_id
                       WHERE (p.perishable AND (l.id IS NULL OR l.product_id <> sl.product_id
                                                OR l.sales_day_id <> s.sales_day_id))
                       OR (NOT p.perishable AND sl.lot_id IS NOT NULL)""",
        )
        == 0
    )
    # one lot per perishable product of each participating workshop, none for the rest
    assert (
        one(
            sql,
            """SELECT count(*) FROM participations pa
                       JOIN products p ON p.workshop_id = pa.workshop_id
                       WHERE p.perishable AND NOT EXISTS (SELECT 1 FROM lots l
                       WHERE l.sales_day_id = pa.sales_day_id AND l.product_id = p.id)""",
        )
        == 0
    )
    assert (
        one(
            sql,
            """SELECT count(*) FROM lots l JOIN products p ON p.id = l.product_id
                       JOIN sales_days d ON d.id = l.sales_day_id
                       WHERE NOT p.perishable OR l.expiry_date < d.day
                       OR (p.shelf_life_days > 1
                           AND l.expiry_date <> date(d.day, '+' || p.shelf_life_days || ' days'))
                       OR NOT EXISTS (SELECT 1 FROM participations pa
                       WHERE pa.sales_day_id = d.id AND pa.workshop_id = p.workshop_id)""",
        )
        == 0
    )
    assert (
        one(
            sql,
            """SELECT count(*) FROM lots l JOIN products p ON p.id = l.product_id
                       JOIN sales_days d ON d.id = l.sales_day_id
                       WHERE p.name LIKE '%弁当%' AND l.expiry_date <> d.day""",
        )
        == 0
    )


def test_sold_out_time_is_the_paid_sale_that_took_the_last_unit(sql) -> None:
    lots = rows(
        sql,
        """SELECT l.quantity, l.sold_out_at, d.opened_at, d.closed_at,
                  coalesce(sum(sl.quantity), 0), max(s.created_at)
           FROM lots l JOIN sales_days d ON d.id = l.sales_day_id
           LEFT JOIN sale_lines sl ON sl.lot_id = l.id
           LEFT JOIN sales s ON s.id = sl.sale_id AND s.state = 'paid'
           WHERE sl.id IS NULL OR s.id IS NOT NULL GROUP BY l.id""",
    )
    sold_out = [lot for lot in lots if lot[1] is not None]
    assert sold_out and len(sold_out) < len(lots)
    assert all((q == n) == (at is not None) for q, at, _, _, n, _ in lots)
    assert all(at == last and opened < at < closed for _, at, opened, closed, _, last in sold_out)
    # the water plant sells out: most of its lots on some days, before noon on the busiest
    plant = rows(
        sql,
        """SELECT min(time(l.sold_out_at)) FROM lots l JOIN sales_days d ON d.id = l.sales_day_id
                         JOIN venues v ON v.id = d.venue_id WHERE v.display_order = 4 GROUP BY d.id""",
    )
    assert any(first is not None and first < "03:00" for (first,) in plant)  # 12:00 JST


def test_what_was_left_is_accounted_for_at_the_close(sql) -> None:
    lots = rows(
        sql,
        """SELECT l.quantity - coalesce((SELECT sum(sl.quantity) FROM sale_lines sl JOIN sales s
                  ON s.id = sl.sale_id WHERE sl.lot_id = l.id AND s.state = 'paid'), 0),
                  coalesce((SELECT sum(x.quantity) FROM lot_dispositions x WHERE x.lot_id = l.id), 0)
           FROM lots l""",
    )
    assert all(left == recorded for left, recorded in lots)
    assert (
        one(
            sql,
            """SELECT count(*) FROM lot_dispositions x JOIN lots l ON l.id = x.lot_id
                       JOIN sales_days d ON d.id = l.sales_day_id WHERE x.at <> d.closed_at""",
        )
        == 0
    )
    kinds = dict(rows(sql, "SELECT kind, sum(quantity) FROM lot_dispositions GROUP BY kind"))
    assert kinds["taken_back"] > kinds["disposed"] > kinds["other"] > 0
    assert one(sql, "SELECT count(*) FROM lot_dispositions WHERE (kind = 'other') <> (note <> '')") == 0
    # recorded by default: every unit left of that day taken back
    assert one(sql, "SELECT count(*) FROM lot_dispositions WHERE by_default AND kind <> 'taken_back'") == 0
    default_days = one(
        sql,
        "SELECT count(DISTINCT l.sales_day_id) FROM lot_dispositions x "
        "JOIN lots l ON l.id = x.lot_id WHERE x.by_default",
    )
    assert 0 < default_days < 0.2 * one(sql, "SELECT count(*) FROM sales_days")
    # same-day food (lunch boxes) is disposed far more often than jam
    share = dict(
        rows(
            sql,
            """SELECT CASE WHEN p.name LIKE '%弁当%' THEN 'bento' ELSE 'jam' END,
                              1.0 * sum(x.quantity * (x.kind = 'disposed')) / sum(x.quantity)
                              FROM lot_dispositions x JOIN lots l ON l.id = x.lot_id
                              JOIN products p ON p.id = l.product_id
                              WHERE p.name LIKE '%弁当%' OR p.name LIKE '%ジャム%' GROUP BY 1""",
        )
    )
    assert share["bento"] > share["jam"] + 0.2


def test_cash_drawer_at_close(sql) -> None:
    assert (
        one(
            sql,
            """SELECT count(*) FROM sales_days d WHERE d.counted_cash <>
                       (SELECT coalesce(sum(c.denomination * c.count), 0) FROM cash_counts c
                        WHERE c.sales_day_id = d.id)""",
        )
        == 0
    )
    assert (
        one(
            sql,
            """SELECT count(*) FROM sales_days d WHERE d.expected_cash <> d.change_fund +
                       (SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN sales s ON s.id = p.sale_id
                        WHERE s.sales_day_id = d.id AND s.state = 'paid' AND p.method = 'cash')""",
        )
        == 0
    )
    funds = dict(
        rows(
            sql,
            """SELECT v.display_order, group_concat(DISTINCT d.change_fund) FROM sales_days d
                              JOIN venues v ON v.id = d.venue_id GROUP BY v.id""",
        )
    )
    assert funds[1] == "10000" and all(f == "30000" for order, f in funds.items() if order != 1)
    diffs = rows(
        sql, "SELECT counted_cash - expected_cash, cash_comment FROM sales_days WHERE counted_cash <> expected_cash"
    )
    days = one(sql, "SELECT count(*) FROM sales_days")
    assert 1 <= len(diffs) <= days * 0.1
    assert all(10 <= abs(d) <= 100 and c for d, c in diffs)
    assert one(sql, "SELECT count(*) FROM sales_days WHERE counted_cash = expected_cash AND cash_comment <> ''") == 0


def test_notes_on_some_days(sql) -> None:
    notes = rows(
        sql,
        """SELECT v.display_order, d.notes,
                         (SELECT count(*) FROM participations p JOIN workshops w ON w.id = p.workshop_id
                          WHERE p.sales_day_id = d.id AND w.is_guest)
                         FROM sales_days d JOIN venues v ON v.id = d.venue_id WHERE d.notes <> ''""",
    )
    assert any(order == 1 and note == "相談コーナー併設" for order, note, _ in notes)
    guest_days = [(order, note) for order, note, guests in notes if guests]
    assert guest_days
    assert all(order == 3 and note == "他区から1事業所がゲスト出店" for order, note in guest_days)
    assert (
        one(
            sql,
            """SELECT count(*) FROM participations p JOIN workshops w ON w.id = p.workshop_id
                       JOIN sales_days d ON d.id = p.sales_day_id
                       WHERE w.is_guest AND d.notes <> '他区から1事業所がゲスト出店'""",
        )
        == 0
    )


def test_new_members_sell_only_after_joining(sql) -> None:
    joiners = rows(sql, "SELECT id, joined_on FROM workshops WHERE joined_on BETWEEN ? AND '2026-03-31'", FY_START)
    assert sorted(int(j[5:7]) for _, j in joiners) == [1, 6, 9]
    assert one(sql, "SELECT count(*) FROM workshops WHERE NOT is_guest AND joined_on > ?", FY_START) == 3
    for wid, joined in joiners:
        first_day = one(
            sql,
            """SELECT min(d.day) FROM participations p
                                JOIN sales_days d ON d.id = p.sales_day_id WHERE p.workshop_id = ?""",
            wid,
        )
        assert first_day is not None and first_day >= joined
        first_sale = one(
            sql,
            """SELECT min(d.day) FROM sale_lines l JOIN sales s ON s.id = l.sale_id
                                 JOIN sales_days d ON d.id = s.sales_day_id WHERE l.workshop_id = ?""",
            wid,
        )
        assert first_sale is not None and first_sale >= joined
    assert (
        one(
            sql,
            """SELECT count(*) FROM participations p JOIN workshops w ON w.id = p.workshop_id
                       JOIN sales_days d ON d.id = p.sales_day_id WHERE d.day < w.joined_on""",
        )
        == 0
    )


def test_meetings_and_audit(sql) -> None:
    meetings = [
        date.fromisoformat(d)
        for (d,) in rows(
            sql,
            "SELECT day FROM activities WHERE kind = 'meeting' AND day BETWEEN ? AND ?",
            FY_START,
            "2026-03-31",
        )
    ]
    assert len(meetings) == 12 and len({(d.year, d.month) for d in meetings}) == 12
    assert all(d.weekday() < 5 and 10 <= d.day <= 20 for d in meetings)
    assert (
        one(sql, "SELECT count(*) FROM activities WHERE kind = 'meeting' AND label <> '自主製品販売強化実行委員会会議'")
        == 0
    )
    assert one(sql, "SELECT count(*) FROM activities WHERE kind = 'meeting' AND note = ''") == 0
    audits = [d for (d,) in rows(sql, "SELECT day FROM activities WHERE label = ?", "会計監査")]
    assert len(audits) == 2 and all(d[5:7] in ("04", "05") for d in audits)
    assert one(sql, "SELECT max(day) FROM activities") <= LAST_DAY
    fy2026 = one(sql, "SELECT count(*) FROM activities WHERE kind = 'meeting' AND day >= '2026-04-01'")
    assert fy2026 in (7, 8)


# ---- the calls themselves -----------------------------------------------------------------------


def test_second_call_is_refused(demo, sql) -> None:
    database, summary, _ = demo
    assert not is_empty(database)
    with pytest.raises(StateError) as err:
        seed_demo(database, today=TODAY, years=1)
    assert "デモデータ" in err.value.ja
    assert one(sql, "SELECT count(*) FROM sales") == summary.sales


def test_same_seed_gives_the_same_data_and_another_seed_other_data(db, demo, sql, tmp_path) -> None:
    assert is_empty(db)
    summary = seed_demo(db, today=TODAY, years=1)
    assert not is_empty(db)
    assert asdict(summary) == asdict(demo[1])
    with sqlite3.connect(db.engine.url.database) as again:
        assert fingerprint(again) == fingerprint(sql)

    other_db = open_database(tmp_path / "other.db")
    try:
        seed_demo(other_db, today=TODAY, years=1, seed=7)
        with sqlite3.connect(other_db.engine.url.database) as other:
            assert fingerprint(other) != fingerprint(sql)
            assert one(other, "SELECT sum(total) FROM sales") != one(sql, "SELECT sum(total) FROM sales")
    finally:
        other_db.dispose()


def test_demo_plans_the_coming_two_months_with_some_gaps_and_a_year_of_requests(
    demo: tuple[Database, DemoSummary, Path],
) -> None:
    from pos.services import calendar, requests

    db = demo[0]
    # TODAY is 2026-11-21: the plan runs from then to the end of January
    plans = calendar.plan_between(db, TODAY, date(2027, 1, 31))
    assert plans and min(p.day for p in plans) >= TODAY and max(p.day for p in plans) <= date(2027, 1, 31)
    assert {p.venue for p in plans} == {"区役所ロビー", "ゆめが丘SC", "福祉のマルシェ"}
    assert date(2026, 12, 12) in {p.day for p in plans if p.venue == "ゆめが丘SC"}  # 第2土曜
    signed = sum(len(s.signups) for p in plans for s in p.shifts)
    assert signed > 0 and calendar.gaps_between(db, TODAY, date(2027, 1, 31))
    assert not calendar.plan_between(db, date(2027, 2, 1), date(2027, 12, 31))
    last_year = requests.list_requests(db, 2025)
    assert len(last_year) == 14 and all(r.status != "pending" for r in last_year)
    counts = requests.request_counts(db, 2025)
    assert counts.weekend == 11 and counts.weekend_declined_staff > 0
