"""The handle every use case takes: the database, the configuration, the clock, and who
is acting (the actor whose permissions each use case checks, domain.access)."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone

from queuedesk.config import Config
from queuedesk.domain import routing
from queuedesk.domain.access import SYSTEM, Actor, Permission
from queuedesk.domain.numbering import business_date
from queuedesk.store.database import Database
from queuedesk.store.unit_of_work import UnitOfWork, unit_of_work


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Hall:
    db: Database
    config: Config = field(default_factory=Config)
    clock: Callable[[], datetime] = utc_now   # simulation and tests run their own clock
    #: Who acts. The hall's own tools on their own databases (simulation, demo, tests)
    #: are SYSTEM; every entry point a person or a machine uses sets its actor (cli.py
    #: from credentials or the database's own word, each window from its sign-in or role).
    actor: Actor = SYSTEM

    def as_actor(self, actor: Actor) -> "Hall":
        """The same hall, acted on by `actor`."""
        return replace(self, actor=actor)

    def require(self, permission: Permission) -> None:
        self.actor.require(permission)

    def now(self) -> datetime:
        return self.clock()

    def policy(self) -> routing.Policy:
        """How counters order their ordinary customers (hall.policy, hall.aging_percent)."""
        return self.config.policy()

    def today(self, now: datetime | None = None) -> date:
        return business_date(now or self.now(), self.config.timezone)

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        actor = None if self.actor is SYSTEM else (self.actor.user or self.actor.role.value, self.actor.role.value)
        with unit_of_work(self.db, write=True, clock=self.clock, actor=actor) as uow:
            yield uow

    @contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        with unit_of_work(self.db, write=False) as uow:
            yield uow


def needs(permission: Permission):
    """Marks a use case (`def use_case(hall, ...)`) as needing `permission`: the hall's
    actor must hold it, else NotPermitted. The mark (`.permission`) is how the README's
    permission table is made."""
    def decorate(use_case):
        @functools.wraps(use_case)
        def checked(hall: Hall, *args, **kwargs):
            hall.require(permission)
            return use_case(hall, *args, **kwargs)
        checked.permission = permission
        return checked
    return decorate


def checks_actor(*permissions: Permission):
    """Marks a use case whose permission depends on its arguments (a teller at her own
    counter, the notice rather than the branch name), so it checks its actor inside;
    `permissions` are those it may ask for (none: it proves who the actor is, by a
    password or a PIN). The README's permission table lists them too."""
    def mark(use_case):
        use_case.checks_actor = tuple(permissions)
        return use_case
    return mark
