"""who may do what: actors on events, an audit flag, account lockout, the hall's secrets

Revision ID: 0010
Revises: 0013
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('events') as batch:
        batch.add_column(sa.Column('actor', sa.String(length=80), nullable=True))
        batch.add_column(sa.Column('actor_role', sa.String(length=16), nullable=True))
        batch.add_column(sa.Column('audited', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch.create_index('ix_events_audited', ['audited', 'id'])
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('failed_signins', sa.Integer(), server_default='0', nullable=False))
        batch.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        'secrets',
        sa.Column('key', sa.String(length=32), nullable=False),
        sa.Column('hash', sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint('key'))


def downgrade() -> None:
    op.drop_table('secrets')
    with op.batch_alter_table('staff') as batch:
        batch.drop_column('locked_until')
        batch.drop_column('failed_signins')
    with op.batch_alter_table('events') as batch:
        batch.drop_index('ix_events_audited')
        batch.drop_column('audited')
        batch.drop_column('actor_role')
        batch.drop_column('actor')
