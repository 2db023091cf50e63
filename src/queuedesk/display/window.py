"""The lobby display: the call in large type, the other counters, recent calls, waiting
counts, the branch and clock, a notice line, and the voice.

Everything on it comes from the session (a start-up snapshot, then the event feed).
Each live call goes on the board at once and to the Announcer with its event id and
commit time; the big panel ("hero") shows the call whose announcement is under way, so
what the hall hears and what it sees agree, and each call has it for at least HOLD_S,
in call order, even when the voice is off (a silent Announcer keeps the turns). Calls
waiting for their turn lead every page of the board, so the newest is always on screen.
Calls restored at start-up are drawn but never announced again.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QWidget

from queuedesk.display import layout, style
from queuedesk.display import texts as t
from queuedesk.display.banner import OfflineBanner
from queuedesk.display.calls_board import CallsBoard
from queuedesk.display.header import Header
from queuedesk.display.hero import FLASH_MS, FLASHES, NowCalling
from queuedesk.display.paging import PAGE_SECONDS
from queuedesk.display.recent import RecentCalls
from queuedesk.display.session import DisplaySession
from queuedesk.display.state import Call, Change
from queuedesk.display.texts import DisplayTexts
from queuedesk.display.ticker import Ticker
from queuedesk.display.waiting import WaitingPanel
from queuedesk.domain.languages import LocalText
from queuedesk.operations.hall import Hall
from queuedesk.qtkit.theme import unit
from queuedesk.ui import probe
from queuedesk.ui.language import current_language

log = logging.getLogger(__name__)

QUIT_KEYS = "Ctrl+Shift+Q"   # for staff with a keyboard; the hall has none
PROBE_NAME = "display"
REPORTED_MAX = 5000
#: The least time a call has the big panel: its flashes, whatever the voice does.
HOLD_S = 2 * FLASHES * FLASH_MS / 1000
#: Offline this long, the screen says so across its whole width (staff across the hall).
OFFLINE_BANNER_S = 10


def speaks_here(config) -> bool:
    """Whether this display's loudspeaker announces the calls (voice.announce_at)."""
    return config["voice.enabled"] and config["voice.announce_at"] in ("display", "both")


