"""What a ticket says, ready to print: plain data, no engine or Qt types.

A ticket is printed in the hall's language, with a second language in smaller type
under the important lines (English beside Chinese, Chinese beside English).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping

from queuedesk.domain.estimate import NO_WAIT, WAIT, WaitEstimate
from queuedesk.domain.languages import LocalText, resolve, second_language


@dataclass(frozen=True)
class TicketView:
    langs: tuple[str, str | None]    # (the ticket's language, the second one or None)
    branch_name: str
    branch_name_second: str      # "" when there is none, or it would only repeat the first
    number: str                  # "A012"
    service_name: str
    service_name_second: str
    priority: str                # "normal", "priority", "vip", "appointment", "emergency"
    issued_at: datetime          # aware; printed as is, so give it in the hall's time zone
    ahead: int                   # people ahead in the queue
    estimated_wait_min: float
    qr_url: str                  # empty: no QR code
    footer: str                  # lines joined by " · "
    wait: WaitEstimate | None = None   # the promise shown (a range, no wait, no counter open)

    @classmethod
    def from_ticket(cls, ticket: Mapping[str, Any], config, *, lang: str | None = None,
                    branch_name: LocalText | None = None, footer: LocalText | None = None) -> "TicketView":
        """Build from the engine's ticket JSON and this machine's settings.

        `lang` defaults to the hall's language; `branch_name` and `footer` are the hall's
        texts (operations.hall_texts), else this machine's settings. The engine stores
        UTC; the customer reads the hall's wall clock.
        """
        issued = datetime.fromisoformat(ticket["issued_at"])
        if issued.tzinfo is None:  # the engine always sends an offset; be safe if not
            raise ValueError(f"ticket {ticket['number']}: issued_at has no UTC offset")
        first = resolve(lang or config["hall.language"])
        second = second_language(first)
        base_url = config["printer.base_url"]
        token = ticket.get("token") or ""
        branch = branch_name or LocalText({"zh_CN": config["hall.branch_name"], "en": config["hall.branch_name_en"]})
        service = LocalText(ticket.get("service_names") or {})
        return cls(
            langs=(first, second),
            branch_name=branch.text(first),
            branch_name_second=_second(branch, first, second),
            number=ticket["number"],
            service_name=service.text(first),
            service_name_second=_second(service, first, second),
            priority=ticket.get("priority") or "normal",
            issued_at=issued.astimezone(config.timezone),
            ahead=int(ticket.get("position") or 0),
            estimated_wait_min=float(ticket.get("estimated_wait_min") or 0.0),
            qr_url=base_url + token if base_url and token else "",
            footer=" · ".join(_lines(footer, first, second)) if footer else config["printer.footer"],
            wait=WaitEstimate.from_dict(ticket.get("wait")) or _legacy_wait(ticket.get("estimated_wait_min")),
        )


def _legacy_wait(minutes) -> WaitEstimate:
    """A ticket from an engine that sent only a number of minutes: a range around it."""
    minutes = float(minutes or 0.0)
    if minutes <= 0:
        return WaitEstimate(NO_WAIT, 0.0)
    return WaitEstimate(WAIT, minutes, math.floor(minutes), math.ceil(minutes) + 1)


def _second(texts: LocalText, first: str, second: str) -> str:
    """The second-language line: only a text really in that language, never a repeat."""
    text = texts.exact(second)
    return "" if not text or text == texts.text(first) else text


def _lines(texts: LocalText, first: str, second: str) -> list[str]:
    lines = [texts.text(first)]
    other = _second(texts, first, second)
    return lines + [other] if other else lines
