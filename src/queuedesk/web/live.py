"""Live pages: one event feed per web process, fanned out to every open ticket page.

    event log ──(one EventFeed, its own thread)──▶ LiveHub.wake()
        ──▶ one read of every followed ticket (operations.follow.ticket_pages, a worker thread)
        ──▶ each page whose facts changed gets its fragment, rendered once per language,
            through its stream's mailbox (Server-Sent Events)

No page polls: a page holds one stream and hears only when its own facts changed. A
burst of events is read once (wake-ups that arrive while a read runs make one more
read, not one each). Every `REFRESH_S` the pages are read again even without events,
since a wait estimate and who is overdue move with the clock.
"""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from queuedesk.domain.events import Event
from queuedesk.operations import follow
from queuedesk.operations.follow import TicketPage
from queuedesk.operations.hall import Hall
from queuedesk.store.database import DatabaseError
from queuedesk.store.feed import EventFeed, LogRewound

log = logging.getLogger("queuedesk.web")

REFRESH_S = 30.0
#: Between reconnection attempts of the feed after a database failure (doubling).
RETRY_S = (0.5, 10.0)


class FeedThread(threading.Thread):
    """Follows the event log and hands each batch to `deliver` (called on this thread)."""

    def __init__(self, hall: Hall, deliver: Callable[[list[Event]], None]):
        super().__init__(name="queuedesk-web-feed", daemon=True)
        self.hall = hall
        self.deliver = deliver
        self.stopping = threading.Event()
        self.healthy = False
        self.last_event_id = 0

    def run(self) -> None:
        delay = RETRY_S[0]
        feed = None
        while not self.stopping.is_set():
            try:
                if feed is None:
                    feed = EventFeed(self.hall.db)
                    self.last_event_id = feed.after
                    self.deliver([])      # the log may have moved while we were away
                batch = feed.fetch()
                self.healthy, delay = True, RETRY_S[0]
                if batch:
                    self.last_event_id = batch[-1].id
                    self.deliver(batch)
                    continue
                feed.wait(1.0)
            except (DatabaseError, LogRewound) as exc:
                self.healthy = False
                log.warning("event feed: %s; retrying in %.1f s", exc, delay)
                if feed is not None:
                    feed.close()
                feed = None
                self.stopping.wait(delay)
                delay = min(delay * 2, RETRY_S[1])
        if feed is not None:
            feed.close()

    def stop(self) -> None:
        self.stopping.set()


CLOSED = object()     # what `Watcher.next` returns once the stream is to end


@dataclass(eq=False)
class Watcher:
    """One open page: its ticket, its language, its client, and a mailbox that keeps only
    the newest fragment (a slow phone skips to the latest, never a backlog)."""

    visit: int
    lang: str
    client: str
    last: str | None = None
    closing: bool = False
    _pending: str | None = None
    _ready: asyncio.Event = field(default_factory=asyncio.Event)

    def put(self, fragment: str) -> None:
        if fragment == self.last and self._pending is None:
            return
        self._pending = fragment
        self._ready.set()

    def finish(self, fragment: str | None = None) -> None:
        """End the stream, after `fragment` if one is given."""
        if fragment is not None:
            self._pending = fragment
        self.closing = True
        self._ready.set()

    async def next(self, timeout: float):
        """The next fragment, CLOSED, or None after `timeout` seconds of quiet."""
        if self._pending is None and self.closing:
            return CLOSED
        try:
            await asyncio.wait_for(self._ready.wait(), timeout)
        except asyncio.TimeoutError:
            return None
        fragment, self._pending = self._pending, None
        if not self.closing:
            self._ready.clear()
        if fragment is None:
            return CLOSED if self.closing else None
        self.last = fragment
        return fragment


class TooManyStreams(Exception):
    pass


