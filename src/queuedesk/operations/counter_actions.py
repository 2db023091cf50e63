"""Every action a counter can take, by name: the one registry the desk's buttons and the
CLI's `queuedesk call …` both use, so an action is wired to its use case once.

    perform(hall, "transfer", 3, staff="li", key=k, to_service="C", note="…")
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from queuedesk.domain.access import Permission
from queuedesk.operations import lazy
from queuedesk.operations.hall import Hall, checks_actor


@dataclass(frozen=True)
class CounterAction:
    name: str                          # the desk's name; the CLI writes it with dashes
    run: Callable[..., Any]            # (hall, counter, staff, key, **params) → TicketInfo | CounterStatus | None
    params: tuple[str, ...] = ()       # what it needs besides the counter
    cli: str | None = None             # `queuedesk call CLI…`; None: not a `call` sub-command
    keyed: bool = True                 # takes an idempotency key


# Imported at the first action: the CLI builds its parser from this registry, and a
# command that acts on no counter never loads them.
calling, counters, ratings = lazy("calling"), lazy("counters"), lazy("ratings")


def _ticket(name: str) -> Callable[..., Any]:
    return lambda hall, counter, staff, key: getattr(calling, name)(hall, counter, staff=staff, key=key)


def _moving_on(name: str) -> Callable[..., Any]:
    """An action that ends the current customer first; `no_show_current`: the teller said
    the one called and never started did not come (see domain.model.moving_on)."""
    return lambda hall, counter, staff, key, no_show_current=False, **params: getattr(calling, name)(
        hall, counter, staff=staff, key=key, no_show_current=bool(no_show_current), **params)


ACTIONS: dict[str, CounterAction] = {a.name: a for a in (
    CounterAction("call_next", _moving_on("call_next"), params=("no_show_current",), cli="next"),
    CounterAction("recall", _ticket("recall"), cli="recall"),
    CounterAction("start", _ticket("start_service"), cli="start"),
    CounterAction("finish", _ticket("finish"), cli="finish"),
    CounterAction("no_show", _ticket("no_show"), cli="no-show"),
    CounterAction("park", _ticket("park"), cli="park"),
    CounterAction("pick", _moving_on("call_ticket"), params=("number", "no_show_current"), cli="pick"),
    CounterAction("unpark", _moving_on("unpark"), params=("number", "no_show_current"), cli="unpark"),
    CounterAction("transfer", lambda h, n, staff, key, to_service=None, to_counter=None, note=None:
                  calling.transfer(h, n, to_service=to_service, to_counter=to_counter, note=note or None,
                               staff=staff, key=key),
                  params=("to_service", "to_counter", "note"), cli="transfer"),
    # 请评价: the customer just served is asked (again) to rate the visit on the rating screen.
    CounterAction("ask_rating", lambda h, n, staff, key: ratings.ask_for_rating(h, n, staff=staff, key=key),
                  cli="ask-rating"),
    # The teller's own counter: pause with a reason, resume, or open it again.
    CounterAction("pause", lambda h, n, staff, key, reason: counters.pause_counter(h, n, reason, by=staff),
                  params=("reason",), keyed=False),
    CounterAction("resume", lambda h, n, staff, key: counters.resume_counter(h, n, by=staff), keyed=False),
    CounterAction("open", lambda h, n, staff, key: counters.open_counter(h, n, staff=staff, by=staff), keyed=False),
)}

#: `queuedesk call` sub-command → action.
BY_CLI_NAME = {a.cli: a for a in ACTIONS.values() if a.cli}


@checks_actor(Permission.SERVE, Permission.RUN_ANY_COUNTER)
def perform(hall: Hall, name: str, counter: int, *, staff: str | None = None, key: str | None = None,
            **params) -> Any:
    action = ACTIONS[name]
    return action.run(hall, counter, staff, key, **{p: params[p] for p in action.params if p in params})
