"""Who may do what: roles, the permissions each one holds, and the actor of a use case.

Every use case names the permission it needs; the actor doing it (a signed-in teller,
a kiosk, an administrator's script) carries a role. The table below is the whole policy,
read by the use cases, printed in the README and checked by tests; the PostgreSQL group
roles (`queuedesk db roles`) give each kind of machine the matching rights in the
database itself.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from queuedesk.domain.errors import QueueError


class Role(str, enum.Enum):
    KIOSK = "kiosk"          # a ticket machine (a device, not a person)
    DISPLAY = "display"      # a lobby screen (a device)
    WEB = "web"              # the ticket web page's server (a device)
    RATER = "rater"          # a rating screen or keypad facing the customer at a counter (a device)
    TELLER = "teller"
    MANAGER = "manager"      # the lobby manager (大堂经理 / 导诊台)
    ADMIN = "admin"          # the branch's administrator
    AUDITOR = "auditor"      # reads everything, changes nothing


#: Roles a person signs in with (devices act as themselves).
STAFF_ROLES = (Role.TELLER, Role.MANAGER, Role.ADMIN, Role.AUDITOR)


class Permission(str, enum.Enum):
    VIEW = "view"                        # queues, counters, the event log
    ISSUE_TICKET = "issue ticket"        # an ordinary ticket, at a kiosk
    ISSUE_PRIORITY = "issue priority ticket"   # priority, VIP, emergency: a person decides
    SERVE = "serve at own counter"       # call, recall, finish, transfer… where one is signed in
    RUN_OWN_COUNTER = "run own counter"  # sign in and out, pause, resume, open it again
    RUN_ANY_COUNTER = "run any counter"  # open, close, release, call at any counter
    FIX_TICKETS = "fix tickets"          # cancel, move to the right business
    EDIT_NOTICE = "edit notice"          # the lobby screen's notice line
    SET_UP = "set up the hall"           # services, counters, hall texts
    MANAGE_STAFF = "manage staff"        # accounts, passwords
    CLOSE_DAY = "close the day"
    BACKUP = "back up and restore"
    AUDIT = "read the audit trail"
    TAKE_NOTICES = "take customers' notice requests"   # the ticket page: "tell me when it is nearly my turn"
    TAKE_RATINGS = "take customers' ratings"            # rating screen, keypad, kiosk, ticket page
    HANDLE_COMPLAINTS = "keep the complaints register"
    READ_REPORTS = "read reports and complaints"        # per-teller figures are not for every screen
    BOOK = "book appointments"                          # and cancel them, for a customer on the phone or at the desk
    ACKNOWLEDGE = "acknowledge the console's alerts"


P = Permission
_VIEWER = frozenset({P.VIEW})
_TELLER = _VIEWER | {P.SERVE, P.RUN_OWN_COUNTER}
_MANAGER = _TELLER | {P.ISSUE_TICKET, P.ISSUE_PRIORITY, P.RUN_ANY_COUNTER, P.FIX_TICKETS, P.EDIT_NOTICE, P.AUDIT,
                     P.HANDLE_COMPLAINTS, P.READ_REPORTS, P.CLOSE_DAY, P.BOOK, P.ACKNOWLEDGE}

#: The whole policy.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.KIOSK: _VIEWER | {P.ISSUE_TICKET, P.TAKE_RATINGS},
    Role.DISPLAY: _VIEWER,
    Role.WEB: _VIEWER | {P.TAKE_NOTICES, P.TAKE_RATINGS},
    Role.RATER: _VIEWER | {P.TAKE_RATINGS},
    Role.TELLER: _TELLER,
    Role.MANAGER: _MANAGER,
    Role.ADMIN: frozenset(Permission),
    Role.AUDITOR: _VIEWER | {P.AUDIT, P.READ_REPORTS},
}


class NotPermitted(QueueError):
    code = "not_permitted"

    def __init__(self, actor: "Actor", permission: Permission):
        super().__init__(f"{actor.describe()} may not {permission.value}", who=actor.describe(),
                         role=actor.role.value, permission=permission.value)


@dataclass(frozen=True)
class Actor:
    """Who does a use case: `user` is the staff account, or how the database or the
    operating system knows the caller ("os:root", "pg:kiosk_3"); `counter` is where a
    teller is signed in."""

    role: Role
    user: str | None = None
    counter: int | None = None

    def may(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            raise NotPermitted(self, permission)

    def require_at(self, counter: int, permission: Permission = P.SERVE) -> None:
        """Serving at `counter`: a teller only where signed in; a manager anywhere."""
        if self.may(P.RUN_ANY_COUNTER):
            return
        self.require(permission)
        if self.counter != counter:
            raise QueueError(f"{self.describe()} is not signed in at counter {counter}", "not_signed_in",
                             user=self.user or self.role.value, counter=counter)

    def describe(self) -> str:
        return f"{self.role.value} {self.user}" if self.user else self.role.value


#: The hall's own tools on their own databases (simulation, demo, tests): may do anything.
SYSTEM = Actor(Role.ADMIN, "system")
