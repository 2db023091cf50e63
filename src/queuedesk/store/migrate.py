"""Create or upgrade the schema to the newest Alembic revision."""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from queuedesk.store.database import Database, DatabaseError, describe

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision in migrations/versions (a test keeps the two in step). Checking it
#: needs no Alembic import, so every CLI command can afford the check.
HEAD = "0013"


def alembic_config(conn):
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def upgrade(db: Database) -> None:
    from alembic import command

    if db.is_sqlite:
        db.sqlite_connection(create=True).close()   # the one place a database file is created
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                # Batch migrations copy a table and drop the old one: no cascades meanwhile.
                # (Set outside any transaction, where SQLite takes it; the pool is
                # dropped below, so no connection keeps it.)
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot create or upgrade the schema: {describe(exc)}") from None
    finally:
        db.dispose()


def current_revision(db: Database) -> str | None:
    if db.is_sqlite and not Path(db.sqlite_path).exists():
        return None     # nothing there yet: `init` creates it
    with db.connect(write=False) as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def is_current(db: Database) -> bool:
    return current_revision(db) == HEAD
