"""The rating screen end to end on a real hall (SQLite and PostgreSQL): what the customer
sees, what they touch, and what the hall records."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt

from queuedesk.domain import events
from queuedesk.operations import calling, counter_actions, counters, ratings, tickets
from queuedesk.rate.state import Page
from queuedesk.store.database import DatabaseError
from queuedesk.store.event_log import read_events

from .conftest import WAIT_MS


def serve(hall, counter=1, code="A", staff="li"):
    """A customer called and served at `counter`, left for the teller to finish."""
    tickets.issue_ticket(hall, code)
    return calling.call_next(hall, counter, staff=staff)


def wait_for_page(qtbot, screen, page: Page, timeout=WAIT_MS):
    qtbot.waitUntil(lambda: screen.page is page, timeout=timeout)


def recorded(hall, counter=1):
    return [(r.ticket, r.score, tuple(r.reasons), r.channel) for r in ratings.ratings_on(hall, counter=counter)]


def tap(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_idle_shows_the_counter_and_its_teller_live(qtbot, hall, make_screen):
    screen = make_screen(hall)
    assert screen.page is Page.IDLE
    assert screen.idle.counter.text == "Counter 1"
    assert screen.idle.greeting.text == "Not serving at the moment" and not screen.idle.teller.isVisible()
    counters.sign_in(hall, "li", "123456", 1)
    qtbot.waitUntil(lambda: screen.idle.teller.text == "李娜", timeout=WAIT_MS)
    assert screen.idle.staff_number.text == "Staff no. T001"
    assert screen.idle.greeting.text == "At your service"
    counters.sign_out(hall, "li", 1)
    qtbot.waitUntil(lambda: screen.idle.greeting.text == "Not serving at the moment", timeout=WAIT_MS)
    assert screen.idle.teller.text == "" and not screen.idle.teller.isVisible()


def test_a_visit_finished_as_the_screen_starts_is_asked_for_however_slow_its_feed(qtbot, hall, make_screen,
                                                                                  monkeypatch):
    """The screen is ready once it follows the log: a visit finished the moment it shows
    is asked for, even when its feed took its time to connect (it was missed before)."""
    import queuedesk.ui.feed

    class SlowFeed(queuedesk.ui.feed.EventFeed):
        def __init__(self, *args, **kw):
            time.sleep(0.5)
            super().__init__(*args, **kw)

    monkeypatch.setattr(queuedesk.ui.feed, "EventFeed", SlowFeed)
    counters.sign_in(hall, "li", "123456", 1)
    screen = make_screen(hall)
    visit = serve(hall)
    calling.finish(hall, 1, staff="li")
    wait_for_page(qtbot, screen, Page.ASK)
    assert screen.header.ticket.text == f"Ticket {visit.number}"


def test_asks_when_its_counter_finishes_and_records_the_level_and_reasons(qtbot, hall, make_screen):
    counters.sign_in(hall, "li", "123456", 1)
    counters.sign_in(hall, "wang", "123456", 2)
    screen = make_screen(hall, rating__thanks_seconds=1)
    serve(hall, counter=2, staff="wang")
    calling.finish(hall, 2, staff="wang")             # another counter's customer: not ours to ask
    mine = serve(hall, counter=1)
    qtbot.wait(300)
    assert screen.page is Page.IDLE
    calling.finish(hall, 1, staff="li")
    wait_for_page(qtbot, screen, Page.ASK)
    assert screen.header.ticket.text == f"Ticket {mine.number}"
    assert "李娜" in screen.header.who.text and "T001" in screen.header.who.text
    tap(qtbot, screen.ask.buttons[1])                  # very dissatisfied
    assert screen.page is Page.REASONS
    for code in ("long_wait", "complicated"):
        tap(qtbot, screen.reasons.buttons[code])
    assert screen.reasons.buttons["long_wait"].isChecked()
    tap(qtbot, screen.reasons.submit_button)
    assert screen.page is Page.THANKS
    qtbot.waitUntil(lambda: recorded(hall) == [(mine.number, 1, ("long_wait", "complicated"), "screen")],
                    timeout=WAIT_MS)
    wait_for_page(qtbot, screen, Page.IDLE, timeout=3000)   # thanks said, back to the counter
    given = [e for e in read_events(hall.db) if isinstance(e, events.RatingGiven)]
    assert [(e.ticket_number, e.counter, e.staff, e.channel) for e in given] == [(mine.number, 1, "li", "screen")]


def test_a_good_level_is_recorded_at_once(qtbot, hall, make_screen):
    counters.sign_in(hall, "li", "123456", 1)
    screen = make_screen(hall, lang="zh_CN")
    visit = serve(hall)
    calling.finish(hall, 1, staff="li")
    wait_for_page(qtbot, screen, Page.ASK)
    assert screen.ask.buttons[5].first == "非常满意" and screen.ask.buttons[5].second == "Very satisfied"
    tap(qtbot, screen.ask.buttons[5])
    assert screen.page is Page.THANKS and screen.thanks.chosen.text == "您的评价：非常满意"
    qtbot.waitUntil(lambda: recorded(hall) == [(visit.number, 5, (), "screen")], timeout=WAIT_MS)


def test_no_touch_times_out_to_not_rated(qtbot, hall, make_screen):
    counters.sign_in(hall, "li", "123456", 1)
    screen = make_screen(hall, timeout_s=1)
    visit = serve(hall)
    calling.finish(hall, 1, staff="li")
    wait_for_page(qtbot, screen, Page.ASK)
    assert screen.ask.countdown.text == "Closes in 1 s"
    wait_for_page(qtbot, screen, Page.IDLE, timeout=4000)
    qtbot.waitUntil(lambda: recorded(hall) == [(visit.number, None, (), "screen")], timeout=WAIT_MS)
    assert [type(e) for e in read_events(hall.db) if isinstance(e, events.RATINGS)] == [events.RatingNotGiven]
    figures = ratings.day_figures(hall)
    assert (figures.served, figures.rated, figures.asked_not_rated) == (1, 0, 1)


def test_the_teller_asks_again_and_the_customer_rates(qtbot, hall, make_screen):
    counters.sign_in(hall, "li", "123456", 1)
    screen = make_screen(hall, timeout_s=1)
    visit = serve(hall)
    calling.finish(hall, 1, staff="li")
    wait_for_page(qtbot, screen, Page.ASK)
    wait_for_page(qtbot, screen, Page.IDLE, timeout=4000)       # walked off without touching
    qtbot.waitUntil(lambda: recorded(hall) == [(visit.number, None, (), "screen")], timeout=WAIT_MS)
    screen.timeout_ms = 30_000
    counter_actions.perform(hall, "ask_rating", 1, staff="li")    # 请评价
    wait_for_page(qtbot, screen, Page.ASK)
    tap(qtbot, screen.ask.buttons[4])
    qtbot.waitUntil(lambda: recorded(hall) == [(visit.number, 4, (), "screen")], timeout=WAIT_MS)


def test_a_transferred_customer_is_asked_at_the_counter_that_served_them(qtbot, hall, make_screen):
    counters.sign_in(hall, "li", "123456", 1)
    counters.sign_in(hall, "wang", "123456", 2)
    first = make_screen(hall, counter=1)
    second = make_screen(hall, counter=2)
    visit = serve(hall)
    calling.transfer(hall, 1, to_counter=2, staff="li")
    wait_for_page(qtbot, first, Page.ASK)
    assert second.page is Page.IDLE
    tap(qtbot, first.ask.buttons[4])
    calling.call_next(hall, 2, staff="wang")
    calling.finish(hall, 2, staff="wang")
    wait_for_page(qtbot, second, Page.ASK)
    tap(qtbot, second.ask.buttons[5])
    qtbot.waitUntil(lambda: recorded(hall, 1) == [(visit.number, 4, (), "screen")]
                    and recorded(hall, 2) == [(visit.number, 5, (), "screen")], timeout=WAIT_MS)


def test_rated_through_another_channel_the_screen_stops_asking(qtbot, hall, make_screen):
    counters.sign_in(hall, "li", "123456", 1)
    screen = make_screen(hall)
    visit = serve(hall)
    calling.finish(hall, 1, staff="li")
    wait_for_page(qtbot, screen, Page.ASK)
    ratings.rate_ticket(hall, visit.number, 3, channel="keypad")
    wait_for_page(qtbot, screen, Page.IDLE)
    assert recorded(hall) == [(visit.number, 3, (), "keypad")]


def test_the_next_finish_ends_the_asking_as_not_rated(qtbot, hall, make_screen):
    counters.sign_in(hall, "li", "123456", 1)
    screen = make_screen(hall)
    first = serve(hall)
    calling.finish(hall, 1, staff="li")
    wait_for_page(qtbot, screen, Page.ASK)
    second = serve(hall)
    calling.finish(hall, 1, staff="li")
    qtbot.waitUntil(lambda: screen.header.ticket.text == f"Ticket {second.number}", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: recorded(hall) == [(first.number, None, (), "screen")], timeout=WAIT_MS)


def test_a_touch_whose_answer_was_lost_is_sent_again_with_its_key(qtbot, hall, make_screen, monkeypatch):
    """The database went away after committing the rating: the screen sends it again when
    the database is back, with the same key, so it is counted once."""
    counters.sign_in(hall, "li", "123456", 1)
    screen = make_screen(hall)
    visit = serve(hall)
    calling.finish(hall, 1, staff="li")
    wait_for_page(qtbot, screen, Page.ASK)
    real, keys = ratings.rate_visit, []

    def answer_lost_once(*args, **kw):
        keys.append(kw["key"])
        result = real(*args, **kw)
        if len(keys) == 1:
            raise DatabaseError("database connection lost: server closed the connection unexpectedly")
        return result

    monkeypatch.setattr(ratings, "rate_visit", answer_lost_once)
    tap(qtbot, screen.ask.buttons[5])
    assert screen.page is Page.THANKS            # the customer is thanked whatever the line does
    qtbot.waitUntil(lambda: len(keys) == 2, timeout=WAIT_MS)
    assert keys[0] == keys[1]
    assert recorded(hall) == [(visit.number, 5, (), "screen")]
    assert len([e for e in read_events(hall.db) if isinstance(e, events.RatingGiven)]) == 1
