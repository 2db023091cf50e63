"""The rating screen's conversation with the engine, through its EngineLink.

It follows the event log from now on: a visit finished or transferred at its counter, or
the teller's "请评价", is a visit to rate (`askRequested`); a teller signing in or out, a
pause or a new name changes what the idle screen shows (`stationChanged`, one read kept
current). Ratings and not-rated visits are sent on the action worker with an idempotency
key each; one that the database did not answer is sent again, with the same key, when
the database is back, so a customer's touch is never lost and never counted twice.
Widgets never touch the database.
"""
from __future__ import annotations

import logging
import uuid
from functools import partial

from PySide6.QtCore import QObject, Signal, Slot

from queuedesk.domain import events
from queuedesk.operations import ratings
from queuedesk.operations.hall import Hall
from queuedesk.rate.state import Lapse, Send, Visit
from queuedesk.ui.engine_link import EngineLink, Refresh

log = logging.getLogger(__name__)

#: A visit leaving this counter with one of these is a visit to rate.
SERVED_HERE = (events.TicketFinished, events.TicketTransferred)


class RateSession(QObject):
    stationChanged = Signal(object)     # operations.ratings.Station
    askRequested = Signal(object)       # Visit
    ratedElsewhere = Signal(int)        # ticket id rated (or let lapse), by this screen or another channel
    recorded = Signal(object)           # the engine's RatingInfo for what this screen sent
    onlineChanged = Signal(bool)

    def __init__(self, hall: Hall, counter: int, parent: QObject | None = None):
        super().__init__(parent)
        self.hall = hall
        self.counter = counter
        self.station: ratings.Station | None = None
        self._sending: dict[int, tuple[object, str]] = {}    # request id → (effect, key)
        self._unsent: list[tuple[object, str]] = []           # waiting for the database
        self.link = EngineLink(hall, self)
        self.link.acted.connect(self._on_sent)
        self.link.actFailed.connect(self._on_send_failed)
        self.link.events.connect(self._on_events)
        self.link.onlineChanged.connect(self._on_online)
        self._station = Refresh(self.link, lambda _parts: partial(ratings.station, hall, counter))
        self._station.loaded.connect(self._on_station)
        self._station.failed.connect(lambda error: log.error("reading counter %s failed: %s", counter, error))
        for news in (self.link.following, self.link.rewound):
            news.connect(self.refresh)

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        # The station is first read once the feed is in place (`following`): a visit that
        # finishes while the screen starts is then either in that read's past or in the feed.
        self.link.start()

    def shutdown(self) -> None:
        self.link.shutdown()

    @property
    def online(self) -> bool:
        return self.link.online

    def refresh(self, *_news) -> None:
        self._station.ask()

    # -- sending -------------------------------------------------------------------------

    def carry_out(self, effects: list) -> None:
        """Send what the flow decided (a preview visit has no ticket: nothing to send)."""
        for effect in effects:
            if effect.visit.ticket_id is not None:
                self._send(effect, uuid.uuid4().hex)

    def _send(self, effect, key: str) -> None:
        visit: Visit = effect.visit
        if isinstance(effect, Send):
            job = partial(ratings.rate_visit, self.hall, visit.ticket_id, effect.score, effect.reasons,
                          channel="screen", key=key)
        elif isinstance(effect, Lapse):
            job = partial(ratings.lapse, self.hall, visit.ticket_id, channel="screen")
        else:
            raise TypeError(effect)
        self._sending[self.link.act(job)] = (effect, key)

    @Slot(int, object)
    def _on_sent(self, rid: int, result) -> None:
        if self._sending.pop(rid, None) is not None:
            self.recorded.emit(result)

    @Slot(int, object, bool)
    def _on_send_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        sent = self._sending.pop(rid, None)
        if sent is None:
            return
        if db_problem:
            self._unsent.append(sent)       # the same key: it may have committed before the line dropped
            log.warning("rating of %s kept until the database is back: %s", sent[0].visit.number, error)
        else:
            log.warning("rating of %s refused: %s", sent[0].visit.number, error)

    @Slot(bool)
    def _on_online(self, online: bool) -> None:
        if online:
            unsent, self._unsent = self._unsent, []
            for effect, key in unsent:
                self._send(effect, key)
            self.refresh()
        self.onlineChanged.emit(online)

    # -- news ------------------------------------------------------------------------------

    @Slot(list)
    def _on_events(self, batch: list) -> None:
        for e in batch:
            if e.counter != self.counter:
                continue
            if isinstance(e, (*SERVED_HERE, events.RatingRequested)):
                self.askRequested.emit(Visit(e.ticket_id, e.ticket_number, self.counter))
            elif isinstance(e, (events.RatingGiven, events.RatingNotGiven)):
                # Ours too: by then the flow has moved on from that visit, so it changes nothing.
                self.ratedElsewhere.emit(e.ticket_id)
            elif isinstance(e, events.CounterEvent):
                self.refresh()

    @Slot(object, frozenset)
    def _on_station(self, station: ratings.Station, _parts) -> None:
        self.station = station
        self.stationChanged.emit(station)
