"""A busy hall for the lobby manager's console: 8 business types, 12 counters, people
waiting for a while, a pause, an unattended desk, a printer problem, bookings and a
complaint. Built with a clock moved by hand, so waits are real minutes at `now`."""
from __future__ import annotations

from datetime import datetime, timedelta

from queuedesk.config import Config
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Role, Service
from queuedesk.operations import appointments, calling, complaints, counters, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support.halls import Clock

SERVICES = [
    ("A", "个人现金业务", "個人現金業務", "Personal cash", 10, 20),
    ("B", "个人非现金业务", "個人非現金業務", "Personal non-cash", 10, 20),
    ("C", "对公业务", "企業金融業務", "Corporate banking", 15, 30),
    ("D", "开卡与挂失", "開卡與掛失", "Cards & loss reports", 10, 20),
    ("E", "理财咨询", "理財諮詢", "Wealth advice", 15, 30),
    ("F", "外汇业务", "外匯業務", "Foreign exchange", 10, 20),
    ("G", "贷款业务", "貸款業務", "Loans", 15, 30),
    ("V", "贵宾理财", "貴賓理財", "VIP & wealth", 5, 15),
]
COUNTERS = [(1, "A,B"), (2, "A,B"), (3, "A,B,D"), (4, "B,D"), (5, "C"), (6, "C,G"), (7, "D,B"), (8, "E,V"),
            (9, "F,A"), (10, "G"), (11, "V,E"), (12, "A,B,C,D")]
TELLERS = ["li", "wang", "zhang", "liu", "chen", "zhao", "sun", "zhou", "wu", "zheng", "feng"]
NAMES = ["李娜", "王强", "张伟", "刘洋", "陈静", "赵敏", "孙丽", "周杰", "吴芳", "郑磊", "冯雪"]


def build(url: str, now: datetime) -> Hall:
    """The hall at `now` (aware); returns it with its clock standing at `now`."""
    db = Database(url)
    migrate.upgrade(db)
    clock = Clock(now - timedelta(hours=3))
    hall = Hall(db, Config({"hall.lease_seconds": 60}), clock)
    for code, zh, tw, en, target, maximum in SERVICES:
        setup.add_service(hall, Service(code, LocalText({"zh_CN": zh, "zh_TW": tw, "en": en}), code,
                                        target_wait_min=target, max_wait_min=maximum, expected_service_min=6))
    for number, codes in COUNTERS:
        setup.add_counter(hall, number, codes.split(","))
    setup.add_staff(hall, "manager", Role.MANAGER, "123456", name="大堂经理")
    for user, name in zip(TELLERS, NAMES):
        setup.add_staff(hall, user, Role.TELLER, "123456", name=name)
    appointments.set_bookable(hall, "E", 30, 4, 14)
    appointments.set_bookable(hall, "V", 30, 2, 14)
    tz = hall.config.timezone
    slot = (now.astimezone(tz) - timedelta(minutes=40)).replace(minute=0, second=0, microsecond=0)
    codes = [appointments.book(hall, "E", slot + timedelta(minutes=30 * i)).code for i in range(4)]
    codes.append(appointments.book(hall, "V", slot + timedelta(minutes=30)).code)
    clock.now = now - timedelta(minutes=70)
    # Tellers sign in at 11 of the 12 counters; counter 12 stays closed.
    for number, user in zip(range(1, 12), TELLERS):
        counters.sign_in(hall, user, "123456", number)
    clock.now = now - timedelta(minutes=40)
    counters.pause_counter(hall, 10, "lunch", by="zheng")
    clock.now = now - timedelta(minutes=34)
    for code in "AABABCDAEBFAGBVADBCAABDBAAEBCB":
        tickets.issue_ticket(hall, code)
        clock.advance(0.8)
        if clock.now > now - timedelta(minutes=26) and clock.now < now - timedelta(minutes=25):
            for number in range(1, 10):
                if calling.call_next(hall, number):
                    calling.start_service(hall, number)
    clock.now = now - timedelta(minutes=9)
    for number in (1, 2, 3, 5, 7, 9):
        calling.call_next(hall, number)
        calling.start_service(hall, number)
    clock.now = now - timedelta(minutes=20)
    for code in codes[1:2]:
        appointments.check_in(hall, code)
    tickets.record_print_failure(hall, "A003", "escpos:net:192.168.1.50", "out of paper", station="kiosk-1")
    complaints.add_complaint(hall, "onsite", "general", "等候时间太长，取号机没有纸", by="manager")
    complaints.add_complaint(hall, "phone", "serious", "对公业务窗口办理效率低", by="manager")
    clock.now = now - timedelta(seconds=20)
    for number in range(1, 12):
        if number != 11:
            counters.renew_lease(hall, TELLERS[number - 1], number)
    clock.now = now
    return hall
