"""Call next as one statement (PostgreSQL, store/repositories/calls.py) does what the
general way does: on random halls — queues of every routing group, tickets sent to one
counter, a customer at the counter in every state, every calling policy, the hall's rules
for moving on, who acts — the same ticket is called (routing's first), the tickets, the
kept counts and the events come out the same, and it answers the same. Where it leaves
the action to the general way, the general way's error or answer is what the caller gets.
"""
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from queuedesk.domain import routing
from queuedesk.domain.access import SYSTEM, Actor, Role
from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Priority, Ticket, TicketState
from queuedesk.operations import calling
from queuedesk.store.repositories import calls
from queuedesk.store.schema import counters as counters_table
from queuedesk.store.schema import events, queue_counts, requests
from queuedesk.store.schema import tickets as tickets_table
from tests.support import ways
from tests.support.halls import three_counter_hall

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

#: Seconds waited: whole ones, and some that are half a hundredth of a minute past one
#: (0.3 s = 0.005 min), where rounding shows.
waits = st.one_of(st.integers(0, 3600), st.sampled_from([0.3, 2.1, 60.9, 1800.3]))
waiting_specs = st.lists(
    st.tuples(st.sampled_from("ABC"), waits, st.sampled_from(list(Priority)), st.booleans(),
              st.sampled_from([None, None, None, 1, 2])),
    max_size=25)
#: The customer at the counter: none, called (recalled so often), or being served.
currents = st.one_of(st.none(), st.tuples(st.sampled_from([TicketState.CALLED, TicketState.SERVING]),
                                          st.sampled_from("AB"), st.integers(0, 3), waits))
rules = st.tuples(st.booleans(), st.sampled_from(["ask", "no_show"]), st.integers(0, 3), st.booleans())
policies = st.builds(routing.Policy, st.sampled_from(routing.POLICIES), st.sampled_from([0.1, 0.5, 0.75, 1.0]))
actors = st.sampled_from([SYSTEM, Actor(Role.MANAGER, "lobby"), Actor(Role.TELLER, "wang", counter=1)])


@pytest.fixture
def hall(pg_url, clock):
    h = three_counter_hall(pg_url, clock)
    yield h
    h.db.dispose()


def _set_up(hall, specs, current, services):
    """Empty the day, then this queue, and this customer at counter 1 (serving `services`)."""
    now, today = hall.now(), hall.today()
    with hall.db.engine.begin() as conn:
        for table in (events, queue_counts, requests, tickets_table):
            conn.execute(table.delete())
        conn.execute(counters_table.update().where(counters_table.c.number == 1)
                     .values(services=",".join(services), staff=None))
    with hall.write() as uow:
        for i, (service, seconds, priority, head, target) in enumerate(specs):
            at = now - timedelta(seconds=seconds)
            uow.tickets.add(Ticket(number=f"{service}{i:03d}", service=service, business_date=today,
                                   token=f"{i:032x}", issued_at=at, queued_at=at, priority=priority,
                                   head_of_queue=head or target is not None, target_counter=target, sequence=i + 1))
        if current is not None:
            state, service, recalls, served = current
            called = now - timedelta(minutes=3, seconds=served)
            uow.tickets.add(Ticket(number=f"{service}900", service=service, business_date=today, token="c" * 32,
                                   issued_at=called - timedelta(minutes=9), queued_at=called - timedelta(minutes=9),
                                   state=state, counter=1, called_at=called, first_called_at=called,
                                   started_at=called + timedelta(minutes=3) if state is TicketState.SERVING else None,
                                   recalls=recalls, sequence=900))


def _general_way(monkeypatch):
    monkeypatch.setattr(calls.CallRepository, "call_next", lambda self, call: calls.GENERAL)


@EXAMPLES
@given(specs=waiting_specs, current=currents, order=st.permutations(["A", "B", "C"]), served=st.integers(1, 3),
       rule=rules, policy=policies, actor=actors, key=st.sampled_from([None, "press-1"]))
def test_one_statement_does_what_the_general_way_does(hall, specs, current, order, served, rule, policy, actor, key):
    finish_on_next, on_called, max_recalls, confirmed = rule
    hall.config.set("hall.finish_on_next", finish_on_next)
    hall.config.set("hall.call_next_on_called", on_called)
    hall.config.set("hall.max_recalls", max_recalls)
    hall.config.set("hall.policy", policy.name)
    hall.config.set("hall.aging_percent", round(policy.aging * 100))
    acting = hall.as_actor(actor)
    services = list(order[:served])

    _set_up(hall, specs, current, services)
    with hall.read() as uow:
        everything = uow.tickets.in_states(TicketState.WAITING)
        every_service = uow.services.all()
    first = routing.queue_order(everything, every_service, 1, services, hall.now(), hall.policy())
    taken = []
    act = lambda: calling.call_next(acting, 1, key=key, no_show_current=confirmed)  # noqa: E731
    at_once = ways.outcome(hall, act, calls.CallRepository, "call_next", taken)
    event(f"one statement: {'general way' if taken == [calls.GENERAL] else 'done'}")

    _set_up(hall, specs, current, services)
    with pytest.MonkeyPatch.context() as patch:
        _general_way(patch)
        general = ways.outcome(hall, act, calls.CallRepository, "call_next")

    assert at_once == general
    answer = at_once[0]
    if isinstance(answer, dict):
        assert answer["number"] == first[0].number      # routing's first
    elif answer is None:
        assert not first or (current is not None and not finish_on_next)


def test_a_repeated_key_gets_the_first_answer_and_another_request_is_refused(hall):
    _set_up(hall, [("A", 60 * i, Priority.NORMAL, False, None) for i in range(1, 6)], None, ["A", "B"])
    first = calling.call_next(hall, 1, key="tap-1")
    again = calling.call_next(hall, 1, key="tap-1")
    assert again.number == first.number and again.state == "called"
    with hall.read() as uow:
        assert len(uow.events.read(types=["ticket_called"])) == 1
    with pytest.raises(QueueError) as refused:
        calling.call_next(hall, 2, key="tap-1")     # the same key for another counter's request
    assert refused.value.code == "key_reused"


def test_when_other_counters_hold_every_ticket_read_the_general_way_reads_on(hall):
    """The statement reads the first few of each queue; should other counters hold all of
    them, it gives up whole — the customer at the counter is not finished twice — and the
    general way calls the next one free."""
    _set_up(hall, [("A", 3600 - i, Priority.NORMAL, False, None) for i in range(calls.HEAD + 3)],
            (TicketState.SERVING, "A", 0, 0), ["A"])
    import psycopg

    held = psycopg.connect(hall.db.url.replace("postgresql+psycopg", "postgresql"))
    try:
        held.execute("SELECT id FROM tickets WHERE state = 'waiting' ORDER BY queued_at, id LIMIT %s FOR UPDATE",
                     (calls.HEAD,))
        gave_up = []
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(calls, "gave_up", lambda exc: gave_up.append(exc.sqlstate) or True)
            called = calling.call_next(hall, 1)
    finally:
        held.rollback()
        held.close()
    assert gave_up == [calls.GAVE_UP]
    assert called.number == f"A{calls.HEAD:03d}"
    with hall.read() as uow:
        assert [type(e).__name__ for e in uow.events.read()] == ["TicketFinished", "TicketCalled"]
