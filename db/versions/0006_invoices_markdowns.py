"""invoice registration kind, open-price products, markdowns on sale lines

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02 18:45:00

- workshops.invoice_individual: the registration number is not a 法人番号 (sole proprietor,
  人格のない社団等), so the corporate check digit is not required of it (docs/invoices.md).
- products.open_price: the price is typed at the till.
- sale_lines.discount / discount_reason: a markdown (値引き) at the till; the line keeps its list
  price in `unit_price` and the amount rule becomes amount = quantity × unit_price − discount.
  Existing lines have discount 0, so they satisfy the new rule unchanged.
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0004'
branch_labels = None
depends_on = None

OLD_AMOUNT = "amount = quantity * unit_price"
NEW_AMOUNT = "discount >= 0 AND amount >= 0 AND amount = quantity * unit_price - discount"


def upgrade() -> None:
    # plain ALTER TABLE ADD COLUMN: other tables refer to these two, so they are not recreated
    op.add_column('workshops', sa.Column('invoice_individual', sa.Boolean(), server_default='0', nullable=False))
    op.add_column('products', sa.Column('open_price', sa.Boolean(), server_default='0', nullable=False))
    with op.batch_alter_table('sale_lines', recreate='always') as batch:
        batch.add_column(sa.Column('discount', sa.Integer(), server_default='0', nullable=False))
        batch.add_column(sa.Column('discount_reason', sa.String(length=20), server_default='', nullable=False))
        batch.drop_constraint(op.f('ck_sale_lines_amount'), type_='check')
        batch.create_check_constraint('amount', sa.text(NEW_AMOUNT))


def downgrade() -> None:
    with op.batch_alter_table('sale_lines', recreate='always') as batch:
        batch.drop_constraint(op.f('ck_sale_lines_amount'), type_='check')
        batch.drop_column('discount_reason')
        batch.drop_column('discount')
        batch.create_check_constraint('amount', sa.text(OLD_AMOUNT))
    op.drop_column('products', 'open_price')  # SQLite ≥ 3.35 drops a column in place
    op.drop_column('workshops', 'invoice_individual')
