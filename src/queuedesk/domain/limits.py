"""What a value the hall keeps may be: the one place its bounds are written.

Every use case checks what it is given here, so SQLite (which stores anything) and
PostgreSQL (which refuses with a driver error) behave alike, and a refusal names the
field and what is allowed: "counter number must be a whole number from 1 to 9999, not
0". The CLI bounds its arguments with the same limits.
"""
from __future__ import annotations

import math
import re
import unicodedata

from queuedesk.domain.errors import QueueError

CODE_MAX = 16           # a service code: "A", "VIP", "LOAN2"
PREFIX_MAX = 8          # the letters before a ticket number
NAME_MAX = 60           # a service's or counter's name, in one language
HALL_TEXT_MAX = 300     # the branch name, the lobby notice, the ticket footer
NOTE_MAX = 200          # a transfer note, a pause reason, a complaint line
KEY_MAX = 100           # an idempotency key
USER_MAX = 64           # a staff user name
COUNTER_MAX = 9999
WIDTH_RANGE = (1, 6)            # digits of a ticket number
CAP_RANGE = (1, 100_000)        # tickets of one service in one day
MINUTES_RANGE = (0.1, 24 * 60)  # target, maximum and expected minutes
ID_MAX = 2 ** 62                # ids (events, complaints) both databases can hold


class InvalidValue(QueueError):
    """A value outside what the hall accepts: says which field and what is allowed."""

    code = "invalid_value"

    def __init__(self, field: str, allowed: str, value):
        shown = value if not isinstance(value, str) or len(value) <= 40 else value[:37] + "…"
        super().__init__(f"{field} must be {allowed}, not {shown!r}", field=field, allowed=allowed)


def whole(value, field: str, lo: int, hi: int) -> int:
    """A whole number from lo to hi."""
    allowed = f"a whole number from {lo} to {hi}"
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            if isinstance(value, float) and not value.is_integer():
                raise ValueError
            value = int(value)
        except (TypeError, ValueError, OverflowError):
            raise InvalidValue(field, allowed, value) from None
    if not lo <= value <= hi:
        raise InvalidValue(field, allowed, value)
    return value


def minutes(value, field: str, lo: float = MINUTES_RANGE[0], hi: float = MINUTES_RANGE[1]) -> float:
    """A finite number of minutes from lo to hi."""
    allowed = f"a number of minutes from {lo:g} to {hi:g}"
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InvalidValue(field, allowed, value) from None
    if not math.isfinite(number) or not lo <= number <= hi:
        raise InvalidValue(field, allowed, value)
    return number


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch).startswith("C") for ch in text)


def text(value, field: str, longest: int, *, empty: bool = False) -> str:
    """One line of text, at most `longest` characters, no control characters (a newline
    in a name would break every screen and report it appears on)."""
    allowed = f"{'up to' if empty else '1 to'} {longest} characters on one line"
    if not isinstance(value, str):
        raise InvalidValue(field, allowed, value)
    value = value.strip()
    if (not value and not empty) or len(value) > longest or _has_control(value):
        raise InvalidValue(field, allowed, value)
    return value


_CODE = re.compile(r"[A-Z0-9]+")


def code(value, field: str = "service code", longest: int = CODE_MAX) -> str:
    """Letters A–Z and digits (a customer hears them called): upper-cased."""
    allowed = f"1 to {longest} letters A-Z or digits"
    if not isinstance(value, str):
        raise InvalidValue(field, allowed, value)
    value = value.strip().upper()
    if not value.isascii() or not _CODE.fullmatch(value) or len(value) > longest:
        raise InvalidValue(field, allowed, value)
    return value


def prefix(value) -> str:
    return code(value, "ticket prefix", PREFIX_MAX)


def counter_number(value, field: str = "counter number") -> int:
    return whole(value, field, 1, COUNTER_MAX)


def services(codes, field: str = "services") -> list[str]:
    """A counter's services: at least one, none twice, in its order of preference."""
    checked = [code(c) for c in codes if isinstance(c, str) and c.strip()]
    if not checked:
        raise InvalidValue(field, "at least one service code", ",".join(map(str, codes)))
    repeated = sorted({c for c in checked if checked.count(c) > 1})
    if repeated:
        raise InvalidValue(field, "service codes without repeats", ",".join(checked))
    return checked


_KEY = re.compile(r"[\x21-\x7e]+")


def request_key(value) -> str:
    """An idempotency key: printable ASCII without spaces (uuids, script-made ids)."""
    allowed = f"1 to {KEY_MAX} printable ASCII characters without spaces"
    if not isinstance(value, str) or not _KEY.fullmatch(value) or len(value) > KEY_MAX:
        raise InvalidValue("request key", allowed, value)
    return value


def user(value) -> str:
    """A staff user name: what they type to sign in."""
    allowed = f"1 to {USER_MAX} letters, digits, '.', '_' or '-'"
    if not isinstance(value, str):
        raise InvalidValue("user name", allowed, value)
    value = value.strip()
    if not value or len(value) > USER_MAX or not re.fullmatch(r"[\w.\-]+", value):
        raise InvalidValue("user name", allowed, value)
    return value


def local_texts(texts, field: str, longest: int = NAME_MAX):
    """A text in several languages (LocalText): each one checked as `text`."""
    from queuedesk.domain.languages import LocalText

    return LocalText({lang: text(value, f"{field} ({lang})", longest) for lang, value in texts.items()})
