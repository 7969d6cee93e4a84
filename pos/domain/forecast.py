"""How many to bring next time: a censoring-aware estimate from past sessions at one venue.

A session is one sales day on which a product was brought to a venue. A day on which it was left
over shows its demand: what sold. A day on which it sold out before closing does not — demand was at
least what was brought (the observation is *censored*). "Bring what sold last time" reads those days
as demand and so ratchets down: every sell-out lowers the next amount, which sells out again.

The rule (see docs/forecast.md for the reasoning and the figures):

1. Demand of a session: what sold if units were left; if it sold out after m of the T minutes it was
   on sale, the selling rate stretched to the whole day, brought × T / m, capped at twice what was
   brought (lunch food sells in a rush, so the stretch overshoots; the cap keeps one short day from
   dominating) and never below what was brought. A sell-out without a time counts as brought.
2. Suggestion: the median (quantile 0.5) of those demands over the last 8 sessions at the venue,
   rounded to whole units. One unit wasted and one sale lost weigh the same here, and the median is
   the amount that minimises waste + lost sales in units; it is also robust to one odd day.

Pure: standard library only; quantities are floats inside and whole units outside.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

CAP = 2.0  # a sold-out day's demand is at most twice what was brought
WINDOW = 8  # sessions looked at, most recent first
QUANTILE = 0.5  # waste and lost sales weigh the same
FEW = 3  # below this many sessions the suggestion is marked as tentative


@dataclass(frozen=True)
class Session:
    """One past sales day of a product at a venue.

    `open_minutes`: minutes it was on sale (from opening, or its check-in if later, to the close);
    `sold_out_after`: minutes from that start until its last unit sold (None: not sold out, or the
    time is unknown); `sold_out_at`: the local clock time of the sell-out, for the text.
    """

    day: date
    brought: int
    sold: int
    open_minutes: int
    sold_out_after: int | None = None
    sold_out_at: time | None = None

    @property
    def sold_out(self) -> bool:
        return self.brought > 0 and self.sold >= self.brought

    @property
    def left(self) -> int:
        return max(self.brought - self.sold, 0)


def demand_estimate(s: Session, cap: float = CAP) -> float:
    """The session's demand: what sold, or for a sell-out the selling rate stretched to the day."""
    if not s.sold_out:
        return float(s.sold)
    if s.sold_out_after is None or s.open_minutes <= 0 or s.sold_out_after >= s.open_minutes:
        return float(s.brought)
    stretched = s.brought * s.open_minutes / max(s.sold_out_after, 1)
    return max(float(s.brought), min(stretched, cap * s.brought))


def quantile(values: Sequence[float], q: float) -> float:
    """The q-quantile with linear interpolation between order statistics (q=0.5: the median)."""
    if not values:
        raise ValueError("no values")
    xs = sorted(values)
    pos = q * (len(xs) - 1)
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def round_units(x: float) -> int:
    """Whole units, halves up (12.5 → 13)."""
    return math.floor(x + 0.5)


@dataclass(frozen=True)
class Forecast:
    """The suggestion and what it rests on (sessions oldest first, with their demand estimates)."""

    quantity: int
    sessions: tuple[Session, ...]
    estimates: tuple[float, ...]

    @property
    def sold_out_count(self) -> int:
        return sum(s.sold_out for s in self.sessions)

    @property
    def mean_sold_out_at(self) -> time | None:
        times = [s.sold_out_at for s in self.sessions if s.sold_out and s.sold_out_at is not None]
        if not times:
            return None
        minutes = round(sum(t.hour * 60 + t.minute for t in times) / len(times))
        return time(minutes // 60, minutes % 60)

    @property
    def mean_left(self) -> float:
        return sum(s.left for s in self.sessions) / len(self.sessions)

    @property
    def tentative(self) -> bool:
        return len(self.sessions) < FEW

    def text(self, venue: str) -> str:
        """E.g. 西谷浄水場、直近6回: 4回売り切れ（平均12:30まで）、売れ残り平均2個 → 30個をおすすめ"""
        n, k = len(self.sessions), self.sold_out_count
        if k == 0:
            sold_out = "売り切れなし"
        else:
            at = self.mean_sold_out_at
            sold_out = f"{k}回売り切れ" + (f"（平均{at:%H:%M}まで）" if at is not None else "")
        text = f"{venue}、直近{n}回: {sold_out}、売れ残り平均{_units(self.mean_left)}個 → {self.quantity}個をおすすめ"
        return text + ("（記録が少ないため参考値）" if self.tentative else "")

    def details(self) -> list[str]:
        """One line per session: what was brought and sold, and the demand read from it."""
        lines = []
        for s, d in zip(self.sessions, self.estimates, strict=True):
            head = f"{s.day:%Y-%m-%d} 持込{s.brought} 販売{s.sold}"
            if not s.sold_out:
                lines.append(f"{head} 売れ残り{s.left} → 需要{_units(d)}")
            elif s.sold_out_after is None or s.sold_out_at is None:
                lines.append(f"{head} 売り切れ（時刻不明） → 需要は{s.brought}以上")
            else:
                lines.append(
                    f"{head} {s.sold_out_at:%H:%M}に売り切れ（{s.open_minutes}分中{s.sold_out_after}分）"
                    f" → 需要の推定{_units(d)}"
                )
        return lines


def _units(x: float) -> str:
    return str(round(x)) if abs(x - round(x)) < 0.05 else f"{x:.1f}"


def forecast(
    sessions: Sequence[Session], *, window: int = WINDOW, q: float = QUANTILE, cap: float = CAP
) -> Forecast | None:
    """The suggestion from the last `window` sessions (any order given), or None without history."""
    recent = sorted(sessions, key=lambda s: s.day)[-window:] if window > 0 else []
    if not recent:
        return None
    estimates = tuple(demand_estimate(s, cap) for s in recent)
    return Forecast(max(round_units(quantile(estimates, q)), 1), tuple(recent), estimates)


def bring_what_sold_last_time(sessions: Sequence[Session]) -> int | None:
    """The naive rule the suggestion is compared with."""
    if not sessions:
        return None
    return max(sorted(sessions, key=lambda s: s.day)[-1].sold, 1)
