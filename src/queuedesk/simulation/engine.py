"""The simulated day on the real engine: the use cases on a database of its own (a
temporary SQLite file, or the one `--save` keeps), with a virtual clock.

Each simulated day is one business day of that database, pinned: the clock may run
past local midnight (a long day, or an overloaded one that takes all night to serve
its queue) and the tickets still belong to the day they were taken on, as they would
in a hall that stays open.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from queuedesk.domain.estimate import WaitEstimate
from queuedesk.domain.model import Channel, Priority, Ticket
from queuedesk.operations import calling, counters, queries, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.simulation.backend import Called, Issued
from queuedesk.simulation.layout import Layout
from queuedesk.store import migrate


@dataclass
class PinnedHall(Hall):
    """A hall whose business day is set, not read off the clock."""

    business_day: date | None = None

    def today(self, now: datetime | None = None) -> date:
        return self.business_day if self.business_day is not None else super().today(now)


def prepare(hall: Hall, layout: Layout) -> None:
    """Create the schema and the layout's hall in an empty database: a sample with its
    staff, texts and names, or a copy of a live hall's business types and counters; plus
    the universal counters the layout adds."""
    migrate.upgrade(hall.db)
    have: set[int] = set()
    if layout.sample:
        setup.load_sample(hall, layout.sample)
        have = {c.number for c in queries.counters_status(hall)}
    else:
        for service in layout.services.values():
            setup.add_service(hall, service)
    for counter in layout.counters:
        if counter.number not in have:
            setup.add_counter(hall, counter.number, list(counter.services), names=counter.names)


class EngineHall:
    def __init__(self, hall: PinnedHall):
        self.hall = hall

    def open(self, numbers: Sequence[int], tellers: Sequence[str | None] = ()) -> None:
        for i, number in enumerate(numbers):
            counters.open_counter(self.hall, number, staff=tellers[i] if i < len(tellers) else None)

    def close(self, numbers: Sequence[int]) -> None:
        for number in numbers:
            counters.close_counter(self.hall, number)

    def issue(self, code: str, priority: Priority) -> Issued:
        info = tickets.issue_ticket(self.hall, code, priority, Channel.KIOSK)
        return Issued(info.number, WaitEstimate.from_dict(info.wait))

    def call_next(self, number: int) -> Called | None:
        info = calling.call_next(self.hall, number)
        return Called(info.number, info.service) if info else None

    def start(self, number: int) -> None:
        calling.start_service(self.hall, number)

    def finish(self, number: int) -> None:
        calling.finish(self.hall, number)

    def no_show(self, number: int) -> None:
        calling.no_show(self.hall, number)

    def legs(self) -> list[Ticket]:
        return queries.day_legs(self.hall, self.hall.today())
