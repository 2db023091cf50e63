"""What the screen needs at start-up, read in one go on a worker thread.

The event id is read first: everything after it comes through the live feed, so a call
committed while the snapshot is read is shown (and announced) once, by the feed, and
nothing before it is announced again after a restart.
"""
from __future__ import annotations

from dataclasses import dataclass

from queuedesk.display.state import CALL_TYPES
from queuedesk.operations import queries
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import ServiceStatus
from queuedesk.store.events import Event, last_event_id, read_events

CHUNK = 500           # call events read per step, newest first
MAX_SCAN = 10_000     # a very busy day's calls; older ones are not worth a slow start


@dataclass(frozen=True)
class Snapshot:
    last_id: int
    current: list[tuple[int, str]]         # (counter, ticket number) with a call in progress
    services: list[ServiceStatus]          # enabled business types, in the engine's order
    calls: list[Event]                     # today's call events up to last_id, oldest first


def load(hall: Hall, recent: int) -> Snapshot:
    last_id = last_event_id(hall.db)
    counters = queries.counters_status(hall)
    services = [s for s in queries.services_status(hall) if s.enabled]
    current = [(c.number, c.current) for c in counters if c.current]
    calls = todays_calls(hall, last_id, want=max(recent, 1), current=current)
    return Snapshot(last_id, current, services, calls)


def todays_calls(hall: Hall, last_id: int, want: int, current: list[tuple[int, str]]) -> list[Event]:
    """The day's call events, oldest first: read backwards from `last_id` until there are
    `want` of them and the call of every current ticket is found, or the day began."""
    today = hall.today()
    needed = {(number, counter) for counter, number in current}
    found: list[Event] = []
    before = last_id + 1
    while len(found) < MAX_SCAN:
        batch = read_events(hall.db, before=before, types=CALL_TYPES, limit=CHUNK, newest_first=True)
        for event in batch:
            if hall.today(event.at) != today:
                found.reverse()
                return found
            if event.ticket_number:
                found.append(event)
                needed.discard((event.ticket_number, event.counter))
        if len(batch) < CHUNK or (len(found) >= want and not needed):
            break
        before = batch[-1].id
    found.reverse()
    return found
