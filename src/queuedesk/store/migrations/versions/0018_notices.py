""""almost your turn" notices

A customer's request to be told on their phone (notice_requests: the phone number is
wiped when its business day is over) and each notice to deliver once (notices).

Revision ID: 0018
Revises: 0002
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0011'
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        'notice_requests',
        sa.Column('id', Id, nullable=False, autoincrement=True),
        sa.Column('ticket_id', Id, nullable=False),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('phone', sa.String(length=32)),
        sa.Column('ahead', sa.Integer(), nullable=False),
        sa.Column('lang', sa.String(length=8), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('changes', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('ticket_id'))
    op.create_index('ix_notice_requests_day', 'notice_requests', ['business_date', 'active'])
    op.create_table(
        'notices',
        sa.Column('id', Id, nullable=False, autoincrement=True),
        sa.Column('request_id', Id, nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('ticket_id', Id, nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('next_attempt_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True)),
        sa.Column('last_error', sa.String(length=200)),
        sa.ForeignKeyConstraint(['request_id'], ['notice_requests.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('request_id', 'kind', 'ticket_id', name='uq_notices_once'))
    op.create_index('ix_notices_due', 'notices', ['state', 'next_attempt_at'])


def downgrade() -> None:
    op.drop_table('notices')
    op.drop_table('notice_requests')
