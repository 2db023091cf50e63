"""Ratings of visits against a real database, on SQLite and PostgreSQL alike."""
import pytest

from queuedesk.domain import events
from queuedesk.domain.access import Actor, Role
from queuedesk.domain.errors import NotAllowed, QueueError, UnknownTicket
from queuedesk.operations import calling, counter_actions, counters, ratings, setup, tickets
from queuedesk.store.event_log import read_events


def served(hall, code="A", counter=1):
    """Issue a ticket, call it at `counter` and finish it: one served visit."""
    number = tickets.issue_ticket(hall, code).number
    calling.call_next(hall, counter)
    calling.finish(hall, counter)
    return number


def refusal(call) -> str:
    with pytest.raises(QueueError) as refused:
        call()
    return refused.value.code


def test_a_finished_visit_is_rated_once_and_recorded(hall):
    number = served(hall)
    info = ratings.rate_ticket(hall, number, 2, ["long_wait"], channel="keypad")
    assert (info.ticket, info.counter, info.score, info.level, info.reasons, info.channel) == \
        (number, 1, 2, "dissatisfied", ["long_wait"], "keypad")
    assert refusal(lambda: ratings.rate_ticket(hall, number, 5)) == "already_rated"
    given = [e for e in read_events(hall.db) if isinstance(e, events.RatingGiven)]
    assert len(given) == 1
    assert (given[0].ticket_number, given[0].counter, given[0].score, given[0].reasons) == \
        (number, 1, 2, ("long_wait",))


