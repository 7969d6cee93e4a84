"""`pos requests --fy 2025 [--db DB]`: the year's requests for the booth and their answers, tab-separated.

Columns: 日付, 平日/土日, 依頼元, 行事, 連絡先, 回答 (with a header line). Cells that a spreadsheet would
read as a formula get a leading quote (pos.domain.spreadsheet). The weekend sentence of the annual
draft (`土日の出店依頼12件のうち8件は体制上お断りした。`) follows on stderr, so stdout stays a clean table.
"""

from __future__ import annotations

import argparse
import sys

from pos.commands import add_db_option, open_db
from pos.commands.report import FY_HELP, _check_year
from pos.domain.calendar import requests_sentence
from pos.domain.spreadsheet import neutralize


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("requests", help="the year's requests for the booth (出店依頼) and answers, tab-separated")
    p.add_argument("--fy", type=int, required=True, help=FY_HELP)
    add_db_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pos.services.requests import count_requests, format_requests, list_requests

    _check_year(args.fy)
    db = open_db(args, read_only=True)
    try:
        rows = list_requests(db, args.fy)
    finally:
        db.dispose()
    text = format_requests(rows)
    print("\n".join("\t".join(neutralize(c) for c in line.split("\t")) for line in text.split("\n")))
    sentence = requests_sentence(count_requests((r.day, r.status, r.decline_reason) for r in rows))
    print(f"{len(rows)}件。{sentence}", file=sys.stderr)
    return 0
