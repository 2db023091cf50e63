"""The lobby manager's console: the board on the left, alerts and actions on the right.

    ┌ 大堂经理台 · branch ─────────────────────────── online · time · manager ┐
    │ business types (waiting, longest wait, hint)  │ alerts, newest first     │
    │ counters (doing what, for how long, teller)   │ actions | appointments … │
    └──────────────────────────────────────────────────────────────────────────┘
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from queuedesk.console import style
from queuedesk.console.actions import ActionsPanel, NoticePanel
from queuedesk.console.alerts import AlertsPanel
from queuedesk.console.board import CountersTable, ServicesTable
from queuedesk.console.session import ConsoleSession
from queuedesk.console.side import AppointmentsTable, ComplaintsTable
from queuedesk.console.sound import AlertSound
from queuedesk.console.texts import ConsoleTexts
from queuedesk.operations import actors
from queuedesk.operations.hall import Hall

#: Counter rows the board keeps in sight on a laptop, before the queues get their room.
COUNTER_ROWS = 8


class ConsoleWindow(QWidget):
    ready = Signal()            # the first board is on screen

    def __init__(self, hall: Hall, user: str, chime: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("consoleRoot")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.hall, self.user = hall, user
        tz = hall.config.timezone
        self.texts = ConsoleTexts(self)
        self.session = ConsoleSession(hall, self)
        self.sound = AlertSound(chime, self)
        self._ready_sent = False

        self.header = QFrame(objectName="consoleHeader")
        self.heading = QLabel()
        self.branch = ""
        self.online = QLabel(objectName="online")
        self.clock = QLabel("00:00")
        self.operator = QLabel()
        top = QHBoxLayout(self.header)
        top.addWidget(self.heading, 1)
        top.addWidget(self.online)
        top.addSpacing(24)
        top.addWidget(self.operator)
        top.addSpacing(24)
        top.addWidget(self.clock)

        self.services_title = QLabel(objectName="section")
        self.services = ServicesTable(self.texts)
        self.counters_title = QLabel(objectName="section")
        self.counters = CountersTable(self.texts)
        left = self.board = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.services_title)
        lbox.addWidget(self.services, 4)
        lbox.addWidget(self.counters_title)
        lbox.addWidget(self.counters, 6)

        self.alerts = AlertsPanel(self.texts, tz)
        self.actions = ActionsPanel(self.texts)
        self.appointments = AppointmentsTable(self.texts, tz)
        self.complaints = ComplaintsTable(self.texts)
        self.notice = NoticePanel()
        self.tabs = QTabWidget()
        for widget in (self.actions, self.appointments, self.complaints, self.notice):
            self.tabs.addTab(widget, "")
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.alerts)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 5)
        right.setStretchFactor(1, 6)
        self.right = right
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        self.body = body
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.header)
        inner = QVBoxLayout()
        inner.setContentsMargins(12, 8, 12, 12)
        inner.addWidget(body, 1)
        box.addLayout(inner, 1)

        s = self.session
        s.boardChanged.connect(self._on_board)
        s.newAlerts.connect(self._on_new_alerts)
        s.done.connect(self._on_done)
        s.refused.connect(lambda _name, error: self.actions.show_status(self.texts.refusal(error), ok=False))
        s.failed.connect(lambda _name, message: self.actions.show_status(
            self.tr("Not done: {0}").format(message), ok=False))
        s.onlineChanged.connect(self._show_online)
        self.alerts.acknowledge.connect(lambda key, kind: s.act("acknowledge", key, kind))
        self.actions.requested.connect(lambda name, args: s.act(name, *args))
        self.actions.reflowed.connect(lambda: QTimer.singleShot(0, self, self._share))
        self.notice.requested.connect(lambda name, args: s.act(name, *args))
        self.body_px = 0
        self.resize(1920, 1080)
        self._size_text()
        self.retranslate()

    def start(self) -> None:
        self.session.start()

    def resizeEvent(self, event) -> None:
        self._size_text()
        super().resizeEvent(event)
        self._share()
        QTimer.singleShot(0, self, self._share)      # once the layout has given the body its new width

    def _share(self) -> None:
        # The board gets the larger share: it is what the manager reads most, and on a
        # laptop all it needs to show every column whole, as long as the right keeps its
        # tabs' titles and the actions' widest pick list (they go on more lines there).
        width = self.body.width() - self.body.handleWidth()
        right = max(self.right.minimumSizeHint().width(), self.tabs.tabBar().sizeHint().width() + 4)
        need = max(self.services.natural_width, self.counters.natural_width)
        board = max(0, min(max(round(width * 0.56), need), width - right))
        if self.body.sizes() != [board, width - board]:
            self.body.setSizes([board, width - board])
        # The actions' lines whole, the alerts' list gives up what they need.
        height = self.right.height() - self.right.handleWidth()
        tabs = min(height, max(round(height * 6 / 11), self.tabs.minimumSizeHint().height()))
        if height > 0 and self.right.sizes() != [height - tabs, tabs]:
            self.right.setSizes([height - tabs, tabs])
        # The queues whole where their names went on two lines, as long as the counters
        # keep COUNTER_ROWS in sight (a laptop in English): then the queues scroll.
        table, counters = self.services, self.counters
        rows = table.horizontalHeader().height() + table.verticalHeader().length() + 2 * table.frameWidth()
        keep = (counters.horizontalHeader().height() + 2 * counters.frameWidth()
                + min(COUNTER_ROWS, counters.rowCount()) * counters.verticalHeader().defaultSectionSize()
                + self.counters_title.sizeHint().height() + self.services_title.sizeHint().height()
                + 3 * self.board.layout().spacing())
        table.setMinimumHeight(max(0, min(rows, self.board.height() * 3 // 5, self.board.height() - keep)))

    def _size_text(self) -> None:
        """Text sized from the window (style.body_px): larger on a larger screen."""
        px = style.body_px(self.width(), self.height())
        if px == self.body_px:
            return
        self.body_px = px
        self.setStyleSheet(style.sheet(px))
        for table in (self.services, self.counters, self.appointments, self.complaints):
            table.verticalHeader().setDefaultSectionSize(style.row_px(px))
        for table in (self.services, self.counters):
            table.fit()
        self.clock.setMinimumWidth(QFontMetrics(self._header_font(px)).horizontalAdvance("00:00") * 2)

    @staticmethod
    def _header_font(px: int) -> QFont:
        font = QFont()
        font.setPixelSize(round(px * 1.25))
        font.setBold(True)
        return font

    def shutdown(self) -> None:
        self.session.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- answers --------------------------------------------------------------------------

    def _on_board(self, board) -> None:
        # "Booked" (checked-in holders waiting) only on a day with bookings: a laptop's
        # board keeps the room for the business types' names.
        self.services.show_booked(bool(board.appointments))
        self.services.show_rows(board.services)
        self.counters.show_rows(board.counters)
        self.alerts.show_alerts(board.alerts, {s.code: s.names for s in board.services},
                                {c.number: c.names for c in board.counters})
        self.actions.set_board(board.services, board.counters)
        self.appointments.show_rows(board.appointments)
        self.complaints.show_rows(board.complaints)
        self.notice.show_notice(board.notice)
        self._share()                               # the board's room follows its names
        at = datetime.fromisoformat(board.at).astimezone(self.hall.config.timezone)
        self.clock.setText(f"{at:%H:%M}")
        self.operator.setText(self._operator())
        self._retitle_tabs()
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def _on_new_alerts(self, alerts: list) -> None:
        self.sound.ring()

    def _on_done(self, name: str, result) -> None:
        self.actions.show_status(self.texts.done(name, result), ok=True)

    def _show_online(self, online: bool) -> None:
        self.online.setText("" if online else self.tr("Database unreachable: showing the last known board"))
        self.online.setProperty("state", "on" if online else "off")
        self.online.style().unpolish(self.online)
        self.online.style().polish(self.online)

    # -- words --------------------------------------------------------------------------------

    def _operator(self) -> str:
        """Who is at the console: their name as the staff list has it, else the login —
        the computer's own account ("os:root") said as such."""
        board = self.session.board
        if board and board.operator_name:
            return board.operator_name
        account = actors.computer_account(self.user)
        return self.tr("{0} (this computer's account)").format(account) if account else self.user

    def _retitle_tabs(self) -> None:
        board = self.session.board
        booked = len(board.appointments) if board else 0
        open_complaints = len(board.complaints) if board else 0
        self.tabs.setTabText(0, self.tr("Actions"))
        self.tabs.setTabText(1, self.tr("Appointments today ({0})").format(booked))
        self.tabs.setTabText(2, self.tr("Open complaints ({0})").format(open_complaints))
        self.tabs.setTabText(3, self.tr("Lobby notice"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lobby manager's console"))
        self.heading.setText(self.tr("Lobby manager's console"))
        self.operator.setText(self._operator())
        self.services_title.setText(self.tr("Queues"))
        self.counters_title.setText(self.tr("Counters"))
        self._retitle_tabs()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
