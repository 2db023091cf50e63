"""Configuring a hall: services, counters and staff, their names, and the sample halls."""
from __future__ import annotations

import secrets

from queuedesk.domain import limits
from queuedesk.domain.access import STAFF_ROLES, Permission
from queuedesk.domain.errors import AlreadyExists, QueueError, UnknownService
from queuedesk.domain.events import (
    CounterAdded,
    CounterRenamed,
    ServiceAdded,
    ServiceDisabled,
    ServiceEnabled,
    ServiceGroupAdded,
    ServiceGrouped,
    ServiceRenamed,
    StaffAdded,
)
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Counter, Role, Service, ServiceGroup, Staff, check_password_rule
from queuedesk.domain.numbering import numbers_may_clash
from queuedesk.operations import appointments, texts
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.passwords import hash_password


@needs(Permission.SET_UP)
def add_service(hall: Hall, service: Service) -> Service:
    service = service.checked()
    code = service.code
    with hall.write() as uow:
        if uow.services.exists(code):
            raise AlreadyExists(f"service {code} already exists")
        # A ticket number names one customer a day: two services numbering alike would
        # give two customers the same number.
        clash = next((s for s in uow.services.all().values() if numbers_may_clash(service.prefix, s.prefix)), None)
        if clash is not None:
            raise AlreadyExists(f"prefix {service.prefix} would number tickets as service {clash.code} "
                                f"(prefix {clash.prefix}) does: give service {code} a prefix of its own")
        if service.group is not None and not uow.services.group_exists(service.group):
            raise QueueError(f"unknown group {service.group!r}", "unknown_group", group=service.group)
        uow.services.add(service)
        uow.events.append(ServiceAdded(at=hall.now(), code=code, prefix=service.prefix))
    return service


@needs(Permission.SET_UP)
def rename_service(hall: Hall, code: str, names: dict[str, str]) -> LocalText:
    """Set the service's name in the given languages (an empty name removes that language)."""
    code = limits.code(code)
    with hall.write() as uow:
        service = uow.services.get(code)
        renamed = limits.local_texts(service.names.merged(names), f"name of service {code}")
        if not renamed:
            raise QueueError(f"service {code} needs a name in at least one language", "name_missing",
                             service=code)
        uow.services.set_names(code, renamed)
        uow.events.append(ServiceRenamed(at=hall.now(), code=code, names=dict(renamed)))
    return renamed


@needs(Permission.SET_UP)
def add_group(hall: Hall, code: str, names: dict[str, str]) -> ServiceGroup:
    """A group of business types, shown as one tab of the kiosk (in the order added)."""
    code = limits.code(code, "group code")
    group = ServiceGroup(code, limits.local_texts(names, f"name of group {code}"))
    if not group.names:
        raise QueueError(f"group {code} needs a name in at least one language", "name_missing", group=code)
    with hall.write() as uow:
        if uow.services.group_exists(code):
            raise AlreadyExists(f"group {code} already exists")
        uow.services.add_group(group)
        uow.events.append(ServiceGroupAdded(at=hall.now(), code=code, names=dict(group.names)))
    return group


@needs(Permission.SET_UP)
def set_service_group(hall: Hall, code: str, group: str | None) -> None:
    """Put a business type under a group's tab (None or "": under none)."""
    code = limits.code(code)
    group = limits.code(group, "group code") if group and group.strip() else None
    with hall.write() as uow:
        uow.services.get(code)   # must exist
        if group is not None and not uow.services.group_exists(group):
            raise QueueError(f"unknown group {group!r}", "unknown_group", group=group)
        uow.services.set_group(code, group)
        uow.events.append(ServiceGrouped(at=hall.now(), code=code, group=group))


@needs(Permission.SET_UP)
def set_service_enabled(hall: Hall, code: str, enabled: bool) -> None:
    code = limits.code(code)
    with hall.write() as uow:
        uow.services.get(code)   # must exist
        uow.services.set_enabled(code, enabled)
        uow.events.append((ServiceEnabled if enabled else ServiceDisabled)(at=hall.now(), code=code))


@needs(Permission.SET_UP)
def add_counter(hall: Hall, number: int, service_codes: list[str], names: dict[str, str] | None = None) -> Counter:
    number = limits.counter_number(number)
    codes = limits.services(service_codes)
    counter = Counter(number=number, services=codes,
                      names=limits.local_texts(names or {}, f"name of counter {number}"))
    with hall.write() as uow:
        known = uow.services.all()
        for code in codes:
            if code not in known:
                raise UnknownService(code)
        if uow.counters.exists(number):
            raise AlreadyExists(f"counter {number} already exists")
        uow.counters.add(counter)
        uow.events.append(CounterAdded(at=hall.now(), counter=number, services=tuple(codes)))
    return counter