class DisplayWindow(QWidget):
    ready = Signal()           # the start-up snapshot is on screen
    callsOnScreen = Signal()   # at least one call is drawn (once)

    def __init__(self, hall: Hall, announcer=None, parent=None):
        super().__init__(parent)
        config = hall.config
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(style.BACKGROUND))
        self.setPalette(palette)
        self.texts = DisplayTexts(config["hall.language"], self)
        self.session = DisplaySession(hall, self)
        if announcer is None:
            from queuedesk.voice.announcer import (
                Announcer,  # renders speech: only when really used
            )
            # A hall voiced by its desks keeps the turns here in silence (see above).
            announcer = Announcer(config, self, silent=not speaks_here(config), min_seconds=HOLD_S)
        self.announcer = announcer
        self.header = Header(self.texts, config, self)
        self.hero = NowCalling(self.texts, self)
        self.board = CallsBoard(self.texts, self)
        self.recent = RecentCalls(self.texts, config["display.recent_calls"], config.timezone, self)
        self.waiting = WaitingPanel(self.texts, self)
        self.ticker = Ticker(self.texts, config["display.notice"], self)
        self.banner = OfflineBanner(self.texts, self)
        self.banner.hide()
        self._parts = {"header": self.header, "hero": self.hero, "board": self.board,
                       "recent": self.recent, "waiting": self.waiting, "ticker": self.ticker}
        self._on_air: Call | None = None           # the call being announced: it has the big panel
        self._problem: str | None = None           # the voice's problem kind, worded on each paint
        self._offline_timer = QTimer(self, singleShot=True, interval=round(OFFLINE_BANNER_S * 1000))
        self._offline_timer.timeout.connect(self._show_banner)
        self._pages = QTimer(self, interval=PAGE_SECONDS * 1000)
        self._pages.timeout.connect(self._turn_pages)
        self._ready_pending = False
        self._ready_sent = False
        self._calls_sent = False
        self._reported: set[tuple] = set()
        self._speaking: dict[object, Call] = {}    # event id → call, until its voice is done
        self._board_room: int | None = None        # calls the board has room for (None: its full room)

        s = self.session
        s.restored.connect(self._on_restored)
        s.changed.connect(self._on_changed)
        s.servicesChanged.connect(self._on_services)
        s.textsChanged.connect(self._on_texts)
        s.onlineChanged.connect(self._on_online)
        a = self.announcer
        a.unavailable.connect(self._on_voice_problem)
        a.started.connect(self._on_started)
        a.first_sample.connect(self._on_first_sample)
        a.finished.connect(self._forget_speech)
        a.skipped.connect(lambda event_id, _reason: self._forget_speech(event_id))
        self.hero.painted.connect(lambda call: self._on_painted([call]))
        self.hero.repainted.connect(self._on_hero_repainted)
        self.board.painted.connect(self._on_painted)
        QShortcut(QKeySequence(QUIT_KEYS), self, self.close)
        self.setWindowTitle(self.texts.text(t.TITLE))
        self.resize(1920, 1080)

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        if getattr(self.announcer, "reason", None):
            self._on_voice_problem(self.announcer.reason)
        self.session.start()
        self.ticker.start()
        self._pages.start()

    def shutdown(self) -> None:
        """Stop the feed thread, the timers and the voice (tests, window close, quit)."""
        self._pages.stop()
        self._offline_timer.stop()
        self.ticker.stop()
        self.hero.stop()
        self.session.shutdown()
        self.announcer.close()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- the engine's news -----------------------------------------------------------------

    def _on_restored(self) -> None:
        state = self.session.state
        self._on_online(self.session.online)
        self._show_calls(flash=None, recompose=True)
        self.waiting.show_counts(state.waiting)
        self._ready_pending = True
        self.hero.update()

    def _on_texts(self) -> None:
        """The hall's texts or the counters' names changed: branch, notice, every card."""
        texts = self.session.texts
        self.texts.set_counter_names(self.session.counter_names)
        if hasattr(self.announcer, "set_hall"):   # the hall's sentence, the counters' names
            self.announcer.set_hall(texts.voice if texts is not None else None,
                                    {n: LocalText(names) for n, names in self.session.counter_names.items()})
        if texts is not None:
            self.header.set_branch_names(texts.branch_name)
            lang = current_language()
            second = texts.notice.exact(self.texts.other_language())
            first = texts.notice.text(lang)
            self.ticker.set_notice(" · ".join([first, second] if second and second != first else [first]))
        self._place()
        for part in self._parts.values():
            part.update()

    def _on_services(self, services: list) -> None:
        self.waiting.show_services(services)
        self._place()   # the waiting list's share of the screen follows its length

    def _on_changed(self, change: Change) -> None:
        if change.board:
            self._drop_gone_calls()
        current = set(self.session.state.current.values())
        for call in change.calls:
            if call in current:       # not one that left the counter in the same breath
                self._announce(call)  # its turn may start at once (then the hero shows it)
        if change.board or change.recent:
            self._show_calls(flash=None, recompose=bool(change.calls))
        if change.waiting:
            self.waiting.show_counts(self.session.state.waiting)

    def _show_calls(self, flash: Call | None, recompose: bool = False) -> None:
        """The hero: the call on the air, else the newest in progress; the board: the rest,
        led by the calls still waiting for their turn. `recompose`: a new call came (or
        the screen starts), the moment the board may give back rooms it no longer needs."""
        state = self.session.state
        calls = state.in_progress()
        hero = self._on_air or (calls[0] if calls else None)
        self.hero.start_of_day = not state.recent
        self.hero.show_call(hero, flash=flash is not None and flash == hero)
        waiting_turn = sorted((c for c in self._speaking.values() if c != hero and c in calls),
                              key=lambda c: (c.at is None, -(c.at.timestamp() if c.at else 0)))
        others = [c for c in calls if c != hero]
        self.board.show_calls(others, pinned=waiting_turn)
        self.recent.show_calls(state.recent)
        self._fit_board(len(others), shrink=recompose or flash is not None)

    def _fit_board(self, count: int, shrink: bool) -> None:
        """Give the board the room for `count` calls (see layout.board_room). It
        grows at once, as a call needs it, but gives room back only as a new call arrives:
        a customer leaving a counter does not move the numbers on the screen; the screen
        is recomposed while eyes go to the new call flashing anyway."""
        room = self._board_room
        if room is None or count > room or (shrink and count < room):
            self._board_room = count
            self._place()

    def _drop_gone_calls(self) -> None:
        """A call whose customer left the counter before its turn is not said any more."""
        current = set(self.session.state.current.values())
        for event_id, call in list(self._speaking.items()):
            if call is not self._on_air and call not in current and hasattr(self.announcer, "cancel"):
                self.announcer.cancel(event_id)

    def _turn_pages(self) -> None:
        self.board.turn_page()
        self.waiting.turn_page()

    # -- voice ------------------------------------------------------------------------------

    def _announce(self, call: Call) -> None:
        self._speaking[call.event_id] = call
        try:
            queued = self.announcer.announce(call.event_id, call.number, call.counter, call.kind,
                                             committed_at=call.at)
        except Exception:   # the voice must never take the screen down with it
            log.exception("cannot announce %s at counter %s", call.number, call.counter)
            queued = False
        if not queued:
            self._speaking.pop(call.event_id, None)

    def _on_started(self, event_id) -> None:
        """A call's turn came: it takes the big panel, flashing, while it is said."""
        call = self._speaking.get(event_id)
        if call is not None:
            self._on_air = call
            self._show_calls(flash=call)

    def _on_first_sample(self, event_id) -> None:
        call = self._speaking.get(event_id)
        if call is not None:
            probe.report(PROBE_NAME, "announced", number=call.number, counter=call.counter,
                         event_id=event_id, kind=call.kind)

    def _forget_speech(self, event_id) -> None:
        call = self._speaking.pop(event_id, None)
        if call is not None and call is self._on_air:
            self._on_air = None
            self._show_calls(flash=None)

    # -- health: offline small, then across the screen; no sound for staff only ------------------

    def _on_voice_problem(self, kind: str) -> None:
        """No sound (or chime only): staff business, never on the customers' screen. The
        Announcer has logged it with its cause ("no sound: …", "no speech: …"), where
        staff look (the journal, the terminal); the probe tells end-to-end tests."""
        if kind != self._problem:
            probe.report(PROBE_NAME, "voice_problem", kind=kind)
        self._problem = kind

    @property
    def voice_problem(self) -> str | None:
        """Why the hall hears no call (an Announcer problem kind), or None."""
        return self._problem

    def _on_online(self, online: bool) -> None:
        self.header.set_online(online)
        if online:
            self._offline_timer.stop()
            self.banner.hide()
        elif not self._offline_timer.isActive() and not self.banner.isVisible():
            self._offline_timer.start()

    def _show_banner(self) -> None:
        if not self.session.online:
            self._place()
            self.banner.show()
            self.banner.raise_()

    # -- what is on screen ----------------------------------------------------------------

    def _on_painted(self, calls: list) -> None:
        if len(self._reported) > REPORTED_MAX:   # a screen runs for months: keep what is on it
            state = self.session.state
            self._reported &= {(c.number, c.counter, c.event_id) for c in [*state.current.values(), *state.recent]}
        for call in calls:
            key = (call.number, call.counter, call.event_id)
            if key in self._reported:
                continue
            self._reported.add(key)
            probe.report(PROBE_NAME, "shown", number=call.number, counter=call.counter,
                         event_id=call.event_id, kind=call.kind)
        if calls and not self._calls_sent:
            self._calls_sent = True
            self.callsOnScreen.emit()

    @property
    def calls_on_screen(self) -> bool:
        return self._calls_sent

    @property
    def is_ready(self) -> bool:
        return self._ready_sent

    def _on_hero_repainted(self) -> None:
        state = self.session.state
        if self._ready_pending and not self._ready_sent:
            self._ready_pending = False
            self._ready_sent = True
            probe.report(PROBE_NAME, "ready", calls=len(state.current))
            self.ready.emit()
        if self._ready_sent and not self._calls_sent and (state.current or state.recent):
            self._calls_sent = True   # recent calls count too: the day's calls are on screen
            self.callsOnScreen.emit()

    # -- looks ------------------------------------------------------------------------------

    def _place(self) -> None:
        w, h = self.width(), self.height()
        u = unit(w, h)
        rects = layout.arrange(w, h, self.recent.rows, len(self.waiting.services),
                               ticker=bool(self.ticker.notice), board_calls=self._board_room)
        for name, part in self._parts.items():
            part.set_unit(u)
            part.setGeometry(rects[name])
            part.setVisible(not rects[name].isEmpty())
        header = rects["header"]
        self.banner.set_unit(u)
        self.banner.setGeometry(0, header.bottom() + 1, w, round(11 * u))

    def resizeEvent(self, event) -> None:
        self._place()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.texts.text(t.TITLE))
        super().changeEvent(event)
