"""service groups: the kiosk's tabs

A hall with many business types may group them ("个人" / "对公" / "其他"); the kiosk
shows each group under its own tab. Groups have names per language, like services.

Revision ID: 0017
Revises: 0002
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'service_groups',
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('sort_order', sa.Integer(), nullable=False, server_default='0'),
        sa.PrimaryKeyConstraint('code'))
    op.create_table(
        'service_group_names',
        sa.Column('group_code', sa.String(length=16), nullable=False),
        sa.Column('lang', sa.String(length=8), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['group_code'], ['service_groups.code'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('group_code', 'lang'))
    with op.batch_alter_table('services') as batch:
        batch.add_column(sa.Column('group_code', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('services') as batch:
        batch.drop_column('group_code')
    op.drop_table('service_group_names')
    op.drop_table('service_groups')
