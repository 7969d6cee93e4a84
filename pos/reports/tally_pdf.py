"""The day-end tally as an A4 PDF (reportlab platypus, the embedded IPAex Gothic).

Page 1 onwards: header (venue, date in 和暦 and western with weekday, opening and closing times in
JST, who closed), totals (sales and voids, by payment method and cashless brand, by tax rate with the
included tax), the cash reconciliation (change fund, cash taken, change given, expected, counted,
over/short with its comment, the count per denomination, the vouchers kept apart), the sales per
workshop (cash, vouchers, cashless share), the payout per workshop (commission rate and amount,
terminal fees, cash handed over now, vouchers handed over, transfer later), the 取消一覧 (every
voided sale: number, times, amount, payment, reason, who) and what became of each workshop's unsold
perishables. Then one settlement slip per workshop on its own page, for the workshop to keep: items
sold (unit price × quantity, amount), total, the split of the money, the perishables taken back,
disposed or handed over otherwise, and lines for signatures.

A closed day prints the settlement frozen at its close (rates and amounts), so a reprint years later
shows the same figures whatever the rates are today (docs/settlement.md).

A day that is not closed prints as 点検（X） with a red "not closed" notice on every page; a closed
day as 精算（Z）. Input is a `pos.services.day_report.DayReport`; output is the PDF as bytes.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
)
from reportlab.platypus import Paragraph as _Paragraph

from pos.domain.clock import JST
from pos.domain.money import REDUCED_RATE
from pos.domain.payments import method_label
from pos.domain.settlement import format_rate
from pos.reports.pdf_common import (
    RED,
    date_both,
    date_time_ja,
    grid_style,
    numbered_canvas,
    signed_yen,
    styles,
    yen,
)

if TYPE_CHECKING:
    from pos.services.day_report import DayReport, WorkshopSlip

X_TITLE = "点検（X）"
Z_TITLE = "精算（Z）"
NOT_CLOSED = "未精算 — この帳票は途中集計（点検）です。販売日はまだ締められていません。"
MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN


def tally_title(report: DayReport) -> str:
    return Z_TITLE if report.closed else X_TITLE


def Paragraph(text: str, style: Any) -> _Paragraph:
    """reportlab's Paragraph with the text escaped: names and notes typed by people («<», «&», «<b>»)
    are shown as typed, never parsed as Paragraph markup (no markup is used in this report)."""
    return _Paragraph(escape(text), style)


def lines_paragraph(text: str, style: Any) -> _Paragraph:
    """Like `Paragraph`, keeping the text's line breaks."""
    return _Paragraph("<br/>".join(escape(line) for line in text.split("\n")), style)


def tally_filename(report: DayReport) -> str:
    """A file name for saving: 2024-06-15_ゆめが丘SC_精算Z.pdf."""
    kind = "精算Z" if report.closed else "点検X"
    venue = "".join(c for c in report.tally.day.venue.name if c not in '\\/:*?"<>|').strip() or "venue"
    return f"{report.tally.day.day.isoformat()}_{venue}_{kind}.pdf"


def _time(ts: Any) -> str:
    return "—" if ts is None else date_time_ja(ts.astimezone(JST))


def _kv_table(rows: list[tuple[str, Any]], st: dict[str, Any], key_width: float = 32 * mm) -> Table:
    data = [[k, v if not isinstance(v, str) else Paragraph(v, st["body"])] for k, v in rows]
    table = Table(data, colWidths=[key_width, WIDTH - key_width])
    table.setStyle(grid_style(header=False))
    table.setStyle([("BACKGROUND", (0, 0), (0, -1), "#f3f3f3")])
    return table


def _header(report: DayReport, st: dict[str, Any]) -> list[Any]:
    day = report.tally.day
    venue = (
        day.venue.name
        if day.venue.report_label in ("", day.venue.name)
        else (f"{day.venue.name}（{day.venue.report_label}）")
    )
    flow: list[Any] = [Paragraph(f"販売日計表　{tally_title(report)}", st["title"])]
    if not report.closed:
        flow.append(Paragraph(NOT_CLOSED, st["warning"]))
        if len(report.tills) > 1 and report.open_tills:
            flow.append(
                Paragraph(
                    escape(
                        f"締められていないレジ: {'、'.join(report.open_tills)}"
                        "（すべてのレジを締めると販売日が締まります）"
                    ),
                    st["warning"],
                )
            )
    rows: list[tuple[str, Any]] = [
        ("会場", venue),
        ("販売日", date_both(day.day)),
        ("開始", _time(report.opened_at)),
        ("締め", _time(report.closed_at) if report.closed else f"未精算（{day.state_label}）"),
        ("締め担当", report.closed_by or "—"),
        ("出店事業所", f"{len(day.workshops)}事業所　" + "、".join(w.name for w in day.workshops)),
        ("主催", f"{report.council_name}　{report.subcommittee_name}（{report.booth_name}）"),
    ]
    flow.append(_kv_table(rows, st))
    return flow


