"""Migration 0014 on a hall with tickets: the first call is the last call it had."""
import sqlalchemy as sa
from alembic import command

from queuedesk.store import migrate
from queuedesk.store.database import Database


def test_tickets_called_before_the_upgrade_keep_their_wait(db_url):
    db = Database(db_url)
    if db.is_sqlite:
        db.sqlite_connection(create=True).close()
    with db.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0002")
        conn.execute(sa.text(
            "INSERT INTO tickets (number, service, business_date, sequence, token, priority, state, channel, "
            "issued_at, queued_at, called_at, recalls, head_of_queue) VALUES "
            "('A001', 'A', '2026-11-23', 1, 't1', 'normal', 'called', 'kiosk', "
            "'2026-11-23 02:00:00', '2026-11-23 02:00:00', '2026-11-23 02:07:00', 0, false), "
            "('A002', 'A', '2026-11-23', 2, 't2', 'normal', 'waiting', 'kiosk', "
            "'2026-11-23 02:01:00', '2026-11-23 02:01:00', NULL, 0, false)"))
    migrate.upgrade(db)
    with db.connect(write=False) as conn:
        rows = conn.execute(sa.text("SELECT number, first_called_at, called_at FROM tickets ORDER BY number")).all()
        assert rows[0].first_called_at == rows[0].called_at and rows[1].first_called_at is None
        tables = set(sa.inspect(conn).get_table_names())
    assert {"report_days", "report_cells", "report_waits", "report_open"} <= tables
    db.dispose()
