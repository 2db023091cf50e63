"""Create or upgrade the schema to the newest Alembic revision."""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import SQLAlchemyError

from queuedesk.store.database import Database, DatabaseError
from queuedesk.store.turns import lock_file

MIGRATIONS = Path(__file__).with_name("migrations")
#: The newest revision in migrations/versions (a test keeps the two in step). Checking it
#: needs no Alembic import, so every CLI command can afford the check.
HEAD = "0022"


def alembic_config(conn):
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def known_revisions() -> set[str]:
    """Every revision this queuedesk has a migration for (read from the file names' ids)."""
    found = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("revision = "):
                found.add(line.split("=", 1)[1].strip().strip("'\""))
    return found


class NewerSchema(DatabaseError):
    def __init__(self, revision: str):
        super().__init__(f"this database was made by a newer queuedesk (schema {revision}); upgrade queuedesk "
                         f"on this machine before using it")


class NoSchema(DatabaseError):
    def __init__(self):
        super().__init__("the database has no current queuedesk schema; run: queuedesk init")


class OlderSchema(DatabaseError):
    """A newer build of queuedesk met a database not upgraded yet (upgrade order: the
    database first, then the clients; packaging/upgrade.md)."""

    def __init__(self, revision: str):
        super().__init__(f"this database has an older queuedesk schema ({revision}, this queuedesk needs {HEAD}); "
                         f"run queuedesk init to upgrade it")


def check_not_newer(db: Database) -> None:
    revision = current_revision(db)
    if revision is not None and revision not in known_revisions():
        raise NewerSchema(revision)


def upgrade(db: Database, group: str = "") -> str | None:
    """Create or upgrade the schema. Refuses a database of a newer queuedesk (it would
    not know how to go back). An SQLite file is kept to its owner (and `group`); on
    PostgreSQL the queuedesk group roles, if made, get their grants on new tables.
    Returns a note for the person running it, or None."""
    from alembic import command

    if db.is_sqlite:
        try:
            db.sqlite_connection(create=True).close()   # the one place a database file is created
        except (OSError, sqlite3.Error) as exc:
            raise DatabaseError(f"cannot create {db.where}: {getattr(exc, 'strerror', None) or exc}") from None
        _require_writable(db)
    check_not_newer(db)
    try:
        with db.engine.connect() as conn:
            if db.is_sqlite:
                # Batch migrations copy a table and drop the old one: no cascades meanwhile.
                # (Set outside any transaction, where SQLite takes it; the pool is
                # dropped below, so no connection keeps it.)
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
            else:
                conn = conn.execution_options(isolation_level="READ COMMITTED")   # one transaction
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                keep_shape(conn)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot create or upgrade the schema: {db.fault(exc)}") from None
    finally:
        db.dispose()
    if db.is_sqlite:
        return protect(db, group)
    from queuedesk.store import pg_roles

    if pg_roles.exist(db):
        pg_roles.apply(db)
    return None


def _require_writable(db: Database) -> None:
    """An SQLite file `init` may write (SQLite itself would open an unwritable one read
    only, and only fail at the first change); opened for writing, nothing written."""
    try:
        os.close(os.open(db.sqlite_path, os.O_WRONLY))
    except OSError as exc:
        raise DatabaseError(f"{db.where} cannot be written ({exc.strerror}): check its owner and permissions, "
                            f"and that it is not immutable (lsattr)") from None


def keep_shape(conn) -> None:
    """After any upgrade: a head office keys its tables by branch; a branch publishes
    what store/publication.py says and stamps its code on new rows. (A migration that
    rebuilt a table dropped its default, trigger or head-office key; this puts them back.)"""
    from queuedesk.store import head_office, publication

    if head_office.is_head_office(conn):
        head_office.shape(conn)
        return
    publication.publish(conn)
    publication.keep_stamping(conn, head_office.branch_code(conn))


def current_revision(db: Database) -> str | None:
    if db.is_sqlite and not Path(db.sqlite_path).exists():
        return None     # nothing there yet: `init` creates it
    with db.connect(write=False) as conn:
        if not sa.inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def is_current(db: Database) -> bool:
    revision = current_revision(db)
    if revision is not None and revision != HEAD and revision not in known_revisions():
        raise NewerSchema(revision)
    return revision == HEAD


def require_current(db: Database) -> None:
    """What every command but `init` checks first: the schema is this queuedesk's own.
    Raises NoSchema, OlderSchema or NewerSchema, each a one-line DatabaseError."""
    revision = current_revision(db)
    if revision is None:
        raise NoSchema()
    if revision != HEAD:
        if revision not in known_revisions():
            raise NewerSchema(revision)
        raise OlderSchema(revision)


def protect(db: Database, group: str = "") -> str | None:
    """Keep an SQLite file (it holds password hashes) from other users of the machine:
    owner read/write only, or owner and `group` where several OS users share the hall
    (SQLite gives its -wal and -shm files the file's mode, and the writers' turns
    their lock file, store.turns). Returns what was changed, for
    `init` to say, or None."""
    if os.name != "posix":
        return None
    path = Path(db.sqlite_path)
    files = [f for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), lock_file(path)) if f.exists()]
    want = 0o660 if group else 0o600
    if group:
        import grp

        try:
            gid = grp.getgrnam(group).gr_gid
        except KeyError:
            raise DatabaseError(f"there is no group {group!r} on this machine (setting database.group)") from None
        try:
            for f in files:
                if f.stat().st_gid != gid:
                    os.chown(f, -1, gid)
        except PermissionError:
            raise DatabaseError(f"cannot give {path} to group {group!r}: only its owner (or root), "
                                f"being in that group, may") from None
    mode = stat.S_IMODE(path.stat().st_mode)
    try:
        for f in files:
            if stat.S_IMODE(f.stat().st_mode) != want:
                f.chmod(want)
    except OSError as exc:
        raise DatabaseError(f"cannot make {exc.filename} private to its owner ({exc.strerror}): "
                            f"run queuedesk init as the file's owner") from None
    if mode == want:
        return None
    if mode & ~want:
        return f"{path} could be read by other users of this machine ({mode:o}); it is now {want:o}"
    return f"{path} is now {want:o}" + (f", shared with group {group}" if group else "")
