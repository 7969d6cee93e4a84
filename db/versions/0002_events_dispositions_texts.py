"""day events, lot dispositions, report texts, sold-out time, line lots

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 23:37:43.325396
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_texts',
    sa.Column('fiscal_year', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=50), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('fiscal_year', 'field', name=op.f('pk_report_texts'))
    )
    op.create_table('day_events',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('sales_day_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=100), nullable=False),
    sa.CheckConstraint("kind IN ('open', 'close', 'reopen')", name=op.f('ck_day_events_kind')),
    sa.ForeignKeyConstraint(['sales_day_id'], ['sales_days.id'], name=op.f('fk_day_events_sales_day_id_sales_days')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_day_events'))
    )
    with op.batch_alter_table('day_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_day_events_sales_day_id'), ['sales_day_id'], unique=False)

    op.create_table('lot_dispositions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('lot_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by_default', sa.Boolean(), nullable=False),
    sa.CheckConstraint("kind IN ('taken_back', 'disposed', 'other')", name=op.f('ck_lot_dispositions_kind')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_lot_dispositions_quantity')),
    sa.ForeignKeyConstraint(['lot_id'], ['lots.id'], name=op.f('fk_lot_dispositions_lot_id_lots')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lot_dispositions'))
    )
    with op.batch_alter_table('lot_dispositions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lot_dispositions_lot_id'), ['lot_id'], unique=False)

    with op.batch_alter_table('lots', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sold_out_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lot_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_sale_lines_lot_id'), ['lot_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_sale_lines_lot_id_lots'), 'lots', ['lot_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_sale_lines_lot_id_lots'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_sale_lines_lot_id'))
        batch_op.drop_column('lot_id')

    with op.batch_alter_table('lots', schema=None) as batch_op:
        batch_op.drop_column('sold_out_at')

    with op.batch_alter_table('lot_dispositions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lot_dispositions_lot_id'))

    op.drop_table('lot_dispositions')
    with op.batch_alter_table('day_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_day_events_sales_day_id'))

    op.drop_table('day_events')
    op.drop_table('report_texts')
