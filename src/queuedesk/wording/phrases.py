"""Phrases more than one client says, worded once: the kiosk's buttons, the ticket, the
desk and (later) reports and the web page all say a wait or a counter the same way."""
from __future__ import annotations

from queuedesk.domain.languages import LocalText
from queuedesk.wording.catalog import Catalog

CONTEXT = "Wording"


def wait(minutes: float, lang: str) -> str:
    """An estimate, so "about" and whole minutes; hours past the first hour."""
    words = Catalog(lang)
    if minutes < 1:
        return words.translate("Wording", "under 1 min")
    total = round(minutes)
    if total < 60:
        return words.translate("Wording", "about {0} min").format(total)
    hours, rest = divmod(total, 60)
    if not rest:
        return words.translate("Wording", "about {0} h").format(hours)
    return words.translate("Wording", "about {0} h {1} min").format(hours, rest)


def ahead(count: int, lang: str) -> str:
    """People ahead in the queue, as printed under "ahead of you" on a ticket."""
    words = Catalog(lang)
    if count <= 0:
        return words.translate("Wording", "you are next")
    return words.translate("Wording", "{0} ahead").format(count)


def counter(number: int, lang: str, names: LocalText | None = None) -> str:
    """A counter as the hall calls it: its own name if it has one, else "3号窗口"."""
    if names:
        return names.text(lang)
    return Catalog(lang).translate("Wording", "Counter {0}").format(number)


def priority(code: str, lang: str) -> str:
    """A ticket's priority class; "" for an ordinary ticket."""
    words = Catalog(lang)
    names = {
        "priority": words.translate("Wording", "Priority"),   # elderly, disabled, pregnant, military
        "vip": words.translate("Wording", "VIP"),
        "appointment": words.translate("Wording", "Appointment"),
        "emergency": words.translate("Wording", "Emergency"),
    }
    key = (code or "normal").lower()
    return "" if key == "normal" else names.get(key, key.upper())
