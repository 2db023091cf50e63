"""What the demo tells on its console: a line per event, as it happens, and a summary
of the session at the end."""
from __future__ import annotations

from dataclasses import dataclass, field
from statistics import fmean

from queuedesk.domain import events


def line(e: events.Event) -> str:
    """One event as one line: time, what, ticket, where."""
    where = f"counter {e.counter}" if e.counter is not None else ""
    detail = ""
    if isinstance(e, events.TicketIssued):
        detail = f"{e.priority}, {e.position} ahead, about {e.estimated_wait_min:.0f} min"
    elif isinstance(e, events.TicketCalled):
        detail = f"waited {e.waited_min:.1f} min"
    elif isinstance(e, events.TicketFinished) and e.service_min is not None:
        detail = f"served {e.service_min:.1f} min"
    elif isinstance(e, events.TicketTransferred):
        detail = f"to {e.to_service}"
    return " ".join(part for part in (f"{e.at:%H:%M:%S}", f"{e.type:<17}", f"{e.ticket_number or '':<6}",
                                      f"{where:<10}", detail) if part is not None).rstrip()


@dataclass
class Tally:
    arrivals: int = 0
    calls: int = 0
    recalls: int = 0
    served: int = 0
    no_shows: int = 0
    transfers: int = 0
    waits: list[float] = field(default_factory=list)
    services: list[float] = field(default_factory=list)

    def add(self, e: events.Event) -> None:
        if isinstance(e, events.TicketIssued):
            self.arrivals += 1
        elif isinstance(e, events.TicketCalled):
            self.calls += 1
            self.waits.append(e.waited_min)
        elif isinstance(e, events.TicketRecalled):
            self.recalls += 1
        elif isinstance(e, events.TicketFinished):
            self.served += 1
            if e.service_min is not None:
                self.services.append(e.service_min)
        elif isinstance(e, events.TicketNoShow):
            self.no_shows += 1
        elif isinstance(e, events.TicketTransferred):
            self.transfers += 1

    def summary(self) -> str:
        mean_wait = f"{fmean(self.waits):.1f} min" if self.waits else "—"
        longest = f"{max(self.waits):.1f} min" if self.waits else "—"
        mean_service = f"{fmean(self.services):.1f} min" if self.services else "—"
        return (f"summary: {self.arrivals} arrived, {self.calls} called ({self.recalls} recalls), "
                f"{self.served} served, {self.no_shows} no-shows, {self.transfers} transfers; "
                f"wait mean {mean_wait}, longest {longest}; service mean {mean_service}")
