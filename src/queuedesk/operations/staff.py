"""Staff accounts: signing in (with lockout), passwords, enabling and disabling.

Five wrong passwords in a row lock an account for five minutes (domain.model.Account),
each failure is in the audit trail, and a user name that does not exist costs the same
work as a wrong password (so timing tells nobody which names exist). A hash made with
weaker work factors is replaced at the next successful sign-in.
"""
from __future__ import annotations

from dataclasses import dataclass

from queuedesk.domain import limits
from queuedesk.domain.access import PERMISSIONS, Permission
from queuedesk.domain.errors import NotAllowed, QueueError, UnknownStaff
from queuedesk.domain.events import SignInFailed, StaffChanged
from queuedesk.domain.model import Staff, check_password_rule
from queuedesk.operations.hall import Hall, checks_actor, needs
from queuedesk.operations.passwords import check_nobody, check_password, hash_password, needs_rehash


def _wrong() -> NotAllowed:
    return NotAllowed("wrong user name or password", "wrong_password")   # the same words for every cause


@checks_actor()
def authenticate(hall: Hall, user: str, password: str) -> Staff:
    """The staff member `user` if `password` is theirs and the account may sign in."""
    try:
        name = limits.user(user)
    except QueueError:
        name = None
    with hall.read() as uow:
        found = uow.staff.account(name) if name else None
    if found is None:
        check_nobody(password)
        _failed(hall, name or "(not a user name)", "wrong_password")
        raise _wrong()
    account, stored = found
    now = hall.now()
    if account.locked(now):
        check_nobody(password)
        _failed(hall, name, "locked")
        raise NotAllowed(f"too many wrong passwords: {name} may try again after "
                         f"{account.locked_until.astimezone(hall.config.timezone):%H:%M}", "account_locked",
                         user=name, until=account.locked_until.isoformat())
    right = check_password(password, stored) and account.active
    with hall.write() as uow:
        account, stored = uow.staff.account(name, lock=True)
        if right:
            account.succeeded()
            if needs_rehash(stored):
                uow.staff.set_password(name, hash_password(password))
        else:
            until = account.failed(hall.now())
            uow.events.append(SignInFailed(at=hall.now(), user=name,
                                           reason="wrong_password" if account.active else "disabled",
                                           locked_until=until.isoformat() if until else None))
        uow.staff.save_account(account)
    if not right:
        raise _wrong()
    return account.member


def _failed(hall: Hall, user: str, reason: str) -> None:
    with hall.write() as uow:
        uow.events.append(SignInFailed(at=hall.now(), user=user[:limits.USER_MAX], reason=reason))


@dataclass(frozen=True)
class AccountInfo:
    user: str
    name: str
    role: str
    staff_number: str | None
    active: bool
    locked_until: str | None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@needs(Permission.MANAGE_STAFF)
def list_staff(hall: Hall) -> list[AccountInfo]:
    now = hall.now()
    with hall.read() as uow:
        accounts = uow.staff.accounts()
    return [AccountInfo(a.member.user, a.member.name, a.member.role.value, a.member.staff_number, a.active,
                        a.locked_until.isoformat() if a.locked(now) else None) for a in accounts]


@checks_actor(Permission.MANAGE_STAFF)
def change_password(hall: Hall, user: str, new: str, old: str | None = None) -> None:
    """An administrator sets anyone's password; anyone else changes their own, giving the
    old one."""
    user = limits.user(user)
    check_password_rule(new)
    if not hall.actor.may(Permission.MANAGE_STAFF):
        if hall.actor.user != user or old is None:
            hall.require(Permission.MANAGE_STAFF)
        authenticate(hall, user, old)
    with hall.write() as uow:
        if uow.staff.account(user, lock=True) is None:
            raise UnknownStaff(user)
        uow.staff.set_password(user, hash_password(new))
        uow.events.append(StaffChanged(at=hall.now(), user=user, change="password"))


@needs(Permission.MANAGE_STAFF)
def set_enabled(hall: Hall, user: str, enabled: bool) -> None:
    """A disabled account cannot sign in (its history stays); enabling also unlocks it."""
    user = limits.user(user)
    with hall.write() as uow:
        found = uow.staff.account(user, lock=True)
        if found is None:
            raise UnknownStaff(user)
        account, _ = found
        account.active = enabled
        if enabled:
            account.succeeded()
        uow.staff.save_account(account)
        uow.events.append(StaffChanged(at=hall.now(), user=user, change="enabled" if enabled else "disabled"))


def may_sign_in_at_a_counter(member: Staff) -> None:
    """Those whose role runs a counter of their own (domain.access: tellers, managers and
    administrators) work counters; an auditor does not."""
    if Permission.RUN_OWN_COUNTER not in PERMISSIONS[member.role]:
        raise NotAllowed(f"{member.user} ({member.role.value}) does not work at a counter", "not_a_teller",
                         user=member.user)
