"""Ratings and their figures, defined once (no database, no Qt)."""
from datetime import date, datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Ticket, TicketState
from queuedesk.domain.ratings import (
    LEVELS,
    REASONS,
    Level,
    Rating,
    ServedVisit,
    check,
    figures,
    figures_by,
    require_ratable,
)

DAY = date(2026, 11, 23)
AT = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)


def visit(ticket_id, staff="li", counter=3, service="A", day=DAY):
    return ServedVisit(ticket_id, day, service, counter, staff)


def rating(ticket_id, score, staff="li", counter=3):
    return Rating(ticket_id=ticket_id, ticket_number=f"A{ticket_id:03d}", business_date=DAY, service="A",
                  counter=counter, staff=staff, score=score, at=AT)


def test_five_levels_best_first_with_the_usual_words_as_codes():
    assert [int(level) for level in LEVELS] == [5, 4, 3, 2, 1]
    assert [level.code for level in LEVELS] == ["very_satisfied", "satisfied", "basically_satisfied",
                                                "dissatisfied", "very_dissatisfied"]


def test_reasons_come_back_in_their_order_each_once():
    assert check(1, ["other", "long_wait", "other"]) == (Level.VERY_DISSATISFIED, ("long_wait", "other"))
    assert check(4) == (Level.SATISFIED, ())


@pytest.mark.parametrize("score, reasons, code", [
    (0, (), "score_out_of_range"),
    (6, (), "score_out_of_range"),
    (True, (), "score_out_of_range"),
    (2, ("rude",), "unknown_reason"),
    (3, ("long_wait",), "reasons_for_low_scores_only"),
    (5, ("other",), "reasons_for_low_scores_only"),
])
def test_what_cannot_be_a_rating_is_refused_with_a_code(score, reasons, code):
    with pytest.raises(QueueError) as refused:
        check(score, reasons)
    assert refused.value.code == code


@pytest.mark.parametrize("state, ratable", [(TicketState.DONE, True), (TicketState.TRANSFERRED, True),
                                            (TicketState.WAITING, False), (TicketState.SERVING, False),
                                            (TicketState.NO_SHOW, False), (TicketState.CANCELLED, False)])
def test_only_a_served_visit_that_is_over_can_be_rated(state, ratable):
    ticket = Ticket("A001", "A", DAY, "t", AT, state=state)
    if ratable:
        require_ratable(ticket)
    else:
        with pytest.raises(QueueError, match="only a served, finished visit"):
            require_ratable(ticket)


def test_evaluation_rate_is_rated_over_served_and_satisfaction_is_satisfied_over_rated():
    visits = [visit(i) for i in range(1, 11)]                  # ten served
    given = [rating(1, 5), rating(2, 4), rating(3, 3), rating(4, 2), rating(5, None)]   # four rated, one lapsed
    f = figures(visits, given)
    assert (f.served, f.rated, f.asked_not_rated, f.satisfied) == (10, 4, 1, 2)
    assert f.evaluation_rate == pytest.approx(0.4)
    assert f.satisfaction_rate == pytest.approx(0.5)
    assert dict(f.levels) == {5: 1, 4: 1, 3: 1, 2: 1, 1: 0}


def test_the_hall_decides_whether_basically_satisfied_counts():
    visits = [visit(1), visit(2)]
    given = [rating(1, 5), rating(2, 3)]
    assert figures(visits, given).satisfaction_rate == pytest.approx(0.5)
    assert figures(visits, given, basic_is_satisfied=True).satisfaction_rate == pytest.approx(1.0)


def test_no_denominator_no_figure():
    f = figures([], [])
    assert f.evaluation_rate is None and f.satisfaction_rate is None
    assert figures([visit(1)], []).satisfaction_rate is None
    assert f.to_dict()["evaluation_rate"] is None      # JSON null, never NaN


def test_a_rating_of_a_visit_not_among_them_is_not_counted():
    assert figures([visit(1)], [rating(1, 5), rating(99, 1)]).rated == 1


def test_figures_per_teller_counter_service_and_day():
    visits = [visit(1, "li", 3, "A"), visit(2, "li", 3, "B"), visit(3, "wang", 5, "A", date(2026, 11, 24))]
    given = [rating(1, 5), rating(3, 1, "wang", 5)]
    by_teller = figures_by("teller", visits, given)
    assert {k: (f.served, f.rated, f.satisfied) for k, f in by_teller.items()} == {"li": (2, 1, 1), "wang": (1, 1, 0)}
    assert set(figures_by("counter", visits, given)) == {3, 5}
    assert {k: f.served for k, f in figures_by("service", visits, given).items()} == {"A": 2, "B": 1}
    assert set(figures_by("day", visits, given)) == {DAY, date(2026, 11, 24)}
    with pytest.raises(QueueError):
        figures_by("weekday", visits, given)


@given(st.lists(st.one_of(st.none(), st.integers(1, 5), st.just(0)), max_size=40), st.booleans())
def test_figures_stay_within_their_bounds(scores, basic):
    """0 stands for a visit nobody was asked about; None for one asked and not rated."""
    visits = [visit(i) for i in range(len(scores))]
    given = [rating(i, s) for i, s in enumerate(scores) if s != 0]
    f = figures(visits, given, basic)
    assert f.satisfied <= f.rated <= f.served == len(scores)
    assert f.rated + f.asked_not_rated <= f.served
    for rate in (f.evaluation_rate, f.satisfaction_rate):
        assert rate is None or 0.0 <= rate <= 1.0


def test_reason_codes_are_the_five_of_the_issue():
    assert REASONS == ("long_wait", "attitude", "not_proficient", "complicated", "other")
