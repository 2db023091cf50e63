"""The kiosk's conversation with the engine: issue tickets, keep the figures live.

Everything goes through the window's EngineLink (ui/engine_link.py): a ticket is issued
on the action worker, the figures are read on the read worker. They are read when the
link says to (`reload`), every minute (opening hours follow the clock) and after the
events that change what events do not carry (a counter opening, a service renamed);
every other event is applied in place (operations.figures.HallFigures.apply: waiting
counts, numbers issued, service times), so a busy hall costs the kiosk no reads.
What is the kiosk's own: one touch, one ticket, and the retry of a touch whose answer
was lost with the database. Widgets never touch the database; they listen to the
signals below.
"""
from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from queuedesk.domain import events
from queuedesk.domain.errors import ServiceClosed
from queuedesk.domain.model import Channel, Priority
from queuedesk.operations import queries, tickets
from queuedesk.operations.figures import HallFigures
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import TicketInfo
from queuedesk.operations.texts import HallTexts, hall_texts
from queuedesk.ui.engine_link import EngineLink, Refresh

log = logging.getLogger(__name__)

CLOCK_MS = 60_000    # opening hours and the business day change with the clock, not with events
STATION = "kiosk"


@dataclass(frozen=True)
class Refusal:
    """The engine would not issue: which service, and the refusal's kind (disabled, hours, cap)."""

    code: str
    kind: str


@dataclass(frozen=True)
class Figures:
    services: list          # ServiceStatus, the hall's services in order
    texts: HallTexts
    groups: list            # GroupInfo: the kiosk's tabs, if the hall groups its services
    counter_names: dict     # number → {lang: name}, counters with names of their own
    made_of: HallFigures | None = None   # what they are computed from, kept current by events


def take_ticket(hall: Hall, code: str, key: str, priority: Priority = Priority.NORMAL) -> TicketInfo | Refusal:
    """Runs on the action worker. A closed service is an answer, not an error: the kiosk
    explains it, while every other failure goes through the worker's failed signal."""
    try:
        info = tickets.issue_ticket(hall, code, priority, Channel.KIOSK, key=key)
    except ServiceClosed as exc:
        return Refusal(exc.params["service"], exc.params["kind"])
    return info if info is not None else Refusal(code, "")


def figures(hall: Hall) -> Figures:
    made_of = queries.hall_figures(hall)
    return Figures(made_of.statuses(hall.now(), hall.config.timezone), hall_texts(hall), queries.groups(hall),
                   {c.number: dict(c.names) for c in made_of.counters if c.names}, made_of)


