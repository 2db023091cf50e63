"""A window's figures kept current from events (HallFigures.apply) say what a fresh read
says: waiting counts, the promise with its range (free counters, service times), the
counters serving each service — on both databases."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Priority
from queuedesk.operations import calling, queries, tickets
from queuedesk.store.event_log import read_events

steps = st.lists(st.one_of(
    st.tuples(st.just("issue"), st.sampled_from("ABC"), st.sampled_from([Priority.NORMAL, Priority.VIP])),
    st.tuples(st.just("next"), st.sampled_from([1, 2, 3])),
    st.tuples(st.just("start"), st.sampled_from([1, 2, 3])),
    st.tuples(st.just("finish"), st.sampled_from([1, 2, 3])),
    st.tuples(st.just("no_show"), st.sampled_from([1, 2, 3])),
    st.tuples(st.just("park"), st.sampled_from([1, 2, 3])),
    st.tuples(st.just("transfer"), st.sampled_from([1, 2, 3]), st.sampled_from("ABC")),
    st.tuples(st.just("wait"), st.integers(1, 7))), min_size=1, max_size=20)


def _act(hall, clock, step) -> None:
    kind = step[0]
    if kind == "issue":
        tickets.issue_ticket(hall, step[1], step[2])
    elif kind == "transfer":
        calling.transfer(hall, step[1], to_service=step[2])
    elif kind == "wait":
        clock.advance(step[1])
    else:
        {"next": calling.call_next, "start": calling.start_service, "finish": calling.finish,
         "no_show": calling.no_show, "park": calling.park}[kind](hall, step[1])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
def test_figures_kept_from_events_are_the_figures_read(hall, clock, script):
    kept = queries.hall_figures(hall)
    for step in script:
        try:
            _act(hall, clock, step)
        except QueueError:
            pass                       # nobody at that counter, nobody waiting …
        kept.apply(read_events(hall.db, kept.last_event))
        if hall.today() != kept.day:
            kept = queries.hall_figures(hall)   # a new business day: the kiosk reads again on its clock
        assert not kept.stale          # ticket events tell all the kiosk shows
        fresh = queries.services_status(hall)
        mine = kept.statuses(hall.now(), hall.config.timezone)
        # The longest wait is kept as read (the next longest is not in the events).
        assert [(s.code, s.waiting, s.wait, s.serving, s.open_counters) for s in mine] == \
            [(s.code, s.waiting, s.wait, s.serving, s.open_counters) for s in fresh]