def _totals(report: DayReport, st: dict[str, Any]) -> list[Any]:
    t = report.tally
    flow: list[Any] = [Paragraph("売上の集計", st["h2"])]
    summary = Table(
        [
            ["取引件数", "取消件数", "販売点数", "売上合計（税込）", "内消費税"],
            [
                f"{t.sales_count:,}件",
                f"{t.void_count:,}件（{yen(t.voided_amount)}）",
                f"{t.item_count:,}点",
                yen(t.total),
                yen(t.tax_total),
            ],
        ],
        colWidths=[WIDTH / 5] * 5,
    )
    summary.setStyle(grid_style(right_cols=(0, 1, 2, 3, 4)))
    flow.append(summary)
    flow.append(Spacer(1, 3 * mm))

    methods: list[list[str | _Paragraph]] = [["支払方法", "件数", "金額"]]
    for m in t.by_method:
        style = st["body"] if m.method == "cash" else st["indent"]  # brands indented under 現金
        methods.append([Paragraph(m.label, style), f"{m.count:,}件", yen(m.amount)])
    methods.append(["うちキャッシュレス計", f"{sum(m.count for m in t.cashless_methods):,}件", yen(t.cashless_total)])
    if t.voucher_total:
        methods.append(["うち商品券（ドロワー内）", "", yen(t.voucher_total)])
    methods.append(["合計", "", yen(t.total)])
    mt = Table(methods, colWidths=[WIDTH - 90 * mm - 38 * mm, 14 * mm, 24 * mm], repeatRows=1, hAlign="LEFT")
    mt.setStyle(grid_style(right_cols=(1, 2), total_row=True))

    rates = [["税率", "対象額（税込）", "内消費税"]]
    for r in t.by_rate:
        label = f"{r.rate}%（軽減税率）※" if r.rate == REDUCED_RATE else f"{r.rate}%（標準税率）"
        rates.append([label, yen(r.gross), yen(r.tax)])
    rates.append(["合計", yen(t.total), yen(t.tax_total)])
    rt = Table(rates, colWidths=[34 * mm, 26 * mm, 20 * mm], hAlign="RIGHT")
    rt.setStyle(grid_style(right_cols=(1, 2), total_row=True))
    side = Table([[mt, rt]], colWidths=[WIDTH - 84 * mm, 84 * mm], hAlign="LEFT")
    side.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    flow.append(side)
    notes = "消費税は取引ごと・税率ごとに1回計算した額の合計です。"
    if t.cashless_methods:
        notes += "キャッシュレスの件数・金額は決済端末の日計票と照合してください。"
    flow.append(Paragraph(notes, st["small"]))
    return flow


