"""counter leases, idempotency keys bound to their request, database identity

Revision ID: 0011
Revises: 0002
Create Date: 2026-11-30
"""
import uuid

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('counters') as batch:
        batch.add_column(sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('requests') as batch:
        batch.add_column(sa.Column('fingerprint', sa.String(length=64), server_default='', nullable=False))
        batch.create_index('ix_requests_at', ['at'])
    identity = op.create_table(
        'identity',
        sa.Column('id', sa.String(length=32), nullable=False),
        sa.Column('generation', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.bulk_insert(identity, [{'id': uuid.uuid4().hex, 'generation': 1}])


def downgrade() -> None:
    op.drop_table('identity')
    with op.batch_alter_table('requests') as batch:
        batch.drop_index('ix_requests_at')
        batch.drop_column('fingerprint')
    with op.batch_alter_table('counters') as batch:
        batch.drop_column('lease_until')
