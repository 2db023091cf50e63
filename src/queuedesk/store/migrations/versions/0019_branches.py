"""branches and head office: a branch code on every published row, the publication

Every row head office receives carries the branch's code (`branch`, '' until `init
--branch` gives one), and so do the report summaries, which head office makes per
branch. The identity row keeps the hall's code and whether this database is a head
office; hq_branches lists a head office's branches. On PostgreSQL each published table
gets a unique (branch, key) index as its replica identity, and the publication
`queuedesk` lists the tables and columns of store/publication.py as of this revision.
The summaries are a cache: they are made again, per branch.

Revision ID: 0019
Revises: 0020
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

from queuedesk.store import publication

revision = '0019'
down_revision = '0020'
branch_labels = None
depends_on = None

PUBLISHED = publication.AS_OF[revision]
SUMMARIES = ('report_cells', 'report_waits', 'report_open')


def _branch() -> sa.Column:
    return sa.Column('branch', sa.String(length=16), nullable=False, server_default='')


def upgrade() -> None:
    with op.batch_alter_table('identity') as batch:
        batch.add_column(_branch())
        batch.add_column(sa.Column('head_office', sa.Boolean(), nullable=False, server_default=sa.false()))
    for table in (*PUBLISHED, *SUMMARIES):
        with op.batch_alter_table(table) as batch:
            batch.add_column(_branch())
    for table in SUMMARIES:
        op.execute(f"DELETE FROM {table}")
    op.drop_table('report_days')
    op.create_table(
        'report_days',
        _branch(),
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('branch', 'business_date'))
    op.create_table(
        'hq_branches',
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('subscription', sa.String(length=63)),
        sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('database', sa.String(length=32)),
        sa.Column('last_day', sa.Date()),
        sa.PrimaryKeyConstraint('code'))
    conn = op.get_bind()
    publication.publish(conn, revision)
    if conn.dialect.name == 'sqlite':
        publication.keep_stamping(conn, '', PUBLISHED)     # its triggers; PostgreSQL's default waits for a code


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'postgresql':
        op.execute(f"DROP PUBLICATION IF EXISTS {publication.NAME}")
    for table in PUBLISHED:
        if conn.dialect.name == 'postgresql':
            op.execute(f'ALTER TABLE "{table}" REPLICA IDENTITY DEFAULT')
            op.execute(f"DROP INDEX IF EXISTS {publication.unique_key_index(table)}")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS stamp_branch_{table}")
    op.drop_table('hq_branches')
    op.drop_table('report_days')
    op.create_table(
        'report_days',
        sa.Column('business_date', sa.Date(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('business_date'))
    for table in (*PUBLISHED, *SUMMARIES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column('branch')
    with op.batch_alter_table('identity') as batch:
        batch.drop_column('head_office')
        batch.drop_column('branch')
