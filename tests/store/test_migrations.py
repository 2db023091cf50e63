from alembic.script import ScriptDirectory

from queuedesk.store import migrate
from queuedesk.store.database import Database


def test_head_constant_matches_the_migration_scripts():
    assert ScriptDirectory.from_config(migrate.alembic_config(None)).get_current_head() == migrate.HEAD


def test_upgrade_creates_the_schema_and_is_repeatable(db_url):
    db = Database(db_url)
    assert not migrate.is_current(db)
    migrate.upgrade(db)
    migrate.upgrade(db)
    assert migrate.is_current(db)
    db.dispose()


def test_upgrading_a_hall_of_the_first_schema_keeps_its_names(db_url):
    """A hall made before names had languages: name_zh becomes zh_CN, name_en en, and a
    counter's own name stays while the old default ("3号窗口") becomes the clients' wording."""
    import sqlalchemy as sa
    from alembic import command

    from queuedesk.domain.events import ServiceAdded
    from queuedesk.operations import queries
    from queuedesk.operations.hall import Hall
    from queuedesk.store.event_log import read_events

    db = Database(db_url)
    if db.is_sqlite:
        db.sqlite_connection(create=True).close()
    with db.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0001")
        conn.execute(sa.text("INSERT INTO services (code, name_zh, name_en, prefix, number_width, hours, "
                             "target_wait_min, max_wait_min, expected_service_min, enabled, sort_order) VALUES "
                             "('A', '个人现金业务', 'Personal cash', 'A', 3, '', 10, 20, 5, true, 0), "
                             "('Z', '综合咨询', '', 'Z', 3, '', 10, 20, 5, true, 1)"))
        conn.execute(sa.text("INSERT INTO counters (number, name, services, state) VALUES "
                             "(1, '1号窗口', 'A', 'closed'), (2, '贵宾室', 'A,Z', 'closed')"))
        conn.execute(sa.text("INSERT INTO events (at, type, payload) VALUES "
                             "('2026-11-23 02:00:00', 'service_added', '{\"code\": \"A\", \"prefix\": \"A\"}')"))
    migrate.upgrade(db)
    hall = Hall(db)
    services = {s.code: s for s in queries.services_status(hall)}
    assert services["A"].names == {"zh_CN": "个人现金业务", "en": "Personal cash"}
    assert services["Z"].names == {"zh_CN": "综合咨询"}
    assert {c.number: c.names for c in queries.counters_status(hall)} == {1: {}, 2: {"zh_CN": "贵宾室"}}
    old = read_events(db)[0]
    assert isinstance(old, ServiceAdded) and old.code == "A" and old.version == 1
    db.dispose()
