"""invoice registration kind, open-price products, markdowns on sale lines

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 18:45:00

- workshops.invoice_individual: the registration number is not a 法人番号 (sole proprietor,
  人格のない社団等), so the corporate check digit is not required of it (docs/invoices.md).
- products.open_price: the price is typed at the till.
- sale_lines.discount / discount_reason: a markdown (値引き) at the till; the line keeps its list
  price in `unit_price` and the amount rule becomes amount = quantity × unit_price − discount.
  Existing lines have discount 0, so they satisfy the new rule unchanged. On SQLite the new CHECK
  means recreating sale_lines, which drops its planner statistics (sqlite_stat1, canned by 0004 or
  measured by ANALYZE): they are read before and written back after.
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

OLD_AMOUNT = "amount = quantity * unit_price"
NEW_AMOUNT = "discount >= 0 AND amount >= 0 AND amount = quantity * unit_price - discount"


def _saved_stats() -> list[tuple[str, str]]:
    if op.get_bind().dialect.name != 'sqlite':
        return []
    conn = op.get_bind()
    if not conn.execute(sa.text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar():
        return []
    return [(r[0], r[1]) for r in conn.execute(
        sa.text("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'sale_lines'")).all()]


def _restore_stats(stats: list[tuple[str, str]]) -> None:
    if not stats:
        return
    conn = op.get_bind()
    conn.execute(sa.text("DELETE FROM sqlite_stat1 WHERE tbl = 'sale_lines'"))
    for idx, stat in stats:
        conn.execute(sa.text("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('sale_lines', :i, :s)"),
                     {'i': idx, 's': stat})
    op.execute('ANALYZE sqlite_schema')  # the planner reloads the statistics


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN: other tables refer to these two, so they are not recreated
    op.add_column('workshops', sa.Column('invoice_individual', sa.Boolean(), server_default='0', nullable=False))
    op.add_column('products', sa.Column('open_price', sa.Boolean(), server_default='0', nullable=False))
    stats = _saved_stats()
    with op.batch_alter_table('sale_lines') as batch:
        batch.add_column(sa.Column('discount', sa.Integer(), server_default='0', nullable=False))
        batch.add_column(sa.Column('discount_reason', sa.String(length=20), server_default='', nullable=False))
        batch.drop_constraint(op.f('ck_sale_lines_amount'), type_='check')
        batch.create_check_constraint('amount', sa.text(NEW_AMOUNT))
    _restore_stats(stats)


def downgrade() -> None:
    stats = _saved_stats()
    with op.batch_alter_table('sale_lines') as batch:
        batch.drop_constraint(op.f('ck_sale_lines_amount'), type_='check')
        batch.drop_column('discount_reason')
        batch.drop_column('discount')
        batch.create_check_constraint('amount', sa.text(OLD_AMOUNT))
    _restore_stats(stats)
    op.drop_column('products', 'open_price')  # SQLite ≥ 3.35 drops a column in place
    op.drop_column('workshops', 'invoice_individual')
