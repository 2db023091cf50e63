"""A unit of work: one transaction, with one repository per aggregate of the hall.

    with hall.write() as uow:          # operations.hall.Hall opens it
        counter = uow.counters.get(3, lock=True)
        ...
        uow.events.append(CounterOpened(at=now, counter=3))
    # committed here, or rolled back if the block raised

Opened by `Database.connect`, so a write holds the SQLite database from its first
statement (BEGIN IMMEDIATE) and database failures become one-line DatabaseErrors. The
events appended during the block are written last, just before the commit.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.engine import Connection

from queuedesk.store.database import Database
from queuedesk.store.event_log import EventLog
from queuedesk.store.repositories.appointments import AppointmentRepository
from queuedesk.store.repositories.branches import BranchRepository
from queuedesk.store.repositories.complaints import ComplaintRepository
from queuedesk.store.repositories.counters import CounterRepository
from queuedesk.store.repositories.figures import FigureRepository
from queuedesk.store.repositories.hall_texts import HallTextRepository
from queuedesk.store.repositories.identity import IdentityRepository
from queuedesk.store.repositories.notices import NoticeRepository
from queuedesk.store.repositories.ratings import RatingRepository
from queuedesk.store.repositories.requests import RequestRepository
from queuedesk.store.repositories.secrets import SecretRepository
from queuedesk.store.repositories.services import ServiceRepository
from queuedesk.store.repositories.staff import StaffRepository
from queuedesk.store.repositories.tickets import TicketRepository


class UnitOfWork:
    def __init__(self, conn: Connection, clock: Callable[[], datetime] | None = None,
                 actor: tuple[str, str] | None = None):
        self.tickets = TicketRepository(conn)
        self.counters = CounterRepository(conn)
        self.services = ServiceRepository(conn)
        self.appointments = AppointmentRepository(conn)
        self.staff = StaffRepository(conn)
        self.requests = RequestRepository(conn)
        self.hall_texts = HallTextRepository(conn)
        self.identity = IdentityRepository(conn)
        self.notices = NoticeRepository(conn)
        self.secrets = SecretRepository(conn)
        self.ratings = RatingRepository(conn)
        self.complaints = ComplaintRepository(conn)
        self.events = EventLog(conn, clock, actor)
        self.figures = FigureRepository(conn)     # reports: figures added up in SQL
        self.branches = BranchRepository(conn)    # head office: the branches and their rows


@contextmanager
def unit_of_work(db: Database, write: bool, clock: Callable[[], datetime] | None = None,
                 actor: tuple[str, str] | None = None) -> Iterator[UnitOfWork]:
    """`clock`: the hall's, for stamping events at commit (see event_log); `actor`: (who,
    role) of the use case, stamped on its events."""
    with db.connect(write=write) as conn:
        uow = UnitOfWork(conn, clock, actor)
        yield uow
        uow.events.flush()
