"""A ticket's facts (operations.follow.TicketPage) as the lines its page shows, in one language.

Everything a customer reads is decided here, in Python, and tested without a browser;
the templates only place these lines.
"""
from __future__ import annotations

from dataclasses import dataclass

from queuedesk.domain.languages import LocalText
from queuedesk.operations.follow import CounterRef, TicketPage
from queuedesk.web.strings import Words
from queuedesk.wording import phrases
from queuedesk.wording import ratings as rating_words

#: States in which the customer still waits for their turn (the alert and notices apply).
STILL_WAITING = ("waiting", "parked")
ENDED = ("no_show", "cancelled", "expired")


@dataclass(frozen=True)
class TicketView:
    state: str
    number: str
    service_name: str
    ahead: int | None
    ahead_text: str                # the big figure: "3", or "You are next"
    wait_text: str                 # "about 8–14 min"
    counters_text: str             # "Counter 1, Counter 2", or that none is open
    banner: str                    # "Please go to Counter 3" when called
    banner_other: str              # the same, small, in the second language
    recall_text: str
    message: str                   # serving, parked, done, or why the ticket ended
    note: str                      # a transfer
    alert: str                     # changes each time the customer is called: the script alerts then
    rating_offered: bool = False   # served and over, not rated yet: the five levels
    rated_text: str = ""           # "Rated: Satisfied" once it is
    rated_reasons: str = ""


def counter_name(ref: CounterRef | None, lang: str) -> str:
    if ref is None:
        return ""
    return phrases.counter(ref.number, lang, LocalText(ref.names))


def ticket_view(page: TicketPage, words: Words) -> TicketView:
    lang = words.lang
    where = counter_name(page.counter, lang)
    ahead_text = wait_text = counters_text = banner = banner_other = recall_text = message = note = ""
    alert = ""
    if page.state == "waiting":
        ahead_text = str(page.ahead) if page.ahead else words.you_are_next
        wait_text = phrases.wait(page.wait, lang)
        names = [counter_name(ref, lang) for ref in page.counters]
        counters_text = words.list_separator.join(names) if names else words.no_counter_open
        if page.to_counter is not None:
            note = words.transferred_to_counter.format(counter_name(page.counters[0], lang)
                                                       if page.counters else str(page.to_counter))
        elif page.transferred_from:
            note = words.transferred_here
    elif page.state == "called":
        banner = words.go_to.format(where)
        banner_other = words.other.go_to.format(counter_name(page.counter, words.other.lang))
        if page.recalls:
            recall_text = words.called_again.format(page.recalls + 1)
        alert = f"{page.leg}-{page.counter.number if page.counter else ''}-{page.recalls}"
    elif page.state == "serving":
        message = words.being_served.format(where)
    elif page.state == "parked":
        message = words.parked.format(where)
    elif page.state == "done":
        message = words.done
    else:
        message = {"no_show": words.no_show, "cancelled": words.cancelled}.get(page.state, words.expired)
    rating_offered = page.ratable
    rated_text = rated_reasons = ""
    if page.state == "done" and page.rating is not None:
        rated_text = words.rated.format(rating_words.level(page.rating.score, lang))
        rated_reasons = words.list_separator.join(rating_words.reason(r, lang) for r in page.rating.reasons)
    return TicketView(state=page.state, number=page.number,
                      service_name=LocalText(page.service_names).text(lang) or page.service,
                      ahead=page.ahead, ahead_text=ahead_text, wait_text=wait_text, counters_text=counters_text,
                      banner=banner, banner_other=banner_other if banner_other != banner else "",
                      recall_text=recall_text, message=message, note=note, alert=alert,
                      rating_offered=rating_offered, rated_text=rated_text, rated_reasons=rated_reasons)
