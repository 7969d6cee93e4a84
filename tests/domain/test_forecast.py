"""How many to bring: demand of censored days, the median rule, the words, and the synthetic check."""

from __future__ import annotations

from datetime import date, time

from benchmarks.forecast import compare
from pos.domain.forecast import Session, bring_what_sold_last_time, demand_estimate, forecast, quantile


def test_demand_of_a_day_with_food_left_is_what_sold() -> None:
    assert demand_estimate(Session(date(2025, 5, 1), 20, 12, 360)) == 12


def test_a_sell_out_stretches_the_selling_rate_to_the_day_within_twice_what_was_brought() -> None:
    # 10 sold in 240 of 360 minutes → 10 × 360 / 240 = 15
    assert demand_estimate(Session(date(2025, 5, 1), 10, 10, 360, 240, time(14, 0))) == 15
    # 10 in 120 minutes → 30, capped at 2 × 10
    assert demand_estimate(Session(date(2025, 5, 1), 10, 10, 360, 120, time(12, 0))) == 20
    # sold out at the close, or at an unknown time: at least what was brought
    assert demand_estimate(Session(date(2025, 5, 1), 10, 10, 360, 360, time(16, 0))) == 10
    assert demand_estimate(Session(date(2025, 5, 1), 10, 10, 360)) == 10


def test_quantile() -> None:
    assert quantile([4, 1, 3, 2], 0.5) == 2.5
    assert quantile([5], 0.5) == 5


HISTORY = [
    Session(date(2025, 5, 10), 20, 12, 360),  # 8 left → 12
    Session(date(2025, 6, 14), 10, 10, 360, 240, time(14, 0)),  # → 15
    Session(date(2025, 7, 12), 10, 10, 360, 120, time(12, 0)),  # → 20 (capped)
    Session(date(2025, 8, 9), 15, 9, 360),  # 6 left → 9
]


def test_the_suggestion_is_the_median_of_the_demands_with_its_reasons() -> None:
    f = forecast(list(reversed(HISTORY)))
    assert f is not None
    assert f.estimates == (12, 15, 20, 9)
    assert f.quantity == 14  # median of 9, 12, 15, 20 = 13.5, halves up
    assert f.text("西谷浄水場") == (
        "西谷浄水場、直近4回: 2回売り切れ（平均13:00まで）、売れ残り平均3.5個 → 14個をおすすめ"
    )
    assert f.details()[1] == "2025-06-14 持込10 販売10 14:00に売り切れ（360分中240分） → 需要の推定15"
    assert f.details()[0] == "2025-05-10 持込20 販売12 売れ残り8 → 需要12"
    # the naive rule would bring 9, what sold the last time
    assert bring_what_sold_last_time(HISTORY) == 9


def test_only_the_last_eight_sessions_count_and_few_sessions_are_tentative() -> None:
    old = [Session(date(2024, 4, d), 50, 50, 360, 60, time(11, 0)) for d in range(1, 6)]
    f = forecast(old + HISTORY * 2)
    assert f is not None and len(f.sessions) == 8 and all(s.day.year == 2025 for s in f.sessions)
    short = forecast(HISTORY[:2])
    assert short is not None and short.text("区役所ロビー").endswith("（記録が少ないため参考値）")
    assert forecast([]) is None


def test_no_sell_out_is_said_so() -> None:
    f = forecast(
        [
            Session(date(2025, 5, 10), 20, 12, 360),
            Session(date(2025, 5, 17), 20, 14, 360),
            Session(date(2025, 5, 24), 20, 13, 360),
        ]
    )
    assert f is not None
    assert f.text("区役所ロビー") == "区役所ロビー、直近3回: 売り切れなし、売れ残り平均7個 → 13個をおすすめ"


def test_on_synthetic_days_the_suggestion_beats_bringing_what_sold_last_time() -> None:
    """Known Poisson demand; the rule must leave clearly less waste + lost sales than the naive one."""
    naive, ours = "bring what sold last time", "suggestion (censoring-aware median)"
    under = compare(30, rush=True, runs=60, seed=11, start=0.3)  # the water plant, brought too little
    assert under[ours].mae < 0.5 * under[naive].mae
    over = compare(6, rush=False, runs=60, seed=11, start=1.6)  # the ward office, brought too much
    assert over[ours].mae < 0.8 * over[naive].mae
    assert over[ours].lost < over[naive].lost  # the naive rule ratchets down into lost sales