def _cash(report: DayReport, st: dict[str, Any]) -> list[Any]:
    t = report.tally
    rows = [
        ["項目", "金額"],
        ["釣銭準備金", yen(t.change_fund)],
        ["現金お預り", yen(t.cash_received + t.change_given)],
        ["お釣り", yen(-t.change_given)],
        ["予定現金（準備金＋お預り－お釣り）", yen(report.expected_cash)],
    ]
    if report.counted_cash is None:
        rows.append(["実際の現金", "未計数"])
        rows.append(["過不足", "—"])
    else:
        over = report.over_short or 0
        rows.append(["実際の現金", yen(report.counted_cash)])
        rows.append([f"過不足（{'過剰' if over > 0 else '不足' if over < 0 else '一致'}）", signed_yen(over)])
    cash = Table(rows, colWidths=[66 * mm, 26 * mm])
    cash.setStyle(grid_style(right_cols=(1,)))
    cash.setStyle([("BACKGROUND", (0, -1), (-1, -1), "#f3f3f3"), ("FONTSIZE", (0, -1), (-1, -1), 11)])
    if report.over_short:
        cash.setStyle([("TEXTCOLOR", (1, -1), (1, -1), RED)])
    left: list[Any] = [cash]
    if report.counted_cash is not None:
        comment = report.cash_comment or "（なし）"
        left += [Spacer(1, 2 * mm), Paragraph(f"過不足の理由: {comment}", st["body"])]
    if t.voucher_total:
        left += [
            Spacer(1, 2 * mm),
            Paragraph(
                f"商品券 {yen(t.voucher_total)} もドロワーに入っています。現金とは別に数え、予定現金には含めません"
                "（各事業所に現物で渡します）。",
                st["small"],
            ),
        ]

    if report.cash_counts:
        counts = [["金種", "枚数", "金額"]]
        counts += [[yen(c.denomination), f"{c.count:,}", yen(c.amount)] for c in report.cash_counts]
        counts.append(
            ["合計", f"{sum(c.count for c in report.cash_counts):,}", yen(sum(c.amount for c in report.cash_counts))]
        )
        right: Any = Table(counts, colWidths=[24 * mm, 18 * mm, 26 * mm])
        right.setStyle(grid_style(right_cols=(0, 1, 2), total_row=True, size=9))
    else:
        right = Paragraph("金種別の枚数は締め（精算）のときに記録されます。", st["small"])
    both = Table([[left, right]], colWidths=[WIDTH - 70 * mm, 70 * mm])
    both.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return [KeepTogether([Paragraph("現金の照合", st["h2"]), both])]


def _tills(report: DayReport, st: dict[str, Any]) -> list[Any]:
    """One row per till (its own sales, drawer and over/short) and the day's total, when there are several."""
    if len(report.tills) < 2:
        return []
    head = [
        "レジ",
        "状態",
        "取引",
        "取消",
        "売上",
        "現金",
        "キャッシュ\nレス",
        "釣銭準備金",
        "予定現金",
        "実際の現金",
        "過不足",
    ]  # キャッシュレス in one line is wider than its column at 8 pt
    rows: list[list[Any]] = [head]
    for r in report.tills:
        t = r.tally
        counted = "未計数" if r.counted_cash is None else yen(r.counted_cash)
        over = "—" if r.over_short is None else signed_yen(r.over_short)
        rows.append(
            [
                Paragraph(escape(r.till.name), st["body"]),
                r.till.state_label,
                f"{t.sales_count:,}",
                f"{t.void_count:,}",
                yen(t.total),
                yen(t.cash_received),
                yen(t.cashless_total),
                yen(t.change_fund),
                yen(r.expected_cash),
                counted,
                over,
            ]
        )
    d = report.tally
    counted = "未計数" if report.counted_cash is None else yen(report.counted_cash)
    over = "—" if report.over_short is None else signed_yen(report.over_short)
    rows.append(
        [
            "販売日の合計",
            "",
            f"{d.sales_count:,}",
            f"{d.void_count:,}",
            yen(d.total),
            yen(d.cash_received),
            yen(d.cashless_total),
            yen(d.change_fund),
            yen(report.expected_cash),
            counted,
            over,
        ]
    )
    rest = [15 * mm, 10 * mm, 9 * mm, 17 * mm, 17 * mm, 19 * mm, 17 * mm, 17 * mm, 17 * mm, 15 * mm]
    table = Table(rows, colWidths=[WIDTH - sum(rest), *rest], repeatRows=1)
    table.setStyle(grid_style(right_cols=tuple(range(2, len(head))), total_row=True, size=8))
    return [
        KeepTogether(
            [
                Paragraph("レジ別の集計", st["h2"]),
                table,
                Spacer(1, 1.5 * mm),
                Paragraph(
                    "各レジは自分の釣銭準備金と現金で照合します。販売日の合計と事業所別の精算は全レジの合計です。",
                    st["small"],
                ),
            ]
        )
    ]


