"""reports: first call of a ticket, indexes and day summaries

Tickets keep when they were first called (a parked ticket called back keeps its wait);
existing tickets take their last call, the best there is. Indexes for reading a day's
legs counter by counter and a counter's openings. The report_* tables hold summaries of
past business days: a cache, made again from the tickets whenever needed.

Revision ID: 0014
Revises: 0002
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0017'
branch_labels = None
depends_on = None


def _moment():
    # The store's UTCDateTime: timestamptz on PostgreSQL, text on SQLite.
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table('tickets') as batch:
        batch.add_column(sa.Column('first_called_at', _moment(), nullable=True))
        batch.create_index('ix_tickets_day_counter_call', ['business_date', 'counter', 'first_called_at'])
    op.execute("UPDATE tickets SET first_called_at = called_at WHERE called_at IS NOT NULL")
    with op.batch_alter_table('events') as batch:
        batch.create_index('ix_events_counter_at', ['counter', 'at'])

    op.create_table(
        'report_days',
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('business_date'))
    count = [sa.Integer(), False]
    ms = [sa.BigInteger(), False]
    recorded = [sa.Integer(), True]
    cells = [
        ('arrivals', count), ('called', count), ('served', count), ('no_shows', count),
        ('cancelled', count), ('transferred', count), ('abandoned', count), ('within_target', count),
        ('over_20', count), ('over_30', count), ('wait_ms_sum', ms), ('wait_ms_max', ms),
        ('service_count', count), ('service_ms_sum', ms), ('service_ms_max', ms), ('busy_ms', ms),
        ('idle_waiting_ms', ms), ('rated', recorded), ('satisfied', recorded), ('appointments', recorded),
        ('complaints', recorded), ('complaints_on_time', recorded)]
    op.create_table(
        'report_cells',
        sa.Column('grain', sa.SmallInteger(), nullable=False),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('service', sa.String(length=16), nullable=True),
        sa.Column('counter', sa.Integer(), nullable=True),
        sa.Column('staff', sa.String(length=64), nullable=True),
        sa.Column('hour', sa.SmallInteger(), nullable=True),
        *(sa.Column(name, kind, nullable=nullable) for name, (kind, nullable) in cells))
    op.create_index('ix_report_cells_grain_day', 'report_cells', ['grain', 'business_date'])
    op.create_table(
        'report_waits',
        sa.Column('grain', sa.SmallInteger(), nullable=False),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('service', sa.String(length=16), nullable=True),
        sa.Column('hour', sa.SmallInteger(), nullable=True),
        sa.Column('minutes', sa.Integer(), nullable=False),
        sa.Column('customers', sa.Integer(), nullable=False))
    op.create_index('ix_report_waits_grain_day', 'report_waits', ['grain', 'business_date'])
    op.create_table(
        'report_open',
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('counter', sa.Integer(), nullable=False),
        sa.Column('staff', sa.String(length=64), nullable=True),
        sa.Column('open_ms', sa.BigInteger(), nullable=False))
    op.create_index('ix_report_open_day', 'report_open', ['business_date'])


def downgrade() -> None:
    op.drop_index('ix_report_open_day', table_name='report_open')
    op.drop_table('report_open')
    for table in ('report_waits', 'report_cells'):
        op.drop_index(f'ix_{table}_grain_day', table_name=table)
        op.drop_table(table)
    op.drop_table('report_days')
    with op.batch_alter_table('events') as batch:
        batch.drop_index('ix_events_counter_at')
    with op.batch_alter_table('tickets') as batch:
        batch.drop_index('ix_tickets_day_counter_call')
        batch.drop_column('first_called_at')
