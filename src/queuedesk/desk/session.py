"""The desk's conversation with the engine: sign in, act, and keep the picture current.

Everything goes through the window's EngineLink (ui/engine_link.py): actions on one
worker, reads on another, so a click is never queued behind a refresh and `busy` means
exactly "an action is under way". What is the desk's own: the picture is kept current
by the event log, each batch of events marking the parts it may have changed stale,
and only those are read again, at most one read at a time. Widgets never touch the
database; they read `state` and listen to `changed`.
"""
from __future__ import annotations

import time
import uuid
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from queuedesk.desk.rules import ALL_PARTS, DeskState, available, stale_parts
from queuedesk.domain import events
from queuedesk.domain.access import Actor
from queuedesk.operations import counter_actions, counters, queries, ratings
from queuedesk.operations.hall import Hall
from queuedesk.operations.info import CounterStatus, TicketInfo
from queuedesk.operations.texts import hall_texts
from queuedesk.ui.engine_link import EngineLink, Refresh

#: Tickets of the queue the desk lists (the next in line, and the choice for "pick").
HEAD_SHOWN = 50


def load(hall: Hall, counter: int | None, user: str | None, parts: frozenset[str]) -> dict:
    """Read the requested parts of the picture (runs on the read worker's thread)."""
    out: dict = {}
    if counter is not None:
        if "counter" in parts:
            out["counter"] = queries.counter_status(hall, counter)
        if "queues" in parts:
            out["services"] = queries.services_status(hall)
            # The head of the queue, and how many: whatever the queue's length, a fixed cost.
            out["waiting"] = queries.waiting_for_counter(hall, counter, limit=HEAD_SHOWN)
            out["waiting_count"] = queries.waiting_at_counter(hall, counter)
        if "parked" in parts:
            out["parked"] = queries.parked_at(hall, counter)
    if user is not None and "figures" in parts:
        out["figures"] = queries.teller_today(hall, user)
        if counter is not None:
            out["ratings"] = ratings.teller_day(hall, user, counter)
    if "counters" in parts:
        out["counters"] = queries.counters_status(hall)
        out["texts"] = hall_texts(hall)     # the voice's sentence, for a desk that speaks
    return out


