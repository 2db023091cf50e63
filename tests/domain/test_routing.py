"""Routing rules, by example and as properties over random queues."""
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from queuedesk.domain import routing
from queuedesk.domain.model import Priority, Service, Ticket, TicketState
from tests.support.halls import names

NOW = datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)
SERVICES = {
    "A": Service("A", names("现金", "Cash"), "A", target_wait_min=10, max_wait_min=20),
    "B": Service("B", names("非现金", "Non-cash"), "B", target_wait_min=10, max_wait_min=20),
    "C": Service("C", names("对公", "Corporate"), "C", target_wait_min=15, max_wait_min=30),
}


def make(id_, service="A", waited=1.0, priority=Priority.NORMAL, head=False, target=None) -> Ticket:
    at = NOW - timedelta(minutes=waited)
    return Ticket(number=f"{service}{id_:03d}", service=service, business_date=NOW.date(), token=str(id_),
                  issued_at=at, queued_at=at, priority=priority, id=id_, head_of_queue=head,
                  target_counter=target)


def first(tickets, services, counter=1, now=NOW):
    """The ticket call next would take: the head of the counter's queue order."""
    ordered = routing.queue_order(tickets, SERVICES, counter, list(services), now)
    return ordered[0] if ordered else None


def pick(tickets, services=("A", "B"), counter=1):
    return first(tickets, services, counter)


def test_oldest_first_within_a_service():
    assert pick([make(1, waited=3), make(2, waited=5)]).id == 2


def test_counter_service_order_ranks_ordinary_customers():
    policy = routing.Policy(routing.SERVICE_ORDER)
    tickets = [make(1, "A", waited=2), make(2, "B", waited=9)]
    assert routing.queue_order(tickets, SERVICES, 1, ["A", "B"], NOW, policy)[0].id == 1
    assert routing.queue_order(tickets, SERVICES, 1, ["B", "A"], NOW, policy)[0].id == 2


def test_the_default_policy_is_the_halls_default():
    """Aging (hall.policy): same expected service, so the longest waiting first."""
    assert routing.DEFAULT_POLICY.name == routing.AGING
    assert pick([make(1, "A", waited=2), make(2, "B", waited=9)], services=("A", "B")).id == 2


def test_emergency_jumps_everyone_even_the_overdue():
    chosen = pick([make(1, waited=40), make(2, waited=0.5, priority=Priority.EMERGENCY)])
    assert chosen.id == 2


def test_overdue_ordinary_customer_beats_priority_classes():
    tickets = [make(1, waited=25), make(2, waited=5, priority=Priority.VIP),
               make(3, waited=5, priority=Priority.APPOINTMENT)]
    assert pick(tickets).id == 1


def test_priority_classes_order():
    tickets = [make(1, waited=9), make(2, waited=1, priority=Priority.VIP),
               make(3, waited=1, priority=Priority.PRIORITY), make(4, waited=1, priority=Priority.APPOINTMENT)]
    order = [t.id for t in routing.queue_order(tickets, SERVICES, 1, ["A"], NOW)]
    assert order == [4, 3, 2, 1]


def test_transferred_customer_goes_to_the_head_not_the_tail():
    tickets = [make(1, waited=15), make(2, waited=0.1, head=True)]
    assert pick(tickets).id == 2


def test_ticket_transferred_to_a_counter_is_only_for_that_counter():
    tickets = [make(1, waited=1), make(2, waited=5, head=True, target=4)]
    assert pick(tickets, counter=1).id == 1
    assert pick(tickets, services=("C",), counter=4).id == 2


def test_services_the_counter_does_not_serve_are_left_alone():
    assert pick([make(1, "C", waited=50)], services=("A",)) is None


def test_people_ahead_counts_who_would_be_called_first():
    waiting = [make(1, waited=5), make(2, waited=3), make(3, waited=1)]
    assert routing.ahead_of(waiting[2], waiting, SERVICES["A"], NOW) == 2
    vip = make(4, waited=0, priority=Priority.VIP)
    assert routing.ahead_of(vip, waiting + [vip], SERVICES["A"], NOW) == 0


# -- properties --------------------------------------------------------------------------

ticket_specs = st.lists(
    st.tuples(st.sampled_from("ABC"), st.floats(0, 60), st.sampled_from(list(Priority)),
              st.booleans()),
    min_size=1, max_size=40)


def build(specs):
    return [make(i + 1, service, waited, priority, head) for i, (service, waited, priority, head)
            in enumerate(specs)]


@settings(max_examples=300, deadline=None)
@given(ticket_specs, st.permutations(["A", "B", "C"]))
def test_every_eligible_ticket_is_called_exactly_once(specs, services):
    tickets = build(specs)
    called = []
    while (chosen := first(tickets, services)) is not None:
        assert chosen.state is TicketState.WAITING
        chosen.call(1, None, NOW)
        called.append(chosen.id)
    assert sorted(called) == sorted(t.id for t in tickets)


@settings(max_examples=300, deadline=None)
@given(ticket_specs, st.permutations(["A", "B", "C"]))
def test_the_chosen_ticket_respects_the_rules(specs, services):
    tickets = build(specs)
    chosen = first(tickets, services)
    emergencies = [t for t in tickets if t.priority is Priority.EMERGENCY]
    overdue = [t for t in tickets if routing.is_overdue(t, SERVICES[t.service], NOW)]
    if emergencies:
        assert chosen.priority is Priority.EMERGENCY
        assert chosen.waited_min(NOW) == max(t.waited_min(NOW) for t in emergencies)
    elif overdue:
        # Anti-starvation: past the maximum wait beats every priority class and transfer.
        assert chosen in overdue
        assert chosen.waited_min(NOW) == max(t.waited_min(NOW) for t in overdue)
    # Nobody of the same class and service who waited longer is passed over.
    key = routing.order_key(chosen, SERVICES[chosen.service], services, NOW)
    for t in tickets:
        other = routing.order_key(t, SERVICES[t.service], services, NOW)
        if other[:2] == key[:2] and t.service == chosen.service:
            assert t.waited_min(NOW) <= chosen.waited_min(NOW)