class KioskSession(QObject):
    servicesChanged = Signal(list)      # list[ServiceStatus], the hall's services in order
    textsChanged = Signal(object)       # HallTexts: the branch name, the ticket footer
    onlineChanged = Signal(bool)
    issued = Signal(object)             # TicketInfo
    refused = Signal(str, str)          # service code, the refusal's kind (disabled, hours, cap)
    failed = Signal(object)             # any other failure: the error (its str() is one line)
    busyChanged = Signal(bool)          # a ticket is being issued

    def __init__(self, hall: Hall, parent: QObject | None = None):
        super().__init__(parent)
        self.hall = hall
        self.services: list = []
        self.groups: list = []
        self.counter_names: dict = {}
        self.texts: HallTexts | None = None
        self._issuing = False
        self._issue_id: int | None = None
        self._issue_request: tuple[tuple[str, Priority], str] | None = None   # ((code, priority), key)
        self._retry_keys: dict[tuple[str, Priority], str] = {}
        self._print_reports: set[int] = set()   # requests recording a printer problem
        self.link = EngineLink(hall, self)
        self.link.acted.connect(self._on_action_done)
        self.link.actFailed.connect(self._on_action_failed)
        self._made_of: HallFigures | None = None
        # Reads asked for while one runs merge.
        self._figures = Refresh(self.link, lambda _parts: partial(figures, hall))
        self._figures.loaded.connect(self._on_figures)
        self._figures.failed.connect(lambda error: log.error("reading the services failed: %s", error))
        self.link.events.connect(self._on_events)
        self.link.reload.connect(self.refresh)
        self.link.onlineChanged.connect(self._on_online)
        self._clock = QTimer(self, interval=CLOCK_MS)
        self._clock.timeout.connect(self.refresh)

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        self.link.start()
        self._clock.start()
        self.refresh()

    def shutdown(self) -> None:
        """Stop the feed thread and let running database work end."""
        self._clock.stop()
        self.link.shutdown()

    @property
    def online(self) -> bool:
        return self.link.online

    @property
    def busy(self) -> bool:
        return self._issuing

    # -- issuing -------------------------------------------------------------------------

    def issue(self, code: str, priority: Priority = Priority.NORMAL, hall: Hall | None = None) -> bool:
        """Issue one ticket for `code`; False (and nothing happens) while busy or offline.

        Each touch gets a fresh idempotency key, except a touch on the same service after
        the database dropped mid-request: the engine may have issued that ticket already,
        so the same key makes it hand that ticket over instead of a second one.
        A priority ticket comes from the staff menu, with `hall` acting as its staff.
        """
        if self._issuing or not self.online:
            return False
        key = self._retry_keys.pop((code, priority), None) or uuid.uuid4().hex
        self._set_issuing(True)
        self._issue_request = ((code, priority), key)
        self._issue_id = self.link.act(partial(take_ticket, hall or self.hall, code, key, priority))
        return True

    def forget_retries(self) -> None:
        """A new customer: a lost answer of the previous one is not theirs to retry."""
        self._retry_keys.clear()

    def record_print_failure(self, number: str, target: str, message: str) -> None:
        log.warning("ticket %s not printed on %s: %s", number, target, message)
        self._print_reports.add(self.link.act(partial(tickets.record_print_failure, self.hall, number, target,
                                                      message, station=STATION)))

    def _set_issuing(self, value: bool) -> None:
        if value != self._issuing:
            self._issuing = value
            self.busyChanged.emit(value)

    @Slot(int, object)
    def _on_action_done(self, rid: int, result) -> None:
        self._print_reports.discard(rid)   # a recorded print failure: nothing to show
        if rid != self._issue_id:
            return   # not ours either: the staff menu's (staff.py)
        self._issue_id = None
        self._set_issuing(False)
        if isinstance(result, Refusal):
            self.refused.emit(result.code, result.kind)
            self.refresh()   # our figures were out of date
        else:
            self.issued.emit(result)

    @Slot(int, object, bool)
    def _on_action_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        message = str(error)
        if rid in self._print_reports:
            self._print_reports.discard(rid)
            log.warning("could not record a printer problem: %s", message)
            return
        if rid != self._issue_id:
            return
        self._issue_id = None
        request, key = self._issue_request or (("", Priority.NORMAL), "")
        code = request[0]
        self._set_issuing(False)
        if db_problem:
            self._retry_keys[request] = key   # it may have committed before the line dropped
            log.warning("database unreachable: %s", message)
        else:
            log.error("issuing a %s ticket failed: %s", code, message)
            self.failed.emit(error)
            self.refresh()

    # -- figures -------------------------------------------------------------------------

    def refresh(self, *_news) -> None:
        """Read the services' figures again (after the read under way, if one is)."""
        self._figures.ask()

    @Slot(object, frozenset)
    def _on_figures(self, result: Figures, _parts) -> None:
        self.services, self._made_of = result.services, result.made_of
        self.groups, self.counter_names = result.groups, result.counter_names
        if result.texts != self.texts:
            self.texts = result.texts
            self.textsChanged.emit(result.texts)
        self.servicesChanged.emit(result.services)

    @Slot(list)
    def _on_events(self, batch: list) -> None:
        made_of = self._made_of
        if made_of is None or self._figures.running or any(isinstance(e, events.HallTextChanged) for e in batch):
            self.refresh()          # nothing to apply them to yet, or a read under way may predate them
            return
        changed = made_of.apply(batch)
        if made_of.stale:
            self.refresh()
        elif changed:
            self.services = made_of.statuses(self.hall.now(), self.hall.config.timezone)
            self.servicesChanged.emit(self.services)

    @Slot(bool)
    def _on_online(self, online: bool) -> None:
        self.onlineChanged.emit(online)     # back online: the link asks for a reload
