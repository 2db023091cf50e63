"""Words the desk shows for the engine's codes and messages, through Qt's translations.

The engine speaks English codes ("called", "break") and one-line English refusals; the
teller reads Chinese by default. Everything is looked up at call time so a language
switch takes effect on the next repaint.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QObject

from queuedesk.ui.language import current_language


class Texts(QObject):
    """Display names of states, priorities and reasons, and the engine's refusals."""

    # -- names -------------------------------------------------------------------------

    def ticket_state(self, code: str | None) -> str:
        return {
            "waiting": self.tr("Waiting"),
            "called": self.tr("Called"),
            "serving": self.tr("Serving"),
            "parked": self.tr("Parked"),
            "done": self.tr("Done"),
            "no_show": self.tr("No-show"),
            "cancelled": self.tr("Cancelled"),
            "transferred": self.tr("Transferred"),
            "expired": self.tr("Expired"),
        }.get(code or "", code or "")

    def priority(self, code: str | None) -> str:
        return {
            "normal": self.tr("Normal"),
            "priority": self.tr("Priority group"),
            "vip": self.tr("VIP"),
            "appointment": self.tr("Appointment"),
            "emergency": self.tr("Emergency"),
        }.get(code or "", code or "")

    def counter_state(self, code: str | None) -> str:
        return {
            "open": self.tr("Open"),
            "paused": self.tr("Paused"),
            "closed": self.tr("Closed"),
        }.get(code or "", code or "")

    def pause_reason(self, reason: str | None) -> str:
        """A stored reason: one of PAUSE_REASONS, or 'other: free text'."""
        if not reason:
            return ""
        names = {
            "break": self.tr("Break"),
            "meeting": self.tr("Meeting"),
            "system down": self.tr("System down"),
            "other": self.tr("Other"),
        }
        code, _, detail = reason.partition(":")
        if code.strip() in names and detail.strip():
            return self.tr("{0}: {1}").format(names[code.strip()], detail.strip())
        return names.get(reason.strip(), reason)

    def counter_name(self, number: int | None) -> str:
        return self.tr("Counter {0}").format(number) if number is not None else ""

    @staticmethod
    def service_name(zh: str, en: str) -> str:
        return en if current_language() == "en" and en else zh

    def minutes(self, value: float | None) -> str:
        if value is None:
            return "—"
        if value < 1:
            return self.tr("<1 min")
        return self.tr("{0} min").format(int(value))

    def minutes_fine(self, value: float | None) -> str:
        """Minutes with one decimal, for averages."""
        return "—" if value is None else self.tr("{0} min").format(f"{value:.1f}")

    @staticmethod
    def clock(seconds: float) -> str:
        seconds = max(0, int(seconds))
        hours, rest = divmod(seconds, 3600)
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"

    def _verb(self, action: str) -> str:
        return {
            "call": self.tr("call"),
            "recall": self.tr("recall"),
            "start service": self.tr("start service"),
            "finish": self.tr("finish"),
            "mark no-show": self.tr("mark no-show"),
            "park": self.tr("park"),
            "un-park": self.tr("un-park"),
            "transfer": self.tr("transfer"),
            "open": self.tr("open"),
            "pause": self.tr("pause"),
            "resume": self.tr("resume"),
        }.get(action, action)

    # -- the engine's one-line refusals ---------------------------------------------------

    def explain(self, message: str) -> str:
        """The engine's English refusal in the interface language (unknown ones as they are)."""
        text = message.strip()
        for pattern, render in self._patterns():
            match = re.fullmatch(pattern, text)
            if match:
                return render(*match.groups())
        return text

    def _patterns(self):
        return (
            (r"wrong user name or password", lambda: self.tr("Wrong user name or password.")),
            (r"counter (\d+) is in use by (\S+)",
             lambda n, who: self.tr("Counter {0} is in use by {1}.").format(n, who)),
            (r"(\S+) is not signed in at counter (\d+)",
             lambda who, n: self.tr("{0} is not signed in at counter {1}.").format(who, n)),
            (r"counter (\d+) is (\w+), not open",
             lambda n, state: self.tr("Counter {0} is {1}, not open.").format(n, self.counter_state(state))),
            (r"counter (\d+) is (\w+); cannot (.+)",
             lambda n, state, verb: self.tr("Counter {0} is {1}; cannot {2}.").format(
                 n, self.counter_state(state), self._verb(verb))),
            (r"ticket (\S+) is (\w+); cannot (.+)",
             lambda number, state, verb: self.tr("Ticket {0} is {1}; cannot {2}.").format(
                 number, self.ticket_state(state), self._verb(verb))),
            (r"counter (\d+) has no current ticket to (.+)",
             lambda n, verb: self.tr("No customer at counter {0}; cannot {1}.").format(n, self._verb(verb))),
            (r"(\S+) was recalled (\d+) times already; mark no-show or call next",
             lambda number, n: self.tr("{0} was recalled {1} times already; mark no-show or call next.")
             .format(number, n)),
            (r"counter (\d+) still has (\S+).*; finish or transfer it first",
             lambda n, number: self.tr("Counter {0} still has {1}; finish or transfer it first.")
             .format(n, number)),
            (r"pausing a counter needs a reason", lambda: self.tr("Pausing needs a reason.")),
            (r"cannot transfer a ticket to its own counter",
             lambda: self.tr("A ticket cannot be transferred to its own counter.")),
            (r"(\S+) is already in service (\S+)",
             lambda number, code: self.tr("{0} is already in service {1}.").format(number, code)),
            (r"(\S+) is parked at counter (\d+)",
             lambda number, n: self.tr("{0} is parked at counter {1}.").format(number, n)),
            (r"no ticket '(\S+)' today", lambda number: self.tr("No ticket {0} today.").format(number)),
            (r"unknown counter (\S+)", lambda n: self.tr("Unknown counter {0}.").format(n.strip("'"))),
            (r"unknown service '(\S+)'", lambda code: self.tr("Unknown service {0}.").format(code)),
            (r"database (?:unavailable|connection lost): (.*)",
             lambda detail: self.tr("Database unreachable ({0}).").format(detail)),
        )