class LiveHub:
    """The open pages of this process and the one feed that keeps them current."""

    def __init__(self, hall: Hall, render: Callable[[TicketPage | None, str], str],
                 max_streams: int, per_client: int, on_events: Callable[[list[Event]], None] | None = None):
        self.hall = hall
        self.render = render           # (facts or None when the ticket is gone, lang) → fragment
        self.max_streams = max_streams
        self.per_client = per_client
        self.on_events = on_events
        self.watchers: dict[int, set[Watcher]] = {}
        self.per_address: dict[str, int] = {}
        self.facts: dict[int, TicketPage | None] = {}
        self.updated_at = 0.0          # time.time() of the last read that went out
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task | None = None
        self.feed: FeedThread | None = None

    # -- running ------------------------------------------------------------------------------
    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="live-hub")
        self.feed = FeedThread(self.hall, self._from_feed)
        self.feed.start()

    async def stop(self) -> None:
        self.close_all()
        if self.feed is not None:
            self.feed.stop()
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        if self.feed is not None:
            await asyncio.to_thread(self.feed.join, 5)

    def close_all(self) -> None:
        for group in self.watchers.values():
            for watcher in group:
                watcher.finish()

    @property
    def streams(self) -> int:
        return sum(len(group) for group in self.watchers.values())

    def _from_feed(self, batch: list[Event]) -> None:
        """On the feed's thread: wake the hub on the event loop."""
        if self.on_events is not None and batch:
            self.on_events(batch)
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self.wake)

    def wake(self) -> None:
        if self._wake is not None:
            self._wake.set()

    async def _run(self) -> None:
        while True:
            try:
                await asyncio.wait_for(self._wake.wait(), REFRESH_S)
            except asyncio.TimeoutError:
                pass
            self._wake.clear()
            if not self.watchers:
                continue
            try:
                await self._refresh()
            except DatabaseError as exc:
                log.warning("cannot read the followed tickets: %s", exc)
                await asyncio.sleep(RETRY_S[0])
                self.wake()
            except Exception:       # never let one bad read stop every page's updates
                log.exception("live pages: refresh failed")
                await asyncio.sleep(RETRY_S[0])

    async def _refresh(self) -> None:
        wanted = {visit: {w.lang for w in group} for visit, group in self.watchers.items()}
        fragments = await asyncio.to_thread(self._read_and_render, wanted)
        self.updated_at = time.time()
        for (visit, lang), fragment in fragments.items():
            gone = self.facts.get(visit) is None      # not today's any more: say so and end
            for watcher in list(self.watchers.get(visit, ())):
                if watcher.lang == lang:
                    if gone:
                        watcher.finish(fragment)
                    else:
                        watcher.put(fragment)

    def _read_and_render(self, wanted: dict[int, set[str]]) -> dict[tuple[int, str], str]:
        """On a worker thread: read every followed ticket, render those that changed."""
        pages = follow.ticket_pages(self.hall, list(wanted))
        out = {}
        for visit, langs in wanted.items():
            page = pages.get(visit)
            if visit in self.facts and self.facts[visit] == page:
                continue
            if visit not in self.watchers:
                continue        # its last page closed meanwhile
            self.facts[visit] = page
            for lang in langs:
                out[(visit, lang)] = self.render(page, lang)
        return out

    # -- pages joining and leaving -----------------------------------------------------------
    def join(self, visit: int, lang: str, client: str, page: TicketPage) -> Watcher:
        if self.streams >= self.max_streams or self.per_address.get(client, 0) >= self.per_client:
            raise TooManyStreams(client)
        watcher = Watcher(visit, lang, client)
        self.watchers.setdefault(visit, set()).add(watcher)
        self.per_address[client] = self.per_address.get(client, 0) + 1
        self.facts.setdefault(visit, page)
        return watcher

    def leave(self, watcher: Watcher) -> None:
        group = self.watchers.get(watcher.visit)
        if group is not None:
            group.discard(watcher)
            if not group:
                del self.watchers[watcher.visit]
                self.facts.pop(watcher.visit, None)
        left = self.per_address.get(watcher.client, 1) - 1
        if left > 0:
            self.per_address[watcher.client] = left
        else:
            self.per_address.pop(watcher.client, None)
