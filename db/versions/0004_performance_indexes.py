"""performance indexes and planner statistics

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 01:00:00

Covering indexes for the per-day and per-year aggregates: paid count and total of sales; the cash /
cashless split of payments; the lines of a sale with workshop, product, quantity and amount (it
replaces the plain index on sale_lines.sale_id, so a sale still writes as many index entries). And canned planner statistics (`sqlite_stat1`) for the sales
tables. The statistics are those of a ten-year database of a busy booth (benchmarks/, about a
million sale lines): without any, SQLite's planner guesses, and on a large file it chose to scan all
sales (or every sale line through the workshop index) instead of starting from the sales days of the
year by their date index. Canned rather than measured, so that the plans are the same from the first
sale on and do not depend on when `ANALYZE` last ran; a later `ANALYZE` replaces them with measured ones.
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# (table, index, stat): rows, then average rows per key prefix (see https://sqlite.org/fileformat2.html)
STATS = (
    ('sales_days', 'ix_sales_days_day', '2431 2'),
    ('sales_days', 'sqlite_autoindex_sales_days_1', '2431 1'),
    ('sales_days', 'sqlite_autoindex_sales_days_2', '2431 348 1'),
    ('participations', 'ix_participations_workshop_id', '4824 268'),
    ('participations', 'sqlite_autoindex_participations_1', '4824 1'),
    ('participations', 'sqlite_autoindex_participations_2', '4824 2 1'),
    ('lots', 'ix_lots_product_id', '12314 316'),
    ('lots', 'ix_lots_sales_day_id', '12314 7'),
    ('lots', 'sqlite_autoindex_lots_1', '12314 1'),
    ('lot_dispositions', 'ix_lot_dispositions_lot_id', '10202 1'),
    ('lot_dispositions', 'sqlite_autoindex_lot_dispositions_1', '10202 1'),
    ('sales', 'ix_sales_day_state_total', '521120 215 120 4'),
    ('sales', 'sqlite_autoindex_sales_1', '521120 1'),
    ('sales', 'sqlite_autoindex_sales_2', '521120 215 1'),
    ('sale_lines', 'ix_sale_lines_lot_id', '977964 80'),
    ('sale_lines', 'ix_sale_lines_sale_cover', '977964 2 2 1 1 1'),
    ('sale_lines', 'ix_sale_lines_workshop_sale', '977964 54332 2'),
    ('sale_lines', 'sqlite_autoindex_sale_lines_1', '977964 1'),
    ('payments', 'ix_payments_sale_id', '535200 1'),
    ('payments', 'ix_payments_sale_method_amount', '535200 1 1 1'),
    ('payments', 'sqlite_autoindex_payments_1', '535200 1'),
    ('cash_counts', 'sqlite_autoindex_cash_counts_1', '24300 1'),
    ('cash_counts', 'sqlite_autoindex_cash_counts_2', '24300 10 1'),
)
TABLES = sorted({t for t, _, _ in STATS})


def _sqlite() -> bool:
    return op.get_bind().dialect.name == 'sqlite'


def _forget_stats() -> None:
    marks = ', '.join(f"'{t}'" for t in TABLES)
    op.execute(f'DELETE FROM sqlite_stat1 WHERE tbl IN ({marks})')


def upgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index('ix_payments_sale_method_amount', ['sale_id', 'method', 'amount'], unique=False)
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.create_index('ix_sales_day_state_total', ['sales_day_id', 'state', 'total'], unique=False)
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.create_index(
            'ix_sale_lines_sale_cover', ['sale_id', 'workshop_id', 'product_id', 'quantity', 'amount'], unique=False
        )
        batch_op.drop_index('ix_sale_lines_sale_id')
    if _sqlite():
        op.execute('ANALYZE sqlite_schema')  # creates sqlite_stat1 where it does not exist yet
        _forget_stats()
        conn = op.get_bind()
        for table, index, stat in STATS:
            conn.execute(sa.text('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (:t, :i, :s)'),
                         {'t': table, 'i': index, 's': stat})
        op.execute('ANALYZE sqlite_schema')  # the planner reloads the statistics


def downgrade() -> None:
    if _sqlite():
        _forget_stats()
    with op.batch_alter_table('sale_lines', schema=None) as batch_op:
        batch_op.create_index('ix_sale_lines_sale_id', ['sale_id'], unique=False)
        batch_op.drop_index('ix_sale_lines_sale_cover')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_day_state_total')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index('ix_payments_sale_method_amount')
