"""Who acts, for a program a person starts: a staff member proven by their password, or
whoever the database itself vouches for (store.caller), or a machine acting as its kind.

A person's own password decides their role wherever they run queuedesk; without one, a
database administrator (the owner of the SQLite file, PostgreSQL's owner or `qd_admin`)
is the hall's administrator, a login in a queuedesk group acts as that kind of machine,
and anyone else may only look.
"""
from __future__ import annotations

from queuedesk.domain.access import Actor, Role
from queuedesk.operations import lazy
from queuedesk.operations.hall import Hall, checks_actor
from queuedesk.store.caller import caller, os_account

staff = lazy("staff")     # its events load only when a password is given

#: The strongest group a login is in decides what it is (store.pg_roles.GROUPS).
_GROUP_ROLES = (("qd_admin", Role.ADMIN), ("qd_manager", Role.MANAGER), ("qd_desk", Role.TELLER),
                ("qd_web", Role.WEB), ("qd_kiosk", Role.KIOSK), ("qd_rater", Role.RATER), ("qd_display", Role.DISPLAY))


@checks_actor()
def from_database(hall: Hall) -> Actor:
    """The actor the database vouches for, without a queuedesk password."""
    known = caller(hall.db)
    if known.administers:
        return Actor(Role.ADMIN, known.login)
    role = next((role for group, role in _GROUP_ROLES if group in known.groups), Role.DISPLAY)
    return Actor(role, known.login)


@checks_actor()
def person(hall: Hall, user: str, password: str) -> Actor:
    """A staff member who gave their password; a teller at the counter they hold."""
    member = staff.authenticate(hall, user, password)
    with hall.read() as uow:
        held = next((c.number for c in uow.counters.all() if c.staff == member.user), None)
    return Actor(member.role, member.user, held)


def device(role: Role) -> Actor:
    """A machine acting as its kind (kiosk, lobby screen, rating screen, web server);
    a desk before its teller signs in."""
    return Actor(role, role.value)


def computer_account(login: str) -> str | None:
    """The computer account a login stands for (the database's owner without a queuedesk
    password: "os:root" → "root"), or None for a staff member or a PostgreSQL role."""
    return os_account(login)
