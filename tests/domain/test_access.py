"""The access policy as data: what each role may do, and where a teller may do it."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.domain.access import PERMISSIONS, Actor, NotPermitted, Permission, Role
from queuedesk.domain.errors import QueueError

MANAGERS_ONLY = {Permission.ISSUE_PRIORITY, Permission.RUN_ANY_COUNTER, Permission.FIX_TICKETS,
                 Permission.EDIT_NOTICE, Permission.CLOSE_DAY, Permission.HANDLE_COMPLAINTS}
ADMINS_ONLY = {Permission.SET_UP, Permission.MANAGE_STAFF, Permission.BACKUP}


def test_every_role_has_a_line_and_the_admin_may_do_everything():
    assert set(PERMISSIONS) == set(Role)
    assert PERMISSIONS[Role.ADMIN] == frozenset(Permission)


def test_devices_and_tellers_hold_no_manager_or_admin_right():
    for role in (Role.KIOSK, Role.DISPLAY, Role.WEB, Role.RATER, Role.TELLER):
        assert not PERMISSIONS[role] & (MANAGERS_ONLY | ADMINS_ONLY), role


def test_the_manager_runs_the_hall_but_not_its_set_up():
    assert MANAGERS_ONLY <= PERMISSIONS[Role.MANAGER]
    assert not PERMISSIONS[Role.MANAGER] & ADMINS_ONLY


def test_the_auditor_reads_and_changes_nothing():
    assert PERMISSIONS[Role.AUDITOR] == {Permission.VIEW, Permission.AUDIT, Permission.READ_REPORTS}


def test_a_display_may_only_look():
    assert PERMISSIONS[Role.DISPLAY] == {Permission.VIEW}


def test_a_refusal_names_who_and_what_in_one_line():
    with pytest.raises(NotPermitted) as refused:
        Actor(Role.TELLER, "li", 1).require(Permission.CLOSE_DAY)
    assert str(refused.value) == "teller li may not close the day"
    assert refused.value.code == "not_permitted" and refused.value.params["role"] == "teller"


@given(st.integers(1, 9999), st.integers(1, 9999))
def test_a_teller_serves_only_where_signed_in_and_a_manager_anywhere(mine, other):
    teller = Actor(Role.TELLER, "li", mine)
    teller.require_at(mine)
    if other != mine:
        with pytest.raises(QueueError) as refused:
            teller.require_at(other)
        assert refused.value.code == "not_signed_in"
    Actor(Role.MANAGER, "wang").require_at(other)
    with pytest.raises(NotPermitted):
        Actor(Role.KIOSK, "kiosk").require_at(other)
