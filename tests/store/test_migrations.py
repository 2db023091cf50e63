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
