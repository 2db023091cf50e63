"""Values from outside (a script, a keypad's bridge) checked before they reach SQL, so
SQLite (which stores anything) and PostgreSQL (which refuses with a driver error) answer
alike: with the refusal a user understands. Used by the ratings and complaints use cases.
"""
from __future__ import annotations

from queuedesk.domain.errors import QueueError, UnknownCounter, UnknownStaff, UnknownTicket

COUNTER_MAX = 9999
ID_MAX = 2 ** 62          # ids both databases hold
KEY_MAX = 100             # the requests table's key
NUMBER_MAX = 16           # a ticket number, as the tickets table keeps it
USER_MAX = 64


def _printable(text: str) -> bool:
    return text.isprintable()


def counter(number: int) -> int:
    if not isinstance(number, int) or not 1 <= number <= COUNTER_MAX:
        raise UnknownCounter(number)
    return number


def record_id(value: int, what: str) -> int:
    if not isinstance(value, int) or not 1 <= value <= ID_MAX:
        raise QueueError(f"no {what} {value}", f"unknown_{what}", **{what: value})
    return value


def ticket_number(number: str) -> str:
    if not isinstance(number, str) or len(number.strip()) > NUMBER_MAX or not _printable(number):
        raise UnknownTicket(number)
    return number


def user(name: str | None) -> str | None:
    if name is not None and (len(name) > USER_MAX or not name.strip() or not _printable(name)):
        raise UnknownStaff(name)
    return name


def key(value: str | None) -> str | None:
    if value is not None and (not value or len(value) > KEY_MAX or not value.isascii() or not value.isprintable()
                              or " " in value):
        raise QueueError(f"request key must be 1 to {KEY_MAX} printable ASCII characters without spaces",
                         "invalid_key")
    return value
