"""Words the kiosk shows for the engine's figures and refusals, through Qt's translations.

Looked up at call time, so a language switch takes effect on the next repaint. Service
names are data (name_zh / name_en), never translations.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from queuedesk.ui.language import current_language

# The engine's refusal kinds (domain.model.Refusal).
DISABLED, HOURS, FULL = "disabled", "hours", "cap"


def pick_name(name_zh: str, name_en: str, lang: str | None = None) -> str:
    """The name in the interface language; Chinese when there is no English name."""
    return name_en if (lang or current_language()) == "en" and name_en else name_zh


def service_name(status, lang: str | None = None) -> str:
    return pick_name(status.name_zh, status.name_en, lang)


def other_name(status, lang: str | None = None) -> str:
    """The name in the other language, shown small so a foreign customer finds their way."""
    if (lang or current_language()) == "en":
        return status.name_zh if status.name_zh != status.name_en else ""
    return status.name_en or ""


class KioskTexts(QObject):
    def waiting(self, count: int) -> str:
        return self.tr("{0} waiting").format(count)

    def wait(self, minutes: float, waiting: int) -> str:
        """An estimate: "about", whole minutes, hours past the first hour."""
        if waiting <= 0 or minutes <= 0:
            return self.tr("No wait")
        if minutes < 1:
            return self.tr("Under 1 min")
        total = round(minutes)
        if total < 60:
            return self.tr("About {0} min").format(total)
        hours, rest = divmod(total, 60)
        if not rest:
            return self.tr("About {0} h").format(hours)
        return self.tr("About {0} h {1} min").format(hours, rest)

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
