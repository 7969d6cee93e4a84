"""`pos report lines|annual`: the reports of a fiscal year from the command line.

    pos report lines  --fy 2024 [--db DB]                            the twelve monthly activity lines
    pos report annual --fy 2024 [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--db DB]
                                                                     the annual report (様式第２号)

`annual` needs at least one of --pdf / --xlsx; it uses the texts saved in the app (or the draft
written from the records where none is saved) and prints the files it wrote.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pos.commands import add_db_option, add_force_option, checked_output, fiscal_year, open_db, write_file
from pos.domain.errors import InvalidInput
from pos.domain.fiscal import fiscal_year_label, fiscal_year_range
from pos.domain.report_lines import format_lines
from pos.services.report_lines import empty_year_warning, report_lines, year_has_records
from pos.services.verify import require_sound_period

if TYPE_CHECKING:
    from pos.services.store import Database

FY_HELP = "fiscal year by its starting year (2024 = 令和6年度)"


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("report", help="reports of a fiscal year")
    kinds = p.add_subparsers(dest="report", metavar="REPORT", required=True)
    lines = kinds.add_parser("lines", help="the twelve monthly activity lines, tab-separated")
    lines.add_argument("--fy", type=fiscal_year, required=True, help=FY_HELP)
    add_db_option(lines)
    lines.set_defaults(run=run_lines)

    annual = kinds.add_parser("annual", help="the annual report (様式第２号) as PDF and/or Excel")
    annual.add_argument("--fy", type=fiscal_year, required=True, help=FY_HELP)
    annual.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="write the report as PDF")
    annual.add_argument("--xlsx", type=Path, metavar="OUT.xlsx", help="write the report as Excel")
    add_force_option(annual)
    add_db_option(annual)
    annual.set_defaults(run=run_annual)


def _warn_if_empty(db: Database, fy: int) -> None:
    """A year without any record still prints its twelve rows, but says so on stderr."""
    if not year_has_records(db, fy):
        print(empty_year_warning(fiscal_year_label(fy)), file=sys.stderr)


def run_lines(args: argparse.Namespace) -> int:
    db = open_db(args, read_only=True)
    try:
        require_sound_period(db, *fiscal_year_range(args.fy), "月ごとの活動")
        print(format_lines(report_lines(db, args.fy)))
        _warn_if_empty(db, args.fy)
    finally:
        db.dispose()
    return 0


def _check_year(fy: int) -> None:
    try:
        fiscal_year_label(fy)
    except ValueError as e:
        raise InvalidInput(f"年度 {fy} は扱えません（1989年度以降）", f"Fiscal year {fy} is not supported") from e


def run_annual(args: argparse.Namespace) -> int:
    if args.pdf is None and args.xlsx is None:
        raise InvalidInput("出力先を --pdf か --xlsx（または両方）で指定してください", "Give --pdf and/or --xlsx")
    _check_year(args.fy)
    both = args.pdf is not None and args.xlsx is not None
    if both and args.pdf.expanduser().resolve() == args.xlsx.expanduser().resolve():
        raise InvalidInput("--pdf と --xlsx に同じファイルは指定できません", "--pdf and --xlsx name the same file")
    for path in (args.pdf, args.xlsx):
        if path is not None:
            checked_output(args, path)
    from pos.reports.annual_pdf import render_pdf
    from pos.reports.annual_xlsx import render_xlsx
    from pos.services.annual_report import annual_report

    db = open_db(args, read_only=True)
    try:
        require_sound_period(db, *fiscal_year_range(args.fy), "年間報告書")
        report = annual_report(db, args.fy)
        _warn_if_empty(db, args.fy)
    finally:
        db.dispose()
    for render, path in ((render_pdf, args.pdf), (render_xlsx, args.xlsx)):
        if path is not None:
            out = write_file(args, path, render(report))
            print(f"{report.year_label}の部会年間報告書を書き出しました: {out}")
    return 0
