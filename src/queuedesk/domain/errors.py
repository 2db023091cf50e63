"""Domain errors: each one is something a user did or asked that cannot be done.

Every error has a one-line English message (what the CLI prints), a stable `code` and
its `params`, so a window can say the same thing in the user's language without
parsing English. The codes are part of the engine's contract, like the CLI's names.
"""


class QueueError(Exception):
    """Base for every refusal the hall can give; never a bug."""

    code = "refused"

    def __init__(self, message: str, code: str | None = None, **params):
        super().__init__(message)
        if code:
            self.code = code
        self.params = params


class UnknownService(QueueError):
    code = "unknown_service"

    def __init__(self, code: str):
        super().__init__(f"unknown service {code!r}", service=code)


class UnknownCounter(QueueError):
    code = "unknown_counter"

    def __init__(self, number):
        super().__init__(f"unknown counter {number!r}", counter=number)


class UnknownTicket(QueueError):
    code = "unknown_ticket"

    def __init__(self, number: str):
        super().__init__(f"no ticket {number!r} today", ticket=number)


class UnknownStaff(QueueError):
    code = "unknown_staff"

    def __init__(self, user: str):
        super().__init__(f"unknown staff member {user!r}", user=user)


class ServiceClosed(QueueError):
    """The service is disabled, outside its opening hours, or over its daily cap."""

    code = "service_closed"

    def __init__(self, code: str, reason: str, kind: str = "closed"):
        self.reason = reason
        super().__init__(f"service {code} is not taking tickets: {reason}", service=code, reason=reason,
                         kind=kind)


class CounterNotOpen(QueueError):
    code = "counter_not_open"

    def __init__(self, number, state: str):
        super().__init__(f"counter {number} is {state}, not open", counter=number, state=state)


class InvalidTransition(QueueError):
    code = "invalid_transition"

    def __init__(self, number: str, state: str, action: str):
        super().__init__(f"ticket {number} is {state}; cannot {action}", ticket=number, state=state,
                         action=action)


class NoCurrentTicket(QueueError):
    code = "no_current_ticket"

    def __init__(self, counter, action: str):
        super().__init__(f"counter {counter} has no current ticket to {action}", counter=counter,
                         action=action)


class NotStarted(QueueError):
    """Call next while the current customer was called but never started: the teller
    decides (start the service, or mark them no-show), the engine never guesses "served"."""

    code = "not_started"

    def __init__(self, number: str, recalls: int):
        super().__init__(f"{number} was called but service never started: start it, or mark it no-show "
                         f"(call next --no-show-current)", ticket=number, recalls=recalls)


class AlreadyExists(QueueError):
    code = "already_exists"


class NotAllowed(QueueError):
    """Authentication or authorisation refused (wrong password, wrong counter)."""

    code = "not_allowed"