def _settlement_table(report: DayReport, st: dict[str, Any]) -> list[Any]:
    t = report.tally
    rows: list[list[Any]] = [["事業所", "点数", "売上", "現金", "商品券", "キャッシュレス"]]
    for slip in report.slips:
        w = slip.settlement
        rows.append(
            [
                Paragraph(w.name, st["body"]),
                f"{w.quantity:,}",
                yen(w.amount),
                yen(w.cash),
                yen(w.vouchers),
                yen(w.cashless),
            ]
        )
    total = ["合計", f"{t.item_count:,}", yen(t.total)] + [
        yen(sum(getattr(s.settlement, k) for s in report.slips)) for k in ("cash", "vouchers", "cashless")
    ]
    rows.append(total)
    table = Table(rows, colWidths=[WIDTH - 126 * mm, 14 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm], repeatRows=1)
    table.setStyle(grid_style(right_cols=(1, 2, 3, 4, 5), total_row=True))
    flow: list[Any] = [Paragraph("事業所別の売上", st["h2"]), table, Spacer(1, 1.5 * mm)]
    flow.append(
        Paragraph(
            "現金・商品券・キャッシュレスは取引ごとに各事業所の売上額に比例して按分しています（円未満は最大剰余法）。",
            st["small"],
        )
    )
    flow += _payout_table(report, st)
    return flow


def _payout_table(report: DayReport, st: dict[str, Any]) -> list[Any]:
    head = ["事業所", "手数料率", "手数料", "決済手数料", "現金渡し", "商品券渡し", "振込予定"]
    rows: list[list[Any]] = [head]
    for slip in report.slips:
        w = slip.settlement
        rows.append(
            [
                Paragraph(w.name, st["body"]),
                format_rate(w.commission_bp),
                yen(w.commission),
                yen(w.fees),
                yen(w.cash_handed),
                yen(w.vouchers),
                yen(w.transfer),
            ]
        )
    ws = [s.settlement for s in report.slips]
    rows.append(
        [
            "合計",
            "",
            yen(sum(w.commission for w in ws)),
            yen(sum(w.fees for w in ws)),
            yen(sum(w.cash_handed for w in ws)),
            yen(sum(w.vouchers for w in ws)),
            yen(sum(w.transfer for w in ws)),
        ]
    )
    table = Table(
        rows, colWidths=[WIDTH - 140 * mm, 18 * mm, 22 * mm, 22 * mm, 26 * mm, 26 * mm, 26 * mm], repeatRows=1
    )
    table.setStyle(grid_style(right_cols=(1, 2, 3, 4, 5, 6), total_row=True))
    if report.tally.frozen:
        basis = "締め（精算）のときの率で確定した額です。率をあとで変えてもこの販売日の額は変わりません。"
    else:
        basis = "未精算のため現在の率で計算しています。締め（精算）のときの率で確定します。"
    note = (
        f"{basis}手数料＝売上×率、決済手数料＝ブランドごとのキャッシュレス額×率（いずれも円未満切り捨て）。"
        "手数料は現金から差し引き、現金で足りない分と決済手数料は振込額から差し引きます。"
        "現金渡し＋商品券渡し＋振込予定＋手数料＋決済手数料＝売上。"
    )
    return [
        Paragraph("事業所別の支払（手数料・お渡し・振込）", st["h2"]),
        table,
        Spacer(1, 1.5 * mm),
        Paragraph(note, st["small"]),
    ]


def _voids(report: DayReport, st: dict[str, Any]) -> list[Any]:
    t = report.tally
    flow: list[Any] = [Paragraph(f"取消一覧（{t.void_count:,}件、{yen(t.voided_amount)}）", st["h2"])]
    if not report.voids:
        return [*flow, Paragraph("取り消した取引はありません。", st["body"])]
    rows: list[list[Any]] = [["No.", "販売", "取消", "金額", "支払", "理由", "担当"]]
    for v in report.voids:
        rows.append(
            [
                v.receipt_no or f"{v.number}",
                f"{v.sold_at:%H:%M}",
                f"{v.voided_at:%H:%M}" if v.voided_at else "—",
                yen(v.amount),
                Paragraph(v.payment, st["small"]),
                Paragraph(v.reason, st["small"]),
                Paragraph(v.who or "—", st["small"]),
            ]
        )
    rows.append(["合計", "", "", yen(sum(v.amount for v in report.voids)), "", "", ""])
    table = Table(
        rows, colWidths=[12 * mm, 14 * mm, 14 * mm, 22 * mm, 40 * mm, WIDTH - 130 * mm, 28 * mm], repeatRows=1
    )
    table.setStyle(grid_style(right_cols=(0, 3), total_row=True, size=9))
    return [*flow, table]


