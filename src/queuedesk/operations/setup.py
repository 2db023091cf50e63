"""Configuring a hall: services, counters and staff, and the sample halls."""
from __future__ import annotations

from queuedesk.domain.errors import AlreadyExists, QueueError, UnknownService
from queuedesk.domain.model import Counter, Role, Service, Staff
from queuedesk.operations.hall import Hall
from queuedesk.operations.passwords import hash_password
from queuedesk.store.schema import counters, services, staff


def add_service(hall: Hall, service: Service) -> Service:
    code = service.code.strip().upper()
    if not code.isalnum():
        raise QueueError(f"service code {service.code!r} must be letters or digits")
    service.code = code
    service.prefix = (service.prefix or code).strip().upper()
    if service.max_wait_min < service.target_wait_min:
        raise QueueError("maximum wait must not be shorter than the target wait")
    with hall.write() as tx:
        if tx.exists(services, code):
            raise AlreadyExists(f"service {code} already exists")
        tx.add_service(service)
        tx.append_event(hall.now(), "service_added", code=code, prefix=service.prefix)
    return service


def set_service_enabled(hall: Hall, code: str, enabled: bool) -> None:
    with hall.write() as tx:
        tx.set_service_enabled(code.upper(), enabled)
        tx.append_event(hall.now(), "service_enabled" if enabled else "service_disabled", code=code.upper())


def add_counter(hall: Hall, number: int, service_codes: list[str], name: str | None = None) -> Counter:
    if number <= 0:
        raise QueueError("counter numbers start at 1")
    codes = [c.strip().upper() for c in service_codes if c.strip()]
    if not codes:
        raise QueueError("a counter must serve at least one service")
    with hall.write() as tx:
        known = tx.services()
        for code in codes:
            if code not in known:
                raise UnknownService(code)
        if tx.exists(counters, number):
            raise AlreadyExists(f"counter {number} already exists")
        counter = Counter(number=number, name=name or f"{number}号窗口", services=codes)
        tx.add_counter(counter)
        tx.append_event(hall.now(), "counter_added", counter=number, services=codes)
    return counter


def add_staff(hall: Hall, user: str, role: Role, password: str, name: str | None = None,
              staff_number: str | None = None) -> Staff:
    if not user or not user.strip():
        raise QueueError("user name is empty")
    if len(password) < 4:
        raise QueueError("password must have at least 4 characters")
    member = Staff(user=user.strip(), name=name or user.strip(), role=role, staff_number=staff_number)
    with hall.write() as tx:
        if tx.exists(staff, member.user):
            raise AlreadyExists(f"staff member {member.user} already exists")
        tx.add_staff(member, hash_password(password))
        tx.append_event(hall.now(), "staff_added", user=member.user, role=role.value)
    return member


# -- sample halls ------------------------------------------------------------------------
# Realistic set-ups for demos and tests. They take tickets all day so that a demo works
# whenever it is run; real opening hours are set per service (`--hours`). Tellers' password in every sample: "1234";
# the admin's: "admin". Change them before real use.

SAMPLES: dict[str, dict] = {
    "bank": {
        "services": [
            # code, zh, en, prefix, target, max, expected service minutes
            ("A", "个人现金业务", "Personal cash", "A", 10, 20, 4),
            ("B", "个人非现金业务", "Personal non-cash", "B", 10, 20, 6),
            ("C", "对公业务", "Corporate banking", "C", 15, 30, 12),
            ("D", "开卡与挂失", "Cards & loss reports", "D", 10, 20, 8),
            ("V", "贵宾理财", "VIP & wealth", "V", 5, 15, 15),
        ],
        "counters": [(1, "A,B"), (2, "A,B"), (3, "B,A,D"), (4, "C"), (5, "D,B"), (6, "V,C")],
        # Share of arrivals per service (used by the simulation and the demo).
        "mix": {"A": 0.35, "B": 0.35, "C": 0.08, "D": 0.15, "V": 0.07},
        "staff": [("li", "李娜", "T001"), ("wang", "王强", "T002"), ("zhang", "张伟", "T003"),
                  ("liu", "刘洋", "T004"), ("chen", "陈静", "T005"), ("zhao", "赵敏", "T006")],
    },
    "hospital": {
        "services": [
            ("R", "挂号收费", "Registration & payment", "R", 10, 20, 3),
            ("M", "内科", "Internal medicine", "M", 15, 30, 8),
            ("S", "外科", "Surgery", "S", 15, 30, 8),
            ("P", "儿科", "Paediatrics", "P", 15, 30, 10),
            ("L", "检验取报告", "Lab reports", "L", 5, 15, 2),
            ("Y", "药房取药", "Pharmacy", "Y", 10, 20, 3),
        ],
        "counters": [(1, "R"), (2, "R"), (3, "R,L"), (4, "M"), (5, "M"), (6, "S"), (7, "P"),
                     (8, "Y"), (9, "Y,L")],
        "mix": {"R": 0.3, "M": 0.2, "S": 0.1, "P": 0.1, "L": 0.1, "Y": 0.2},
        "staff": [("nurse1", "周护士", "N001"), ("nurse2", "吴护士", "N002"), ("dr_sun", "孙医生", "D001"),
                  ("dr_zheng", "郑医生", "D002"), ("pharm", "冯药师", "P001")],
    },
    "government": {
        "services": [
            ("H", "户籍业务", "Household registration", "H", 10, 20, 10),
            ("T", "税务申报", "Tax filing", "T", 10, 20, 12),
            ("S", "社保医保", "Social & medical insurance", "S", 10, 20, 8),
            ("E", "工商登记", "Business registration", "E", 15, 30, 15),
            ("Z", "综合咨询", "General enquiries", "Z", 5, 15, 4),
        ],
        "counters": [(1, "Z,H,T,S,E"), (2, "H"), (3, "H,S"), (4, "T"), (5, "T,E"), (6, "S"),
                     (7, "E"), (8, "Z,H,T,S,E")],
        "mix": {"H": 0.25, "T": 0.2, "S": 0.25, "E": 0.1, "Z": 0.2},
        "staff": [("clerk1", "黄敏", "G001"), ("clerk2", "林涛", "G002"), ("clerk3", "何丽", "G003"),
                  ("clerk4", "高峰", "G004")],
    },
}

TELLER_PASSWORD = "1234"
ADMIN_PASSWORD = "admin"


def load_sample(hall: Hall, name: str) -> None:
    """Add a sample hall's services, counters and staff; a no-op if they already exist."""
    sample = SAMPLES.get(name)
    if sample is None:
        raise QueueError(f"unknown sample {name!r}; choose one of {', '.join(SAMPLES)}")
    with hall.read() as tx:
        have_services = set(tx.services())
        have_counters = {c.number for c in tx.counters()}
        have_staff = {s.user for s in tx.staff_list()}
    for code, zh, en, prefix, target, maximum, expected in sample["services"]:
        if code not in have_services:
            add_service(hall, Service(code=code, name_zh=zh, name_en=en, prefix=prefix,
                                      target_wait_min=target, max_wait_min=maximum,
                                      expected_service_min=expected))
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
