"""A unit of work: one transaction, with one repository per aggregate of the hall.

    with hall.write() as uow:          # operations.hall.Hall opens it
        counter = uow.counters.get(3, lock=True)
        ...
        uow.events.append(CounterOpened(at=now, counter=3))
    # committed here, or rolled back if the block raised

Opened by `Database.connect`, so a write holds the SQLite database from its first
statement (BEGIN IMMEDIATE) and database failures become one-line DatabaseErrors. The
events appended during the block are written last, with the waiting counts the block
changed and the writes still queued, and on PostgreSQL with the COMMIT, in one round
trip (store.event_log, store.sql).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

from queuedesk.store.database import Database
from queuedesk.store.event_log import EventLog
from queuedesk.store.repositories.counters import CounterRepository
from queuedesk.store.repositories.requests import RequestRepository
from queuedesk.store.repositories.services import ServiceRepository
from queuedesk.store.repositories.tickets import TicketRepository
from queuedesk.store.sql import Read, Runner

if TYPE_CHECKING:
    from queuedesk.store.repositories.appointments import AppointmentRepository
    from queuedesk.store.repositories.branches import BranchRepository
    from queuedesk.store.repositories.calls import CallRepository
    from queuedesk.store.repositories.complaints import ComplaintRepository
    from queuedesk.store.repositories.figures import FigureRepository
    from queuedesk.store.repositories.hall_texts import HallTextRepository
    from queuedesk.store.repositories.identity import IdentityRepository
    from queuedesk.store.repositories.issues import IssueRepository
    from queuedesk.store.repositories.notices import NoticeRepository
    from queuedesk.store.repositories.ratings import RatingRepository
    from queuedesk.store.repositories.secrets import SecretRepository
    from queuedesk.store.repositories.staff import StaffRepository


class _OnFirstUse:
    """A unit of work's repository made the first time it is asked for, its module
    (queuedesk.store.repositories.`module`) imported then."""

    def __init__(self, module: str, name: str):
        self.module, self.name = module, name

    def __set_name__(self, owner, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, uow, owner=None):
        if uow is None:
            return self
        repository = getattr(importlib.import_module(f"queuedesk.store.repositories.{self.module}"), self.name)
        made = uow.__dict__[self.attribute] = repository(uow._conn, uow.sql)   # asked for again: found there
        return made


class UnitOfWork:
    def __init__(self, conn: Connection, clock: Callable[[], datetime] | None = None,
                 actor: tuple[str, str] | None = None):
        self._conn = conn
        self.sql = runner = Runner(conn)
        # What (nearly) every use case touches is made at once; the rest on first use.
        self.tickets = TicketRepository(conn, runner)
        self.counters = CounterRepository(conn, runner)
        self.services = ServiceRepository(conn, runner)
        self.requests = RequestRepository(conn, runner)
        self.events = EventLog(conn, clock, runner, actor)

    # Made on first use, with all they import (the event catalogue, PostgreSQL's dialect,
    # the rules of appointments and complaints): an action costs less and `queuedesk
    # status` starts sooner.
    appointments: AppointmentRepository = _OnFirstUse("appointments", "AppointmentRepository")
    staff: StaffRepository = _OnFirstUse("staff", "StaffRepository")
    hall_texts: HallTextRepository = _OnFirstUse("hall_texts", "HallTextRepository")
    identity: IdentityRepository = _OnFirstUse("identity", "IdentityRepository")
    notices: NoticeRepository = _OnFirstUse("notices", "NoticeRepository")
    secrets: SecretRepository = _OnFirstUse("secrets", "SecretRepository")
    ratings: RatingRepository = _OnFirstUse("ratings", "RatingRepository")
    complaints: ComplaintRepository = _OnFirstUse("complaints", "ComplaintRepository")
    figures: FigureRepository = _OnFirstUse("figures", "FigureRepository")        # reports: figures added up in SQL
    branches: BranchRepository = _OnFirstUse("branches", "BranchRepository")      # head office
    calls: CallRepository = _OnFirstUse("calls", "CallRepository")                # call next in one statement (PG)
    issues: IssueRepository = _OnFirstUse("issues", "IssueRepository")            # issue in one message (PG)

    def read(self, *reads: Read | None) -> list:
        """Several reads of the repositories (their `…reading` methods) in one round trip."""
        return self.sql.read(*reads)

    def take_counter(self, number: int, day: date, *, key: Read | None = None, head: bool = False,
                     names: bool = False) -> tuple:
        """What every counter action starts with, in one round trip: (the idempotency
        `key` claimed — its answer, or None without one —, counter `number` locked, its
        customer that day, and with `head` the head of its queues for call next, else
        None). The services are read too, and kept for `self.services`; the counter's
        names only if asked."""
        claimed, counter, current, _services, candidates = self.read(
            key, self.counters.reading(number, lock=True, names=names), self.tickets.at_counter_reading(number, day),
            self.services.all_reading(), self.tickets.candidates_reading(number, day) if head else None)
        return claimed, counter, current, candidates

    def finish(self) -> None:
        """The last round trip: queued writes, counts, events (and COMMIT on PostgreSQL)."""
        self.events.flush(self.tickets.count_changes(), self.tickets.days())


@contextmanager
def unit_of_work(db: Database, write: bool, clock: Callable[[], datetime] | None = None,
                 actor: tuple[str, str] | None = None) -> Iterator[UnitOfWork]:
    """`clock`: the hall's, for stamping events at commit (see event_log); `actor`: (who,
    role) of the use case, stamped on its events."""
    with db.connect(write=write) as conn:
        uow = UnitOfWork(conn, clock, actor)
        uow.sql.attach(write)
        try:
            yield uow
            uow.finish()
        finally:
            uow.sql.detach()
