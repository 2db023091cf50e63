"""The demo's customers and tellers, in real time (optionally sped up).

Arrivals follow the same Poisson stream as the simulated day; each listed counter is
worked by a simulated teller who calls next, serves for a random time and finishes.
The engine keeps its real clock, so the windows show real times; `speed` compresses the
customers' and tellers' behaviour (at speed 10 a 5-minute service takes 30 seconds).
"""
from __future__ import annotations

import heapq
import itertools
import random
import threading
import time

from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Channel
from queuedesk.operations import calling, queries, tickets
from queuedesk.operations.hall import Hall
from queuedesk.simulation import customers
from queuedesk.store.database import DatabaseError


def run_live(hall: Hall, counters: dict[int, str | None], per_hour: float, speed: float,
             stop: threading.Event, seed: int = 7, mix: dict[str, float] | None = None,
             hours: float = 12.0, log=print) -> None:
    """Until `stop` is set: customers arrive, and each counter (number → staff user signed
    in there, or None) serves them. Errors are logged in one line and the hall goes on."""
    rng = random.Random(seed)
    services = queries.services(hall)
    shares = {code: (mix or {}).get(code, 0.0 if mix else 1.0) for code in services}
    day = customers.arrivals(rng, customers.Profile.flat(per_hour, shares, 0.0, hours))
    times = customers.ServiceTimes({code: s.expected_service_min for code, s in services.items()})
    start = time.monotonic()
    agenda: list = []
    order = itertools.count()
    for a in day:
        heapq.heappush(agenda, (a.at_min, next(order), "arrive", a))
    for number in counters:   # tellers look at their queue within seconds, not minutes
        heapq.heappush(agenda, (rng.uniform(0.05, 0.2), next(order), "next", number))

    def minutes_now() -> float:
        return (time.monotonic() - start) * speed / 60

    while agenda and not stop.is_set():
        minute, _, kind, data = heapq.heappop(agenda)
        delay = (minute - minutes_now()) * 60 / speed
        if delay > 0 and stop.wait(delay):
            return
        try:
            if kind == "arrive":
                info = tickets.issue_ticket(hall, data.service, data.priority, Channel.KIOSK)
                log(f"arrive  {info.number} ({info.service}, {info.priority}) ahead {info.position}")
                continue
            staff = counters[data]
            info = calling.call_next(hall, data, staff=staff)
            if info is None:     # nobody waiting: look again shortly
                heapq.heappush(agenda, (minutes_now() + 0.1, next(order), "next", data))
                continue
            log(f"call    {info.number} → counter {data}")
            calling.start_service(hall, data, staff=staff)   # the customer comes forward
            length = times.draw(rng, info.service)
            # "next" finishes the current customer first, so one event per service.
            heapq.heappush(agenda, (minutes_now() + length, next(order), "next", data))
        except (QueueError, DatabaseError) as exc:
            log(f"simulation: {exc}")
            if kind != "arrive":
                heapq.heappush(agenda, (minutes_now() + 1, next(order), "next", data))
