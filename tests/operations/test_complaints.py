"""The complaints register against a real database, on SQLite and PostgreSQL alike."""
from datetime import date, datetime, timezone

import pytest

from queuedesk.domain import events
from queuedesk.domain.access import Actor, Role
from queuedesk.domain.errors import QueueError, UnknownStaff
from queuedesk.operations import calling, complaints, setup, tickets
from queuedesk.store.event_log import read_events

FRIDAY_10AM = datetime(2026, 11, 27, 2, 0, tzinfo=timezone.utc)   # 10:00 in Shanghai


@pytest.fixture
def friday(hall, clock):
    clock.now = FRIDAY_10AM
    setup.add_staff(hall, "manager", Role.MANAGER, "123456", name="大堂经理")
    return hall


def test_due_dates_follow_the_grade_in_working_days_across_the_weekend(friday):
    general = complaints.add_complaint(friday, "onsite", "general", "等候时间太长，无人引导", by="manager")
    serious = complaints.add_complaint(friday, "phone", "serious", "柜员态度恶劣")
    assert general.received_date == "2026-11-27"
    assert general.due_date == "2026-12-04"      # five working days: the next Friday
    assert serious.due_date == "2026-12-01"      # two working days: Tuesday, not Sunday
    friday.config.set("complaints.general_days", 1)
    assert complaints.add_complaint(friday, "web", "general", "网页打不开").due_date == "2026-11-30"   # Monday


def test_overdue_listing_and_the_on_time_figure(friday, clock):
    late = complaints.add_complaint(friday, "onsite", "serious", "排队叫号不清楚")      # due Tuesday
    kept = complaints.add_complaint(friday, "letter", "general", "希望增加窗口")         # due next Friday
    clock.advance(60 * 24 * 4)            # Tuesday, the serious one's due date: not late yet
    assert complaints.list_complaints(friday, overdue_only=True) == []
    clock.advance(60 * 24)                # Wednesday
    overdue = complaints.list_complaints(friday, overdue_only=True)
    assert [c.id for c in overdue] == [late.id] and overdue[0].overdue
    assert [c.id for c in complaints.list_complaints(friday, open_only=True)] == [late.id, kept.id]
    answered = complaints.answer_complaint(friday, kept.id, "已增设周六窗口", by="manager")
    assert answered.on_time and not answered.open and answered.answered_by == "manager"
    answered_late = complaints.answer_complaint(friday, late.id, "已致歉并培训")
    assert answered_late.on_time is False
    assert complaints.list_complaints(friday, overdue_only=True) == []
    figure = complaints.on_time(friday)
    assert (figure.on_time, figure.due, figure.rate) == (1, 2, 0.5)


def test_every_step_is_an_event_with_its_actor_and_no_text(friday):
    tickets.issue_ticket(friday, "A")
    called = calling.call_next(friday, 1)
    calling.finish(friday, 1)
    manager = friday.as_actor(Actor(Role.MANAGER, "manager"))
    added = complaints.add_complaint(manager, "onsite", "general", "办理太慢", ticket=called.number)
    assert (added.ticket, added.counter, added.recorded_by) == (called.number, 1, "manager")
    complaints.answer_complaint(manager, added.id, "已核实并改进")
    steps = [e for e in read_events(friday.db) if isinstance(e, events.ComplaintEvent)]
    assert [(type(e), e.complaint_id, e.actor, e.counter, e.ticket_number) for e in steps] == [
        (events.ComplaintAdded, added.id, "manager", 1, called.number),
        (events.ComplaintAnswered, added.id, "manager", 1, called.number)]
    assert steps[0].grade == "general" and steps[0].due_date == "2026-12-04" and steps[1].on_time
    assert all("办理太慢" not in str(e.to_dict()) for e in steps)      # the text stays in the register


def test_refusals(friday):
    def code(call):
        with pytest.raises(QueueError) as refused:
            call()
        return refused.value.code

    assert code(lambda: complaints.add_complaint(friday, "fax", "general", "x")) == "unknown_channel"
    assert code(lambda: complaints.add_complaint(friday, "onsite", "urgent", "x")) == "unknown_grade"
    assert code(lambda: complaints.add_complaint(friday, "onsite", "general", "请回电 13812345678")) == \
        "personal_number_in_text"
    assert code(lambda: complaints.add_complaint(friday, "onsite", "general", "x",
                                                 due=date(2026, 11, 26))) == "due_in_the_past"
    with pytest.raises(UnknownStaff):
        complaints.add_complaint(friday, "onsite", "general", "x", by="nobody")
    assert code(lambda: complaints.answer_complaint(friday, 99, "x")) == "unknown_complaint"
    c = complaints.add_complaint(friday, "onsite", "general", "x")
    complaints.answer_complaint(friday, c.id, "done")
    assert code(lambda: complaints.answer_complaint(friday, c.id, "again")) == "already_answered"
    assert complaints.list_complaints(friday)[0].answer == "done"     # nothing of the refusals was kept


def test_a_due_date_given_by_hand_for_a_holiday(friday):
    c = complaints.add_complaint(friday, "onsite", "general", "国庆前登记", due=date(2026, 12, 9))
    assert c.due_date == "2026-12-09"
    added = [e for e in read_events(friday.db) if isinstance(e, events.ComplaintAdded)][-1]
    assert added.due_by_hand
