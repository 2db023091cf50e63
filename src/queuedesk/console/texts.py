"""Every word the console shows for the engine's facts and refusals, through Qt's
translations (looked up at call time, so a language switch shows at the next repaint).
Names of services and counters are the hall's data, per language."""
from __future__ import annotations

from PySide6.QtCore import QObject

from queuedesk.domain.languages import LocalText
from queuedesk.ui.language import current_language
from queuedesk.wording import phrases


class ConsoleTexts(QObject):
    def service(self, names: dict[str, str], code: str) -> str:
        return LocalText(names).text(current_language()) or code

    def counter(self, number: int, names: dict[str, str] | None = None) -> str:
        return phrases.counter(number, current_language(), LocalText(names or {}))

    def minutes(self, value: float | None) -> str:
        if value is None:
            return "—"
        return self.tr("{0} min").format(round(value))

    def waited(self, minutes: float) -> str:
        """How long a checked-in customer has waited."""
        return self.tr("waiting {0}").format(self.minutes(minutes))

    def target_and_maximum(self, target: float, maximum: float) -> str:
        """A business type's target and maximum waits, in minutes."""
        return self.tr("{0} / {1} min").format(round(target), round(maximum))

    @staticmethod
    def pause_reason(reason: str | None) -> str:
        return phrases.pause_reason(reason, current_language())

    def wait_hint(self, wait: float | None, counters: int) -> str:
        """An expected wait of the staffing hint with `counters` open; None: the queue
        keeps growing, or no counter serves it."""
        if wait is not None:
            return self.minutes(wait)
        return self.tr("no counter") if counters == 0 else self.tr("grows")

    def activity(self, activity: str) -> str:
        return {
            "serving": self.tr("Serving"), "called": self.tr("Calling"), "paused": self.tr("Paused"),
            "idle": self.tr("Free"), "idle_waiting": self.tr("Idle, people waiting"), "closed": self.tr("Closed"),
            "unattended": self.tr("Unattended"),
        }.get(activity, activity)

    def priority_class(self, name: str) -> str:
        return {
            "elderly": self.tr("Elderly"), "disabled": self.tr("Disabled"), "pregnant": self.tr("Pregnant"),
            "military": self.tr("Military"), "vip": self.tr("VIP"), "emergency": self.tr("Emergency"),
        }[name]

    def appointment_state(self, state: str, late: bool) -> str:
        if state == "booked":
            return self.tr("Late") if late else self.tr("Booked")
        return {"checked_in": self.tr("Checked in"), "cancelled": self.tr("Cancelled"),
                "no_show": self.tr("No-show")}.get(state, state)

    def alert(self, kind: str, params: dict, service_name: str, counter_names: dict[int, dict] | None = None) -> str:
        ticket, number = params.get("ticket", ""), params.get("counter")
        counter = self.counter(number, (counter_names or {}).get(number)) if number is not None else ""
        minutes = params.get("minutes", 0)
        if kind == "over_max":
            return self.tr("{0} ({1}) has waited {2} min: past the maximum").format(ticket, service_name, minutes)
        if kind == "over_target":
            return self.tr("{0} ({1}) has waited {2} min: past the target").format(ticket, service_name, minutes)
        if kind == "appointment_waiting":
            return self.tr("Appointment {0} ({1}) checked in and waiting {2} min").format(ticket, service_name,
                                                                                         minutes)
        if kind == "unattended":
            return self.tr("{0} is unattended: its desk stopped answering").format(counter)
        if kind == "long_pause":
            return self.tr("{0} paused for {1} min ({2})").format(
                counter, minutes, self.pause_reason(params.get("reason")) or "—")
        if kind == "printer":
            return self.tr("Printer problem at {0}: ticket {1} not printed").format(
                params.get("station") or self.tr("a kiosk"), ticket or "—")
        if kind == "no_open_counter":
            return self.tr("{0}: people waiting and no counter open").format(service_name)
        return kind

    def done(self, action: str, result) -> str:
        number = getattr(result, "number", "")
        return {
            "issue_priority_ticket": self.tr("Ticket {0} issued").format(number),
            "move_ticket": self.tr("{0} moved, keeping its place").format(number),
            "cancel_ticket": self.tr("{0} cancelled").format(number),
            "call_number": self.tr("{0} called").format(number),
            "open_counter": self.tr("Counter opened"),
            "close_counter": self.tr("Counter closed"),
            "release_counter": self.tr("Counter released"),
            "set_notice": self.tr("The notice is on the lobby screens"),
            "acknowledge": self.tr("Alert acknowledged"),
        }.get(action, "")

    def refusal(self, error) -> str:
        """A refusal from its stable code and params; the engine's own line otherwise."""
        p = error.params
        words = {
            "unknown_ticket": lambda: self.tr("No ticket {0} today").format(p.get("ticket", "")),
            "invalid_transition": lambda: self.tr("{0} is {1}: not possible now").format(p.get("ticket", ""),
                                                                                        p.get("state", "")),
            "already_in_service": lambda: self.tr("{0} is already in that business type").format(p.get("ticket", "")),
            "counter_busy": lambda: self.tr("The counter still has {0}").format(p.get("ticket", "")),
            "counter_not_open": lambda: self.tr("The counter is not open"),
            "counter_state": lambda: self.tr("The counter is {0}").format(p.get("state", "")),
            "service_closed": lambda: self.tr("This business type takes no tickets now"),
            "not_started": lambda: self.tr("The counter's customer was called but not served yet"),
            "invalid_value": lambda: self.tr("Please check: {0}").format(p.get("field", "")),
            "unknown_service": lambda: self.tr("Unknown business type"),
        }.get(error.code)
        return words() if words else str(error)
