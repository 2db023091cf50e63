"""Database work off the GUI thread.

Windows hand a use case (a plain callable) to `DbWorker.submit`; it runs on one
background thread, in order, and the answer comes back as a signal on the GUI thread.
A click while one is running is refused by the caller (`busy`), and the idempotency key
the caller passes makes a retried request harmless.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from queuedesk.domain.errors import QueueError
from queuedesk.store.database import DatabaseError


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object, bool)   # request id, the error, database problem?


class _Job(QRunnable):
    def __init__(self, request_id: int, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self.request_id, self.fn, self.relay = request_id, fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except DatabaseError as exc:
            self.relay.failed.emit(self.request_id, exc, True)
        except QueueError as exc:
            self.relay.failed.emit(self.request_id, exc, False)
        except Exception as exc:  # a bug must not kill the window; show it in one line
            self.relay.failed.emit(self.request_id, RuntimeError(f"{type(exc).__name__}: {exc}"), False)
        else:
            self.relay.done.emit(self.request_id, result)


class DbWorker(QObject):
    """`finished(request_id, result)` or `failed(request_id, error, is_database_problem)`.

    The error is the exception itself: `str(error)` is its one-line message, and a
    QueueError's `code` and `params` let a window word it in the user's language."""

    finished = Signal(int, object)
    failed = Signal(int, object, bool)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)      # one client, one ordered stream of actions
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._ids = itertools.count(1)
        self._pending: set[int] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def submit(self, fn: Callable[[], Any]) -> int:
        request_id = next(self._ids)
        was_busy = self.busy
        self._pending.add(request_id)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(request_id, fn, self._relay))
        return request_id

    def _settle(self, request_id: int) -> None:
        self._pending.discard(request_id)
        if not self._pending:
            self.busy_changed.emit(False)

    @Slot(int, object)
    def _on_done(self, request_id: int, result: object) -> None:
        self._settle(request_id)
        self.finished.emit(request_id, result)

    @Slot(int, object, bool)
    def _on_failed(self, request_id: int, error: Exception, db_problem: bool) -> None:
        self._settle(request_id)
        self.failed.emit(request_id, error, db_problem)

    def wait(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)
