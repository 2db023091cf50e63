"""Who may do what, through the Python API: every use case checks its actor; accounts
lock after wrong passwords, old hashes are made anew, and the audit trail names who."""
import inspect
from datetime import timedelta

import pytest

import queuedesk.operations as operations_package  # noqa: E402  (walked below)
from queuedesk.domain import events
from queuedesk.domain.access import PERMISSIONS, Actor, NotPermitted, Role
from queuedesk.domain.errors import NotAllowed, QueueError
from queuedesk.domain.model import Priority
from queuedesk.operations import (
    calling,
    complaints,
    counters,
    day,
    kiosk_staff,
    maintenance,
    queries,
    ratings,
    reports,
    setup,
    staff,
    texts,
    tickets,
)
from queuedesk.operations import passwords as pw
from queuedesk.store.event_log import read_events

PW = "123456"


@pytest.fixture
def li(hall):
    """Teller li, signed in at counter 1 at her desk."""
    setup.add_staff(hall, "li", Role.TELLER, PW, name="李娜")
    counters.close_counter(hall, 1)
    member, _ = counters.sign_in(hall, "li", PW, 1)
    return hall.as_actor(Actor(member.role, member.user, 1))


def _use_cases():
    """Every use case marked with the permission it needs (operations.hall.needs)."""
    import importlib
    import pkgutil

    found = []
    for info in pkgutil.iter_modules(operations_package.__path__):
        module = importlib.import_module(f"queuedesk.operations.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and hasattr(fn, "permission"):
                found.append((f"{info.name}.{name}", fn))
    return found


def test_every_use_case_that_takes_the_hall_declares_a_permission_or_checks_one():
    """No use case is left open by forgetting: a function of operations taking the hall
    either carries `needs` or is marked `checks_actor` (a counter's own teller, a sign-in)."""
    import importlib
    import pkgutil

    open_ = []
    for info in pkgutil.iter_modules(operations_package.__path__):
        module = importlib.import_module(f"queuedesk.operations.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or name.startswith("_"):
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:1] == ["hall"] and not hasattr(fn, "permission") and not hasattr(fn, "checks_actor"):
                open_.append(f"{info.name}.{name}")
    assert open_ == []
    assert len(_use_cases()) > 40


@pytest.mark.parametrize("role", [Role.TELLER, Role.KIOSK, Role.DISPLAY, Role.WEB, Role.RATER, Role.AUDITOR])
def test_each_role_is_refused_every_use_case_beyond_its_line(hall, role):
    actor = hall.as_actor(Actor(role, role.value))
    refused = 0
    for name, use_case in _use_cases():
        if use_case.permission in PERMISSIONS[role]:
            continue
        with pytest.raises(NotPermitted):
            use_case(actor, *([None] * (len(inspect.signature(use_case).parameters) - 1)))
        refused += 1
    assert refused > 0


def test_a_teller_cannot_run_manager_or_admin_use_cases(hall, li):
    before = len(read_events(hall.db))
    for attempt in (lambda: day.close_day(li),
                    lambda: setup.add_staff(li, "x", Role.ADMIN, "whatever1"),
                    lambda: setup.set_service_enabled(li, "A", False),
                    lambda: tickets.cancel_ticket(li, "A001"),
                    lambda: tickets.issue_ticket(li, "A", Priority.VIP),
                    lambda: texts.set_hall_text(li, "notice", {"zh_CN": "今天休息"}),
                    lambda: counters.open_counter(li, 3, staff="li"),
                    lambda: counters.release_counter(li, 2),
                    lambda: staff.set_enabled(li, "li", False),
                    lambda: reports.build(li, None),
                    lambda: complaints.list_complaints(li),
                    lambda: queries.audit_trail(li),
                    lambda: maintenance.backup_database(li, "/tmp/x")):
        with pytest.raises(QueueError) as refused:
            attempt()
        assert refused.value.code in {"not_permitted", "not_signed_in"}
    assert len(read_events(hall.db)) == before        # nothing happened


def test_a_teller_serves_only_at_her_own_counter(hall, li):
    tickets.issue_ticket(hall, "A"), tickets.issue_ticket(hall, "B")
    assert calling.call_next(li, 1, staff="li") is not None
    with pytest.raises(QueueError) as refused:
        calling.call_next(li, 2, staff="li")
    assert refused.value.code == "not_signed_in"
    with pytest.raises(QueueError):
        counters.pause_counter(li, 2, "break")
    manager = hall.as_actor(Actor(Role.MANAGER, "wang"))
    assert calling.call_next(manager, 2) is not None          # a manager at any counter
    called = [e for e in read_events(hall.db) if isinstance(e, events.TicketCalled)]
    assert [(e.counter, e.actor, e.actor_role) for e in called] == [(1, "li", "teller"), (2, "wang", "manager")]


def test_the_audit_trail_names_managers_admins_and_out_of_turn_calls_not_tellers_routine(hall, li):
    admin = hall.as_actor(Actor(Role.ADMIN, "os:root"))
    manager = hall.as_actor(Actor(Role.MANAGER, "wang"))
    first, second = tickets.issue_ticket(hall, "A"), tickets.issue_ticket(hall, "A")
    calling.call_next(li, 1, staff="li")                         # routine: not audited
    calling.finish(li, 1, staff="li")
    calling.call_ticket(li, 1, second.number, staff="li")       # out of turn: audited
    texts.set_hall_text(manager, "notice", {"zh_CN": "午间休息"})
    setup.add_staff(admin, "zhao", Role.TELLER, PW)
    trail = queries.audit_trail(admin)
    assert [(e.type, e.actor) for e in trail if e.actor is not None] == [
        ("ticket_called", "li"), ("hall_text_changed", "wang"), ("staff_added", "os:root")]
    assert first.number not in {e.ticket_number for e in trail}


def test_five_wrong_passwords_lock_an_account_for_five_minutes(hall, clock):
    setup.add_staff(hall, "li", Role.TELLER, PW)
    for _ in range(4):
        with pytest.raises(NotAllowed, match="wrong user name or password"):
            staff.authenticate(hall, "li", "guess-1")
    staff.authenticate(hall, "li", PW)            # a right one in between starts the count again
    for _ in range(5):
        with pytest.raises(NotAllowed, match="wrong user name or password"):
            staff.authenticate(hall, "li", "guess-2")
    with pytest.raises(NotAllowed) as locked:
        staff.authenticate(hall, "li", PW)        # even the right password, while locked
    assert locked.value.code == "account_locked" and "10:05" in str(locked.value)
    clock.advance(5)
    assert staff.authenticate(hall, "li", PW).user == "li"
    failed = [e for e in read_events(hall.db) if isinstance(e, events.SignInFailed)]
    assert len(failed) == 10 and [e.reason for e in failed][-1] == "locked"
    assert sum(1 for e in failed if e.locked_until) == 1 and all(e.audited for e in failed)


def test_an_unknown_user_and_a_wrong_password_are_refused_alike(hall):
    setup.add_staff(hall, "li", Role.TELLER, PW)
    with pytest.raises(NotAllowed) as unknown:
        staff.authenticate(hall, "ghost", PW)
    with pytest.raises(NotAllowed) as wrong:
        staff.authenticate(hall, "li", "not-hers")
    assert str(unknown.value) == str(wrong.value) and unknown.value.code == wrong.value.code


def test_an_old_hash_is_made_anew_at_the_next_sign_in(hall, monkeypatch):
    monkeypatch.setattr(pw, "N", 2 ** 8)
    setup.add_staff(hall, "li", Role.TELLER, PW)
    with hall.read() as uow:
        _, old = uow.staff.account("li")
    monkeypatch.setattr(pw, "N", 2 ** 10)
    assert pw.needs_rehash(old)
    staff.authenticate(hall, "li", PW)
    with hall.read() as uow:
        _, new = uow.staff.account("li")
    assert new.split("$")[1] == str(2 ** 10) and not pw.needs_rehash(new) and pw.check_password(PW, new)


def test_real_hashes_cost_scrypt_at_two_to_the_seventeen():
    """(Lowered in this process by tests/conftest.py only.)"""
    assert "N, R, P = 2 ** 17, 8, 1" in inspect.getsource(pw)


@pytest.mark.parametrize("weak", ["", "12345", "      ", "\t\t\t\t\t\t"])
def test_weak_passwords_are_refused(hall, weak):
    with pytest.raises(QueueError) as refused:
        setup.add_staff(hall, "li", Role.TELLER, weak)
    assert refused.value.code == "weak_password"


def test_a_disabled_account_cannot_sign_in_and_enabling_unlocks_it(hall, clock):
    setup.add_staff(hall, "li", Role.TELLER, PW)
    for _ in range(5):
        with pytest.raises(NotAllowed):
            staff.authenticate(hall, "li", "wrong-pw")
    staff.set_enabled(hall, "li", False)
    with pytest.raises(NotAllowed):
        staff.authenticate(hall, "li", PW)
    staff.set_enabled(hall, "li", True)
    assert staff.authenticate(hall, "li", PW).user == "li"
    assert [a.active for a in staff.list_staff(hall)] == [True]


def test_a_teller_changes_her_own_password_with_the_old_one_only(hall, li):
    with pytest.raises(NotAllowed):
        staff.change_password(li, "li", "brand-new", old="not-it")
    with pytest.raises(NotPermitted):
        staff.change_password(li, "admin", "brand-new", old=PW)
    staff.change_password(li, "li", "brand-new", old=PW)
    assert staff.authenticate(hall, "li", "brand-new").user == "li"


def test_an_auditor_cannot_sign_in_at_a_counter(hall):
    setup.add_staff(hall, "sun", Role.AUDITOR, PW)
    counters.close_counter(hall, 2)
    with pytest.raises(NotAllowed) as refused:
        counters.sign_in(hall, "sun", PW, 2)
    assert refused.value.code == "not_a_teller"


def test_the_kiosk_pin_opens_the_staff_menu_as_the_lobby_and_every_try_is_audited(hall):
    kiosk = hall.as_actor(Actor(Role.KIOSK, "kiosk"))
    with pytest.raises(NotAllowed) as none_yet:
        kiosk_staff.unlock_kiosk(kiosk, "123456", "kiosk-1")
    assert none_yet.value.code == "no_kiosk_pin"
    with pytest.raises(NotPermitted):
        kiosk_staff.set_kiosk_pin(kiosk, "246810")
    with pytest.raises(QueueError) as weak:
        kiosk_staff.set_kiosk_pin(hall, "1234")
    assert weak.value.code == "weak_pin"
    kiosk_staff.set_kiosk_pin(hall, "246810")
    with pytest.raises(NotAllowed):
        kiosk_staff.unlock_kiosk(kiosk, "000000", "kiosk-1")
    staff_menu = hall.as_actor(kiosk_staff.unlock_kiosk(kiosk, "246810", "kiosk-1"))
    vip = tickets.issue_ticket(staff_menu, "A", Priority.VIP)
    issued = [e for e in read_events(hall.db) if isinstance(e, events.TicketIssued)][-1]
    assert (issued.ticket_number, issued.actor, issued.actor_role, issued.audited) == \
        (vip.number, "kiosk:kiosk-1", "manager", True)
    tries = [e for e in read_events(hall.db) if isinstance(e, events.KioskUnlocked)]
    assert [e.granted for e in tries] == [False, False, True]


def test_a_restore_is_in_the_restored_halls_audit_trail(hall, tmp_path):
    if not hall.db.is_sqlite:
        pytest.skip("restoring a PostgreSQL server is its administrator's job (pg_restore)")
    admin = hall.as_actor(Actor(Role.ADMIN, "os:root"))
    maintenance.backup_database(admin, tmp_path / "b.sqlite3")
    tickets.issue_ticket(hall, "A")
    maintenance.restore_database(admin, tmp_path / "b.sqlite3")
    trail = queries.audit_trail(admin)
    assert (trail[-1].type, trail[-1].actor, trail[-1].payload["source"]) == \
        ("database_restored", "os:root", "b.sqlite3")


def test_ratings_come_from_the_customers_side_and_figures_from_managers(hall, li):
    tickets.issue_ticket(hall, "A")
    calling.call_next(li, 1, staff="li")
    calling.finish(li, 1, staff="li")
    with pytest.raises(NotPermitted):
        ratings.rate_ticket(li, "A001", 5)                     # a teller does not rate herself
    ratings.rate_ticket(hall.as_actor(Actor(Role.RATER, "rater")), "A001", 5, channel="keypad")
    with pytest.raises(NotPermitted):
        ratings.day_figures(li)
    assert ratings.day_figures(hall.as_actor(Actor(Role.AUDITOR, "sun"))).rated == 1


def test_an_unlocked_hour_later_is_counted_from_zero(hall, clock):
    """Wrong passwords far apart never lock anyone (a teller mistyping once a day)."""
    setup.add_staff(hall, "li", Role.TELLER, PW)
    for _ in range(8):
        with pytest.raises(NotAllowed):
            staff.authenticate(hall, "li", "typo-typo")
        staff.authenticate(hall, "li", PW)
        clock.now += timedelta(hours=1)
    assert staff.list_staff(hall)[0].locked_until is None


def test_nobody_puts_a_teller_at_a_second_counter(hall, li):
    manager = hall.as_actor(Actor(Role.MANAGER, "wang"))
    with pytest.raises(NotAllowed) as refused:
        counters.open_counter(manager, 3, staff="li")
    assert refused.value.code == "signed_in_elsewhere" and refused.value.params["counter"] == 1
