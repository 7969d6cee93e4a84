"""settlement frozen at close

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 18:31:30

Commission per workshop (`workshops.commission_bp`) and per venue (`venues.commission_bp`), in basis
points (NULL: not set); the day's settlement per workshop frozen at the close (`day_settlements`); a
`detail` text on day events (a close keeps its figures there).

Days closed before this revision have no frozen figures. The upgrade freezes them once, with what the
file says at that moment: the booth's commission setting (`commission_percent`, whole percent), no
workshop or venue rates (there were none) and no terminal fees (there were none); 商品券 become their
own tender. Each such row carries a note saying so. The split of each sale's payments among its
workshops is `pos.domain.settlement.payment_shares` (pure, the same rule the app uses).
"""
from datetime import UTC, datetime
from uuid import uuid4

import sqlalchemy as sa
from alembic import op

from pos.domain.settlement import format_rate, settle, workshop_shares

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

LEGACY_NOTE = '移行時に計算（この機能より前に締めた販売日。締め時の手数料設定 {rate}、決済手数料なしとして固定）'


def upgrade() -> None:
    op.create_table('day_settlements',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('sales_day_id', sa.Uuid(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('sales', sa.Integer(), nullable=False),
    sa.Column('cash', sa.Integer(), nullable=False),
    sa.Column('vouchers', sa.Integer(), nullable=False),
    sa.Column('cashless', sa.Integer(), nullable=False),
    sa.Column('commission_bp', sa.Integer(), nullable=False),
    sa.Column('commission', sa.Integer(), nullable=False),
    sa.Column('fees', sa.Integer(), nullable=False),
    sa.Column('fee_detail', sa.Text(), nullable=False),
    sa.Column('cash_handed', sa.Integer(), nullable=False),
    sa.Column('transfer', sa.Integer(), nullable=False),
    sa.Column('frozen_at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('cash + vouchers + cashless = sales', name=op.f('ck_day_settlements_shares')),
    sa.CheckConstraint('cash_handed + transfer + vouchers + commission + fees = sales',
                       name=op.f('ck_day_settlements_balance')),
    sa.ForeignKeyConstraint(['sales_day_id'], ['sales_days.id'],
                            name=op.f('fk_day_settlements_sales_day_id_sales_days')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_day_settlements_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_settlements')),
    sa.UniqueConstraint('sales_day_id', 'workshop_id', name=op.f('uq_day_settlements_sales_day_id'))
    )
    with op.batch_alter_table('day_settlements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_day_settlements_sales_day_id'), ['sales_day_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_day_settlements_workshop_id'), ['workshop_id'], unique=False)

    with op.batch_alter_table('day_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('detail', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('venues', schema=None) as batch_op:
        batch_op.add_column(sa.Column('commission_bp', sa.Integer(), nullable=True))

    with op.batch_alter_table('workshops', schema=None) as batch_op:
        batch_op.add_column(sa.Column('commission_bp', sa.Integer(), nullable=True))

    _freeze_closed_days()


def _freeze_closed_days() -> None:

    conn = op.get_bind()
    uuid = sa.Uuid()
    days_t = sa.table('sales_days', sa.column('id', uuid), sa.column('state', sa.String))
    sales_t = sa.table('sales', sa.column('id', uuid), sa.column('sales_day_id', uuid), sa.column('state', sa.String),
                       sa.column('number', sa.Integer))
    lines_t = sa.table('sale_lines', sa.column('sale_id', uuid), sa.column('workshop_id', uuid),
                       sa.column('amount', sa.Integer), sa.column('line_no', sa.Integer))
    pay_t = sa.table('payments', sa.column('sale_id', uuid), sa.column('method', sa.String),
                     sa.column('amount', sa.Integer))
    part_t = sa.table('participations', sa.column('sales_day_id', uuid), sa.column('workshop_id', uuid))
    out_t = sa.table(
        'day_settlements', *(sa.column(c, uuid) for c in ('id', 'sales_day_id', 'workshop_id')),
        *(sa.column(c, sa.Integer) for c in ('sales', 'cash', 'vouchers', 'cashless', 'commission_bp', 'commission',
                                             'fees', 'cash_handed', 'transfer')),
        sa.column('fee_detail', sa.Text), sa.column('frozen_at', sa.DateTime), sa.column('note', sa.Text),
    )
    setting = conn.execute(sa.text("SELECT value FROM settings WHERE key = 'commission_percent'")).scalar()
    default_bp = int(setting) * 100 if setting and setting.isdigit() and int(setting) <= 100 else 0
    note = LEGACY_NOTE.format(rate=format_rate(default_bp))
    now = datetime.now(UTC).replace(tzinfo=None)
    for (day_id,) in conn.execute(sa.select(days_t.c.id).where(days_t.c.state == 'closed')).all():
        paid = sa.and_(sales_t.c.sales_day_id == day_id, sales_t.c.state == 'paid')
        lines = conn.execute(
            sa.select(lines_t.c.sale_id, lines_t.c.workshop_id, lines_t.c.amount)
            .select_from(lines_t.join(sales_t, lines_t.c.sale_id == sales_t.c.id)).where(paid)
            .order_by(sales_t.c.number, lines_t.c.line_no)
        ).all()
        payments = conn.execute(
            sa.select(pay_t.c.sale_id, pay_t.c.method, pay_t.c.amount)
            .select_from(pay_t.join(sales_t, pay_t.c.sale_id == sales_t.c.id)).where(paid)
        ).all()
        sales, methods = workshop_shares(lines, payments)
        taking_part = conn.execute(sa.select(part_t.c.workshop_id).where(part_t.c.sales_day_id == day_id)).scalars()
        for workshop_id in dict.fromkeys([*taking_part, *sales]):
            st = settle(sales.get(workshop_id, 0), methods.get(workshop_id, {}), default_bp, {})
            conn.execute(out_t.insert().values(
                id=uuid4(), sales_day_id=day_id, workshop_id=workshop_id, sales=st.sales, cash=st.cash,
                vouchers=st.vouchers, cashless=st.cashless, commission_bp=st.commission_bp,
                commission=st.commission, fees=0,
                fee_detail='\n'.join(f'{f.method}:{f.amount}:0:0' for f in st.fee_lines),
                cash_handed=st.cash_handed, transfer=st.transfer, frozen_at=now, note=note,
            ))


def downgrade() -> None:
    # plain ALTER TABLE … DROP COLUMN (SQLite ≥ 3.35): a batch copy of workshops/venues would drop a
    # table other tables refer to, which the foreign keys refuse
    op.drop_column('workshops', 'commission_bp')
    op.drop_column('venues', 'commission_bp')
    op.drop_column('day_events', 'detail')

    with op.batch_alter_table('day_settlements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_day_settlements_workshop_id'))
        batch_op.drop_index(batch_op.f('ix_day_settlements_sales_day_id'))

    op.drop_table('day_settlements')
