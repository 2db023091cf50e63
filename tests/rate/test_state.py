"""The rating screen's flow, without Qt: what is shown, and what gets recorded."""
from queuedesk.rate.state import Lapse, Page, RateFlow, Send, Visit

A = Visit(11, "A012", 3)
B = Visit(12, "B003", 3)


def asking(visit=A) -> RateFlow:
    flow = RateFlow()
    assert flow.ask(visit) == []
    assert flow.page is Page.ASK
    return flow


def test_a_good_level_is_sent_at_once_and_thanked():
    flow = asking()
    assert flow.touch(4) == [Send(A, 4)]
    assert flow.page is Page.THANKS
    assert flow.time_out() == [] and flow.page is Page.IDLE


def test_a_low_level_asks_why_then_sends_the_reasons_ticked():
    flow = asking()
    assert flow.touch(1) == [] and flow.page is Page.REASONS
    for reason in ("other", "long_wait", "attitude", "attitude"):   # touched twice: unticked
        flow.toggle(reason)
    assert flow.submit() == [Send(A, 1, ("long_wait", "other"))]
    assert flow.page is Page.THANKS


def test_back_from_the_reasons_forgets_the_mistaken_touch():
    flow = asking()
    flow.touch(2)
    flow.toggle("other")
    flow.back()
    assert (flow.page, flow.score, flow.reasons) == (Page.ASK, None, set())
    assert flow.touch(5) == [Send(A, 5)]


def test_no_touch_is_not_rated_and_a_touched_level_is_kept():
    flow = asking()
    assert flow.time_out() == [Lapse(A)] and flow.page is Page.IDLE
    flow = asking()
    flow.touch(2)
    flow.toggle("complicated")
    assert flow.time_out() == [Send(A, 2, ("complicated",))]


def test_the_next_visit_ends_the_one_being_asked_about():
    flow = asking()
    assert flow.ask(B) == [Lapse(A)]
    assert flow.visit == B and flow.page is Page.ASK
    assert flow.ask(B) == []                         # the same visit asked for again: nothing changes


def test_touches_that_do_not_apply_do_nothing():
    flow = RateFlow()
    assert flow.touch(5) == [] and flow.submit() == [] and flow.page is Page.IDLE
    flow = asking()
    assert flow.submit() == []


def test_rated_through_another_channel_stops_the_asking():
    flow = asking()
    flow.rated_elsewhere(99)
    assert flow.page is Page.ASK
    flow.rated_elsewhere(A.ticket_id)
    assert flow.page is Page.IDLE and flow.time_out() == []
