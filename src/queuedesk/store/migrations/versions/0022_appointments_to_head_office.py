"""appointments go to head office: a branch code on every booking, the bookings published

A booking carries its branch's code like every published row (`branch`, stamped at the
branch: the column default that `init --branch` sets on PostgreSQL, a trigger on SQLite);
the bookings a hall already has get its code now. The publication sends them without
the check-in code (the customer checks in with it) and the phone's last digits
(store/publication.py), so head office counts punctuality and no-shows per branch.
Head office keys the table by (branch, id) after the upgrade (store/head_office.py).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op

from queuedesk.store import publication

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def _branch() -> sa.Column:
    return sa.Column('branch', sa.String(length=16), nullable=False, server_default='')


NEW = {name: spec for name, spec in publication.AS_OF[revision].items() if name == 'appointments'}


def upgrade() -> None:
    with op.batch_alter_table('appointments') as batch:
        batch.add_column(_branch())
    # The hall's bookings so far are its own (a head office has none, and no code).
    op.execute("UPDATE appointments SET branch = COALESCE((SELECT branch FROM identity LIMIT 1), '')")
    conn = op.get_bind()
    publication.publish(conn, revision)
    if conn.dialect.name == 'sqlite':
        publication.keep_stamping(conn, '', NEW)       # its trigger; PostgreSQL's default: migrate.keep_shape


def downgrade() -> None:
    conn = op.get_bind()
    publication.publish(conn, '0019')
    if conn.dialect.name == 'postgresql':
        op.execute('ALTER TABLE appointments REPLICA IDENTITY DEFAULT')
        op.execute(f"DROP INDEX IF EXISTS {publication.unique_key_index('appointments')}")
    else:
        op.execute("DROP TRIGGER IF EXISTS stamp_branch_appointments")
    with op.batch_alter_table('appointments') as batch:
        batch.drop_column('branch')
