"""The store reads only the head of the queues and counts instead of loading them; routing
stays in the domain. Proved on random queues, on both databases: what the store's SQL
gives (the head of a counter's queues, a ticket's place, the kept waiting counts) agrees
with the domain's definitions over the whole queue."""
from datetime import timedelta

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from queuedesk.domain import routing
from queuedesk.domain.model import Priority, Ticket, TicketState
from queuedesk.operations import calling, day, figures, tickets
from queuedesk.store.schema import counters as counters_table
from queuedesk.store.schema import events, queue_counts
from queuedesk.store.schema import tickets as tickets_table

pytestmark = pytest.mark.slow

#: Every calling policy, aging with θ at its bounds and between.
policies = st.builds(routing.Policy, st.sampled_from(routing.POLICIES), st.sampled_from([0.1, 0.5, 0.75, 1.0]))

EXAMPLES = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ticket_specs = st.lists(
    st.tuples(st.sampled_from("ABC"), st.integers(0, 3600), st.sampled_from(list(Priority)), st.booleans(),
              st.sampled_from([None, None, None, 1, 2]),
              st.sampled_from([TicketState.WAITING] * 4 + [TicketState.DONE, TicketState.CALLED])),
    min_size=1, max_size=30)


def _fresh(hall):
    with hall.db.engine.begin() as conn:
        for table in (events, queue_counts, tickets_table):
            conn.execute(table.delete())


def _queue(hall, specs) -> list[Ticket]:
    """Store these tickets (queued `seconds` ago) through the repository, as use cases do."""
    _fresh(hall)
    now, today = hall.now(), hall.today()
    stored = []
    with hall.write() as uow:
        for i, (service, seconds, priority, head, target, state) in enumerate(specs):
            at = now - timedelta(seconds=seconds)
            t = Ticket(number=f"{service}{i:03d}", service=service, business_date=today, token=f"{i:032x}",
                       issued_at=at, queued_at=at, priority=priority, head_of_queue=head or target is not None,
                       target_counter=target, state=state, sequence=i + 1)
            uow.tickets.add(t)
            stored.append(t)
    return stored


def _serve(hall, counter: int, services: list[str]):
    with hall.db.engine.begin() as conn:
        conn.execute(counters_table.update().where(counters_table.c.number == counter)
                     .values(services=",".join(services)))


@EXAMPLES
@given(ticket_specs, st.permutations(["A", "B", "C"]), st.integers(1, 3), st.sampled_from([1, 2]),
       st.integers(1, 3), policies)
def test_the_head_of_a_counters_queues_gives_routings_next_ticket(hall, specs, order, served, counter, head, policy):
    stored = _queue(hall, specs)
    services = list(order[:served])
    _serve(hall, counter, services)
    now, today = hall.now(), hall.today()
    with hall.read() as uow:
        every_service = uow.services.all()
    expected = routing.queue_order(stored, every_service, counter, services, now, policy)
    with hall.write() as uow:
        candidates = uow.tickets.call_candidates(counter, today, per_service=head)
        ordered = routing.queue_order(candidates, every_service, counter, services, now, policy)
        claimed = uow.tickets.claim_first(ordered)   # nothing else is claiming: the first
    assert (claimed.id if claimed else None) == (expected[0].id if expected else None)
    # A ticket among the first `head` is among the first `head` of its routing group.
    assert [t.id for t in ordered[:head]] == [t.id for t in expected[:head]]


@EXAMPLES
@given(ticket_specs, st.data(), policies)
def test_a_place_counted_by_the_store_is_routings_place(hall, specs, data, policy):
    """Any waiting ticket's: one sent to one counter too (a ticket page shows its place)."""
    stored = _queue(hall, specs)
    waiting = [t for t in stored if t.state is TicketState.WAITING]
    if not waiting:
        return
    ticket = data.draw(st.sampled_from(waiting))
    now, today = hall.now(), hall.today()
    with hall.read() as uow:
        service = uow.services.get(ticket.service)
        bounds = {g: routing.group_bound(g, ticket, service, now, policy) for g in routing.GROUPS}
        ahead = uow.read(uow.tickets.ahead_reading(service.code, today, bounds))[0]
    assert ahead == \
        routing.ahead_of(ticket, [t for t in stored if t.state is TicketState.WAITING], service, now, policy)


