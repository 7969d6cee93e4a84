"""`pos scanner-card --pdf OUT.pdf`: the scanner self-test card (see docs/ime.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pos.domain.errors import InvalidInput


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("scanner-card", help="a printable QR card that makes the register diagnose the scanner")
    p.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pos.reports.scanner_card import scanner_card_pdf

    out = Path(args.pdf)
    if out.is_dir() or not out.parent.is_dir():
        raise InvalidInput(
            f"書き出せません: {out}（フォルダーがないか、フォルダーそのものです）", f"Cannot write {out}"
        )
    out.write_bytes(scanner_card_pdf())
    print(f"スキャナーの自己診断カードを書き出しました: {out}")
    return 0