@needs(Permission.SET_UP)
def rename_counter(hall: Hall, number: int, names: dict[str, str]) -> LocalText:
    """Give the counter its own name in some languages ("贵宾室"); with none left, clients
    call it by its number ("3号窗口") in their own words."""
    number = limits.counter_number(number)
    with hall.write() as uow:
        counter = uow.counters.get(number, lock=True)
        renamed = limits.local_texts(counter.names.merged(names), f"name of counter {number}")
        uow.counters.set_names(number, renamed)
        uow.events.append(CounterRenamed(at=hall.now(), counter=number, names=dict(renamed)))
    return renamed


@needs(Permission.MANAGE_STAFF)
def add_staff(hall: Hall, user: str, role: Role, password: str, name: str | None = None,
              staff_number: str | None = None, *, password_hash: str | None = None) -> Staff:
    """`password_hash`: the hash of `password` when the caller made it already (a sample
    giving several accounts one documented password hashes it once)."""
    user = limits.user(user)
    check_password_rule(password)
    if role not in STAFF_ROLES:
        raise QueueError(f"{role.value} is a machine's role, not a person's; use {', '.join(r.value for r in STAFF_ROLES)}",
                         "not_a_staff_role", role=role.value)
    member = Staff(user=user, name=limits.text(name or user, "display name", limits.NAME_MAX), role=role,
                   staff_number=staff_number and limits.text(staff_number, "staff number", 32))
    with hall.write() as uow:
        if uow.staff.exists(member.user):
            raise AlreadyExists(f"staff member {member.user} already exists")
        uow.staff.add(member, password_hash or hash_password(password))
        uow.events.append(StaffAdded(at=hall.now(), user=member.user, role=role.value))
    return member


from queuedesk.operations.samples import (  # noqa: E402  (the samples' data, kept apart)
    _SAMPLE_LANGS,
    GENERATED_PASSWORD_LENGTH,
    SAMPLE_FOOTER,
    SAMPLE_OFFICE,
    SAMPLES,
)


def _names(texts: tuple[str, str, str]) -> LocalText:
    return LocalText(zip(_SAMPLE_LANGS, texts))


def generated_password() -> str:
    """Letters and digits a person can read off a screen and type (no 0/O, 1/l/I)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(GENERATED_PASSWORD_LENGTH))


@needs(Permission.SET_UP)
def load_sample(hall: Hall, name: str, password: str | None = None, staff: bool = True) -> dict[str, str]:
    """Add a sample hall's services, counters, staff and texts; a no-op for what exists.

    Every new account gets `password` (the demo's documented one, in its throw-away
    database) or, by default, a generated password of its own: returned {user: password},
    to be shown once. `staff=False` leaves accounts out (a simulation needs none).
    """
    sample = SAMPLES.get(name)
    if sample is None:
        raise QueueError(f"unknown sample {name!r}; choose one of {', '.join(SAMPLES)}")
    with hall.read() as uow:
        have_services = set(uow.services.all())
        have_counters = {c.number for c in uow.counters.all()}
        have_staff = {s.user for s in uow.staff.all()}
        have_texts = uow.hall_texts.all()
        have_plans = uow.appointments.plans()
    for code, names, prefix, target, maximum, expected in sample["services"]:
        if code not in have_services:
            add_service(hall, Service(code=code, names=_names(names), prefix=prefix, target_wait_min=target,
                                      max_wait_min=maximum, expected_service_min=expected))
    for code, (minutes, capacity, days) in sample.get("bookable", {}).items():
        if code not in have_plans:
            appointments.set_bookable(hall, code, minutes, capacity, days)
    for number, codes in sample["counters"]:
        if number not in have_counters:
            names = sample["counter_names"].get(number)
            add_counter(hall, number, codes.split(","), dict(_names(names)) if names else None)
    # A person's name is one text: the sample's, written as the hall's language writes it.
    language = hall.config["hall.language"]
    accounts = [*((user, Role(role), _names(names).text(language), None) for user, role, names in SAMPLE_OFFICE),
                *((user, Role.TELLER, _names(names).text(language), number) for user, names, number in sample["staff"])]
    given: dict[str, str] = {}
    shared_hash = hash_password(password) if password is not None and staff else None
    for user, role, display, number in accounts:
        if staff and user not in have_staff:
            given[user] = password if password is not None else generated_password()
            add_staff(hall, user, role, given[user], name=display, staff_number=number,
                      password_hash=shared_hash)
    for key, values in (("branch_name", sample["branch_name"]), ("notice", sample["notice"]),
                        ("footer", SAMPLE_FOOTER), ("voice", sample["voice"])):
        if key not in have_texts:
            texts.set_hall_text(hall, key, dict(_names(values)))
    return given
