"""reports: ratings per level in the day summaries; complaints read from the register

A day summary keeps the visits that may be rated and those rated at each of the five
levels, so the satisfaction rate follows the hall's rating.basic_is_satisfied whenever
a report is read. Complaints leave the summaries: whether one is answered on time is
known only later, so a report counts them from the register. The summaries are a cache:
they are emptied here and made again from the tickets by the next report.

Revision ID: 0020
Revises: 0010
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0010'
branch_labels = None
depends_on = None

LEVELS = ('rated_5', 'rated_4', 'rated_3', 'rated_2', 'rated_1')
GONE = ('rated', 'satisfied', 'complaints', 'complaints_on_time')


def _empty_the_summaries() -> None:
    for table in ('report_cells', 'report_waits', 'report_open', 'report_days'):
        op.execute(f"DELETE FROM {table}")


def upgrade() -> None:
    _empty_the_summaries()
    with op.batch_alter_table('report_cells') as batch:
        for name in GONE:
            batch.drop_column(name)
        for name in ('ratable', *LEVELS):
            batch.add_column(sa.Column(name, sa.Integer(), nullable=False))


def downgrade() -> None:
    _empty_the_summaries()
    with op.batch_alter_table('report_cells') as batch:
        for name in ('ratable', *LEVELS):
            batch.drop_column(name)
        for name in GONE:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