@settings(max_examples=200, deadline=None)
@given(ticket_specs)
def test_no_one_waits_past_max_while_others_jump_ahead(specs):
    """Serve one ticket a minute: once a non-emergency ticket is overdue, only emergencies
    and tickets overdue longer may be called before it."""
    tickets = build(specs)
    now = NOW
    waiting = list(tickets)
    while waiting:
        chosen = first(waiting, ["A", "B", "C"], now=now)
        for t in waiting:
            if t is chosen or t.priority is Priority.EMERGENCY:
                continue
            if routing.is_overdue(t, SERVICES[t.service], now):
                assert (chosen.priority is Priority.EMERGENCY
                        or routing.is_overdue(chosen, SERVICES[chosen.service], now)), \
                    f"{chosen.number} jumped ahead of overdue {t.number}"
        chosen.call(1, None, now)
        waiting.remove(chosen)
        now += timedelta(minutes=1)


# -- routing's groups: what lets a store read only the head of a queue -----------------------

#: Services whose expected service times differ, so `aging` orders them apart.
TIMED = {code: replace(service, expected_service_min=minutes)
         for (code, service), minutes in zip(SERVICES.items(), (3.0, 8.0, 5.0))}
#: Every calling policy, aging with θ at its bounds and between.
policies = st.builds(routing.Policy, st.sampled_from(routing.POLICIES), st.sampled_from([0.1, 0.25, 0.75, 1.0]))


def build_mixed(specs):
    """Tickets of every kind: priority classes, transferred in, sent to one counter."""
    return [make(i + 1, service, waited, priority, head or bool(target), 4 if target else None)
            for i, (service, waited, priority, head, target) in enumerate(specs)]


mixed_specs = st.lists(
    st.tuples(st.sampled_from("ABC"), st.floats(0, 60), st.sampled_from(list(Priority)), st.booleans(),
              st.booleans()),
    min_size=1, max_size=40)


def heads(tickets, n):
    """Every ticket sent to a counter, and the first `n` of each group of each service."""
    found = [t for t in tickets if routing.group_of(t) is None]
    for code in "ABC":
        for group in routing.GROUPS:
            members = sorted((t for t in tickets if t.service == code and routing.group_of(t) == group),
                             key=routing.plain_key)
            found += members[:n]
    return found


@settings(max_examples=400, deadline=None)
@given(mixed_specs, st.permutations(["A", "B", "C"]), st.integers(1, 4), st.sampled_from([1, 4]), policies)
def test_the_heads_of_the_groups_give_the_same_order_as_far_as_they_go(specs, services, n, counter, policy):
    """Routing picks from the first `n` of each group what it picks from the whole queue,
    and its first `n` are the same, under every policy."""
    tickets = build_mixed(specs)
    whole = routing.queue_order(tickets, TIMED, counter, services, NOW, policy)
    from_heads = routing.queue_order(heads(tickets, n), TIMED, counter, services, NOW, policy)
    assert [t.id for t in from_heads[:n]] == [t.id for t in whole[:n]]


def count_below_bounds(ticket, tickets, service, policy):
    """A place as a store counts it: per group, those below the group's bound."""
    below = 0
    for group in routing.GROUPS:
        members = [t for t in tickets if t.service == ticket.service and routing.group_of(t) == group
                   and t is not ticket]
        bound = routing.group_bound(group, ticket, service, NOW, policy)
        if bound == routing.EVERYBODY:
            below += len(members)
        elif bound is not None:
            below += sum(1 for t in members if routing.plain_key(t) < bound)
    return below


@settings(max_examples=400, deadline=None)
@given(mixed_specs, st.data(), policies)
def test_a_place_is_a_count_below_each_groups_bound(specs, data, policy):
    tickets = build_mixed(specs)
    ticket = data.draw(st.sampled_from(tickets))
    service = TIMED[ticket.service]
    assert count_below_bounds(ticket, tickets, service, policy) == routing.ahead_of(ticket, tickets, service, NOW, policy)


@settings(max_examples=400, deadline=None)
@given(mixed_specs, st.sampled_from("ABC"), st.sampled_from(list(Priority)), policies)
def test_a_new_tickets_place_is_a_count_below_each_groups_bound(specs, code, priority, policy):
    """Issuing counts its place the same way: a ticket issued now, not yet stored (the
    newest), behind the overdue, those transferred in and the higher classes."""
    tickets = build_mixed(specs)
    new = make(len(tickets) + 1, code, 0, priority)
    new.id = None
    waiting = [*tickets, new]
    service = TIMED[code]
    assert count_below_bounds(new, waiting, service, policy) == routing.ahead_of(new, waiting, service, NOW, policy)


@settings(max_examples=200, deadline=None)
@given(mixed_specs, policies)
def test_within_a_group_the_oldest_is_called_first(specs, policy):
    tickets = build_mixed(specs)
    for code in "ABC":
        for group in routing.GROUPS:
            mine = [t for t in tickets if t.service == code and routing.group_of(t) == group]
            assert (routing.queue_order(mine, TIMED, 1, [code], NOW, policy)
                    == sorted(mine, key=routing.plain_key))


def test_a_ticket_not_yet_stored_is_the_newest():
    stored = make(7, waited=0)
    new = make(1, waited=0)
    new.id = None
    assert routing.ahead_of(new, [stored, new], SERVICES["A"], NOW) == 1
