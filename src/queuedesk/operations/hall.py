"""The handle every use case takes: the database, the configuration and the clock."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from queuedesk.config import Config
from queuedesk.domain import routing
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

    def now(self) -> datetime:
        return self.clock()

    def policy(self) -> routing.Policy:
        """How counters order their ordinary customers (hall.policy, hall.aging_percent)."""
        return routing.Policy(self.config["hall.policy"], self.config["hall.aging_percent"] / 100)

    def today(self, now: datetime | None = None) -> date:
        return business_date(now or self.now(), self.config.timezone)

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        """One write transaction: committed when the block ends, rolled back if it raises."""
        with unit_of_work(self.db, write=True, clock=self.clock) as uow:
            yield uow

    @contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        with unit_of_work(self.db, write=False) as uow:
            yield uow