def test_two_ratings_of_one_visit_at_once_rate_it_once(hall):
    """The rating screen and the phone rate the same visit at the same moment: one rating
    is recorded, the others are refused as already rated (they take turns on the visit)."""
    import threading

    start = threading.Barrier(4)
    for _ in range(4):
        number = served(hall)
        with hall.read() as uow:
            leg = uow.tickets.by_number(number, hall.today())
        outcomes = []

        def rate(score: int, how) -> None:
            start.wait()
            try:
                outcomes.append(how(score).score)
            except QueueError as exc:
                outcomes.append(exc.code)
        threads = [threading.Thread(target=rate, args=(s, how)) for s, how in (
            (1, lambda s: ratings.rate_visit(hall, leg.id, s)), (5, lambda s: ratings.rate_ticket(hall, number, s)),
            (3, lambda s: ratings.rate_visit(hall, leg.id, s)), (4, lambda s: ratings.rate_ticket(hall, number, s)))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len([o for o in outcomes if isinstance(o, int)]) == 1 and outcomes.count("already_rated") == 3
    assert len([e for e in read_events(hall.db) if isinstance(e, events.RatingGiven)]) == 4


def test_what_cannot_be_rated_is_refused(hall):
    waiting = tickets.issue_ticket(hall, "A").number
    assert refusal(lambda: ratings.rate_ticket(hall, waiting, 4)) == "not_ratable"
    calling.call_next(hall, 1)
    assert refusal(lambda: ratings.rate_ticket(hall, waiting, 4)) == "not_ratable"     # at the counter
    with pytest.raises(UnknownTicket):
        ratings.rate_ticket(hall, "Z999", 4)
    calling.finish(hall, 1)
    assert refusal(lambda: ratings.rate_ticket(hall, waiting, 7)) == "score_out_of_range"
    assert refusal(lambda: ratings.rate_ticket(hall, waiting, 5, ["long_wait"])) == "reasons_for_low_scores_only"
    assert refusal(lambda: ratings.rate_ticket(hall, waiting, 5, channel="fax")) == "unknown_rating_channel"
    no_show = tickets.issue_ticket(hall, "A").number
    calling.call_next(hall, 1)
    calling.no_show(hall, 1)
    assert refusal(lambda: ratings.rate_ticket(hall, no_show, 4)) == "not_ratable"
    assert [e for e in read_events(hall.db) if isinstance(e, events.RatingGiven)] == []


def test_a_transferred_customer_rates_each_counter_that_served_them(hall):
    number = tickets.issue_ticket(hall, "A").number
    calling.call_next(hall, 1)
    calling.transfer(hall, 1, to_counter=3)
    # Waiting at counter 3, the visit at counter 1 is over: it is the one rated.
    assert ratings.rate_ticket(hall, number, 4).counter == 1
    calling.call_next(hall, 3)
    calling.finish(hall, 3)
    second = ratings.rate_ticket(hall, number, 5)
    assert second.counter == 3
    assert refusal(lambda: ratings.rate_ticket(hall, number, 5, counter=1)) == "already_rated"
    assert refusal(lambda: ratings.rate_ticket(hall, number, 5, counter=2)) == "not_served_here"
    rows = ratings.ratings_on(hall)
    assert [(r.ticket, r.counter, r.score) for r in rows] == [(number, 1, 4), (number, 3, 5)]
    assert ratings.day_figures(hall).served == 2


def test_a_visit_rated_by_counter_when_the_latest_is_not_the_one(hall):
    number = tickets.issue_ticket(hall, "A").number
    calling.call_next(hall, 1)
    calling.transfer(hall, 1, to_counter=3)
    calling.call_next(hall, 3)
    calling.finish(hall, 3)
    assert ratings.rate_ticket(hall, number, 3, counter=1).counter == 1
    assert ratings.rate_ticket(hall, number, 3).counter == 3


def test_not_rated_is_recorded_once_and_a_later_rating_replaces_it(hall):
    number = served(hall)
    leg = tickets.show_ticket(hall, number).id
    lapsed = ratings.lapse(hall, leg)
    assert lapsed.score is None
    assert ratings.lapse(hall, leg).score is None                  # again: nothing new
    assert ratings.day_figures(hall).asked_not_rated == 1
    assert ratings.rate_visit(hall, leg, 5).score == 5             # rated after all (the ticket's web page)
    assert ratings.lapse(hall, leg).score == 5                     # a late time-out changes nothing
    figures = ratings.day_figures(hall)
    assert (figures.rated, figures.asked_not_rated) == (1, 0)
    kinds = [type(e) for e in read_events(hall.db) if isinstance(e, events.RATINGS)]
    assert kinds == [events.RatingNotGiven, events.RatingGiven]


def test_a_repeated_key_rates_once(hall):
    number = served(hall)
    leg = tickets.show_ticket(hall, number).id
    first = ratings.rate_visit(hall, leg, 4, key="touch-1")
    again = ratings.rate_visit(hall, leg, 4, key="touch-1")
    assert first == again
    assert len([e for e in read_events(hall.db) if isinstance(e, events.RatingGiven)]) == 1


def test_ask_for_a_rating_of_the_visit_just_served(hall):
    setup.add_staff(hall, "li", Role.TELLER, "123456", name="李娜", staff_number="T001")
    counters.sign_in(hall, "li", "123456", 2)
    assert refusal(lambda: counter_actions.perform(hall, "ask_rating", 2, staff="li")) == "nothing_to_rate"
    tickets.issue_ticket(hall, "A")
    called = calling.call_next(hall, 2, staff="li")
    assert refusal(lambda: counter_actions.perform(hall, "ask_rating", 2, staff="li")) == "customer_at_counter"
    calling.finish(hall, 2, staff="li")
    with pytest.raises(NotAllowed):
        counter_actions.perform(hall, "ask_rating", 2, staff="wang")
    li = hall.as_actor(Actor(Role.TELLER, "li", 2))      # the teller's own desk: the events name her
    asked = counter_actions.perform(li, "ask_rating", 2, staff="li", key="k1")
    assert asked.number == called.number
    assert counter_actions.perform(li, "ask_rating", 2, staff="li", key="k1").number == called.number
    requests = [e for e in read_events(hall.db) if isinstance(e, events.RatingRequested)]
    assert [(e.ticket_number, e.counter, e.staff, e.actor) for e in requests] == [(called.number, 2, "li", "li")]
    assert ratings.teller_day(hall, "li", 2).askable == called.number
    ratings.rate_ticket(hall, called.number, 5)
    assert refusal(lambda: counter_actions.perform(hall, "ask_rating", 2, staff="li")) == "already_rated"
    day = ratings.teller_day(hall, "li", 2)
    assert (day.askable, day.last.ticket, day.figures.satisfaction_rate) == (None, called.number, 1.0)


def test_the_day_s_figures_per_teller(hall):
    setup.add_staff(hall, "li", Role.TELLER, "123456", name="李娜")
    setup.add_staff(hall, "wang", Role.TELLER, "123456", name="王强")
    counters.sign_in(hall, "li", "123456", 1)
    counters.sign_in(hall, "wang", "123456", 2)
    first = served(hall, counter=1)
    served(hall, counter=1)
    third = served(hall, counter=2)
    ratings.rate_ticket(hall, first, 5)
    ratings.rate_ticket(hall, third, 3)
    by_teller = ratings.day_figures_by(hall, "teller")
    assert {k: (f.served, f.rated, f.satisfied) for k, f in by_teller.items()} == {"li": (2, 1, 1), "wang": (1, 1, 0)}
    hall.config.set("rating.basic_is_satisfied", True)
    assert ratings.day_figures_by(hall, "teller")["wang"].satisfaction_rate == 1.0


def test_the_station_shows_the_teller_s_display_name_and_staff_number_only(hall):
    setup.add_staff(hall, "li", Role.TELLER, "123456", name="李娜", staff_number="T001")
    assert ratings.station(hall, 2).teller_name is None
    counters.sign_in(hall, "li", "123456", 2)
    station = ratings.station(hall, 2)
    assert (station.counter, station.state, station.teller_name, station.staff_number) == (2, "open", "李娜", "T001")
    assert "li" not in vars(station).values()     # not even the user name


def test_a_no_show_is_no_visit_in_the_tellers_day(hall):
    setup.add_staff(hall, "li", Role.TELLER, "123456")
    counters.sign_in(hall, "li", "123456", 2)
    tickets.issue_ticket(hall, "A")
    finished = calling.call_next(hall, 2, staff="li")
    calling.finish(hall, 2, staff="li")
    tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 2, staff="li")
    calling.no_show(hall, 2, staff="li")
    day = ratings.teller_day(hall, "li", 2)
    assert day.figures.served == 1 and day.askable == finished.number
