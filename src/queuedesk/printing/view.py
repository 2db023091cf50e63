"""What a ticket says, ready to print: plain data, no engine or Qt types."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping


@dataclass(frozen=True)
class TicketView:
    branch_name: str
    branch_name_en: str
    number: str                 # "A012"
    service_zh: str
    service_en: str
    priority: str               # "normal", "priority", "vip", "appointment", "emergency"
    issued_at: datetime         # aware; printed as is, so give it in the hall's time zone
    ahead: int                  # people ahead in the queue
    estimated_wait_min: float
    qr_url: str                 # empty: no QR code
    footer: str

    @classmethod
    def from_ticket(cls, ticket: Mapping[str, Any], config) -> "TicketView":
        """Build from the engine's ticket JSON and this machine's settings.

        The engine stores UTC; the customer reads the hall's wall clock.
        """
        issued = datetime.fromisoformat(ticket["issued_at"])
        if issued.tzinfo is None:  # the engine always sends an offset; be safe if not
            raise ValueError(f"ticket {ticket['number']}: issued_at has no UTC offset")
        base_url = config["printer.base_url"]
        token = ticket.get("token") or ""
        return cls(
            branch_name=config["hall.branch_name"],
            branch_name_en=config["hall.branch_name_en"],
            number=ticket["number"],
            service_zh=ticket["service_name_zh"],
            service_en=ticket["service_name_en"],
            priority=ticket.get("priority") or "normal",
            issued_at=issued.astimezone(config.timezone),
            ahead=int(ticket.get("position") or 0),
            estimated_wait_min=float(ticket.get("estimated_wait_min") or 0.0),
            qr_url=base_url + token if base_url and token else "",
            footer=config["printer.footer"],
        )
