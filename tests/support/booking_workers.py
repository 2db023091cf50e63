"""Worker processes for the booking race: each its own connection, as separate booking
desks or phone lines would be."""
from __future__ import annotations

from datetime import datetime


def book_once(url: str, code: str, slot_iso: str, now_iso: str, start, out) -> None:
    from queuedesk.config import Config
    from queuedesk.domain.errors import QueueError
    from queuedesk.operations import appointments
    from queuedesk.operations.hall import Hall
    from queuedesk.store.database import Database

    now = datetime.fromisoformat(now_iso)
    hall = Hall(Database(url), Config(), clock=lambda: now)
    start.wait()
    try:
        out.put(("booked", appointments.book(hall, code, datetime.fromisoformat(slot_iso)).code))
    except QueueError as exc:
        out.put(("refused", exc.code))
