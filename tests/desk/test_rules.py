"""Which buttons apply, and which events make which part of the desk stale (no Qt)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from queuedesk.desk.rules import (
    ACTIONS,
    SIDE_ACTIONS,
    DeskState,
    available,
    can_sign_out,
    stale_parts,
)
from queuedesk.domain.ratings import figures
from queuedesk.operations.info import CounterStatus, TicketInfo
from queuedesk.operations.ratings import RatingDay
from tests.support.events import logged


def counter(state="open", reason=None):
    return CounterStatus(number=3, names={}, services=["B", "A"], state=state, pause_reason=reason,
                         staff="li", current=None, current_state=None)


def ticket(state="called", recalls=0, number="A001"):
    return TicketInfo(id=1, number=number, service="A",
                      service_names={"zh_CN": "个人现金业务", "en": "Personal cash"}, priority="normal", state=state, channel="kiosk",
                      position=None, estimated_wait_min=None, token="t", issued_at="2026-11-23T02:00:00+00:00",
                      called_at="2026-11-23T02:05:00+00:00", started_at=None, finished_at=None, counter=3,
                      staff="li", recalls=recalls, note=None, transferred_from=None, waited_min=5.0)


def desk(**kw):
    base = dict(user="li", counter_no=3, counter=counter(), waiting=[ticket("waiting", number="A002")])
    base.update(kw)
    return DeskState(**base)


def on(state):
    return {name for name, ok in available(state).items() if ok}


def test_nothing_applies_signed_out_or_offline():
    assert on(DeskState()) == set()
    assert on(desk(online=False, current=ticket())) == set()
    assert not can_sign_out(desk(online=False))


def test_idle_open_counter():
    assert on(desk()) == {"call_next", "pick", "pause"}
    assert on(desk(waiting=[])) == {"pause"}          # nobody to call: call next is disabled
    assert can_sign_out(desk())


def test_called_ticket():
    assert on(desk(current=ticket("called"))) == {"call_next", "recall", "start", "finish", "no_show",
                                                  "transfer", "park", "pick", "pause"}
    assert "recall" not in on(desk(current=ticket("called", recalls=3)))   # max_recalls reached
    assert not can_sign_out(desk(current=ticket()))  # a customer is still here


def test_serving_ticket():
    assert on(desk(current=ticket("serving"))) == {"call_next", "finish", "transfer", "park", "pick", "pause"}


def test_call_next_needs_finish_on_next_with_a_customer_present():
    state = desk(current=ticket("serving"), finish_on_next=False)
    assert "call_next" not in on(state) and "finish" in on(state)


def test_paused_counter_only_resumes_or_deals_with_its_customer():
    state = desk(counter=counter("paused", "break"))
    assert on(state) == {"pause"} and state.pause_action == "resume"
    assert on(desk(counter=counter("paused", "break"), current=ticket("serving"))) == \
        {"finish", "transfer", "park", "pause"}


def test_unpark_needs_a_parked_ticket():
    assert "unpark" in on(desk(parked=[ticket("parked")]))
    assert desk(counter=counter("closed")).pause_action == "open"


@pytest.mark.parametrize("type_, counter_no, staff, expected", [
    ("ticket_issued", None, None, {"queues"}),
    ("ticket_called", 1, "wang", {"queues"}),                     # another counter calls
    ("ticket_called", 3, "li", {"queues", "counter", "parked"}),  # this counter
    ("ticket_recalled", 1, "wang", set()),                        # nothing here changes
    ("ticket_finished", 3, "li", {"counter", "parked", "figures"}),
    ("ticket_parked", 3, "li", {"counter", "parked"}),
    ("counter_paused", 3, "li", {"counter", "counters"}),
    ("counter_opened", 5, "chen", {"counters"}),
    ("service_disabled", None, None, {"queues"}),
    ("printer_problem", None, None, set()),
])
def test_stale_parts(type_, counter_no, staff, expected):
    event = logged(type_, 1, datetime.now(timezone.utc), "A001" if type_.startswith("ticket") else None,
                   "A", counter_no, staff)
    assert stale_parts([event], 3, "li") == expected


def test_day_close_makes_everything_stale():
    event = logged("day_closed", 1, datetime.now(timezone.utc))
    assert stale_parts([event], 3, "li") == {"counter", "queues", "parked", "figures", "counters"}


def test_every_action_has_a_rule():
    assert set(available(desk())) == set(ACTIONS) | set(SIDE_ACTIONS)


def test_the_next_step_is_what_the_teller_most_likely_wants():
    from queuedesk.desk.rules import next_step

    assert next_step(DeskState()) is None
    assert next_step(desk()) == "call_next"
    assert next_step(desk(waiting=[])) is None
    assert next_step(desk(current=ticket("called"))) == "start"
    assert next_step(desk(current=ticket("serving"))) == "finish"
    assert next_step(desk(counter=counter("paused", "break"))) == "pause"      # labelled "Resume"
    assert next_step(desk(counter=counter("closed"))) == "pause"               # labelled "Open counter"
    assert next_step(desk(online=False)) is None
    for state in (desk(), desk(current=ticket("called")), desk(current=ticket("serving")),
                  desk(counter=counter("paused", "break")), desk(counter=counter("closed"))):
        assert available(state)[next_step(state)]                              # never a disabled one


def rating_day(askable="A001"):
    return RatingDay(figures=figures([], []), last=None, askable=askable)


def test_ask_for_a_rating_only_between_customers_with_a_visit_to_rate():
    assert "ask_rating" in on(desk(ratings=rating_day()))
    assert "ask_rating" not in on(desk(ratings=rating_day(askable=None)))
    assert "ask_rating" not in on(desk(ratings=rating_day(), current=ticket("called")))
    assert "ask_rating" not in on(desk(ratings=None))
    assert "ask_rating" not in on(desk(ratings=rating_day(), online=False))


@pytest.mark.parametrize("type_, counter_no, staff, expected", [
    ("rating_given", 3, "li", {"figures"}),           # this teller's rating arrives
    ("rating_requested", 3, "li", {"figures"}),
    ("rating_not_given", 1, "wang", set()),           # another teller's
])
def test_ratings_make_only_the_figures_stale(type_, counter_no, staff, expected):
    event = logged(type_, 1, datetime.now(timezone.utc), "A001", "A", counter_no, staff)
    assert stale_parts([event], 3, "li") == expected
