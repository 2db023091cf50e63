"""Worker processes for the concurrency tests: each opens its own database connection,
as a separate kiosk or counter would."""
from __future__ import annotations

import time

from queuedesk.config import Config
from queuedesk.operations import calling, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store.database import Database


def issue_many(url: str, code: str, count: int, start, out, pause: float = 0.0) -> None:
    """`pause`: up to this many seconds between tickets (a kiosk is not a tight loop; three
    back-to-back writers can starve each other of SQLite's lock past its busy timeout)."""
    import random

    rng = random.Random()
    hall = Hall(Database(url), Config())
    start.wait()
    issued = []
    for _ in range(count):
        issued.append(tickets.issue_ticket(hall, code).id)
        if pause:
            time.sleep(rng.uniform(0, pause))
    out.put(("issued", issued))


def call_until_empty(url: str, counter: int, start, issuers_done, out) -> None:
    # Call after call, nobody served: each one called is taken as a no-show.
    hall = Hall(Database(url), Config({"hall.call_next_on_called": "no_show"}))
    start.wait()
    got, empty_after_done = [], 0
    while empty_after_done < 3:
        info = calling.call_next(hall, counter)
        if info is None:
            if issuers_done.is_set():
                empty_after_done += 1
            time.sleep(0.01)   # a teller glances at the screen before pressing again
        else:
            got.append(info.id)
    out.put(("called", got))


def issue_forever(url: str, code: str, started) -> None:
    """Issue tickets until killed: the test kills this process mid-transaction."""
    hall = Hall(Database(url), Config())
    tickets.issue_ticket(hall, code)
    started.set()
    while True:
        tickets.issue_ticket(hall, code)
