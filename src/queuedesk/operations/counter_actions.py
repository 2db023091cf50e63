"""Every action a counter can take, by name: the one registry the desk's buttons and the
CLI's `queuedesk call …` both use, so an action is wired to its use case once.

    perform(hall, "transfer", 3, staff="li", key=k, to_service="C", note="…")
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from queuedesk.operations import lazy
from queuedesk.operations.hall import Hall


@dataclass(frozen=True)
class CounterAction:
    name: str                          # the desk's name; the CLI writes it with dashes
    run: Callable[..., Any]            # (hall, counter, staff, key, **params) → TicketInfo | CounterStatus | None
    params: tuple[str, ...] = ()       # what it needs besides the counter
    cli: str | None = None             # `queuedesk call CLI…`; None: not a `call` sub-command
    keyed: bool = True                 # takes an idempotency key


# Imported at the first action: the CLI builds its parser from this registry, and a
# command that acts on no counter never loads them.
calling, counters = lazy("calling"), lazy("counters")


def _ticket(name: str) -> Callable[..., Any]:
    return lambda hall, counter, staff, key: getattr(calling, name)(hall, counter, staff=staff, key=key)


ACTIONS: dict[str, CounterAction] = {a.name: a for a in (
    CounterAction("call_next", _ticket("call_next"), cli="next"),
    CounterAction("recall", _ticket("recall"), cli="recall"),
    CounterAction("start", _ticket("start_service"), cli="start"),
    CounterAction("finish", _ticket("finish"), cli="finish"),
    CounterAction("no_show", _ticket("no_show"), cli="no-show"),
    CounterAction("park", _ticket("park"), cli="park"),
    CounterAction("pick", lambda h, n, staff, key, number: calling.call_ticket(h, n, number, staff=staff, key=key),
                  params=("number",), cli="pick"),
    CounterAction("unpark", lambda h, n, staff, key, number: calling.unpark(h, n, number, staff=staff, key=key),
                  params=("number",), cli="unpark"),
    CounterAction("transfer", lambda h, n, staff, key, to_service=None, to_counter=None, note=None:
                  calling.transfer(h, n, to_service=to_service, to_counter=to_counter, note=note or None,
                               staff=staff, key=key),
                  params=("to_service", "to_counter", "note"), cli="transfer"),
    # The teller's own counter: pause with a reason, resume, or open it again.
    CounterAction("pause", lambda h, n, staff, key, reason: counters.pause_counter(h, n, reason, by=staff),
                  params=("reason",), keyed=False),
    CounterAction("resume", lambda h, n, staff, key: counters.resume_counter(h, n, by=staff), keyed=False),
    CounterAction("open", lambda h, n, staff, key: counters.open_counter(h, n, staff=staff, by=staff), keyed=False),
)}

#: `queuedesk call` sub-command → action.
BY_CLI_NAME = {a.cli: a for a in ACTIONS.values() if a.cli}


def perform(hall: Hall, name: str, counter: int, *, staff: str | None = None, key: str | None = None,
            **params) -> Any:
    action = ACTIONS[name]
    return action.run(hall, counter, staff, key, **{p: params[p] for p in action.params if p in params})
