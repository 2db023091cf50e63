"""Words the desk shows for the engine's codes and messages, through Qt's translations.

The engine speaks English codes ("called", "break") and refusals with a code and params
(domain/errors.py); the teller reads Chinese by default. Everything is looked up at call time so a language
switch takes effect on the next repaint.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from queuedesk.domain.errors import QueueError
from queuedesk.domain.languages import LocalText
from queuedesk.ui.language import current_language
from queuedesk.wording import phrases


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

    @staticmethod
    def pause_reason(reason: str | None) -> str:
        """A stored reason: one of PAUSE_REASONS, or 'other: free text'."""
        return phrases.pause_reason(reason, current_language())

    def counter_name(self, number: int | None, names: dict[str, str] | None = None) -> str:
        """The counter's own name where the hall gave it one (贵宾室: what the lobby and the
        voice call it), else "Counter N" in the desk's words."""
        if number is None:
            return ""
        return LocalText(names or {}).text(current_language()) or self.tr("Counter {0}").format(number)

    @staticmethod
    def service_name(names: dict[str, str]) -> str:
        return LocalText(names).text(current_language())

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

    # -- the engine's refusals ------------------------------------------------------------

    def explain(self, error) -> str:
        """The engine's refusal in the interface language, worded from its code and params
        (domain/errors.py); a database problem from its one-line text; anything else as is."""
        if isinstance(error, QueueError):
            render = self._templates().get(error.code)
            if render is not None:
                return render(**error.params)
        text = str(error).strip()
        for prefix in ("database unavailable: ", "database connection lost: "):
            if text.startswith(prefix):
                return self.tr("Database unreachable ({0}).").format(text[len(prefix):])
        return text

    def _templates(self):
        return {
            "wrong_password": lambda: self.tr("Wrong user name or password."),
            "account_locked": lambda user, until: self.tr(
                "Too many wrong passwords: {0} may try again at {1}.").format(
                user, datetime.fromisoformat(until).astimezone().strftime("%H:%M")),
            "not_a_teller": lambda user: self.tr("{0} does not work at a counter.").format(user),
            "not_permitted": lambda who, role, permission: self.tr("{0} may not do that here.").format(who),
            "counter_in_use": lambda counter, user: self.tr("Counter {0} is in use by {1}.").format(counter, user),
            "not_signed_in": lambda user, counter: self.tr("{0} is not signed in at counter {1}.").format(
                user, counter),
            "signed_in_elsewhere": lambda user, counter: self.tr("{0} is already signed in at counter {1}.")
            .format(user, counter),
            "counter_not_open": lambda counter, state: self.tr("Counter {0} is {1}, not open.").format(
                counter, self.counter_state(state)),
            "counter_state": lambda counter, state, action: self.tr("Counter {0} is {1}; cannot {2}.").format(
                counter, self.counter_state(state), self._verb(action)),
            "invalid_transition": lambda ticket, state, action: self.tr("Ticket {0} is {1}; cannot {2}.").format(
                ticket, self.ticket_state(state), self._verb(action)),
            "no_current_ticket": lambda counter, action: self.tr("No customer at counter {0}; cannot {1}.")
            .format(counter, self._verb(action)),
            "not_started": lambda ticket, recalls: self.tr(
                "{0} was called but never started: start the service or mark no-show.").format(ticket),
            "recall_limit": lambda ticket, recalls: self.tr(
                "{0} was recalled {1} times already; mark no-show or call next.").format(ticket, recalls),
            "counter_busy": lambda counter, ticket: self.tr(
                "Counter {0} still has {1}; finish or transfer it first.").format(counter, ticket),
            "pause_needs_reason": lambda: self.tr("Pausing needs a reason."),
            "transfer_to_own_counter": lambda: self.tr("A ticket cannot be transferred to its own counter."),
            "already_in_service": lambda ticket, service: self.tr("{0} is already in service {1}.").format(
                ticket, service),
            "parked_elsewhere": lambda ticket, counter: self.tr("{0} is parked at counter {1}.").format(
                ticket, counter),
            "unknown_ticket": lambda ticket: self.tr("No ticket {0} today.").format(ticket),
            "unknown_counter": lambda counter: self.tr("Unknown counter {0}.").format(counter),
            "unknown_service": lambda service: self.tr("Unknown service {0}.").format(service),
            "already_rated": lambda ticket, counter: self.tr("{0} has rated the visit at counter {1} already.")
            .format(ticket, counter),
            "nothing_to_rate": lambda counter: self.tr("Counter {0} has no finished visit today to rate.")
            .format(counter),
            "customer_at_counter": lambda counter, ticket: self.tr(
                "{1} is at counter {0}: ask for a rating once a visit is over.").format(counter, ticket),
        }
