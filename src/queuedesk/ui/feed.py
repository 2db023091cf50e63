"""The engine's event feed as Qt signals, read on a background thread.

`LiveFeed.events` carries each new batch of typed events (domain.events) to the GUI
thread; `online` reports the database coming and going. After a loss it retries by
itself and catches up from the last event it delivered, so nothing is missed. When the
log went backwards (a restored database) it says so with `rewound` and goes on from the
log's new end: what the window showed may be gone, so it reads everything again.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QThread, Signal

from queuedesk.store.database import Database, DatabaseError
from queuedesk.store.feed import EventFeed, LogRewound

WAIT_S = 0.25           # longest wait between checks: also how long stop() may take
VERIFY_S = 5.0          # how often to check the log still holds what we saw
RETRY_S = (0.5, 1, 2, 4, 8)


class LiveFeed(QThread):
    events = Signal(list)
    online = Signal(bool)
    problem = Signal(str)
    rewound = Signal(int)     # the id the log now ends at
    following = Signal(int)   # first connected: events after this id will come

    def __init__(self, db: Database, after: int | None = None, parent=None):
        super().__init__(parent)
        self.db = db
        self.after = after           # None: start from the newest event (no history)
        self._stop = False

    def stop(self) -> None:
        self._stop = True
        self.wait(5000)

    def run(self) -> None:
        feed: EventFeed | None = None
        failures = 0
        is_online: bool | None = None
        verified = 0.0
        while not self._stop:
            try:
                if feed is None:
                    first = self.after is None
                    feed = EventFeed(self.db, after=self.after)
                    verified = 0.0       # a new connection: the database may be another one now
                    self.after = feed.after
                    if first:
                        self.following.emit(feed.after)
                if time.monotonic() - verified >= VERIFY_S:
                    feed.verify()
                    verified = time.monotonic()
                batch = feed.fetch()
                if is_online is not True:
                    is_online, failures = True, 0
                    self.online.emit(True)
                if batch:
                    self.after = batch[-1].id
                    self.events.emit(batch)
                    continue
                feed.wait(WAIT_S)
            except LogRewound as rewind:
                feed.close()
                feed, self.after = None, rewind.last_id
                self.rewound.emit(rewind.last_id)
            except DatabaseError as exc:
                if feed is not None:
                    feed.close()
                feed = None
                if is_online is not False:
                    is_online = False
                    self.problem.emit(str(exc))     # first, so whoever hears "offline" knows why
                    self.online.emit(False)
                delay = RETRY_S[min(failures, len(RETRY_S) - 1)]
                failures += 1
                for _ in range(int(delay * 10)):
                    if self._stop:
                        break
                    self.msleep(100)
        if feed is not None:
            feed.close()
