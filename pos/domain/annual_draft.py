"""The draft of 部会でできたこと・やったこと, written from the year's figures against the previous year's.

The coordinator edits the prose before export; this module only writes a first version from facts
that `pos.services.annual_report` reads from the records. One bullet (`・`) a line:

1. Meetings and other activities: `・自主製品販売強化実行委員会会議を12回開催。会計監査を実施。`
2. One line per report label (venue order), days held and workshops taking part against last year:

   | this year vs last year        | line                                                     |
   |-------------------------------|----------------------------------------------------------|
   | both up                       | `・区役所販売は昨年度より日数、出店事業所が増えた（F）。`       |
   | one up, one down              | `・Lは昨年度より日数が増え、出店事業所が減った（F）。`          |
   | one changed, one the same     | `・Lは昨年度より日数が増え、出店事業所は同じだった（F）。`      |
   | both the same                 | `・Lは日数、出店事業所とも昨年度と同じだった（F）。`            |
   | held this year only           | `・Lを実施した（販売日数 3日、…、延べ9事業所。昨年度は実施なし）。` |
   | held last year only           | `・Lは今年度は実施しなかった（昨年度 販売日数 2日、…）。`       |
   | no records for the last year  | `・L（販売日数 12日、出店事業所 8事業所、延べ16事業所）。`      |

   F = `販売日数 12日→15日、出店事業所 8→10事業所、延べ16→25事業所` (last year → this year). An event
   over several days (sales_events) counts once: `販売日数 5日（うち複数日の催し 1回）` this year.

3. Workshops taking part overall: `・出店した事業所は12事業所（昨年度 10事業所）。`
4. New members by month (`new_members_sentence`): `・6月、9月、1月に1事業所ずつ計3事業所加入。`
5. Sales per label with the change against last year (`percent_change`), then the total.

The draft of 運営上の課題 (`draft_problems`) states the year's weekend requests for the booth with
figures (`pos.domain.calendar.requests_sentence`): `土日の出店依頼12件のうち8件は体制上お断りした。`;
nothing when the year recorded no weekend request. It is a draft too: the coordinator's saved text
replaces it.

Money is int yen; percentages are computed with Decimal and rounded half up to one decimal.
Standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pos.domain.calendar import RequestCounts, requests_sentence

BULLET = "・"
INDENT = "　"
SEP = "、"
ARROW = "→"


@dataclass(frozen=True)
class YearFigures:
    """One report label's (or all labels') figures for one fiscal year."""

    days: int = 0  # distinct days with sales under the label
    workshops: int = 0  # distinct member workshops taking part (guests not counted)
    workshop_days: int = 0  # 延べ: sum over days of the member workshops present
    sales: int = 0  # paid sales, yen
    events: int = 0  # events over several days (one event, however many days), held this year


@dataclass(frozen=True)
class LabelFigures:
    """A report label (venue segment) with this year's and last year's figures."""

    label: str
    this_year: YearFigures
    last_year: YearFigures


@dataclass(frozen=True)
class DraftFacts:
    """What the draft is written from (all counts for one fiscal year and the one before)."""

    meetings: tuple[tuple[str, int], ...] = ()  # (label, meetings held), first held first
    others: tuple[tuple[str, int], ...] = ()  # (label, distinct days), first held first
    labels: tuple[LabelFigures, ...] = ()  # in the coordinator's venue order
    participants: tuple[int, int] = (0, 0)  # distinct member workshops taking part: this, last year
    new_members: tuple[tuple[int, int], ...] = ()  # (month, workshops joined) in fiscal order
    has_last_year: bool = False  # any sales day recorded in the previous fiscal year


# --- small phrases ------------------------------------------------------------------------------


def percent_change(current: int, previous: int) -> str:
    """`12.3%増`, `4.0%減`, `増減なし`; "" when there is nothing to compare with (previous ≤ 0).

    >>> percent_change(1_123_000, 1_000_000)
    '12.3%増'
    >>> percent_change(95_000, 100_000)
    '5.0%減'
    """
    if previous <= 0:
        return ""
    if current == previous:
        return "増減なし"
    change = (Decimal(current - previous) * 100 / Decimal(previous)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{abs(change)}%増" if current > previous else f"{abs(change)}%減"


def yen(amount: int) -> str:
    """`1,234,567円`."""
    return f"{amount:,}円"


def new_members_sentence(by_month: Sequence[tuple[int, int]]) -> str:
    """New members by month, in the order given (fiscal order).

    | joined                        | sentence                                  |
    |-------------------------------|-------------------------------------------|
    | none                          | `新規加入の事業所はなかった`                 |
    | June 1                        | `6月に1事業所加入`                          |
    | June 2                        | `6月に2事業所加入`                          |
    | June 1, Sept 1, Jan 1         | `6月、9月、1月に1事業所ずつ計3事業所加入`     |
    | June 2, Sept 2                | `6月、9月に2事業所ずつ計4事業所加入`          |
    | June 2, Sept 1                | `6月に2事業所、9月に1事業所、計3事業所加入`   |
    """
    months = [(m, n) for m, n in by_month if n > 0]
    if not months:
        return "新規加入の事業所はなかった"
    total = sum(n for _, n in months)
    if len(months) == 1:
        month, n = months[0]
        return f"{month}月に{n}事業所加入"
    counts = {n for _, n in months}
    if len(counts) == 1:
        return f"{SEP.join(f'{m}月' for m, _ in months)}に{counts.pop()}事業所ずつ計{total}事業所加入"
    return SEP.join(f"{m}月に{n}事業所" for m, n in months) + f"{SEP}計{total}事業所加入"


def comparison_phrase(label: str, items: Sequence[tuple[str, int, int]]) -> str:
    """`区役所販売は昨年度より日数、出店事業所が増えた` from (item, this year, last year) triples.

    Items that rose, fell and stayed the same are grouped in that order; every group but the last
    takes the continuative form (増え / 減り), the last the past form (増えた / 減った / 同じだった).
    When nothing changed: `Lは日数、出店事業所とも昨年度と同じだった`.
    """
    ups = [name for name, now, before in items if now > before]
    downs = [name for name, now, before in items if now < before]
    sames = [name for name, now, before in items if now == before]
    if not ups and not downs:
        return f"{label}は{SEP.join(sames)}とも昨年度と同じだった"
    clauses: list[tuple[str, str]] = []
    if ups:
        clauses.append((f"{SEP.join(ups)}が増え", "た"))
    if downs:
        clauses.append((f"{SEP.join(downs)}が減", "った"))
    if sames:
        clauses.append((f"{SEP.join(sames)}は同じ", "だった"))
    continuative = {"た": "", "った": "り", "だった": "で"}
    parts = [stem + continuative[end] for stem, end in clauses[:-1]]
    parts.append(clauses[-1][0] + clauses[-1][1])
    return f"{label}は昨年度より{SEP.join(parts)}"


def _events(y: YearFigures) -> str:
    """`（うち複数日の催し 1回）` after the days: an event over several days counts once."""
    return f"（うち複数日の催し {y.events}回）" if y.events else ""


def _figures(y: YearFigures) -> str:
    return f"販売日数 {y.days}日{_events(y)}{SEP}出店事業所 {y.workshops}事業所{SEP}延べ{y.workshop_days}事業所"


def _change_figures(now: YearFigures, before: YearFigures) -> str:
    return (
        f"販売日数 {before.days}日{ARROW}{now.days}日{_events(now)}{SEP}"
        f"出店事業所 {before.workshops}{ARROW}{now.workshops}事業所{SEP}"
        f"延べ{before.workshop_days}{ARROW}{now.workshop_days}事業所"
    )


# --- the lines ----------------------------------------------------------------------------------


def activities_line(facts: DraftFacts) -> str:
    """`・自主製品販売強化実行委員会会議を12回開催。会計監査を実施。` ("" when nothing was held)."""
    parts = [f"{label}を{n}回開催。" for label, n in facts.meetings if n > 0]
    parts += [f"{label}を実施" + (f"（{n}日間）。" if n > 1 else "。") for label, n in facts.others if n > 0]
    return BULLET + "".join(parts) if parts else ""


def label_line(figures: LabelFigures, has_last_year: bool) -> str:
    """The line of one report label (see the module table); "" when held in neither year."""
    now, before, label = figures.this_year, figures.last_year, figures.label
    if now.days == 0 and before.days == 0:
        return ""
    if not has_last_year:
        return f"{BULLET}{label}（{_figures(now)}）。"
    if before.days == 0:
        return f"{BULLET}{label}を実施した（{_figures(now)}。昨年度は実施なし）。"
    if now.days == 0:
        return f"{BULLET}{label}は今年度は実施しなかった（昨年度 {_figures(before)}）。"
    items = [("日数", now.days, before.days), ("出店事業所", now.workshops, before.workshops)]
    return f"{BULLET}{comparison_phrase(label, items)}（{_change_figures(now, before)}）。"


def participants_line(facts: DraftFacts) -> str:
    """`・出店した事業所は12事業所（昨年度 10事業所）。`; "" when no workshop took part this year."""
    now, before = facts.participants
    if now == 0:
        return ""
    last = f"（昨年度 {before}事業所）" if facts.has_last_year else ""
    return f"{BULLET}出店した事業所は{now}事業所{last}。"


def _sales_item(name: str, now: int, before: int, has_last_year: bool) -> str:
    if not has_last_year:
        return f"{INDENT}{name} {yen(now)}"
    if before <= 0:
        return f"{INDENT}{name} {yen(now)}（昨年度の売上記録なし）"
    return f"{INDENT}{name} {yen(now)}（昨年度 {yen(before)}、{percent_change(now, before)}）"


def sales_lines(facts: DraftFacts) -> list[str]:
    """`・売上（昨年度との比較）` and one indented line per label with sales, then the total.

    Labels without recorded sales in either year (e.g. imported history) are left out; nothing is
    written when no sales are recorded for either year.
    """
    rows = [f for f in facts.labels if f.this_year.sales > 0 or f.last_year.sales > 0]
    if not rows:
        return []
    head = f"{BULLET}売上（昨年度との比較）" if facts.has_last_year else f"{BULLET}売上"
    lines = [head]
    lines += [_sales_item(f.label, f.this_year.sales, f.last_year.sales, facts.has_last_year) for f in rows]
    total_now = sum(f.this_year.sales for f in facts.labels)
    total_before = sum(f.last_year.sales for f in facts.labels)
    lines.append(_sales_item("合計", total_now, total_before, facts.has_last_year))
    return lines


def draft_achievements(facts: DraftFacts) -> str:
    """The whole draft, one line each (see the module docstring for the order and wording)."""
    lines = [activities_line(facts)]
    lines += [label_line(f, facts.has_last_year) for f in facts.labels]
    lines.append(participants_line(facts))
    lines.append(BULLET + new_members_sentence(facts.new_members) + "。")
    lines += sales_lines(facts)
    return "\n".join(line for line in lines if line)


def draft_problems(requests: RequestCounts) -> str:
    """運営上の課題 as written from the records: the weekend requests sentence ("" without any)."""
    return requests_sentence(requests)
