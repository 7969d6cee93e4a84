"""baseline: the booth's records

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-21 23:27:42.982235
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('activities',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('meeting', 'other')", name=op.f('ck_activities_kind')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activities')),
    sa.UniqueConstraint('day', 'kind', 'label', name=op.f('uq_activities_day'))
    )
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activities_day'), ['day'], unique=False)

    op.create_table('settings',
    sa.Column('key', sa.String(length=50), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('venues',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('report_label', sa.String(length=100), nullable=False),
    sa.Column('display_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('from_history', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_venues')),
    sa.UniqueConstraint('name', name=op.f('uq_venues_name'))
    )
    op.create_table('workshops',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kana', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('colour', sa.String(length=7), nullable=False),
    sa.Column('invoice_number', sa.String(length=14), nullable=True),
    sa.Column('is_guest', sa.Boolean(), nullable=False),
    sa.Column('from_history', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshops')),
    sa.UniqueConstraint('name', name=op.f('uq_workshops_name'))
    )
    op.create_table('products',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kana', sa.String(length=200), nullable=False),
    sa.Column('price', sa.Integer(), nullable=False),
    sa.Column('tax_rate', sa.Integer(), nullable=False),
    sa.Column('perishable', sa.Boolean(), nullable=False),
    sa.Column('shelf_life_days', sa.Integer(), nullable=True),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('price BETWEEN 1 AND 1000000', name=op.f('ck_products_price')),
    sa.CheckConstraint('shelf_life_days IS NULL OR shelf_life_days > 0', name=op.f('ck_products_shelf_life')),
    sa.CheckConstraint('tax_rate IN (8, 10)', name=op.f('ck_products_tax_rate')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_products_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_products')),
    sa.UniqueConstraint('code', name=op.f('uq_products_code'))
    )
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_products_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('sales_days',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('venue_id', sa.Uuid(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('change_fund', sa.Integer(), nullable=False),
    sa.Column('counted_cash', sa.Integer(), nullable=True),
    sa.Column('expected_cash', sa.Integer(), nullable=True),
    sa.Column('cash_comment', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('closed_by', sa.String(length=100), nullable=False),
    sa.CheckConstraint("source IN ('app', 'history')", name=op.f('ck_sales_days_source')),
    sa.CheckConstraint("state IN ('open', 'closing', 'closed')", name=op.f('ck_sales_days_state')),
    sa.CheckConstraint('change_fund >= 0', name=op.f('ck_sales_days_change_fund')),
    sa.ForeignKeyConstraint(['venue_id'], ['venues.id'], name=op.f('fk_sales_days_venue_id_venues')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_days')),
    sa.UniqueConstraint('venue_id', 'day', name=op.f('uq_sales_days_venue_id'))
    )
    with op.batch_alter_table('sales_days', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sales_days_day'), ['day'], unique=False)

    op.create_table('cash_counts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('sales_day_id', sa.Uuid(), nullable=False),
    sa.Column('denomination', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_cash_counts_count')),
    sa.ForeignKeyConstraint(['sales_day_id'], ['sales_days.id'], name=op.f('fk_cash_counts_sales_day_id_sales_days')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_counts')),
    sa.UniqueConstraint('sales_day_id', 'denomination', name=op.f('uq_cash_counts_sales_day_id'))
    )
    op.create_table('lots',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('sales_day_id', sa.Uuid(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('expiry_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('quantity >= 0', name=op.f('ck_lots_quantity')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_lots_product_id_products')),
    sa.ForeignKeyConstraint(['sales_day_id'], ['sales_days.id'], name=op.f('fk_lots_sales_day_id_sales_days')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lots'))
    )
    with op.batch_alter_table('lots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lots_product_id'), ['product_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lots_sales_day_id'), ['sales_day_id'], unique=False)

    op.create_table('participations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('sales_day_id', sa.Uuid(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['sales_day_id'], ['sales_days.id'], name=op.f('fk_participations_sales_day_id_sales_days')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_participations_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participations')),
    sa.UniqueConstraint('sales_day_id', 'workshop_id', name=op.f('uq_participations_sales_day_id'))
    )
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participations_workshop_id'), ['workshop_id'], unique=False)

    op.create_table('sales',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('sales_day_id', sa.Uuid(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('void_reason', sa.Text(), nullable=False),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("state IN ('paid', 'voided')", name=op.f('ck_sales_state')),
    sa.CheckConstraint('total > 0', name=op.f('ck_sales_total')),
    sa.ForeignKeyConstraint(['sales_day_id'], ['sales_days.id'], name=op.f('fk_sales_sales_day_id_sales_days')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales')),
    sa.UniqueConstraint('sales_day_id', 'number', name=op.f('uq_sales_sales_day_id'))
    )
    op.create_table('payments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('sale_id', sa.Uuid(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('tendered', sa.Integer(), nullable=False),
    sa.Column('change', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_payments_amount')),
    sa.CheckConstraint('change >= 0 AND tendered - change = amount', name=op.f('ck_payments_cash_balance')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_payments_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_sale_id'), ['sale_id'], unique=False)

    op.create_table('sale_lines',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('sale_id', sa.Uuid(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('workshop_id', sa.Uuid(), nullable=False),
    sa.Column('product_name', sa.String(length=100), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Integer(), nullable=False),
    sa.Column('tax_rate', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.CheckConstraint('amount = quantity * unit_price', name=op.f('ck_sale_lines_amount')),
    sa.CheckConstraint('quantity > 0', name=op.f('ck_sale_lines_quantity')),
    sa.CheckConstraint('tax_rate IN (8, 10)', name=op.f('ck_sale_lines_tax_rate')),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_sale_lines_product_id_products')),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_lines_sale_id_sales')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshops.id'], name=op.f('fk_sale_lines_workshop_id_workshops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_lines'))
    )
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_lines_sale_id'), ['sale_id'], unique=False)
        batch_op.create_index('ix_sale_lines_workshop_sale', ['workshop_id', 'sale_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_sale_lines_workshop_sale')
        batch_op.drop_index(batch_op.f('ix_sale_lines_sale_id'))

    op.drop_table('sale_lines')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_sale_id'))

    op.drop_table('payments')
    op.drop_table('sales')
    with op.batch_alter_table('participations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participations_workshop_id'))

    op.drop_table('participations')
    with op.batch_alter_table('lots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lots_sales_day_id'))
        batch_op.drop_index(batch_op.f('ix_lots_product_id'))

    op.drop_table('lots')
    op.drop_table('cash_counts')
    with op.batch_alter_table('sales_days', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sales_days_day'))

    op.drop_table('sales_days')
    with op.batch_alter_table('products', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_products_workshop_id'))

    op.drop_table('products')
    op.drop_table('workshops')
    op.drop_table('venues')
    op.drop_table('settings')
    with op.batch_alter_table('activities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activities_day'))

    op.drop_table('activities')
