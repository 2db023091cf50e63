"""kept waiting counts, partial indexes for the queue, the counters and recent service

The waiting count of each service and day is kept (queue_counts) instead of counted;
the waiting tickets (by routing's groups: service, priority, transferred in, time), those
sent to one counter, the tickets at the counters, the finished tickets of a service and a
teller's day each get a partial index, in place of two indexes over every ticket ever
issued; the event log an index by type (a day's calls without reading its issues).

Revision ID: 0012
Revises: 0015
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0015'
branch_labels = None
depends_on = None

WAITING = "state = 'waiting' AND target_counter IS NULL"
TARGETED = "state = 'waiting' AND target_counter IS NOT NULL"
AT_COUNTER = "state IN ('called', 'serving', 'parked')"
DONE = "state = 'done'"
SERVED = "state IN ('done', 'no_show', 'transferred')"


def _partial(name: str, columns: list[str], where: str) -> None:
    op.create_index(name, 'tickets', columns, sqlite_where=sa.text(where), postgresql_where=sa.text(where))


def upgrade() -> None:
    op.create_table(
        'queue_counts',
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('service', sa.String(length=16), nullable=False),
        sa.Column('waiting', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('business_date', 'service'))
    # A waiting ticket always has the time it joined its queue (routing's "oldest").
    op.execute("UPDATE tickets SET queued_at = issued_at WHERE queued_at IS NULL")
    op.execute("INSERT INTO queue_counts (business_date, service, waiting) SELECT business_date, service, count(*) "
               "FROM tickets WHERE state = 'waiting' GROUP BY business_date, service")
    with op.batch_alter_table('tickets') as batch:
        batch.drop_index('ix_tickets_queue')
        batch.drop_index('ix_tickets_counter_state')
    _partial('ix_tickets_waiting', ['business_date', 'service', 'priority', 'head_of_queue', 'queued_at', 'id'],
             WAITING)
    _partial('ix_tickets_targeted', ['business_date', 'target_counter'], TARGETED)
    _partial('ix_tickets_at_counter', ['counter'], AT_COUNTER)
    _partial('ix_tickets_done', ['service', 'business_date', 'finished_at'], DONE)
    _partial('ix_tickets_served', ['staff', 'business_date'], SERVED)
    _partial('ix_tickets_transferred_from', ['transferred_from'], "transferred_from IS NOT NULL")
    op.create_index('ix_events_type', 'events', ['type', 'id'])


def downgrade() -> None:
    op.drop_index('ix_events_type', 'events')
    for name in ('ix_tickets_transferred_from', 'ix_tickets_served', 'ix_tickets_done', 'ix_tickets_at_counter',
                 'ix_tickets_targeted', 'ix_tickets_waiting'):
        op.drop_index(name, 'tickets')
    with op.batch_alter_table('tickets') as batch:
        batch.create_index('ix_tickets_queue', ['state', 'service', 'queued_at'])
        batch.create_index('ix_tickets_counter_state', ['counter', 'state'])
    op.drop_table('queue_counts')
