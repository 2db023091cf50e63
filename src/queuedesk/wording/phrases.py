"""Phrases more than one client says, worded once: the kiosk's buttons, the ticket, the
desk and (later) reports and the web page all say a wait or a counter the same way."""
from __future__ import annotations

from collections.abc import Mapping

from queuedesk.domain.estimate import NO_COUNTER, NO_WAIT, WaitEstimate
from queuedesk.domain.languages import LocalText
from queuedesk.wording.catalog import Catalog

CONTEXT = "Wording"


# Ranges ending past this many minutes are said in whole hours. (Not "#:": lupdate would
# take it for a note to the translators.)
HOURS_AFTER_MIN = 120


def wait(promise: WaitEstimate | Mapping | None, lang: str) -> str:
    """The promise to a waiting customer (domain.estimate), said alike on the ticket, the
    kiosk, the phone page and the desk: "约 8–14 分钟", "无需等候", or "暂无窗口办理"
    when no open counter serves them."""
    if promise is not None and not isinstance(promise, WaitEstimate):
        promise = WaitEstimate.from_dict(promise)
    words = Catalog(lang)
    if promise is None or promise.kind == NO_WAIT:
        return words.translate("Wording", "No wait")
    if promise.kind == NO_COUNTER:
        return words.translate("Wording", "No counter open now")
    low, high = promise.low, promise.high
    if high > HOURS_AFTER_MIN:
        # The start to the nearest hour: 41–151 minutes is "about 1–3 h", not "within 3 h".
        low, high = int(low / 60 + 0.5), -(-high // 60)
        if low < 1:
            return words.translate("Wording", "within {0} h").format(high)
        return words.translate("Wording", "about {0}–{1} h").format(low, high)
    if low < 1:
        return words.translate("Wording", "within {0} min").format(high)
    return words.translate("Wording", "about {0}–{1} min").format(low, high)


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


def pause_reason(reason: str | None, lang: str) -> str:
    """Why a counter is paused, as stored (one of the desk's reasons, or "other: free
    text"), said alike on the desk and the manager's console; "" for none."""
    if not reason:
        return ""
    words = Catalog(lang)
    names = {
        "break": words.translate("Wording", "Break"),
        "meeting": words.translate("Wording", "Meeting"),
        "system down": words.translate("Wording", "System down"),
        "other": words.translate("Wording", "Other"),
    }
    code, _, detail = reason.partition(":")
    if code.strip() in names and detail.strip():
        return words.translate("Wording", "{0}: {1}").format(names[code.strip()], detail.strip())
    return names.get(reason.strip(), reason)


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
