"""Events made by hand, as the event log would hand them back (through the catalogue)."""
from datetime import datetime

from queuedesk.domain.events import decode


def logged(type_: str, event_id: int, at: datetime, ticket_number: str | None = None, service: str | None = None,
           counter: int | None = None, staff: str | None = None, **payload):
    """A stored event of `type_`, decoded as every reader receives it."""
    envelope = {"id": event_id, "at": at, "ticket_id": event_id if ticket_number else None,
                "ticket_number": ticket_number, "service": service, "counter": counter, "staff": staff}
    return decode(type_, 1, envelope, payload)
