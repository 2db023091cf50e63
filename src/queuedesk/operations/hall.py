"""The handle every use case takes: the database, the configuration and the clock."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from queuedesk.config import Config
from queuedesk.domain.numbering import business_date
from queuedesk.store.database import Database
from queuedesk.store.repository import Tx


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Hall:
    db: Database
    config: Config = field(default_factory=Config)
    clock: Callable[[], datetime] = utc_now   # simulation and tests run their own clock

    def now(self) -> datetime:
        return self.clock()

    def today(self, now: datetime | None = None) -> date:
        return business_date(now or self.now(), self.config.timezone)

    @contextmanager
    def write(self) -> Iterator[Tx]:
        with self.db.connect(write=True) as conn:
            yield Tx(conn)

    @contextmanager
    def read(self) -> Iterator[Tx]:
        with self.db.connect(write=False) as conn:
            yield Tx(conn)
