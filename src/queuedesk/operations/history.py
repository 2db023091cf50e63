"""What the hall's own past says about its customers: when they came, per business type
and hour, and how long their services took. Read only; what `queuedesk simulate
--from-log` and `queuedesk plan --from-log` learn from."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from queuedesk.domain import figures
from queuedesk.domain.access import Permission
from queuedesk.domain.model import TicketState
from queuedesk.operations.hall import Hall, needs

#: How far back to look for the business days asked for (closed days have no tickets).
LOOK_BACK_FACTOR = 4
LOOK_BACK_EXTRA = 14


@dataclass(frozen=True)
class History:
    days: tuple[date, ...]                         # the business days read, newest first
    arrivals: dict[tuple[str, int], int]           # (service, local hour joined) → customers, all days
    service_minutes: dict[str, list[float]]        # service → every service time served

    def per_hour(self) -> dict[tuple[str, int], float]:
        """Customers an hour, per business type and hour, on an average one of the days."""
        return {key: count / len(self.days) for key, count in self.arrivals.items()} if self.days else {}


@needs(Permission.READ_REPORTS)
def history(hall: Hall, days: int) -> History:
    """The last `days` business days before today that had customers."""
    tz = hall.config.timezone
    today = hall.today()
    found: list[date] = []
    arrivals: dict[tuple[str, int], int] = {}
    minutes: dict[str, list[float]] = {}
    with hall.read() as uow:
        for back in range(1, days * LOOK_BACK_FACTOR + LOOK_BACK_EXTRA + 1):
            if len(found) >= days:
                break
            day = today - timedelta(days=back)
            legs = uow.tickets.in_states(*TicketState, day=day)
            if not any(figures.is_arrival(t) for t in legs):
                continue
            found.append(day)
            for t in legs:
                if figures.is_arrival(t):
                    key = (t.service, figures.local_hour(figures.queue_start(t), tz))
                    arrivals[key] = arrivals.get(key, 0) + 1
                served = figures.service_ms(t)
                if served is not None:
                    minutes.setdefault(t.service, []).append(served / figures.MINUTE_MS)
    return History(tuple(found), arrivals, minutes)
