"""Words of the staff menu for the engine's refusals, worded from their code and params
in the window's language (never the engine's English), through Qt's translations."""
from __future__ import annotations

from PySide6.QtCore import QObject

from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import LOCK_FOR, Priority
from queuedesk.kiosk.staff import LOCKED, OFFLINE
from queuedesk.ui.language import current_language
from queuedesk.wording import phrases

#: The classes staff may give a ticket at the kiosk; appointments come with a booking.
PRIORITIES = tuple(p for p in Priority if p not in (Priority.NORMAL, Priority.APPOINTMENT))


class StaffTexts(QObject):
    def explain(self, error: Exception) -> str:
        """One line for the staff member, from the refusal's code and params."""
        if isinstance(error, QueueError):
            render = self._templates().get(error.code)
            if render is not None:
                try:
                    return render(**error.params)
                except (KeyError, TypeError):   # params of a newer engine: say it plainly
                    pass
        return self.tr("Not done: {0}").format(str(error).strip() or type(error).__name__)

    def _templates(self):
        return {
            "wrong_pin": lambda tries_left=None: (
                self.tr("Wrong PIN. {0} more tries, then the pad locks for {1} minutes.").format(
                    tries_left, self.lock_minutes()) if tries_left else self.tr("Wrong PIN.")),
            LOCKED: lambda minutes: self.tr("Too many wrong PINs: the pad is locked. Try again in {0} min.")
            .format(minutes),
            "no_kiosk_pin": lambda: self.tr("No staff PIN is set for this hall yet. An administrator sets it "
                                            "with: queuedesk kiosk pin"),
            OFFLINE: lambda: self.tr("The database cannot be reached. Please try again in a moment."),
            "not_permitted": lambda **_: self.tr("This needs a staff member who may do it."),
            "service_closed": lambda service, kind="", reason="": self.tr("Business {0} takes no tickets now.")
            .format(service),
            "unknown_service": lambda service: self.tr("Unknown business {0}.").format(service),
        }

    @staticmethod
    def lock_minutes() -> int:
        return round(LOCK_FOR.total_seconds() / 60)

    def priority(self, priority: Priority) -> str:
        """A priority class as the ticket's badge says it (the shared wording)."""
        return phrases.priority(priority.value, current_language())

    def priority_hint(self, priority: Priority) -> str:
        return {
            Priority.PRIORITY: self.tr("Elderly, disabled, pregnant, military"),
            Priority.VIP: self.tr("VIP and wealth customers"),
            Priority.EMERGENCY: self.tr("Before every queue"),
        }.get(priority, "")
