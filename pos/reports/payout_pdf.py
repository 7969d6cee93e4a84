"""Monthly payout statements as an A4 PDF: the coordinator's list of transfers to make (one page),
then one statement per workshop (each closed day: venue, sales, commission, fees, cash handed over,
vouchers, to transfer; totals; its T-number; a 受領印 line for the cash it received).

Input is a `pos.services.payouts.MonthPayouts` (figures frozen at each day's close); output is the
PDF as bytes. `transfer_list=False` leaves the list out (a single workshop's statement).
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer, Table

from pos.domain.fiscal import weekday_ja
from pos.reports.pdf_common import RED, grid_style, numbered_canvas, styles, yen

if TYPE_CHECKING:
    from pos.services.payouts import MonthPayouts, WorkshopStatement

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
MONEY = ("sales", "commission", "fees", "cash_handed", "vouchers", "transfer")


def _transfer_label(amount: int) -> str:
    return "振込額" if amount >= 0 else "ご請求額"


def _unclosed(payouts: MonthPayouts, st: dict[str, Any]) -> list[Any]:
    if not payouts.unclosed:
        return []
    days = "、".join(f"{u.day.month}月{u.day.day}日 {escape(u.venue)}（{u.state_label}）" for u in payouts.unclosed)
    return [Paragraph(f"未精算の販売日があります（この一覧に含まれていません）: {days}", st["warning"])]


def _transfers(payouts: MonthPayouts, st: dict[str, Any]) -> list[Any]:
    flow: list[Any] = [Paragraph(f"振込一覧　{payouts.label}", st["title"])]
    flow.append(
        Paragraph(
            f"{escape(payouts.council_name)}　{escape(payouts.subcommittee_name)}（{escape(payouts.booth_name)}）",
            st["center"],
        )
    )
    flow.append(Spacer(1, 3 * mm))
    flow += _unclosed(payouts, st)
    rows: list[list[Any]] = [
        ["事業所", "登録番号", "日数", "売上", "手数料", "決済手数料", "現金渡し済", "商品券渡し済", "振込額", "済"]
    ]
    for s in payouts.statements:
        rows.append(
            [
                Paragraph(escape(s.name), st["small"]),
                s.invoice_number or "—",
                f"{len(s.days)}",
                *(yen(s.total(k)) for k in MONEY),
                "",
            ]
        )
    rows.append(
        ["合計", "", f"{sum(len(s.days) for s in payouts.statements)}", *(yen(payouts.total(k)) for k in MONEY), ""]
    )
    widths = [28 * mm, 29 * mm, 9 * mm, 19 * mm, 16 * mm, 16 * mm, 19 * mm, 17 * mm, 19 * mm]
    widths.append(WIDTH - sum(widths))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(right_cols=tuple(range(2, 9)), total_row=True, size=8))
    for i, s in enumerate(payouts.statements, start=1):
        if s.transfer < 0:
            table.setStyle([("TEXTCOLOR", (8, i), (8, i), RED)])
    flow.append(table)
    flow.append(Spacer(1, 2 * mm))
    flow.append(
        Paragraph(
            "振込額＝各販売日の「振込予定」の合計（締め時に確定した額）。マイナスは事業所からのご請求額"
            "（商品券の売上にかかる手数料など）です。現金と商品券は各販売日の締めで渡し済みです。"
            "売上＝現金渡し＋商品券渡し＋振込額＋手数料＋決済手数料。",
            st["small"],
        )
    )
    if not payouts.statements:
        flow.append(Paragraph("この月に締めた販売日はありません。", st["body"]))
    return flow


def _statement(payouts: MonthPayouts, s: WorkshopStatement, st: dict[str, Any]) -> list[Any]:
    flow: list[Any] = [Paragraph(f"月次精算書　{payouts.label}", st["title"])]
    flow.append(Paragraph(f"{escape(s.name)}　様", st["big"]))
    info = Table(
        [
            ["登録番号", s.invoice_number or "（登録なし）"],
            ["発行", f"{payouts.booth_name}（{payouts.council_name}　{payouts.subcommittee_name}）"],
            ["作成日", f"{payouts.generated_at:%Y年%m月%d日}"],
        ],
        colWidths=[26 * mm, WIDTH - 26 * mm],
    )
    info.setStyle(grid_style(header=False))
    info.setStyle([("BACKGROUND", (0, 0), (0, -1), "#f3f3f3")])
    flow += [Spacer(1, 2 * mm), info, Paragraph("販売日ごとの精算", st["h2"])]
    rows: list[list[Any]] = [
        ["販売日", "会場", "売上", "手数料率", "手数料", "決済手数料", "現金渡し", "商品券渡し", "振込予定"]
    ]
    notes = []
    for d in s.days:
        mark = ""
        if d.note:
            if d.note not in notes:
                notes.append(d.note)
            mark = "*" * (notes.index(d.note) + 1)
        rows.append(
            [
                f"{d.day.month}/{d.day.day}({weekday_ja(d.day)}){mark}",
                Paragraph(escape(d.venue), st["small"]),
                yen(d.sales),
                d.rate_text,
                yen(d.commission),
                yen(d.fees),
                yen(d.cash_handed),
                yen(d.vouchers),
                yen(d.transfer),
            ]
        )
    rows.append(
        [
            "合計",
            f"{len(s.days)}日",
            *(
                yen(s.total(k)) if k else ""
                for k in ("sales", "", "commission", "fees", "cash_handed", "vouchers", "transfer")
            ),
        ]
    )
    widths = [20 * mm, 0.0, 20 * mm, 15 * mm, 18 * mm, 18 * mm, 20 * mm, 19 * mm, 20 * mm]
    widths[1] = WIDTH - sum(widths)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(right_cols=(2, 3, 4, 5, 6, 7, 8), total_row=True, size=8.5))
    flow.append(table)
    for i, note in enumerate(notes, start=1):
        flow.append(Paragraph(f"{'*' * i} {escape(note)}", st["small"]))

    transfer = s.transfer
    summary = Table(
        [
            ["項目", "金額"],
            ["売上合計（税込）", yen(s.sales)],
            ["手数料", yen(-s.total("commission"))],
            ["決済手数料（キャッシュレス）", yen(-s.total("fees"))],
            ["締め時に現金でお渡し済み", yen(-s.total("cash_handed"))],
            ["締め時に商品券でお渡し済み", yen(-s.total("vouchers"))],
            [f"今回の{_transfer_label(transfer)}", yen(abs(transfer))],
        ],
        colWidths=[70 * mm, 32 * mm],
        hAlign="LEFT",
    )
    summary.setStyle(grid_style(right_cols=(1,), total_row=True))
    summary.setStyle([("FONTSIZE", (0, -1), (-1, -1), 12)])
    flow += [Spacer(1, 3 * mm), KeepTogether([Paragraph("今月の精算", st["h2"]), summary]), Spacer(1, 1.5 * mm)]
    flow.append(
        Paragraph(
            "手数料・決済手数料は各販売日の締め（精算）のときの率で確定した額です（円未満切り捨て）。"
            "振込予定＝キャッシュレス分−決済手数料（現金で引ききれなかった手数料があればそれも差し引き）。",
            st["small"],
        )
    )
    sign = Table(
        [
            [
                "受領印",
                f"上記の現金 {yen(s.total('cash_handed'))} と商品券 {yen(s.total('vouchers'))} を"
                "各販売日の締めのときに受け取りました。",
                "印",
            ]
        ],
        colWidths=[20 * mm, WIDTH - 50 * mm, 30 * mm],
        rowHeights=[18 * mm],
    )
    sign.setStyle(grid_style(header=False))
    sign.setStyle(
        [
            ("VALIGN", (2, 0), (2, 0), "TOP"),
            ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ("TEXTCOLOR", (2, 0), (2, 0), "#999999"),
        ]
    )
    flow += [Spacer(1, 6 * mm), sign]
    return flow


def payout_pdf(payouts: MonthPayouts, *, transfer_list: bool = True) -> bytes:
    st = styles()
    flow: list[Any] = []
    if transfer_list:
        flow += _transfers(payouts, st)
    for i, s in enumerate(payouts.statements):
        if flow or i:
            flow.append(PageBreak())
        flow += _statement(payouts, s, st)
    if not flow:
        flow += _unclosed(payouts, st)
        flow.append(Paragraph(f"{payouts.label}に締めた販売日はありません。", st["body"]))
    buf = BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=18 * mm,
        title=f"月次精算書 {payouts.label}",
        author=payouts.booth_name,
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
    label = f"月次精算書　{payouts.label}　　作成 {payouts.generated_at:%Y-%m-%d %H:%M}"
    doc.build(flow, canvasmaker=numbered_canvas(lambda n, total: f"{label}　　{n} / {total}"))
    return buf.getvalue()
