"""The engine's event feed as Qt signals, read on a background thread.

`LiveFeed.events` carries each new batch of events (a list of store.events.Event) to
the GUI thread; `online` reports the database coming and going. After a loss it retries
by itself and catches up from the last event it delivered, so nothing is missed.
"""
from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from queuedesk.store.database import Database, DatabaseError
from queuedesk.store.events import EventFeed

WAIT_S = 0.25           # longest wait between checks: also how long stop() may take
RETRY_S = (0.5, 1, 2, 4)


class LiveFeed(QThread):
    events = Signal(list)
    online = Signal(bool)
    problem = Signal(str)

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
        while not self._stop:
            try:
                if feed is None:
                    feed = EventFeed(self.db, after=self.after)
                    self.after = feed.after
                batch = feed.fetch()
                if is_online is not True:
                    is_online, failures = True, 0
                    self.online.emit(True)
                if batch:
                    self.after = batch[-1].id
                    self.events.emit(batch)
                    continue
                feed.wait(WAIT_S)
            except DatabaseError as exc:
                if feed is not None:
                    feed.close()
                feed = None
                if is_online is not False:
                    is_online = False
                    self.online.emit(False)
                    self.problem.emit(str(exc))
                delay = RETRY_S[min(failures, len(RETRY_S) - 1)]
                failures += 1
                for _ in range(int(delay * 10)):
                    if self._stop:
                        break
                    self.msleep(100)
        if feed is not None:
            feed.close()