class DeskSession(QObject):
    #: parts of `state` that changed: counter, current, queues, parked, figures, counters,
    #: online, busy, signin
    changed = Signal(frozenset)
    signedIn = Signal()
    signedOut = Signal(bool, str)  # by the teller?, else who holds the counter now ("" = nobody)
    signInFailed = Signal(object)   # the engine's error (texts.explain words it)
    refused = Signal(object)        # an action was refused: the engine's error
    queueEmpty = Signal()        # call next found nobody waiting
    ready = Signal()             # first complete picture after signing in
    ownCall = Signal(object)     # a call or recall at this counter (a TicketCalled/TicketRecalled event)

    def __init__(self, hall: Hall, parent: QObject | None = None):
        super().__init__(parent)
        # The desk acts as a desk until a teller signs in, then as that teller at that
        # counter (their rights, their name on every event).
        self._device_hall = hall
        self.hall = hall
        self.state = DeskState(max_recalls=hall.config["hall.max_recalls"],
                               finish_on_next=hall.config["hall.finish_on_next"])
        self.link = EngineLink(hall, self)
        self.link.acted.connect(self._on_action_done)
        self.link.actFailed.connect(self._on_action_failed)
        self.link.busyChanged.connect(lambda _busy: self.changed.emit(frozenset({"busy"})))
        self._picture = Refresh(self.link, self._reader)
        self._picture.loaded.connect(self._on_loaded)
        self._picture.failed.connect(self.refused)
        self.link.events.connect(self._on_events)
        self.link.rewound.connect(self._reload)
        self.link.following.connect(self._reload)
        self.link.onlineChanged.connect(self._on_online)
        self._pending: dict[int, tuple[str, str | None, tuple]] = {}
        self._retry_keys: dict[tuple, str] = {}
        self._awaiting_ready = False
        #: Signed in for a picture only (--screenshot): the counter as signing in would
        #: make it, nothing written; no action, no lease, no sign-out.
        self.previewing = False
        self.texts = None            # HallTexts, read with the counters
        # While signed in, the desk tells the engine it is alive (see operations.counters).
        lease_ms = hall.config["hall.lease_seconds"] * 1000
        self._lease = QTimer(self, interval=max(2000, lease_ms // 4))
        self._lease.timeout.connect(self._renew_lease)

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        self.link.start()
        self.refresh({"counters"})

    def shutdown(self) -> None:
        """Stop the feed thread and let running database work end (tests, window close)."""
        self.link.shutdown()

    @property
    def busy(self) -> bool:
        return self.link.busy

    def available(self) -> dict[str, bool]:
        return available(self.state)

    # -- signing in and out ----------------------------------------------------------------

    def sign_in(self, user: str, password: str, counter: int) -> bool:
        if self.link.busy or self.state.signed_in:
            return False
        rid = self.link.act(partial(counters.sign_in, self.hall, user, password, counter))
        self._pending[rid] = ("sign_in", None, ())
        return True

    def preview(self, user: str, password: str, counter: int) -> bool:
        """Show the desk as `user` would see it signed in at `counter`, changing nothing in
        the hall (operations.counters.preview_sign_in): for a screenshot."""
        if self.link.busy or self.state.signed_in:
            return False
        rid = self.link.act(partial(counters.preview_sign_in, self.hall, user, password, counter))
        self._pending[rid] = ("preview", None, ())
        return True

    def sign_out(self) -> bool:
        s = self.state
        if self.link.busy or not s.signed_in or self.previewing:
            return False
        rid = self.link.act(partial(counters.sign_out, self.hall, s.user, s.counter_no))
        self._pending[rid] = ("sign_out", None, ())
        return True

    def leave(self) -> bool:
        """The desk is being stopped (SIGTERM, SIGHUP, the session ending): sign out now,
        handing on the customer at the counter (operations.counters.leave)."""
        s = self.state
        if not s.signed_in or self.previewing:
            return False
        rid = self.link.act(partial(counters.leave, self.hall, s.user, s.counter_no))
        self._pending[rid] = ("sign_out", None, ())
        return True

    def _renew_lease(self) -> None:
        s = self.state
        if s.signed_in:
            # On the read worker, so a renewal never makes a click wait ("busy").
            self.link.read(partial(counters.renew_lease, self.hall, s.user, s.counter_no))

    # -- acting -------------------------------------------------------------------------

    def perform(self, action: str, **params) -> bool:
        """Run one desk action; False if it was not started (busy, offline, signed out).

        Each click gets its own idempotency key, except the retry of a click whose answer
        was lost with the database: it reuses its key, so it cannot act twice.
        """
        s = self.state
        if self.link.busy or not s.signed_in or not s.online or self.previewing:
            return False
        signature = (action, tuple(sorted(params.items())))
        key = self._retry_keys.pop(signature, None) or uuid.uuid4().hex
        rid = self.link.act(partial(counter_actions.perform, self.hall, action, s.counter_no, staff=s.user,
                                    key=key, **params))
        self._pending[rid] = (action, key, signature)
        return True

    @Slot(int, object)
    def _on_action_done(self, rid: int, result) -> None:
        action, _key, _sig = self._pending.pop(rid, ("?", None, ()))
        s = self.state
        if action in ("sign_in", "preview"):
            member, status = result
            self.previewing = action == "preview"
            s.user, s.staff_name, s.counter_no, s.counter = member.user, member.name, status.number, status
            self.hall = self._device_hall.as_actor(Actor(member.role, member.user, status.number))
            s.current = None
            self._picture.invalidate()     # a read under way was for nobody
            self._awaiting_ready = True
            if not self.previewing:
                self._lease.start()
            self.refresh(ALL_PARTS)
            self.changed.emit(frozenset({"signin", "counter", "current"}))
            self.signedIn.emit()
            return
        if action == "sign_out":
            self._reset()
            self.signedOut.emit(True, "")
            return
        if isinstance(result, CounterStatus):
            s.counter = result
            self.changed.emit(frozenset({"counter"}))
        elif isinstance(result, TicketInfo) or result is None:
            # Show the answer at once; the event it caused refreshes the rest.
            here = result is not None and result.counter == s.counter_no and result.state in ("called", "serving")
            s.current = result if here else None
            if action == "call_next" and result is None:
                self.queueEmpty.emit()
            self.changed.emit(frozenset({"current"}))
        self._picture.invalidate()   # a read under way may predate this action: do not trust it

    @Slot(int, object, bool)
    def _on_action_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        action, key, signature = self._pending.pop(rid, ("?", None, ()))
        if db_problem and key:
            self._retry_keys[signature] = key   # it may have committed before the line dropped
        if action in ("sign_in", "preview"):
            self.signInFailed.emit(error)
            return
        if not db_problem:
            self.refused.emit(error)
            self.refresh({"counter", "parked", "queues"})   # the refusal may mean we were out of date

    # -- keeping the picture current ---------------------------------------------------

    def refresh(self, parts) -> None:
        """Read the given parts again; requests made while a read runs are merged."""
        self._picture.ask(*parts)

    def _reader(self, parts: frozenset[str]):
        s = self.state
        return partial(load, self.hall, s.counter_no, s.user, parts)

    @Slot(object, frozenset)
    def _on_loaded(self, out: dict, parts: frozenset[str]) -> None:
        s = self.state
        changed: set[str] = set()
        if "counter" in out and s.counter_no is not None and self.previewing:
            # The counter as signing in would make it (it is not signed in: that status is
            # kept); its customer, if signing in would keep them, as read now.
            _status, current = out["counter"]
            s.current = current if current is not None and current.number == s.counter.current else None
            changed |= {"counter", "current"}
        elif "counter" in out and s.counter_no is not None:
            status, current = out["counter"]
            if status.staff != s.user:
                # Closed or taken over elsewhere (end of day, a manager): we are signed out.
                self._reset()
                self.signedOut.emit(False, status.staff or "")
                return
            s.counter, s.current = status, current
            changed |= {"counter", "current"}
        if "services" in out:
            s.services, s.waiting, s.loaded_at = out["services"], out["waiting"], time.monotonic()
            s.waiting_count = out["waiting_count"]
            changed.add("queues")
        if "parked" in out:
            s.parked = out["parked"]
            changed.add("parked")
        if "figures" in out:
            s.figures = out["figures"]
            s.ratings = out.get("ratings")
            changed.add("figures")
        if "counters" in out:
            s.counters = out["counters"]
            self.texts = out.get("texts", self.texts)
            changed.add("counters")
        if changed:
            self.changed.emit(frozenset(changed))
        if self._awaiting_ready and s.signed_in and {"counter", "queues", "parked", "figures"} <= parts:
            self._awaiting_ready = False
            self.ready.emit()

    @Slot(list)
    def _on_events(self, batch: list) -> None:
        if self.state.signed_in:
            for event in batch:
                if isinstance(event, events.CALLS) and event.counter == self.state.counter_no:
                    self.ownCall.emit(event)
        parts = stale_parts(batch, self.state.counter_no, self.state.user)
        if not self.state.signed_in:
            parts &= {"counters"}
        if parts:
            self.refresh(parts)

    def _reload(self) -> None:
        """Everything may have changed (a restored database): read it all again."""
        self.refresh(ALL_PARTS if self.state.signed_in else {"counters"})

    # -- the database coming and going -------------------------------------------------

    @Slot(bool)
    def _on_online(self, online: bool) -> None:
        s = self.state
        s.online, s.problem = online, self.link.problem
        if online:
            self._reload()      # back after a loss: catch up on everything
        self.changed.emit(frozenset({"online"}))

    def _reset(self) -> None:
        s = self.state
        self._picture.invalidate()
        self._lease.stop()
        self.previewing = False
        self.hall = self._device_hall
        s.user = s.staff_name = s.counter_no = s.counter = s.current = s.figures = s.ratings = None
        s.services, s.waiting, s.parked, s.waiting_count = [], [], [], 0
        self._awaiting_ready = False
        self._retry_keys.clear()
        self.changed.emit(frozenset({"signin", "counter", "current", "queues", "parked", "figures"}))