@EXAMPLES
@given(ticket_specs, st.data(), policies, st.sampled_from([0, 10 ** 6]))
def test_the_places_a_page_server_tells_are_routings_whether_counted_or_sorted(hall, monkeypatch, specs, data,
                                                                                policy, cost):
    """Places are counted by index, or their queue read and sorted when they are many for
    its length (figures.PLACE_COST): either way, routing's place."""
    stored = _queue(hall, specs)
    waiting = [t for t in stored if t.state is TicketState.WAITING]
    followed = data.draw(st.lists(st.sampled_from(stored), unique_by=lambda t: t.id))
    monkeypatch.setattr(figures, "PLACE_COST", cost)    # 0: always counted; a million: always sorted
    now, today = hall.now(), hall.today()
    with hall.read() as uow:
        services = uow.services.all()
        told = figures.places(uow, followed, services, today, now, policy)
    assert told == {t.id: routing.ahead_of(t, waiting, services[t.service], now, policy)
                    for t in followed if t.state is TicketState.WAITING}


@EXAMPLES
@given(ticket_specs, st.sampled_from("ABC"), st.sampled_from(list(Priority)), policies)
def test_a_new_tickets_place_counted_by_the_store_is_routings_place(hall, specs, code, priority, policy):
    """What issuing asks before it adds the ticket: its place as the newest of its queue."""
    stored = _queue(hall, specs)
    now, today = hall.now(), hall.today()
    new = Ticket(number=f"{code}999", service=code, business_date=today, token="new", issued_at=now,
                 queued_at=now, priority=priority)
    with hall.read() as uow:
        service = uow.services.get(code)
        bounds = {g: routing.group_bound(g, new, service, now, policy) for g in routing.GROUPS}
        ahead = uow.read(uow.tickets.ahead_reading(code, today, bounds))[0]
    waiting = [t for t in stored if t.state is TicketState.WAITING]
    assert ahead == routing.ahead_of(new, [*waiting, new], service, now, policy)


actions = st.lists(st.one_of(
    st.tuples(st.just("issue"), st.sampled_from("ABC"), st.sampled_from(list(Priority))),
    st.tuples(st.just("next"), st.sampled_from([1, 2, 3])),
    st.tuples(st.just("cancel"), st.integers(0, 20)),
    st.tuples(st.just("transfer"), st.sampled_from([1, 2, 3]), st.sampled_from("ABC")),
    st.tuples(st.just("finish"), st.sampled_from([1, 2, 3])),
    st.tuples(st.just("close day"),)), min_size=1, max_size=25)


@EXAMPLES
@given(actions)
def test_the_kept_waiting_counts_are_the_counts(hall, steps):
    """Whatever happens to the queue, the kept counts equal a count of the tickets, and
    every ticket event reports the count of its queue after it."""
    _fresh(hall)
    issued = []
    for step in steps:
        try:
            if step[0] == "issue":
                issued.append(tickets.issue_ticket(hall, step[1], step[2]).number)
            elif step[0] == "next":
                calling.call_next(hall, step[1])
            elif step[0] == "cancel" and issued:
                tickets.cancel_ticket(hall, issued[step[1] % len(issued)])
            elif step[0] == "transfer":
                calling.transfer(hall, step[1], to_service=step[2])
            elif step[0] == "finish":
                calling.finish(hall, step[1])
            elif step[0] == "close day":
                day.close_day(hall)
                from queuedesk.operations import counters
                for number in (1, 2, 3):
                    counters.open_counter(hall, number)
        except Exception as exc:   # a refusal (nobody at the counter, a ticket already gone)
            from queuedesk.domain.errors import QueueError
            assert isinstance(exc, QueueError), exc
        today = hall.today()
        with hall.db.engine.connect() as conn:
            counted = dict(conn.execute(sa.select(tickets_table.c.service, sa.func.count()).where(
                tickets_table.c.state == "waiting", tickets_table.c.business_date == today)
                .group_by(tickets_table.c.service)).all())
        with hall.read() as uow:
            kept = {k: v for k, v in uow.tickets.waiting_counts(today).items() if v}
            last = uow.events.read(uow.events.last_id() - 1)
        assert kept == counted
        for event in last:
            if getattr(event, "waiting", None) is not None and event.ticket_id is not None:
                assert event.waiting == counted.get(event.service, 0)
