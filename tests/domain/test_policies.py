"""The calling policies (hall.policy): service-order, fifo and aging, as properties over
random queues served one call at a time."""
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from queuedesk.domain import routing
from queuedesk.domain.model import Priority, Service, Ticket
from queuedesk.domain.routing import AGING, FIFO, SERVICE_ORDER, Policy
from tests.support.halls import names

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)
SERVICES = {
    "S": Service("S", names("简单", "Simple"), "S", target_wait_min=10, max_wait_min=20, expected_service_min=3),
    "X": Service("X", names("复杂", "Complex"), "X", target_wait_min=10, max_wait_min=20, expected_service_min=10),
    "C": Service("C", names("对公", "Corporate"), "C", target_wait_min=15, max_wait_min=30, expected_service_min=12),
}


def make(id_, service, waited, priority=Priority.NORMAL, head=False) -> Ticket:
    at = NOW - timedelta(minutes=waited)
    return Ticket(number=f"{service}{id_:03d}", service=service, business_date=NOW.date(), token=str(id_),
                  issued_at=at, queued_at=at, priority=priority, id=id_, head_of_queue=head)


def first(tickets, counter_services, policy, now=NOW):
    ordered = routing.queue_order(tickets, SERVICES, 1, list(counter_services), now, policy)
    return ordered[0] if ordered else None


def test_service_order_takes_the_counters_first_service():
    tickets = [make(1, "X", waited=9), make(2, "S", waited=1)]
    assert first(tickets, ["S", "X"], Policy(SERVICE_ORDER)).id == 2
    assert first(tickets, ["X", "S"], Policy(SERVICE_ORDER)).id == 1


def test_fifo_takes_the_longest_waiting_whatever_their_business():
    tickets = [make(1, "X", waited=9), make(2, "S", waited=1)]
    assert first(tickets, ["S", "X"], Policy(FIFO)).id == 1


def test_aging_takes_the_shortest_service_first_until_someone_waits_too_long():
    tickets = [make(1, "X", waited=9), make(2, "S", waited=1)]
    assert first(tickets, ["X", "S"], Policy(AGING)).id == 2          # 3 min before 10 min
    tickets = [make(1, "X", waited=16), make(2, "S", waited=1)]
    assert first(tickets, ["X", "S"], Policy(AGING, 0.75)).id == 1    # past 0.75 × 20 min: first
    assert first(tickets, ["X", "S"], Policy(AGING, 0.9)).id == 2     # not yet past 18 min


def test_every_policy_keeps_the_classes_and_the_green_channel():
    for name in routing.POLICIES:
        tickets = [make(1, "S", waited=5), make(2, "X", waited=1, priority=Priority.VIP),
                   make(3, "X", waited=0.5, priority=Priority.EMERGENCY), make(4, "C", waited=2, head=True)]
        order = [t.id for t in routing.queue_order(tickets, SERVICES, 1, ["S", "X", "C"], NOW, Policy(name))]
        assert order == [3, 4, 2, 1], name


def test_a_policy_is_one_of_three_with_a_bounded_share():
    with pytest.raises(ValueError):
        Policy("lifo")
    with pytest.raises(ValueError):
        Policy(AGING, 1.5)
    with pytest.raises(ValueError):
        Policy(AGING, 0.0)


# -- properties: a counter calling one customer a minute -----------------------------------------

queue = st.lists(st.tuples(st.sampled_from("SXC"), st.floats(0, 40), st.sampled_from(list(Priority)),
                           st.booleans()), min_size=1, max_size=30)
counters = st.lists(st.sampled_from("SXC"), min_size=1, max_size=3, unique=True)


def serve(tickets, counter_services, policy, minutes_each=1.0):
    """Call one eligible ticket every `minutes_each` until none is left: [(now, chosen, waiting then)]."""
    now, waiting, calls = NOW, list(tickets), []
    while (chosen := first(waiting, counter_services, policy, now)) is not None:
        calls.append((now, chosen, list(waiting)))
        chosen.call(1, None, now)
        waiting.remove(chosen)
        now += timedelta(minutes=minutes_each)
    return calls


@settings(max_examples=300, deadline=None)
@given(queue, counters, st.sampled_from([0.25, 0.5, 0.75, 1.0]), st.sampled_from([0.5, 1.0, 3.0]))
def test_under_aging_nobody_waits_past_theta_while_a_later_ordinary_customer_is_called(specs, services, theta,
                                                                                       pace):
    tickets = [make(i + 1, s, w, p, h) for i, (s, w, p, h) in enumerate(specs)]
    policy = Policy(AGING, theta)
    for now, chosen, waiting in serve(tickets, services, policy, pace):
        if chosen.priority is not Priority.NORMAL or chosen.head_of_queue:
            continue
        for t in waiting:
            if t is chosen or t.service not in services or t.priority is Priority.EMERGENCY:
                continue
            # Waited until `now` (t itself may have been called since: its waited_min stops there).
            waited = (now - t.queued_at).total_seconds() / 60
            overdue = waited > theta * SERVICES[t.service].max_wait_min
            assert not (overdue and t.queued_at < chosen.queued_at), \
                f"{chosen.number} called while {t.number} had waited {waited:.1f} min"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("SX"), st.floats(0, 15)), min_size=1, max_size=30), counters)
def test_fifo_calls_ordinary_customers_in_queue_order(specs, services):
    """Ordinary customers of services with one maximum wait, nobody overdue: exactly the order they queued in."""
    tickets = [make(i + 1, s, w) for i, (s, w) in enumerate(specs)]
    served = [chosen for _now, chosen, _w in serve(tickets, services, Policy(FIFO), minutes_each=0.01)]
    assert served == sorted((t for t in tickets if t.service in services), key=lambda t: (t.queued_at, t.id))


@settings(max_examples=200, deadline=None)
@given(queue, counters, st.sampled_from(routing.POLICIES))
def test_within_a_service_every_policy_calls_ordinary_customers_oldest_first(specs, services, name):
    """What lets the store read only the head of each queue, whatever the policy."""
    tickets = [make(i + 1, s, w, p, h) for i, (s, w, p, h) in enumerate(specs)]
    calls = serve(tickets, services, Policy(name))
    plain = [c for _n, c, _w in calls if c.priority is Priority.NORMAL and not c.head_of_queue]
    for code in services:
        mine = [t for t in plain if t.service == code]
        assert mine == sorted(mine, key=lambda t: (t.queued_at, t.id))