def _dispositions(report: DayReport, st: dict[str, Any]) -> list[Any]:
    rows: list[list[Any]] = [["事業所", "商品", "扱い", "数量", "備考"]]
    for slip in report.slips:
        for d in slip.dispositions:
            rows.append(
                [
                    Paragraph(slip.settlement.name, st["small"]),
                    Paragraph(d.product_name, st["small"]),
                    d.kind_label,
                    f"{d.quantity:,}",
                    Paragraph(_disposition_note(d), st["small"]),
                ]
            )
    flow: list[Any] = [Paragraph("売れ残りの扱い（持ち帰り・廃棄・その他）", st["h2"])]
    if len(rows) == 1:
        return [*flow, Paragraph("記録はありません。", st["body"])]
    table = Table(rows, colWidths=[40 * mm, WIDTH - 134 * mm, 18 * mm, 16 * mm, 60 * mm], repeatRows=1)
    table.setStyle(grid_style(right_cols=(3,), size=9))
    return [*flow, table]


def _disposition_note(d: Any) -> str:
    parts = []
    if d.expiry_date:
        parts.append(f"期限 {d.expiry_date.month}月{d.expiry_date.day}日")
    if d.note:
        parts.append(d.note)
    if d.by_default:
        parts.append("入力がなく、持ち帰りとして記録")
    return "　".join(parts)


def _events(report: DayReport, st: dict[str, Any]) -> list[Any]:
    if not report.events:
        return []
    rows: list[list[str | _Paragraph]] = [["日時", "記録", "担当", "内容・理由"]]
    closes = [e for e in report.events if e.kind == "close"]
    for e in report.events:
        text = e.reason or ""
        if e.detail and e.kind == "close" and e is not closes[-1]:  # figures of an earlier close, since reopened
            text += "\nこの締めで確定していた精算:\n" + e.detail
        rows.append(
            [date_time_ja(e.at), e.label, Paragraph(e.by or "—", st["small"]), lines_paragraph(text, st["small"])]
        )
    table = Table(rows, colWidths=[42 * mm, 26 * mm, 26 * mm, WIDTH - 94 * mm], repeatRows=1)
    table.setStyle(grid_style(size=8.5))
    return [Paragraph("販売日の記録", st["h2"]), table]


def _slip(report: DayReport, slip: WorkshopSlip, st: dict[str, Any]) -> list[Any]:
    t, w = report.tally, slip.settlement
    flow: list[Any] = [PageBreak(), Paragraph(f"事業所別精算書（事業所控）　{tally_title(report)}", st["title"])]
    if not report.closed:
        flow.append(Paragraph(NOT_CLOSED, st["warning"]))
    flow.append(Paragraph(f"{w.name}　様", st["big"]))
    flow.append(Spacer(1, 2 * mm))
    info: list[tuple[str, Any]] = [
        ("会場", t.day.venue.name),
        ("販売日", date_both(t.day.day)),
        ("締め", _time(report.closed_at) if report.closed else "未精算"),
    ]
    if w.invoice_number:
        info.append(("登録番号", w.invoice_number))
    flow.append(_kv_table(info, st, key_width=26 * mm))

    flow.append(Paragraph("販売した商品", st["h2"]))
    if w.products:
        rows: list[list[Any]] = [["商品", "税率", "単価", "数量", "金額"]]
        for p in w.products:
            mark = "※" if p.tax_rate == REDUCED_RATE else ""
            rows.append(
                [
                    Paragraph(f"{p.name}{mark}", st["body"]),
                    f"{p.tax_rate}%",
                    yen(p.unit_price),
                    f"× {p.quantity:,}",
                    yen(p.amount),
                ]
            )
        rows.append(["合計", "", "", f"{w.quantity:,}点", yen(w.amount)])
        items = Table(rows, colWidths=[WIDTH - 88 * mm, 16 * mm, 24 * mm, 20 * mm, 28 * mm], repeatRows=1)
        items.setStyle(grid_style(right_cols=(1, 2, 3, 4), total_row=True))
        flow.append(items)
        if any(p.tax_rate == REDUCED_RATE for p in w.products):
            flow.append(Paragraph("※は軽減税率（8%）対象", st["small"]))
    else:
        flow.append(Paragraph("この販売日の売上はありません。", st["body"]))

    flow += [Spacer(1, 4 * mm), KeepTogether([Paragraph("精算額", st["h2"]), _slip_money(report, w, st)])]

    if slip.dispositions:
        rows = [["商品", "扱い", "数量", "期限", "備考"]]
        for d in slip.dispositions:
            expiry = f"{d.expiry_date.month}月{d.expiry_date.day}日" if d.expiry_date else "—"
            note = d.note + ("（入力がなく、持ち帰りとして記録）" if d.by_default else "")
            rows.append(
                [
                    Paragraph(d.product_name, st["body"]),
                    d.kind_label,
                    f"{d.quantity:,}",
                    expiry,
                    Paragraph(note, st["small"]),
                ]
            )
        per_kind: dict[str, int] = {}
        for d in slip.dispositions:
            per_kind[d.kind_label] = per_kind.get(d.kind_label, 0) + d.quantity
        kinds = "・".join(f"{k} {n:,}" for k, n in per_kind.items())
        rows.append(["合計", "", f"{sum(per_kind.values()):,}", "", kinds])
        tbt = Table(rows, colWidths=[WIDTH - 118 * mm, 20 * mm, 14 * mm, 20 * mm, 64 * mm], repeatRows=1)
        tbt.setStyle(grid_style(right_cols=(2,), total_row=True))
        flow += [Paragraph("売れ残り（持ち帰り・廃棄・その他）", st["h2"]), tbt]

    sign = Table(
        [["受領確認", "事業所　　　　　　　　　　　　　　", "ブース担当　　　　　　　　　　　"]],
        colWidths=[26 * mm, (WIDTH - 26 * mm) / 2, (WIDTH - 26 * mm) / 2],
        rowHeights=[14 * mm],
    )
    sign.setStyle(grid_style(header=False))
    flow += [Spacer(1, 6 * mm), sign]
    return flow


