"""Who the database says is connected, before queuedesk asks for any password.

A set-up script needs no queuedesk password when the database itself vouches for an
administrator: on PostgreSQL a superuser, the database's owner or a member of `qd_admin`;
on SQLite the operating-system user who owns the file (which only its owner, or its
group, may open: store.migrate.protect). Everyone else is only who they say they are
with `--user` and a password.
"""
from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from queuedesk.store.database import Database


@dataclass(frozen=True)
class Caller:
    login: str                          # "pg:kiosk_3", "os:li"
    groups: frozenset[str] = frozenset()   # the queuedesk group roles the login is in (PostgreSQL)
    administers: bool = False


_WHO = sa.text("""
    SELECT r.rolname, r.rolsuper, d.datdba = r.oid AS owner,
           ARRAY(SELECT g.rolname FROM pg_roles g
                 WHERE g.rolname LIKE 'qd\\_%' AND g.oid <> r.oid AND pg_has_role(r.oid, g.oid, 'MEMBER')) AS groups
    FROM pg_roles r, pg_database d
    WHERE r.rolname = current_user AND d.datname = current_database()""")


#: How a login names the computer's own account (SQLite: the file's user) and a
#: PostgreSQL role.
OS_LOGIN, PG_LOGIN = "os:", "pg:"


def os_account(login: str) -> str | None:
    """The computer account a login names ("os:root" → "root"), or None for another kind."""
    return login.removeprefix(OS_LOGIN) if login.startswith(OS_LOGIN) else None


def caller(db: Database) -> Caller:
    if db.is_sqlite:
        return _file_owner(Path(db.sqlite_path))
    with db.connect(write=False) as conn:
        row = conn.execute(_WHO).one()
    groups = frozenset(row.groups or ())
    return Caller(f"{PG_LOGIN}{row.rolname}", groups, bool(row.rolsuper or row.owner or "qd_admin" in groups))


def _file_owner(path: Path) -> Caller:
    login = f"{OS_LOGIN}{getpass.getuser()}"
    if os.name != "posix":
        return Caller(login, administers=True)     # the file sits in its user's own profile
    try:
        owner = path.stat().st_uid
    except FileNotFoundError:
        return Caller(login, administers=True)     # `init` is about to make it theirs
    return Caller(login, administers=os.geteuid() in (owner, 0))
