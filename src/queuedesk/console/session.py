"""The console's conversation with the engine: the board kept current, actions taken.

The board is one read (operations.console.board) kept current by a Refresh: any batch
of events may change a queue or a counter, and waits grow with the clock alone, so a
timer asks again every CLOCK_MS. Bookings past their slot and grace become no-shows on
the same clock (an action, so the log records them). Actions run on the action worker
with the manager's name; each answer reads the board again.
"""
from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from queuedesk.domain.errors import QueueError
from queuedesk.operations import appointments, console
from queuedesk.operations.hall import Hall
from queuedesk.ui.engine_link import EngineLink, Refresh

log = logging.getLogger(__name__)

CLOCK_MS = 15_000          # waits pass their target with time, not with events
NO_SHOW_MS = 60_000


class ConsoleSession(QObject):
    boardChanged = Signal(object)         # operations.console.Board
    newAlerts = Signal(list)              # AlertRow: unacknowledged, never seen before
    done = Signal(str, object)            # action name, the use case's answer
    refused = Signal(str, object)         # action name, the QueueError (worded by the window)
    failed = Signal(str, str)             # action name, one line (the database, a bug)
    onlineChanged = Signal(bool)

    def __init__(self, hall: Hall, parent: QObject | None = None):
        super().__init__(parent)
        self.hall = hall
        self.board: console.Board | None = None
        self._seen: set[str] = set()
        self._actions: dict[int, str] = {}
        self.link = EngineLink(hall, self)
        self._reader = Refresh(self.link, lambda _parts: partial(console.board, hall))
        self._reader.loaded.connect(self._on_board)
        self._reader.failed.connect(lambda error: log.error("reading the board failed: %s", error))
        for news in (self.link.events, self.link.rewound, self.link.following):
            news.connect(self.refresh)
        self.link.onlineChanged.connect(self.onlineChanged)
        self.link.acted.connect(self._on_acted)
        self.link.actFailed.connect(self._on_act_failed)
        self._clock = QTimer(self, interval=CLOCK_MS)
        self._clock.timeout.connect(self.refresh)
        self._no_shows = QTimer(self, interval=NO_SHOW_MS)
        self._no_shows.timeout.connect(self.mark_no_shows)

    def start(self) -> None:
        self.link.start()
        self._clock.start()
        self._no_shows.start()
        self.mark_no_shows()
        self.refresh()

    def shutdown(self) -> None:
        self._clock.stop()
        self._no_shows.stop()
        self.link.shutdown()

    def refresh(self, *_news) -> None:
        self._reader.ask()

    def mark_no_shows(self) -> None:
        self._actions[self.link.act(partial(appointments.mark_no_shows, self.hall))] = "no_shows"

    # -- actions (each an audited use case of operations.console) -------------------------------

    def act(self, name: str, *args) -> int:
        """Run `operations.console.<name>(hall, *args)` on the action worker, as the hall's actor."""
        use_case = getattr(console, name)
        rid = self.link.act(partial(use_case, self.hall, *args))
        self._actions[rid] = name
        return rid

    @Slot(int, object)
    def _on_acted(self, rid: int, result) -> None:
        name = self._actions.pop(rid, None)
        if name is None:
            return
        self._reader.invalidate()
        self.refresh()
        if name != "no_shows":
            self.done.emit(name, result)

    @Slot(int, object, bool)
    def _on_act_failed(self, rid: int, error: Exception, db_problem: bool) -> None:
        name = self._actions.pop(rid, None)
        if name is None or name == "no_shows":
            return
        if isinstance(error, QueueError) and not db_problem:
            self.refused.emit(name, error)
        else:
            log.warning("%s failed: %s", name, error)
            self.failed.emit(name, str(error))
        self.refresh()

    # -- the board ---------------------------------------------------------------------------------

    @Slot(object, frozenset)
    def _on_board(self, board: console.Board, _parts) -> None:
        self.board = board
        fresh = [a for a in board.new_alerts if a.key not in self._seen]
        self._seen |= {a.key for a in board.alerts}
        self.boardChanged.emit(board)
        if fresh:
            self.newAlerts.emit(fresh)
