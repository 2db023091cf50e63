"""Domain errors: each one is something a user did or asked that cannot be done.

Their message is the one-line text a user sees (CLI, desk banner, kiosk notice).
"""


class QueueError(Exception):
    """Base for every refusal the hall can give; never a bug."""


class UnknownService(QueueError):
    def __init__(self, code: str):
        super().__init__(f"unknown service {code!r}")


class UnknownCounter(QueueError):
    def __init__(self, number):
        super().__init__(f"unknown counter {number!r}")


class UnknownTicket(QueueError):
    def __init__(self, number: str):
        super().__init__(f"no ticket {number!r} today")


class UnknownStaff(QueueError):
    def __init__(self, user: str):
        super().__init__(f"unknown staff member {user!r}")


class ServiceClosed(QueueError):
    """The service is disabled, outside its opening hours, or over its daily cap."""

    def __init__(self, code: str, reason: str):
        self.code = code
        self.reason = reason
        super().__init__(f"service {code} is not taking tickets: {reason}")


class CounterNotOpen(QueueError):
    def __init__(self, number, state: str):
        super().__init__(f"counter {number} is {state}, not open")


class InvalidTransition(QueueError):
    def __init__(self, number: str, state: str, action: str):
        super().__init__(f"ticket {number} is {state}; cannot {action}")


class NoCurrentTicket(QueueError):
    def __init__(self, counter, action: str):
        super().__init__(f"counter {counter} has no current ticket to {action}")


class AlreadyExists(QueueError):
    pass


class NotAllowed(QueueError):
    """Authentication or authorisation refused (wrong password, wrong counter)."""
