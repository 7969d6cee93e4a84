"""product images for かんたんレジ's picture tiles

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-02 18:45:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('product_images',
    sa.Column('product_id', sa.Uuid(), nullable=False),
    sa.Column('png', sa.LargeBinary(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['product_id'], ['products.id'], name=op.f('fk_product_images_product_id_products')),
    sa.PrimaryKeyConstraint('product_id', name=op.f('pk_product_images'))
    )


def downgrade() -> None:
    op.drop_table('product_images')
