"""The annual report (様式第２号 部会年間報告書) as plain data, and the small text rules of its form.

`pos.services.annual_report` fills an `AnnualReport` from the records and the coordinator's saved
texts; `pos.reports.annual_pdf` and `pos.reports.annual_xlsx` lay it out like the ward's form. The
fields follow the form from top to bottom (report-format.md):

    title       <ward>障害者地域自立支援協議会 令和6年度 部会年間報告書   (FORM_NUMBER 【様式第２号】)
    部会名       subcommittee
    部会長 / 副部会長（氏名・所属先）
    構成機関     one count per MEMBER_CATEGORIES entry, and 合計
    年間目標
    月 / 活動内容 / 会議開催日時   twelve rows, April to March (month cells 4月 … 3月, half-width digits)
    連携・協働による課題解決の仕組み: 部会でできたこと・やったこと, 運営上の課題 (numbered)
    シェアしたい取組 / 市域で共有・検討したい課題

Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos.domain.report_lines import MonthLine

FORM_NUMBER = "【様式第２号】"
REPORT_NAME = "部会年間報告書"
COUNCIL_SUFFIX = "障害者地域自立支援協議会"

# Headings, exactly as the form writes them.
H_SUBCOMMITTEE = "部会名"
H_CHAIR = "部会長（氏名・所属先）"
H_VICE_CHAIR = "副部会長（氏名・所属先）"
H_MEMBERS = "構成機関"
H_TOTAL = "合計"
H_GOAL = "年間目標"
H_MONTH = "月"
H_ACTIVITY = "活動内容"
H_MEETING = "会議開催日時"
H_COLLABORATION_LINES = ("連携・協働に", "よる課題解決", "の仕組み")  # as the form breaks it in its narrow cell
H_COLLABORATION = "".join(H_COLLABORATION_LINES)  # 連携・協働による課題解決の仕組み
H_ACHIEVEMENTS = "部会でできたこと・やったこと"
H_PROBLEMS = "運営上の課題"
H_SHARE = "シェアしたい取組"
H_CITYWIDE = "市域で共有・検討したい課題"

_LEADING_MARK = re.compile(
    r"^\s*(?:[・･●○◯■□◆◇*]|[-–—](?=\s)|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、:：)）](?![0-9０-９]))\s*"
)


@dataclass(frozen=True)
class Person:
    """A chair or vice-chair: name and organisation (either may be empty)."""

    name: str = ""
    organisation: str = ""

    def text(self) -> str:
        """`山田 花子（工房ひだまり）`, the name alone, the organisation alone, or ""."""
        if self.name and self.organisation:
            return f"{self.name}（{self.organisation}）"
        return self.name or self.organisation


@dataclass(frozen=True)
class MemberCount:
    """One cell of the 構成機関 grid: workshops counted from the records plus other members entered."""

    category: str
    from_records: int
    extra: int = 0

    @property
    def count(self) -> int:
        return self.from_records + self.extra


@dataclass(frozen=True)
class AnnualReport:
    """Everything the form shows for one fiscal year, ready to lay out."""

    fiscal_year: int
    year_label: str  # 令和6年度
    council: str  # みなと区障害者地域自立支援協議会
    subcommittee: str
    chair: Person
    vice_chair: Person
    members: tuple[MemberCount, ...]  # in MEMBER_CATEGORIES order
    goal: str
    months: tuple[MonthLine, ...]  # twelve, April first
    achievements: str
    problems: str  # one problem a line, as typed; numbered by `numbered_items`
    share: str
    citywide: str

    @property
    def title(self) -> str:
        return report_title(self.council, self.year_label)

    @property
    def member_total(self) -> int:
        return sum(m.count for m in self.members)

    @property
    def problem_items(self) -> list[str]:
        return numbered_items(self.problems)


def council_name(ward: str, council: str) -> str:
    """The council's full name: the ward is put in front unless the saved name already starts with it.

    >>> council_name("みなと区", "障害者地域自立支援協議会")
    'みなと区障害者地域自立支援協議会'
    >>> council_name("みなと区", "みなと区障害者地域自立支援協議会")
    'みなと区障害者地域自立支援協議会'
    """
    ward, council = ward.strip(), council.strip() or COUNCIL_SUFFIX
    return council if not ward or council.startswith(ward) else f"{ward}{council}"


def report_title(council: str, year_label: str) -> str:
    """`みなと区障害者地域自立支援協議会 令和6年度 部会年間報告書`."""
    return f"{council} {year_label} {REPORT_NAME}"


def month_cell(month: int) -> str:
    """The month column of the form: `4月` … `3月` (half-width digits)."""
    return f"{month}月"


def text_lines(text: str) -> list[str]:
    """The lines of a free text with trailing spaces removed and blank lines at both ends dropped."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def numbered_items(text: str) -> list[str]:
    """The 運営上の課題 as numbered items, `1. …`, `2. …` (half-width digit, full stop and a space).

    Each non-blank line is one problem; a line that starts with a space (half- or full-width)
    continues the previous problem. Bullets or numbers the coordinator typed (`・`, `1.`, `（2）`,
    `３．`) are replaced by the numbering, so numbers never double up.
    """
    items: list[str] = []
    for line in text_lines(text):
        if not line.strip():
            continue
        if items and line[:1] in (" ", "　", "\t"):
            items[-1] += line.strip()
            continue
        items.append(_LEADING_MARK.sub("", line, count=1).strip() or line.strip())
    return [f"{i}. {item}" for i, item in enumerate(items, start=1)]
