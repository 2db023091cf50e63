"""The kiosks' staff menu: one PIN for the hall, kept as a hash like a password.

Staff open a kiosk's menu (quit, reprint, test ticket, priority ticket) with it; every
try is in the audit trail. The kiosk itself keeps count of wrong tries and locks its PIN
pad (domain.model.Account's rule) — the only way to restart it and so reset the count is
through that menu or the machine's own login.
"""
from __future__ import annotations

from queuedesk.domain import limits
from queuedesk.domain.access import Actor, Permission, Role
from queuedesk.domain.errors import NotAllowed
from queuedesk.domain.events import KioskUnlocked, StaffChanged
from queuedesk.domain.model import check_pin_rule
from queuedesk.operations.hall import Hall, checks_actor, needs
from queuedesk.operations.passwords import check_nobody, check_password, hash_password

PIN_KEY = "kiosk_pin"


@needs(Permission.MANAGE_STAFF)
def set_kiosk_pin(hall: Hall, pin: str) -> None:
    check_pin_rule(pin)
    with hall.write() as uow:
        uow.secrets.set(PIN_KEY, hash_password(pin))
        uow.events.append(StaffChanged(at=hall.now(), user="kiosk", change="pin"))


@checks_actor()
def unlock_kiosk(hall: Hall, pin: str, station: str) -> Actor:
    """The actor the staff menu acts as, if `pin` is the hall's kiosk PIN."""
    station = limits.text(station, "kiosk name", limits.NAME_MAX)
    with hall.read() as uow:
        stored = uow.secrets.get(PIN_KEY)
    granted = check_password(pin, stored) if stored else check_nobody(pin)
    with hall.write() as uow:
        uow.events.append(KioskUnlocked(at=hall.now(), station=station, granted=granted))
    if stored is None:
        raise NotAllowed("this hall has no kiosk PIN yet: an administrator sets one with `queuedesk kiosk pin`",
                         "no_kiosk_pin")
    if not granted:
        raise NotAllowed("wrong PIN", "wrong_pin")
    # Staff at the kiosk act for the lobby (a priority ticket is a person's decision).
    return Actor(Role.MANAGER, f"kiosk:{station}"[:limits.USER_MAX])
