"""`pos event add|carry`: events over several days at one venue (docs/tills.md).

    pos event add --venue 星川駅 --from 2024-09-30 --to 2024-10-02 [--notes TEXT] [--db DB]
    pos event carry --venue 星川駅 --day 2024-09-30 [--db DB]

`add` records the event (its days at that venue, open or opened later, belong to it; the notes are
written once for the monthly lines). `carry` checks the day's leftovers in again on the event's next
day with their original expiry (the next day must be open). Refusals print why and exit 2.
"""

from __future__ import annotations

import argparse

from pos.commands import add_db_option, open_db
from pos.domain.fiscal import format_date_ja
from pos.services.events import carry_over, create_event
from pos.services.lookup import find_day, parse_day
from pos.services.suggestion import find_venue


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = verbs.add_parser("event", help="events over several days: record one, carry leftovers to the next day")
    sub = p.add_subparsers(dest="action", required=True)
    add = sub.add_parser("add", help="record an event over several days at a venue")
    add.add_argument("--venue", required=True, metavar="VENUE", help="venue name or its report label")
    add.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD", help="first day")
    add.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD", help="last day")
    add.add_argument("--notes", default="", metavar="TEXT", help="notes for the monthly lines, written once")
    add_db_option(add)
    carry = sub.add_parser("carry", help="carry a day's leftovers to the event's next day")
    carry.add_argument("--venue", required=True, metavar="VENUE", help="venue name or its report label")
    carry.add_argument("--day", required=True, metavar="YYYY-MM-DD", help="the day whose leftovers move on")
    add_db_option(carry)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        if args.action == "add":
            venue_id, name = find_venue(db, args.venue)
            event = create_event(db, venue_id, parse_day(args.first), parse_day(args.last), args.notes)
            print(
                f"催しを記録しました: {name} {format_date_ja(event.first_day)}～{format_date_ja(event.last_day)}"
                f"（販売日 {len(event.day_ids)}日が参加）"
            )
            return 0
        day = find_day(db, parse_day(args.day), args.venue)
        carried = carry_over(db, day.id)
    finally:
        db.dispose()
    units = sum(c.quantity for c in carried)
    print(f"翌日へ持ち越しました: {len(carried)}ロット、{units:,}個（元の期限のまま）")
    return 0
