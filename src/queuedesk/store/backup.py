"""Copies of the hall's database that running clients survive.

SQLite: `backup` uses SQLite's online backup API (a consistent copy while kiosks and
desks go on writing); `restore` copies a backup into the live file the same way, inside
one transaction, so connections stay valid, then bumps the database's generation
(schema.identity): every client notices at its next check and reads the hall afresh.
PostgreSQL: `pg_dump` where it is installed (the password goes through the environment,
never the command line); restoring a server is a job for its administrator.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from queuedesk.store import migrate
from queuedesk.store.database import Database, DatabaseError
from queuedesk.store.repositories.identity import IdentityRepository


def backup(db: Database, target: str | os.PathLike) -> Path:
    """Write a copy of the database to `target`; the file written."""
    target = Path(target).expanduser()
    if db.holds(target):
        raise DatabaseError(f"{target} is the hall's database itself: write the backup to another file")
    try:
        odd = target.is_symlink() or (target.exists() and not target.is_file())
    except OSError as exc:          # a name the file system cannot hold (too long)
        raise DatabaseError(f"cannot write the backup {target}: {exc.strerror or exc}") from None
    if odd:
        raise DatabaseError(f"{target} is not a plain file: write the backup to a file of its own")
    if db.is_sqlite:
        _copy_sqlite(db.sqlite_path, target)
    else:
        _pg_dump(db, target)
    return target


def restore(db: Database, source: str | os.PathLike) -> str:
    """Replace the hall's SQLite database with the backup `source`."""
    if not db.is_sqlite:
        raise DatabaseError("restore a PostgreSQL database with pg_restore, as its administrator; "
                            "running clients notice and read the hall afresh")
    source = Path(source).expanduser()
    if db.holds(source):
        raise DatabaseError(f"{source} is the hall's database itself: restore from a backup file")
    if not source.is_file():
        raise DatabaseError(f"no backup file at {source}")
    # A damaged backup is refused before anything is copied: the hall stays as it is.
    if not _intact(source):
        raise DatabaseError(f"{source} is damaged: restore from another backup (the hall was not changed)")
    revision = _revision_of(source)
    if revision not in migrate.known_revisions():
        raise DatabaseError(f"{source} was made by a newer queuedesk (schema {revision}); upgrade queuedesk first")
    try:
        with sqlite3.connect(source) as origin:
            live = db.sqlite_connection()
            try:
                origin.backup(live)
            finally:
                live.close()
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot restore {source} into {db.where}: {exc}") from None
    db.dispose()
    migrate.upgrade(db)        # a backup of an older queuedesk is brought up to date
    with db.connect(write=True) as conn:
        generation = IdentityRepository(conn).next_generation()
    return f"{db.where} restored from {source} (generation {generation}); running clients reload by themselves"


def _revision_of(path: Path) -> str:
    try:
        with _read_only(path) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None:
        raise DatabaseError(f"{path} is not a queuedesk database backup")
    return row[0]


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _intact(path: Path) -> bool:
    """SQLite's own check of every page of the file finds nothing wrong."""
    try:
        with _read_only(path) as conn:
            return conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    except sqlite3.Error:
        return False


def _copy_sqlite(source: str, target: Path) -> None:
    """The copy is made beside `target` and takes its place only once it is whole and
    checked: a failed or damaged backup leaves an earlier one there as it was."""
    partial = _partial(target)
    damaged = (f"{source} is damaged: no backup written ({target} is unchanged); "
               "restore the hall from an earlier backup")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY, 0o600))   # a backup holds password hashes too
        with _read_only(Path(source)) as origin, \
                sqlite3.connect(partial) as copy:
            origin.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")    # one self-contained file, no -wal beside it
        copy.close()
        if not _intact(partial):
            raise DatabaseError(damaged)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        if isinstance(exc, sqlite3.Error) and not _intact(Path(source)):
            raise DatabaseError(damaged) from None
        raise DatabaseError(f"cannot write the backup {target}: {getattr(exc, 'strerror', None) or exc}") from None
    finally:
        _remove(partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"))


def _partial(target: Path) -> Path:
    """Where a backup is made before it takes `target`'s place (never half a backup there)."""
    return target.with_name(f".{target.name}.partial")


def _remove(*paths: Path) -> None:
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError:        # not there to remove: its folder is a file, or was never made
            pass


def _pg_dump(db: Database, target: Path) -> None:
    tool = shutil.which("pg_dump")
    if tool is None:
        raise DatabaseError("pg_dump is not installed here: on the database server run "
                            f"`pg_dump --format=custom --file {target} {db.engine.url.database}`")
    url = db.engine.url
    env = {**os.environ, "PGHOST": url.host or "", "PGPORT": str(url.port or 5432), "PGUSER": url.username or "",
           "PGDATABASE": url.database or ""}
    if url.password:
        env["PGPASSWORD"] = str(url.password)   # the environment, not the command line (ps shows that)
    # Made beside the target and put in its place once pg_dump says it is whole, as SQLite's.
    partial = _partial(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([tool, "--format=custom", "--file", str(partial)], env=env, capture_output=True,
                                text=True)
        if result.returncode != 0:
            first = (result.stderr.strip().splitlines() or ["pg_dump failed"])[0]
            raise DatabaseError(f"pg_dump: {first} ({target} is unchanged)")
        os.replace(partial, target)
    except OSError as exc:
        raise DatabaseError(f"cannot write the backup {target}: {exc.strerror or exc}") from None
    finally:
        _remove(partial)
