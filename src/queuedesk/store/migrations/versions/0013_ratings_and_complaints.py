"""ratings and complaints

Customers' ratings of their visits (one row per ticket leg; score NULL: asked, not rated)
and the complaints register with due dates.

Revision ID: 0013
Revises: 0002
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0014'
branch_labels = None
depends_on = None

# The store's id type: bigint on PostgreSQL, INTEGER (the rowid alias) on SQLite.
Id = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'ratings',
        sa.Column('ticket_id', Id, nullable=False, autoincrement=False),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('ticket_number', sa.String(length=16), nullable=False),
        sa.Column('service', sa.String(length=16), nullable=False),
        sa.Column('counter', sa.Integer()),
        sa.Column('staff', sa.String(length=64)),
        sa.Column('score', sa.SmallInteger()),
        sa.Column('reasons', sa.String(length=100), nullable=False, server_default=''),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('ticket_id'))
    op.create_index('ix_ratings_day_counter', 'ratings', ['business_date', 'counter'])
    op.create_index('ix_ratings_day_staff', 'ratings', ['business_date', 'staff'])
    op.create_table(
        'complaints',
        sa.Column('id', Id, nullable=False, autoincrement=True),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('grade', sa.String(length=16), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('received_date', sa.Date(), nullable=False),
        sa.Column('due_date', sa.Date(), nullable=False),
        sa.Column('ticket_number', sa.String(length=16)),
        sa.Column('ticket_id', Id),
        sa.Column('counter', sa.Integer()),
        sa.Column('staff', sa.String(length=64)),
        sa.Column('recorded_by', sa.String(length=64)),
        sa.Column('answered_at', sa.DateTime(timezone=True)),
        sa.Column('answered_date', sa.Date()),
        sa.Column('answer', sa.Text()),
        sa.Column('answered_by', sa.String(length=64)),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_complaints_open_due', 'complaints', ['answered_at', 'due_date'])


def downgrade() -> None:
    op.drop_index('ix_complaints_open_due', table_name='complaints')
    op.drop_table('complaints')
    op.drop_index('ix_ratings_day_staff', table_name='ratings')
    op.drop_index('ix_ratings_day_counter', table_name='ratings')
    op.drop_table('ratings')
