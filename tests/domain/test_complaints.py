"""The complaints register's rules: due dates in working days, on time, no personal numbers."""
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.domain.complaints import (
    Channel,
    Complaint,
    Grade,
    add_working_days,
    check_text,
    is_working_day,
    on_time,
    personal_number,
)
from queuedesk.domain.errors import QueueError

FRIDAY = date(2026, 11, 27)
AT = datetime(2026, 11, 27, 2, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("start, days, due", [
    (FRIDAY, 1, date(2026, 11, 30)),                 # over the weekend to Monday
    (FRIDAY, 2, date(2026, 12, 1)),
    (date(2026, 11, 26), 2, date(2026, 11, 30)),     # Thursday + 2 → Monday
    (date(2026, 11, 28), 1, date(2026, 11, 30)),     # came in on a Saturday
    (FRIDAY, 5, date(2026, 12, 4)),                   # a working week later
    (FRIDAY, 0, FRIDAY),
])
def test_due_dates_skip_weekends(start, days, due):
    assert add_working_days(start, days) == due


@given(st.dates(date(2020, 1, 1), date(2035, 12, 31)), st.integers(1, 40))
def test_the_due_date_is_the_nth_working_day_after(start, days):
    due = add_working_days(start, days)
    assert is_working_day(due)
    between = [start + timedelta(d) for d in range(1, (due - start).days + 1)]
    assert sum(1 for d in between if is_working_day(d)) == days


def complaint(due, answered=None, **kw):
    c = Complaint(channel=Channel.ONSITE, grade=Grade.GENERAL, text="等了很久", received_at=AT,
                  received_date=FRIDAY, due_date=due, id=1, **kw)
    if answered:
        c.give_answer("已致歉并改进", "manager", AT, answered)
    return c


def test_overdue_is_open_after_the_due_date():
    c = complaint(date(2026, 11, 30))
    assert not c.is_overdue(date(2026, 11, 30)) and c.is_overdue(date(2026, 12, 1))
    assert not complaint(date(2026, 11, 30), answered=date(2026, 12, 2)).is_overdue(date(2026, 12, 5))


def test_answered_on_time_over_due():
    today = date(2026, 12, 2)
    register = [complaint(date(2026, 11, 30), answered=date(2026, 11, 30)),   # on the due date: on time
                complaint(date(2026, 11, 30), answered=date(2026, 12, 1)),    # a day late
                complaint(date(2026, 12, 1)),                                  # open and overdue: due, not on time
                complaint(date(2026, 12, 2)),                                  # due today, still open: not due yet
                complaint(date(2026, 12, 4), answered=date(2026, 12, 1))]     # answered early: due and on time
    figure = on_time(register, today)
    assert (figure.on_time, figure.due) == (2, 4)
    assert figure.rate == pytest.approx(0.5)
    assert on_time([], today).rate is None


def test_a_complaint_is_answered_once():
    c = complaint(date(2026, 11, 30), answered=date(2026, 11, 30))
    with pytest.raises(QueueError) as refused:
        c.give_answer("again", None, AT, date(2026, 11, 30))
    assert refused.value.code == "already_answered"


@pytest.mark.parametrize("text, kind", [
    ("客户身份证 11010519491231002X 办理", "ID number"),
    ("手机 13812345678 请回电", "phone number"),
    ("手机 138 1234 5678", "phone number"),
    ("電話 0912-345-678", "phone number"),
    ("身分證 A123456789", "ID number"),
    ("座机 010-62345678", "phone number"),
    ("卡号 6222021234567890123", "card number"),
])
def test_personal_numbers_are_found(text, kind):
    assert personal_number(text)[0] == kind
    with pytest.raises(QueueError) as refused:
        check_text(text)
    assert refused.value.code == "personal_number_in_text"
    assert text.split()[-1] not in str(refused.value)        # the refusal does not repeat the number


@pytest.mark.parametrize("text", ["2026-11-23 10:30 在3号窗口等了45分钟", "A012 号 办理转账 50000 元",
                                  "金额 1,234,567.00 元"])
def test_ordinary_numbers_are_not_personal(text):
    assert personal_number(text) is None
    assert check_text(f"  {text} ") == text


def test_empty_and_long_texts_are_refused():
    for text, code in (("  ", "text_empty"), ("长" * 2001, "text_too_long"), ("a\x00b", "text_control_characters")):
        with pytest.raises(QueueError) as refused:
            check_text(text)
        assert refused.value.code == code


def test_a_complaint_may_run_over_several_lines():
    assert check_text("第一，等候太久。\n第二，无人引导。") == "第一，等候太久。\n第二，无人引导。"
