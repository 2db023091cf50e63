"""Issue as one message (PostgreSQL, store/repositories/issues.py) does what the general
way does: on random halls — queues of every routing group, tickets sent to one counter,
counters open or closed and busy or free, recent service times, every calling policy,
priorities, daily caps, who acts — the ticket gets the same number, place and promise,
and the tickets, the kept counts, the events and the keys come out the same. Where it
leaves the issue to the general way, the general way's error or answer is what the
caller gets; and the minutes it reckons in SQL are domain.estimate.minutes' own.
"""
from datetime import timedelta

import psycopg
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from queuedesk.domain import estimate, routing
from queuedesk.domain.access import SYSTEM, Actor, Role
from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Channel, Priority, Ticket, TicketState
from queuedesk.operations import tickets as issuing
from queuedesk.store.repositories import issues
from queuedesk.store.repositories.calls import GENERAL
from queuedesk.store.schema import counters as counters_table
from queuedesk.store.schema import daily_sequences, events, queue_counts, requests
from queuedesk.store.schema import services as services_table
from queuedesk.store.schema import tickets as tickets_table
from tests.support import ways
from tests.support.halls import three_counter_hall

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

#: Left out of the comparison: ids, and the new ticket's token (random).
RANDOM = ("id", "token")
EXAMPLES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

waiting_specs = st.lists(
    st.tuples(st.sampled_from("ABC"), st.integers(0, 3600), st.sampled_from(list(Priority)), st.booleans(),
              st.sampled_from([None, None, None, 1, 2])),
    max_size=20)
#: Finished tickets of service A today: how long each took, in seconds.
service_times = st.lists(st.integers(30, 1800), max_size=6)
#: Counters 1 and 2: (open, busy, the services they serve).
counter_specs = st.tuples(st.booleans(), st.booleans(), st.sampled_from(["A", "B", "A,B", "B,A", "C"]))
policies = st.builds(routing.Policy, st.sampled_from(routing.POLICIES), st.sampled_from([0.1, 0.5, 1.0]))
actors = st.sampled_from([SYSTEM, Actor(Role.KIOSK, "kiosk-1"), Actor(Role.MANAGER, "lobby")])


@pytest.fixture
def hall(pg_url, clock):
    h = three_counter_hall(pg_url, clock)
    yield h
    h.db.dispose()


