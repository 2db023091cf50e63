"""Words the kiosk shows for the engine's figures and refusals, through Qt's translations.

Looked up at call time, so a language switch takes effect on the next repaint. Service
names are data (one per language), never translations; the name in the customer's
language is shown large, the one in the second language small under it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from queuedesk.domain.languages import LocalText, second_language
from queuedesk.ui.language import current_language
from queuedesk.wording import phrases

# The engine's refusal kinds (domain.model.Refusal).
DISABLED, HOURS, FULL = "disabled", "hours", "cap"


class KioskTexts(QObject):
    def __init__(self, hall_language: str = "zh_CN", parent: QObject | None = None):
        super().__init__(parent)
        self.hall_language = hall_language   # the Chinese shown beside English

    def second_language(self) -> str:
        return second_language(current_language(), self.hall_language)

    def name(self, names: dict[str, str]) -> str:
        """A service's name in the interface language (or its fallback)."""
        return LocalText(names).text(current_language())

    def other_name(self, names: dict[str, str]) -> str:
        """The name in the second language, shown small so a foreign customer finds their
        way; "" when there is none or it would only repeat the first."""
        local = LocalText(names)
        other = local.exact(self.second_language())
        return other if other != local.text(current_language()) else ""

    def waiting(self, count: int) -> str:
        return self.tr("{0} waiting").format(count)

    def no_counter(self) -> str:
        """No open counter serves the service now: no estimate can be honest."""
        return self.tr("No counter open now")

    def counters(self, numbers, names: dict[int, dict[str, str]]) -> str:
        """Where the service is given: "Counters: 1, 2, VIP room" (names are the hall's)."""
        lang = current_language()
        places = [phrases.counter(n, lang, LocalText(names.get(n) or {})) for n in numbers]
        return self.tr("Served at: {0}").format(self.tr(", ").join(places))

    def group(self, names: dict[str, str] | None) -> str:
        """A tab's title: the group's name, or "Other" for services in none."""
        return LocalText(names).text(current_language()) if names else self.tr("Other services")

    def page(self, page: int, pages: int) -> str:
        return self.tr("Page {0} of {1}").format(page + 1, pages)

    def wait(self, promise) -> str:
        """The promise as the ticket words it (a range, no wait, or no counter open)."""
        return phrases.wait(promise, current_language())

    def refusal(self, kind: str | None, hours: str = "") -> tuple[str, str]:
        """(headline, detail) for a service that takes no tickets now, by the engine's kind."""
        if kind == DISABLED:
            return self.tr("Not available today"), self.tr("Please ask our staff")
        if kind == HOURS:
            return self.tr("Closed now"), self.tr("Hours {0}").format(hours.replace("-", "–"))
        if kind == FULL:
            return self.tr("Fully booked today"), self.tr("Please come another day")
        return self.tr("Not available now"), self.tr("Please ask our staff")

    def issuing(self) -> str:
        return self.tr("Taking your ticket…")
