"""Configuring a hall: services, counters and staff, their names, and the sample halls."""
from __future__ import annotations

from queuedesk.domain import limits
from queuedesk.domain.errors import AlreadyExists, QueueError, UnknownService
from queuedesk.domain.events import (
    CounterAdded,
    CounterRenamed,
    ServiceAdded,
    ServiceDisabled,
    ServiceEnabled,
    ServiceRenamed,
    StaffAdded,
)
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Counter, Role, Service, Staff
from queuedesk.operations import texts
from queuedesk.operations.hall import Hall
from queuedesk.operations.passwords import hash_password


def add_service(hall: Hall, service: Service) -> Service:
    service = service.checked()
    code = service.code
    with hall.write() as uow:
        if uow.services.exists(code):
            raise AlreadyExists(f"service {code} already exists")
        uow.services.add(service)
        uow.events.append(ServiceAdded(at=hall.now(), code=code, prefix=service.prefix))
    return service


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


def set_service_enabled(hall: Hall, code: str, enabled: bool) -> None:
    code = limits.code(code)
    with hall.write() as uow:
        uow.services.get(code)   # must exist
        uow.services.set_enabled(code, enabled)
        uow.events.append((ServiceEnabled if enabled else ServiceDisabled)(at=hall.now(), code=code))


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


def add_staff(hall: Hall, user: str, role: Role, password: str, name: str | None = None,
              staff_number: str | None = None) -> Staff:
    user = limits.user(user)
    if len(password) < 4:
        raise QueueError("password must have at least 4 characters")
    member = Staff(user=user, name=limits.text(name or user, "display name", limits.NAME_MAX), role=role,
                   staff_number=staff_number and limits.text(staff_number, "staff number", 32))
    with hall.write() as uow:
        if uow.staff.exists(member.user):
            raise AlreadyExists(f"staff member {member.user} already exists")
        uow.staff.add(member, hash_password(password))
        uow.events.append(StaffAdded(at=hall.now(), user=member.user, role=role.value))
    return member


from queuedesk.operations.samples import (  # noqa: E402  (the samples' data, kept apart)
    _SAMPLE_LANGS,
    ADMIN_PASSWORD,
    SAMPLE_FOOTER,
    SAMPLE_NOTICE,
    SAMPLES,
    TELLER_PASSWORD,
)


def _names(texts: tuple[str, str, str]) -> LocalText:
    return LocalText(zip(_SAMPLE_LANGS, texts))


def load_sample(hall: Hall, name: str) -> None:
    """Add a sample hall's services, counters, staff and texts; a no-op for what exists."""
    sample = SAMPLES.get(name)
    if sample is None:
        raise QueueError(f"unknown sample {name!r}; choose one of {', '.join(SAMPLES)}")
    with hall.read() as uow:
        have_services = set(uow.services.all())
        have_counters = {c.number for c in uow.counters.all()}
        have_staff = {s.user for s in uow.staff.all()}
        have_texts = uow.hall_texts.all()
    for code, names, prefix, target, maximum, expected in sample["services"]:
        if code not in have_services:
            add_service(hall, Service(code=code, names=_names(names), prefix=prefix, target_wait_min=target,
                                      max_wait_min=maximum, expected_service_min=expected))
    for number, codes in sample["counters"]:
        if number not in have_counters:
            add_counter(hall, number, codes.split(","))
    if "admin" not in have_staff:
        add_staff(hall, "admin", Role.ADMIN, ADMIN_PASSWORD, name="管理员")
    if "manager" not in have_staff:
        add_staff(hall, "manager", Role.MANAGER, TELLER_PASSWORD, name="大堂经理")
    for user, display, number in sample["staff"]:
        if user not in have_staff:
            add_staff(hall, user, Role.TELLER, TELLER_PASSWORD, name=display, staff_number=number)
    for key, values in (("branch_name", sample["branch_name"]), ("notice", SAMPLE_NOTICE),
                        ("footer", SAMPLE_FOOTER)):
        if key not in have_texts:
            texts.set_hall_text(hall, key, dict(_names(values)))