@pytest.fixture
def pg_connection(pg_url):
    with psycopg.connect(pg_url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
        yield conn


def _set_up(hall, specs, done, counters, cap, issued):
    """Empty the day, then this queue, these finished tickets of A, counters 1 and 2 as
    `counters` say, A's daily cap, and `issued` tickets of A issued before."""
    now, today = hall.now(), hall.today()
    with hall.db.engine.begin() as conn:
        for table in (events, queue_counts, requests, tickets_table, daily_sequences):
            conn.execute(table.delete())
        conn.execute(services_table.update().where(services_table.c.code == "A").values(daily_cap=cap))
        if issued:
            conn.execute(daily_sequences.insert().values(service="A", business_date=today, last_number=issued))
        for number, (is_open, _busy, services) in zip((1, 2), counters):
            conn.execute(counters_table.update().where(counters_table.c.number == number)
                         .values(state="open" if is_open else "closed", services=services))
    with hall.write() as uow:
        for i, (service, seconds, priority, head, target) in enumerate(specs):
            at = now - timedelta(seconds=seconds)
            uow.tickets.add(Ticket(number=f"{service}9{i:02d}", service=service, business_date=today,
                                   token=f"{i:032x}", issued_at=at, queued_at=at, priority=priority,
                                   head_of_queue=head or target is not None, target_counter=target, sequence=900 + i))
        for i, seconds in enumerate(done):
            started = now - timedelta(hours=2) + timedelta(minutes=i)
            uow.tickets.add(Ticket(number=f"A8{i:02d}", service="A", business_date=today, token=f"d{i:031x}",
                                   issued_at=started, queued_at=started, state=TicketState.DONE, counter=1,
                                   called_at=started, first_called_at=started, started_at=started,
                                   finished_at=started + timedelta(seconds=seconds), sequence=800 + i))
        for number, (_open, busy, services) in zip((1, 2), counters):
            if busy:
                uow.tickets.add(Ticket(number=f"B7{number:02d}", service="B", business_date=today,
                                       token=f"c{number:031x}", issued_at=now, queued_at=now,
                                       state=TicketState.CALLED, counter=number, called_at=now, first_called_at=now,
                                       sequence=700 + number))


def _general_way(patch):
    patch.setattr(issues.IssueRepository, "issue", lambda self, new: GENERAL)


@EXAMPLES
@given(specs=waiting_specs, done=service_times, counters=st.tuples(counter_specs, counter_specs),
       cap=st.sampled_from([None, None, 3, 40]), issued=st.sampled_from([0, 0, 2, 3, 39]),
       priority=st.sampled_from([Priority.NORMAL, Priority.NORMAL, Priority.VIP, Priority.EMERGENCY]),
       channel=st.sampled_from(list(Channel)), policy=policies, actor=actors,
       key=st.sampled_from([None, "tap-1"]))
def test_one_message_does_what_the_general_way_does(hall, specs, done, counters, cap, issued, priority, channel,
                                                     policy, actor, key):
    hall.config.set("hall.policy", policy.name)
    hall.config.set("hall.aging_percent", round(policy.aging * 100))
    acting = hall.as_actor(Actor(Role.MANAGER, "lobby") if priority is not Priority.NORMAL else actor)

    _set_up(hall, specs, done, counters, cap, issued)
    taken = []
    act = lambda: issuing.issue_ticket(acting, "A", priority, channel, key=key)  # noqa: E731
    at_once = ways.outcome(hall, act, issues.IssueRepository, "issue", taken, hidden=RANDOM)
    event(f"one message: {'general way' if taken in ([], [GENERAL]) else 'done'}")

    _set_up(hall, specs, done, counters, cap, issued)
    with pytest.MonkeyPatch.context() as patch:
        _general_way(patch)
        general = ways.outcome(hall, act, issues.IssueRepository, "issue", hidden=RANDOM)

    assert at_once == general
    if cap is not None and issued >= cap:
        assert at_once[0] == ("refused", "service_closed") and taken == []


def test_a_repeated_key_gets_the_first_ticket_and_another_request_is_refused(hall):
    _set_up(hall, [], [], ((True, False, "A"), (True, False, "B")), None, 0)
    first = issuing.issue_ticket(hall, "A", channel=Channel.KIOSK, key="tap-1")
    again = issuing.issue_ticket(hall, "A", channel=Channel.KIOSK, key="tap-1")
    assert again.number == first.number == "A001"
    with hall.read() as uow:
        assert len(uow.events.read(types=["ticket_issued"])) == 1
    with pytest.raises(QueueError) as refused:
        issuing.issue_ticket(hall, "B", channel=Channel.KIOSK, key="tap-1")   # the same key, another service
    assert refused.value.code == "key_reused"


@pytest.mark.parametrize("meanwhile", ["the service was changed", "other kiosks issued many numbers"])
def test_what_changed_since_the_figures_were_read_sends_the_issue_the_general_way(hall, meanwhile):
    """Between reading and adding, a manager changed the service, or other kiosks issued
    more numbers than were worked out ahead: the message gives up whole (nothing of it
    stays) and the general way issues the ticket with the right number."""
    _set_up(hall, [("A", 60, Priority.NORMAL, False, None)], [], ((True, False, "A"), (True, False, "B")), None, 5)
    one = issues.IssueRepository.issue
    url = hall.db.url.replace("postgresql+psycopg", "postgresql")
    given_up = []

    def first_this(self, new):
        with psycopg.connect(url, autocommit=True) as other:
            if meanwhile == "the service was changed":
                other.execute("UPDATE services SET expected_service_min = 7 WHERE code = 'A'")
            else:
                other.execute("UPDATE daily_sequences SET last_number = last_number + %s WHERE service = 'A'",
                              (issues.NUMBERS_AHEAD + 1,))
        given_up.append(one(self, new))
        return given_up[-1]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(issues.IssueRepository, "issue", first_this)
        info = issuing.issue_ticket(hall, "A", channel=Channel.KIOSK)
    assert given_up == [GENERAL]
    expected = 6 if meanwhile == "the service was changed" else 6 + issues.NUMBERS_AHEAD + 1
    assert info.number == f"A{expected:03d}" and info.position == 1
    with hall.read() as uow:
        assert [e.ticket_number for e in uow.events.read(types=["ticket_issued"])] == [info.number]
        assert uow.tickets.waiting_counts(hall.today()) == {"A": 2}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# A mean service time is none or at least a few microseconds in minutes (what timestamps
# can measure): far below that PostgreSQL refuses a float8 underflow where Python gives 0.
@given(ahead=st.integers(0, 500), mean=st.just(0.0) | st.floats(1e-9, 120.0),
       share=st.floats(0.02, 8.0) | st.sampled_from([0.0, 1 / 3]),   # counters' shares: 0, or 1/k each
       free=st.integers(0, 5))
def test_the_minutes_promised_in_sql_are_the_domains(pg_connection, ahead, mean, share, free):
    sql = issues.minutes_sql("CAST(%(ahead)s AS integer)").replace(":mean", "%(mean)s").replace(
        ":share", "%(share)s").replace(":free", "%(free)s")
    got = pg_connection.execute(f"SELECT {sql}", {"ahead": ahead, "mean": mean, "share": share, "free": free}
                                ).fetchone()[0]
    assert got == estimate.minutes(ahead, mean, share, free)[1]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\0")), max_size=6))
def test_texts_sent_as_an_array_come_back_as_they_were(pg_connection, texts):
    from psycopg.adapt import Transformer

    from queuedesk.store.sql import _Literals

    quoted = _Literals(Transformer(pg_connection), b"on").quote(tuple(texts))
    assert pg_connection.execute(b"SELECT " + quoted).fetchone()[0] == texts
