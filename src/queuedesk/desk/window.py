"""The desk window: header, banner, the current ticket with its actions, the side panel.

It only shows the session's state and turns the teller's requests into session calls;
the dialogs ask what an action needs (a reason, a target, a ticket) first.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from queuedesk.desk.actions import SHORTCUTS, ActionButton, BarButton, DeskActions
from queuedesk.desk.attention import Attention
from queuedesk.desk.banner import Banner
from queuedesk.desk.compact import CompactBar
from queuedesk.desk.current import CurrentTicket
from queuedesk.desk.dialogs import ChoiceDialog, PauseDialog, TicketChoiceDialog, TransferDialog
from queuedesk.desk.hotkeys import GlobalKeys
from queuedesk.desk.rating_panel import RatingPanel
from queuedesk.desk.rules import ACTIONS
from queuedesk.desk.session import DeskSession
from queuedesk.desk.side_panel import SidePanel
from queuedesk.desk.signin import SignInPage
from queuedesk.desk.style import SHEET
from queuedesk.desk.texts import Texts
from queuedesk.domain import events
from queuedesk.domain.languages import LocalText
from queuedesk.operations.hall import Hall
from queuedesk.qtkit.theme import repolish
from queuedesk.ui import probe

BUSY_HINT_MS = 300   # a quick action shows no "working" flicker
DEFAULT_SIZE = (1220, 780)
MINIMUM = (960, 600)


class DeskWindow(QMainWindow):
    """`ready()` once live data is on screen (signed in: the full picture; else the counters)."""

    ready = Signal()

    def __init__(self, hall: Hall, counter: int | None = None, compact: bool = False,
                 ask_on_close: bool = True, announcer=None, parent=None):
        super().__init__(parent)
        self.setObjectName("deskWindow")
        self.setStyleSheet(SHEET)
        # Teller PCs have small monitors (1280×720, 1366×768 less a taskbar): open no
        # bigger than the screen, and lay out down to MINIMUM with nothing cut.
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(DEFAULT_SIZE[0], screen.width()), min(DEFAULT_SIZE[1], screen.height()))
        self.setMinimumSize(*MINIMUM)
        self.texts = Texts(self)
        self.want_compact = compact
        self.ask_on_close = ask_on_close
        self.dialog = None                 # the open question, if any (tests answer it)
        self._closing = False
        self._close_after_sign_out = False
        self._auto_sign_in = False          # --user: the sign-in page is not what is shown
        self._announced = False
        self._reported: tuple | None = None
        self._last_request: tuple[str, dict] | None = None   # to repeat it once the teller answered
        self.bar_place: tuple[int, int] | None = None          # where the compact bar goes (--at)

        self.session = DeskSession(hall, self)
        self.actions = DeskActions(self)
        self.addActions(self.actions.all())
        self.actions.requested.connect(self._on_request)
        self.global_keys = GlobalKeys(self)
        self.global_keys.pressed.connect(self._on_global_key)
        self._use_global_keys = hall.config["desk.global_keys"]

        # -- header ---------------------------------------------------------------------
        self.header = QFrame(objectName="header")
        self.counter_label = QLabel(objectName="headerCounter")
        self.teller_label = QLabel(objectName="headerTeller")
        self.counter_chip = QLabel(objectName="chip")
        self.busy_label = QLabel(objectName="headerTeller")
        self.busy_label.hide()
        head = QHBoxLayout(self.header)
        head.setContentsMargins(20, 10, 16, 10)
        head.setSpacing(14)
        head.addWidget(self.counter_label)
        head.addWidget(self.counter_chip)
        head.addWidget(self.teller_label)
        head.addStretch()
        head.addWidget(self.busy_label)
        self.ask_rating_button = BarButton(self.actions["ask_rating"])   # 请评价, before the window's own
        head.addWidget(self.ask_rating_button)
        self.header_buttons = [BarButton(self.actions["compact"]), BarButton(self.actions["sign_out"])]
        for button in self.header_buttons:
            head.addWidget(button)

        self.banner = Banner()

        # -- the desk page -----------------------------------------------------------------
        self.current = CurrentTicket()
        self.buttons = {name: ActionButton(self.actions[name]) for name in ACTIONS}
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, name in enumerate(ACTIONS):
            grid.addWidget(self.buttons[name], i // 5, i % 5)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.current, 1)
        left.addLayout(grid)
        self.side = SidePanel()
        self.side.setFixedWidth(330)
        self.side.unparkRequested.connect(self._unpark)
        self.rating_panel = RatingPanel()
        self.side.add_section(self.rating_panel)
        desk = QWidget()
        row = QHBoxLayout(desk)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        row.addLayout(left, 1)
        row.addWidget(self.side)

        self.signin = SignInPage(fixed_counter=counter)
        self.signin.submitted.connect(self._sign_in)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.signin)
        self.stack.addWidget(desk)
        self.desk_page = desk

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 12, 16, 16)
        body_layout.setSpacing(10)
        body_layout.addWidget(self.banner)
        body_layout.addWidget(self.stack, 1)
        root = QWidget(objectName="deskRoot")
        root_layout = QVBoxLayout(root)
        root_layout.setContentsMargins(0, 0, 0, 0)
        root_layout.setSpacing(0)
        root_layout.addWidget(self.header)
        root_layout.addWidget(body, 1)
        self.setCentralWidget(root)

        self.compact_bar = CompactBar(self.actions)
        self.compact_bar.closed.connect(self._compact_closed)
        self.attention = Attention([self.current, self.compact_bar], self, self)
        self._waiting_before: int | None = None

        # A hall without a lobby PC: this desk speaks its own calls (voice.announce_at).
        config = hall.config
        if announcer is None and config["voice.enabled"] and config["voice.announce_at"] in ("desk", "both"):
            from queuedesk.voice.announcer import Announcer  # renders speech: only when used
            announcer = Announcer(config, self)
        self.announcer = announcer
        if announcer is not None:
            self.session.ownCall.connect(self._say)

        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_HINT_MS)
        self._busy_timer.timeout.connect(lambda: self.busy_label.setVisible(self.session.busy))

        s = self.session
        s.changed.connect(self._on_changed)
        s.signedIn.connect(self._on_signed_in)
        s.signedOut.connect(self._on_signed_out)
        s.signInFailed.connect(lambda error: self.signin.show_error(self.texts.explain(error)))
        s.refused.connect(self._on_refused)
        s.queueEmpty.connect(lambda: self.banner.show_refusal(self.tr("Nobody is waiting for this counter.")))
        s.ready.connect(self.ready)
        self._retranslate()
        self._show_all()

    # -- starting ------------------------------------------------------------------------

    def start(self, user: str | None = None, password: str | None = None, preview: bool = False) -> None:
        """Begin following the hall; sign in at once when credentials were given. With
        `preview` (a screenshot) the desk shows what signing in would, and the hall is
        left as it was: no counter opened or taken, no sign-in left behind to lapse."""
        self.session.start()
        self._auto_sign_in = user is not None
        if user is not None:
            self.signin.user.setText(user)
            sign_in = self.session.preview if preview else self.session.sign_in
            sign_in(user, password or "", self.signin.fixed_counter or 0)
        elif self.signin.fixed_counter is None:
            self.signin.user.setFocus()

    def leave_and_quit(self, timeout_ms: int = 5000) -> None:
        """Stopped from outside (SIGTERM, SIGHUP, the desktop session ending): sign out
        cleanly, then quit; if the database does not answer in time, quit anyway (the
        counter's lease lapses and it shows as unattended)."""
        app = QApplication.instance()
        if self.session.leave():
            self.session.signedOut.connect(lambda *_: app.quit())
            self.session.refused.connect(lambda *_: app.quit())
            QTimer.singleShot(timeout_ms, app.quit)
        else:
            app.quit()

    def shutdown(self) -> None:
        """Stop background work; the counter stays as it is (tests, --screenshot)."""
        self._closing = True
        self.global_keys.release()
        self.attention.stop()
        self.session.shutdown()
        if self.announcer is not None:
            self.announcer.close()
        self.compact_bar.close()

    # -- requests from the teller -------------------------------------------------------

    def _sign_in(self, user: str, password: str, counter: int) -> None:
        self.signin.set_busy(self.session.sign_in(user, password, counter))

    def _on_request(self, name: str) -> None:
        state = self.session.state
        if name == "sign_out":
            self.session.sign_out()
        elif name == "compact":
            self.set_compact(not self.compact_bar.isVisible())
        elif name == "transfer":
            self._ask(TransferDialog(state, self), lambda d: self._perform("transfer", **d.target()))
        elif name == "pick":
            self._ask(TicketChoiceDialog(self.session, "waiting", self),
                      lambda d: self._perform("pick", number=d.number()))
        elif name == "unpark":
            if len(state.parked) == 1:
                self._unpark(state.parked[0].number)
            else:
                self._ask(TicketChoiceDialog(self.session, "parked", self),
                          lambda d: self._perform("unpark", number=d.number()))
        elif name == "pause" and state.pause_action == "pause":
            self._ask(PauseDialog(self), lambda d: self._perform("pause", reason=d.reason()))
        elif name == "pause":
            self._perform(state.pause_action)
        elif name == "no_show" and state.current is not None:
            self._confirm_no_show(state.current.number)
        else:
            self._perform(name)

    def _on_global_key(self, name: str) -> None:
        """F1…F10 from the system, whatever has the focus (see hotkeys.py)."""
        if self.dialog is not None:
            # A question is open: only its own keys answer it; nothing acts behind it.
            if isinstance(self.dialog, ChoiceDialog):
                self.dialog.press_key(SHORTCUTS[name])
            return
        self.actions[name].trigger()

    def _perform(self, name: str, **params) -> None:
        self._last_request = (name, params)
        self.session.perform(name, **params)

    def _unpark(self, number: str) -> None:
        if self.session.available()["unpark"]:
            self._perform("unpark", number=number)

    def _confirm_no_show(self, number: str) -> None:
        """A no-show ends a visit: a stray click (aimed at the button beside it) must not."""
        dialog = ChoiceDialog(
            self.tr("Mark {0} as no-show?").format(number),
            self.tr("The customer did not come forward. The ticket ends; they will need a new one."),
            [("no_show", self.tr("Mark no-show"), "warn"), ("cancel", self.tr("Cancel"), "cancel")],
            default="cancel", parent=self, hint=self.tr("Press F5 again to confirm, Esc to cancel."))
        dialog.add_key("no_show", "F5")
        self._ask(dialog, lambda d: self._perform("no_show"))

    def _ask_not_started(self, number: str) -> None:
        """Call next met a customer who was called and never started: served or not, the
        teller knows; the desk never guesses "served"."""
        name, params = self._last_request or ("call_next", {})
        dialog = ChoiceDialog(
            self.tr("{0} was called but never started").format(number),
            self.tr("Did the customer not come? Then they are marked no-show and the next one is called. "
                    "If they are at the counter, start their service instead."),
            [("no_show", self.tr("No-show, call next"), "warn"), ("start", self.tr("Start service"), "normal"),
             ("cancel", self.tr("Cancel"), "cancel")],
            default="cancel", parent=self, hint=self.tr("F1: no-show and call next · F3: start service · Esc: cancel"))
        dialog.add_key("no_show", "F1")
        dialog.add_key("start", "F3")
        self._ask(dialog, lambda d: self._perform("start") if d.answer == "start"
                  else self._perform(name, **{**params, "no_show_current": True}))

    def _ask(self, dialog, then) -> None:
        """Open a question beside the live desk; act when it is answered."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dialog = dialog
        if self.compact_bar.isVisible():
            # Asked from the always-on-top bar: the question must not open behind it.
            dialog.setWindowFlag(Qt.WindowStaysOnTopHint, True)
        dialog.accepted.connect(lambda: then(dialog))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    # -- compact mode -------------------------------------------------------------------

    def set_compact(self, compact: bool) -> None:
        state = self.session.state
        self.actions.set_compact(compact, state)
        if compact:
            bar = self.compact_bar
            bar.show_state(state)
            bar.adjustSize()
            screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            if self.bar_place is not None:
                bar.move(*self.bar_place)
            else:
                bar.move(screen.center().x() - bar.width() // 2, screen.top() + 8)
            bar.show()
            bar.raise_()
            self.hide()
        else:
            self.compact_bar.hide()
            self.show()
            self.raise_()
            self.activateWindow()

    def _compact_closed(self) -> None:
        if not self._closing and not self.isVisible():
            self.set_compact(False)

    # -- showing the session's state ------------------------------------------------------

    def _on_changed(self, parts) -> None:
        state = self.session.state
        if "busy" in parts:
            if self.session.busy:
                self._busy_timer.start()
            else:
                self._busy_timer.stop()
                self.busy_label.hide()
            self.signin.set_busy(self.session.busy and not state.signed_in)
        if "online" in parts:
            if not state.online:
                self._close_after_sign_out = False   # that sign-out may never be answered
            if state.online:
                self.banner.show_online()
            else:
                self.banner.show_offline(self._offline_text())
        if "counters" in parts:
            self.signin.show_counters(state)
            if not (state.signed_in or self._auto_sign_in or self._announced):
                self._announced = True   # the sign-in page shows live counters: ready for a screenshot
                self.ready.emit()
        self.actions.update(state)
        if parts & {"current", "counter", "queues", "signin", "online"}:
            self.current.show_state(state)
        if parts & {"queues", "counter", "parked", "figures"}:
            self.side.show_state(state, set(parts))
        if "queues" in parts:
            self._maybe_ring(state)
        if "figures" in parts:
            self.rating_panel.show_state(state)
        self.compact_bar.show_state(state)
        self._show_header()
        self._report(state)

    def _maybe_ring(self, state) -> None:
        """The first customer after an empty queue, at a free open counter: chime and flash."""
        waiting = len(state.waiting) if state.signed_in else None
        if (self._waiting_before == 0 and waiting and state.current is None and state.counter is not None
                and state.counter.state == "open"):
            self.attention.ring()
        self._waiting_before = waiting

    def _say(self, event) -> None:
        """This counter's own call, on this PC's loudspeaker (voice.announce_at desk|both)."""
        texts = self.session.texts
        self.announcer.set_hall(texts.voice if texts is not None else None,
                                {c.number: LocalText(c.names) for c in self.session.state.counters if c.names})
        kind = "recall" if isinstance(event, events.TicketRecalled) else "call"
        self.announcer.announce(event.id, event.ticket_number, event.counter, kind, committed_at=event.at)

    def _report(self, state) -> None:
        """Tell end-to-end tests what is on screen (a no-op unless QUEUEDESK_PROBE is set)."""
        seen = (state.counter_no, state.current.number if state.current else None,
                state.current.state if state.current else None, state.online)
        if seen != self._reported:
            self._reported = seen
            probe.report("desk", "current", counter=seen[0], number=seen[1], state=seen[2], online=seen[3])

    def _show_all(self) -> None:
        state = self.session.state
        self.actions.update(state)
        self.current.show_state(state)
        self.side.show_state(state)
        self.rating_panel.show_state(state)
        self.compact_bar.show_state(state)
        self._show_header()

    def _offline_text(self) -> str:
        problem = self.session.state.problem
        text = self.tr("The database is unreachable. Actions are disabled; the desk reconnects by itself.")
        return f"{text}\n{self.texts.explain(problem)}" if problem else text

    def _show_header(self) -> None:
        state = self.session.state
        if not state.signed_in:
            self.counter_label.setText(self.tr("Counter desk"))
            self.teller_label.setText("")
            self.counter_chip.hide()
            for button in (self.ask_rating_button, *self.header_buttons):
                button.hide()
            return
        for button in (self.ask_rating_button, *self.header_buttons):
            button.show()
        self.counter_label.setText(self.texts.counter_name(state.counter_no, state.counter_names))
        self.teller_label.setText(f"{state.staff_name} ({state.user})")
        c = state.counter
        text = self.texts.counter_state(c.state)
        if c.state == "paused" and c.pause_reason:
            text = self.tr("{0}: {1}").format(text, self.texts.pause_reason(c.pause_reason))
        self.counter_chip.setText(text)
        self.counter_chip.setProperty("tone", {"open": "green", "paused": "amber"}.get(c.state, "grey"))
        repolish(self.counter_chip)
        self.counter_chip.show()
        self.busy_label.setText(self.tr("Working…"))

    def _on_signed_in(self) -> None:
        if self._use_global_keys and not self.session.previewing:
            self.global_keys.grab({name: SHORTCUTS[name] for name in ACTIONS})
        self.signin.set_busy(False)
        self.signin.password.clear()
        self.signin.show_error("")
        self.stack.setCurrentWidget(self.desk_page)
        self._retranslate()
        if self.want_compact:
            self.set_compact(True)

    def _on_signed_out(self, by_teller: bool, holder: str) -> None:
        self.global_keys.release()
        if self.compact_bar.isVisible():
            self.set_compact(False)
        if self.dialog is not None:
            self.dialog.reject()
        self.stack.setCurrentWidget(self.signin)
        self._retranslate()
        if not by_teller:
            self.signin.show_error(self.tr("You were signed out: {0} took the counter.").format(holder) if holder
                                   else self.tr("You were signed out: the counter was closed elsewhere."))
        self.session.refresh({"counters"})
        if self._close_after_sign_out:
            self.close()

    def _on_refused(self, error: Exception) -> None:
        self._close_after_sign_out = False   # e.g. sign-out refused: a customer is still here
        if getattr(error, "code", None) == "not_started":
            self._ask_not_started(error.params.get("ticket", ""))
            return
        self.banner.show_refusal(self.texts.explain(error))

    def _retranslate(self) -> None:
        state = self.session.state
        if state.signed_in:
            self.setWindowTitle(self.tr("Counter desk — {0}").format(self.texts.counter_name(state.counter_no,
                                                                                               state.counter_names)))
        else:
            self.setWindowTitle(self.tr("Counter desk — sign in"))
        self.compact_bar.setWindowTitle(self.windowTitle())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self._retranslate()
            self._show_all()
        super().changeEvent(event)

    # -- closing ------------------------------------------------------------------------

    def closeEvent(self, event) -> None:
        if self.session.state.signed_in and self.ask_on_close and not self._closing:
            answer = QMessageBox.question(
                self, self.tr("Close the desk"),
                self.tr("Sign out of {0} before closing? If you do not, the counter stays open.")
                .format(self.texts.counter_name(self.session.state.counter_no, self.session.state.counter_names)),
                QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel, QMessageBox.Yes)
            if answer == QMessageBox.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.Yes:
                # Close once the sign-out is recorded; a refusal (customer still here) keeps us open.
                self._close_after_sign_out = self.session.sign_out()
                event.ignore()
                return
        self._closing = True
        self.global_keys.release()
        self.session.shutdown()
        self.compact_bar.close()
        super().closeEvent(event)