def _slip_money(report: DayReport, w: Any, st: dict[str, Any]) -> Table:
    money: list[list[str]] = [["項目", "金額"], ["売上合計（税込）", yen(w.amount)]]
    money += [[f"　{rate}%対象", yen(gross)] for rate, gross in w.by_rate]
    money += [["　うち現金", yen(w.cash)], ["　うち商品券", yen(w.vouchers)], ["　うちキャッシュレス", yen(w.cashless)]]
    money += [[f"手数料（{format_rate(w.commission_bp)}）", yen(-w.commission)]]
    for f in w.fee_lines:
        money.append([f"決済手数料 {method_label(f.method)}（{yen(f.amount)}×{format_rate(f.rate_bp)}）", yen(-f.fee)])
    money += [
        ["本日お渡しする現金", yen(w.cash_handed)],
        ["本日お渡しする商品券", yen(w.vouchers)],
        ["後日お振込み（キャッシュレス分）", yen(w.transfer)],
        ["お支払額（合計）", yen(w.payout)],
    ]
    mt = Table(money, colWidths=[90 * mm, 32 * mm], hAlign="LEFT")
    mt.setStyle(grid_style(right_cols=(1,), total_row=True))
    mt.setStyle([("FONTSIZE", (0, -1), (-1, -1), 12)])
    return mt


def tally_pdf(report: DayReport) -> bytes:
    """Render the day's tally and the workshops' slips; returns the PDF file's bytes."""
    st = styles()
    flow: list[Any] = []
    flow += _header(report, st)
    flow += _totals(report, st)
    flow += _cash(report, st)
    flow += _tills(report, st)
    flow += _settlement_table(report, st)
    flow += _voids(report, st)
    flow += _dispositions(report, st)
    flow += _events(report, st)
    for slip in report.slips:
        flow += _slip(report, slip, st)

    day = report.tally.day
    label = f"{day.venue.name}　{day.day.isoformat()}　{tally_title(report)}"
    if not report.closed:
        label += "　未精算"
    created = f"作成 {report.generated_at:%Y-%m-%d %H:%M}"

    buf = BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=f"販売日計表 {tally_title(report)} {day.venue.name} {day.day.isoformat()}",
        author=report.booth_name,
        creator="Booth POS",
    )
    frame = Frame(
        MARGIN,
        18 * mm,
        WIDTH,
        A4[1] - MARGIN - 18 * mm,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(flow, canvasmaker=numbered_canvas(lambda n, total: f"{label}　　{created}　　{n} / {total}"))
    return buf.getvalue()
