"""The current ticket, large: what the teller must see at a glance."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from queuedesk.desk.rules import DeskState
from queuedesk.desk.style import INK, wait_colour
from queuedesk.desk.texts import Texts
from queuedesk.qtkit.theme import repolish


def _since(iso: str | None) -> float | None:
    if not iso:
        return None
    return (datetime.now(timezone.utc) - datetime.fromisoformat(iso)).total_seconds()


class CurrentTicket(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.texts = Texts(self)
        self.state = DeskState()

        self.caption = QLabel(objectName="caption")
        self.chip = QLabel(objectName="chip")
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addStretch()
        top.addWidget(self.chip)

        self.number = QLabel("—", objectName="bigNumber", alignment=Qt.AlignCenter)
        self.service = QLabel(objectName="serviceName", alignment=Qt.AlignCenter)
        self.priority = QLabel(objectName="chip")
        service_row = QHBoxLayout()
        service_row.addStretch()
        service_row.addWidget(self.service)
        service_row.addWidget(self.priority)
        service_row.addStretch()

        # Two facts side by side: how long the customer waited, how long they are at the counter.
        self.waited_caption = QLabel(objectName="fact", alignment=Qt.AlignCenter)
        self.waited = QLabel(objectName="factValue", alignment=Qt.AlignCenter)
        self.at_counter_caption = QLabel(objectName="fact", alignment=Qt.AlignCenter)
        self.at_counter = QLabel(objectName="factValue", alignment=Qt.AlignCenter)
        facts = QGridLayout()
        facts.addWidget(self.waited_caption, 0, 0)
        facts.addWidget(self.waited, 1, 0)
        facts.addWidget(self.at_counter_caption, 0, 1)
        facts.addWidget(self.at_counter, 1, 1)

        # Notes are typed by tellers: never let them be read as rich text.
        self.note = QLabel(objectName="note", wordWrap=True, textFormat=Qt.PlainText)
        self.hint = QLabel(objectName="hint", alignment=Qt.AlignCenter, wordWrap=True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 20)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addStretch(1)
        layout.addWidget(self.number)
        layout.addLayout(service_row)
        layout.addSpacing(10)
        layout.addLayout(facts)
        layout.addSpacing(6)
        layout.addWidget(self.note)
        layout.addWidget(self.hint)
        layout.addStretch(1)

        # The "at the counter" clock ticks locally; nothing is read from the database for it.
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self.show_state(self.state)

    def show_state(self, state: DeskState) -> None:
        self.state = state
        t, tx = state.current, self.texts
        self.caption.setText(self.tr("NOW AT THE COUNTER"))
        self.number.setAccessibleName(self.tr("Current number"))
        idle = t is None
        self.number.setProperty("idle", "true" if idle else "false")
        repolish(self.number)
        for widget in (self.service, self.waited_caption, self.waited, self.at_counter_caption,
                       self.at_counter):
            widget.setVisible(not idle)
        if idle:
            self.priority.hide()
            self.note.hide()
            self._show_idle_chip_and_hint(state)
            return
        self.number.setText(t.number)
        self.service.setText(tx.service_name(t.service_names))
        self.priority.setVisible(t.priority != "normal")
        self.priority.setText(tx.priority(t.priority))
        self.priority.setProperty("tone", "red" if t.priority == "emergency" else "amber")
        repolish(self.priority)
        self.waited_caption.setText(self.tr("Waited"))
        self.waited.setText(tx.minutes(t.waited_min))
        # The wait in the service's colours: the teller sees at once who waited too long.
        service = next((s for s in state.services if s.code == t.service), None)
        colour = wait_colour(t.waited_min, service.target_wait_min, service.max_wait_min, 1) \
            if service else INK
        self.waited.setStyleSheet(f"color: {colour};")
        self.at_counter_caption.setText(self.tr("In service") if t.state == "serving"
                                        else self.tr("Since the call"))
        state_text = tx.ticket_state(t.state)
        if t.state == "called" and t.recalls:
            state_text = self.tr("Recalled ×{0}").format(t.recalls)
        self.chip.setText(state_text)
        self.chip.setProperty("tone", "green" if t.state == "serving" else "blue")
        self.chip.show()
        repolish(self.chip)
        if t.note or t.transferred_from:
            self.note.setText(self.tr("Transferred in — note: {0}").format(t.note) if t.note
                              else self.tr("Transferred in (no note)"))
            self.note.show()
        else:
            self.note.hide()
        self.hint.setText(self.tr("Press Start service when the customer arrives.")
                          if t.state == "called" else "")
        self.hint.setVisible(t.state == "called")
        self._tick()

    def _show_idle_chip_and_hint(self, state: DeskState) -> None:
        """No customer: say what the counter is doing and what to press."""
        counter = state.counter
        self.chip.hide()
        if counter is not None and counter.state == "paused":
            self.number.setText(self.tr("Paused"))
            self.hint.setText(self.tr("Reason: {0}. Resume (F10) to call again.")
                              .format(self.texts.pause_reason(counter.pause_reason)))
        elif counter is not None and counter.state == "closed":
            self.number.setText(self.tr("Closed"))
            self.hint.setText(self.tr("Open the counter (F10) to call."))
        else:
            self.number.setText(self.tr("Ready to call"))
            waiting = state.waiting_count
            self.hint.setText(self.tr("{0} waiting for this counter. Press Call next (F1).").format(waiting)
                              if waiting else self.tr("Nobody is waiting for this counter."))
        self.hint.show()

    def resizeEvent(self, event) -> None:
        # The number is the biggest thing, as big as the card allows: 150 px on a tall
        # desk, less on a 720-line monitor, so nothing under it is pushed out.
        px = max(64, min(150, round(self.height() * 0.3)))
        self.number.setStyleSheet(f'QLabel[idle="false"] {{ font-size: {px}px; }} '
                                  f'QLabel[idle="true"] {{ font-size: {min(px, 56)}px; }}')
        super().resizeEvent(event)

    def _tick(self) -> None:
        t = self.state.current
        if t is None:
            return
        since = _since(t.started_at if t.state == "serving" else t.called_at)
        self.at_counter.setText(self.texts.clock(since) if since is not None else "—")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.show_state(self.state)
        super().changeEvent(event)
