"""What the lobby screen needs at start-up, read in one go.

The event id is read first: everything after it comes through the live feed, so a call
committed while the snapshot is read is shown (and announced) once, by the feed, and
nothing before it is announced again after a restart.
"""
from __future__ import annotations

from dataclasses import dataclass

from queuedesk.domain.access import Permission
from queuedesk.domain.events import CALLS, Event
from queuedesk.operations import queries
from queuedesk.operations.hall import Hall, needs
from queuedesk.operations.info import ServiceStatus
from queuedesk.operations.texts import HallTexts, hall_texts

CHUNK = 50            # call events read per step, newest first: a day's last calls are few
                      # (a long history costs the start-up nothing beyond one step)
MAX_SCAN = 10_000     # a very busy day's calls; older ones are not worth a slow start


@dataclass(frozen=True)
class LobbySnapshot:
    last_id: int
    current: list[tuple[int, str]]         # (counter, ticket number) with a call in progress
    services: list[ServiceStatus]          # enabled business types, in the engine's order
    calls: list[Event]                     # today's call events up to last_id, oldest first
    counter_names: dict[int, dict[str, str]]   # counters with names of their own
    texts: HallTexts


@needs(Permission.VIEW)
def lobby_snapshot(hall: Hall, recent: int) -> LobbySnapshot:
    with hall.read() as uow:
        last_id = uow.events.last_id()
    counters = queries.counters_status(hall)
    services = [s for s in queries.services_status(hall) if s.enabled]
    current = [(c.number, c.current) for c in counters if c.current]
    calls = todays_calls(hall, last_id, want=max(recent, 1), current=current)
    return LobbySnapshot(last_id, current, services, calls, {c.number: c.names for c in counters if c.names},
                         hall_texts(hall))


@needs(Permission.VIEW)
def todays_calls(hall: Hall, last_id: int, want: int, current: list[tuple[int, str]]) -> list[Event]:
    """The day's call events, oldest first: read backwards from `last_id` until there are
    `want` of them and the call of every current ticket is found, or the day began."""
    today = hall.today()
    needed = {(number, counter) for counter, number in current}
    found: list[Event] = []
    before = last_id + 1
    while len(found) < MAX_SCAN:
        with hall.read() as uow:
            batch = uow.events.read(before=before, types=CALLS, limit=CHUNK, newest_first=True)
        for event in batch:
            if hall.today(event.at) != today:
                found.reverse()
                return found
            found.append(event)
            needed.discard((event.ticket_number, event.counter))
        if len(batch) < CHUNK or (len(found) >= want and not needed):
            break
        before = batch[-1].id
    found.reverse()
    return found


@dataclass(frozen=True)
class CounterSign:
    """What the small screen over one counter (窗口屏) shows."""

    last_id: int
    number: int
    names: dict[str, str]        # the counter's own names ({} : "3号窗口" in each language)
    state: str                   # open | paused | closed
    current: str | None          # the ticket called or being served there
    staff_number: str | None     # the teller's staff number (工号), never their name


@needs(Permission.VIEW)
def counter_sign(hall: Hall, number: int) -> CounterSign:
    with hall.read() as uow:
        last_id = uow.events.last_id()
        counter = uow.counters.get(number)
        current = uow.tickets.at_counter(number, hall.today())
        staff_number = None
        if counter.staff:
            staff_number = next((s.staff_number for s in uow.staff.all() if s.user == counter.staff), None)
    return CounterSign(last_id, number, dict(counter.names), counter.state.value,
                       current.number if current else None, staff_number)
