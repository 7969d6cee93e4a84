"""tills: several registers (laptops) in one sales day; events over several days

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 19:00:00

A sales day belongs to the venue and date; each laptop selling at it is a till (`tills`) with its own
name, change fund, sale numbering, drawer count and close. Sales and cash counts belong to a till
(`sales.till_id`, `cash_counts.till_id`); sale numbers are unique per till, not per day.

Existing days become days with one till named レジ1 that carries the day's own change fund, state and
close figures: every sale and cash count of the day goes to it, so every figure stays as it was.
Sales and cash counts are rebuilt by SQLite's batch mode; db/env.py turns foreign keys off for the
upgrade and checks them all before the commit. Events over several days (`sales_events`: venue, first and last day, notes written once) and
`sales_days.event_id` for the days that belong to one. Days without sales imported from past years' records (source "history") get no till.
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

FIRST_TILL = 'レジ1'
_COPIED = ('state', 'change_fund', 'counted_cash', 'expected_cash', 'cash_comment', 'opened_at', 'closed_at',
           'closed_by')


def upgrade() -> None:
    op.create_table(
        'tills',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('sales_day_id', sa.Uuid(), nullable=False),
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('change_fund', sa.Integer(), nullable=False),
        sa.Column('counted_cash', sa.Integer(), nullable=True),
        sa.Column('expected_cash', sa.Integer(), nullable=True),
        sa.Column('cash_comment', sa.Text(), nullable=False),
        sa.Column('opened_at', sa.DateTime(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('closed_by', sa.String(length=100), nullable=False),
        sa.CheckConstraint("state IN ('open', 'closing', 'closed')", name=op.f('ck_tills_state')),
        sa.CheckConstraint('change_fund >= 0', name=op.f('ck_tills_change_fund')),
        sa.ForeignKeyConstraint(['sales_day_id'], ['sales_days.id'], name=op.f('fk_tills_sales_day_id_sales_days')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_tills')),
        sa.UniqueConstraint('sales_day_id', 'name', name=op.f('uq_tills_sales_day_id')),
    )
    op.create_table(
        'sales_events',
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('venue_id', sa.Uuid(), nullable=False),
        sa.Column('first_day', sa.Date(), nullable=False),
        sa.Column('last_day', sa.Date(), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.CheckConstraint('first_day <= last_day', name=op.f('ck_sales_events_days')),
        sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_sales_events_venue_id_venues')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_events')),
    )
    with op.batch_alter_table('sales_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sales_events_venue_id'), ['venue_id'], unique=False)
    with op.batch_alter_table('sales_days', schema=None) as batch_op:
        batch_op.add_column(sa.Column('event_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_sales_days_event_id'), ['event_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_sales_days_event_id_sales_events'), 'sales_events', ['event_id'],
                                    ['id'])
    bind = op.get_bind()
    days = bind.execute(sa.text(
        "SELECT id, " + ", ".join(_COPIED) + " FROM sales_days WHERE source = 'app' "
        "OR id IN (SELECT sales_day_id FROM sales) OR id IN (SELECT sales_day_id FROM cash_counts)"
    )).mappings().all()
    tills = sa.table('tills', sa.column('id', sa.Uuid()), sa.column('sales_day_id', sa.String()),
                     sa.column('name', sa.String()), *(sa.column(c) for c in _COPIED))
    # ids as the file stores them (the UUID type's own form), copied raw from sales_days.id
    rows = [{'id': uuid.uuid4(), 'sales_day_id': d['id'], 'name': FIRST_TILL, **{c: d[c] for c in _COPIED}}
            for d in days]
    if rows:
        op.bulk_insert(tills, rows)
    for table in ('sales', 'cash_counts'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('till_id', sa.Uuid(), nullable=True))
        op.execute(f'UPDATE {table} SET till_id = (SELECT tills.id FROM tills '
                   f'WHERE tills.sales_day_id = {table}.sales_day_id)')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.alter_column('till_id', existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_constraint('uq_sales_sales_day_id', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_sales_till_id'), ['till_id', 'number'])
        batch_op.create_foreign_key(batch_op.f('fk_sales_till_id_tills'), 'tills', ['till_id'], ['id'])
    with op.batch_alter_table('cash_counts', schema=None) as batch_op:
        batch_op.alter_column('till_id', existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_constraint('uq_cash_counts_sales_day_id', type_='unique')
        batch_op.create_unique_constraint(batch_op.f('uq_cash_counts_till_id'), ['till_id', 'denomination'])
        batch_op.create_foreign_key(batch_op.f('fk_cash_counts_till_id_tills'), 'tills', ['till_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_cash_counts_sales_day_id'), ['sales_day_id'], unique=False)


def downgrade() -> None:
    """Only a file whose days have at most one till can go back (the old schema numbers sales per day)."""
    bind = op.get_bind()
    several = bind.execute(sa.text(
        'SELECT count(*) FROM (SELECT sales_day_id FROM tills GROUP BY sales_day_id HAVING count(*) > 1) AS t'
    )).scalar()
    if several:
        raise RuntimeError('Days with several tills cannot be downgraded below revision 0011')
    with op.batch_alter_table('cash_counts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_counts_sales_day_id'))
        batch_op.drop_constraint(batch_op.f('fk_cash_counts_till_id_tills'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_cash_counts_till_id'), type_='unique')
        batch_op.create_unique_constraint('uq_cash_counts_sales_day_id', ['sales_day_id', 'denomination'])
        batch_op.drop_column('till_id')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_sales_till_id_tills'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('uq_sales_till_id'), type_='unique')
        batch_op.create_unique_constraint('uq_sales_sales_day_id', ['sales_day_id', 'number'])
        batch_op.drop_column('till_id')
    op.drop_table('tills')
    with op.batch_alter_table('sales_days', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_sales_days_event_id_sales_events'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_sales_days_event_id'))
        batch_op.drop_column('event_id')
    with op.batch_alter_table('sales_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sales_events_venue_id'))
    op.drop_table('sales_events')
