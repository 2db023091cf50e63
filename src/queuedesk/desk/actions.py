"""The desk's actions as QActions (label, shortcut, enabled), shared by both views.

The full window and the compact bar show buttons for the same QAction objects, so a
shortcut, a label or an enabled state is defined once. A burst of triggers of one action
(double click, a held key) counts as one request.
"""
from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from queuedesk.desk.rules import ACTIONS, SIDE_ACTIONS, DeskState, available, can_sign_out, next_step
from queuedesk.qtkit.theme import repolish

SHORTCUTS = {
    "call_next": "F1", "recall": "F2", "start": "F3", "finish": "F4", "no_show": "F5",
    "transfer": "F6", "park": "F7", "unpark": "F8", "pick": "F9", "pause": "F10",
    "ask_rating": "F11", "compact": "F12",
}
#: How a button stands out besides being the next step (see rules.next_step): no-show is
#: drawn in amber, as a warning that it ends a customer's visit.
ROLES = {"no_show": "warn"}


class DeskActions(QObject):
    """`requested(name)` when the teller asks for an action that applies now."""

    requested = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.actions: dict[str, QAction] = {}
        for name in (*ACTIONS, *SIDE_ACTIONS, "sign_out", "compact"):
            action = QAction(self)
            action.setObjectName(name)
            if name in SHORTCUTS:
                action.setShortcut(QKeySequence(SHORTCUTS[name]))
                # Held keys repeat; the repeat guard below would drop them anyway.
                action.setAutoRepeat(False)
            action.triggered.connect(partial(self._trigger, name))
            self.actions[name] = action
        self._last: dict[str, float] = {}
        self._compact = False
        self.next: str | None = None       # the action highlighted now
        self.update(DeskState())

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def all(self) -> list[QAction]:
        return list(self.actions.values())

    def _trigger(self, name: str) -> None:
        now = time.monotonic()
        last = self._last.get(name, -1e9)
        self._last[name] = now
        if now - last < QApplication.doubleClickInterval() / 1000:
            return   # the second click of a double click, or a bounce
        self.requested.emit(name)

    def labels(self, state: DeskState) -> dict[str, str]:
        pause = {"pause": self.tr("Pause…"), "resume": self.tr("Resume"),
                 "open": self.tr("Open counter")}[state.pause_action]
        return {
            "call_next": self.tr("Call next"),
            "recall": self.tr("Recall"),
            "start": self.tr("Start service"),
            "finish": self.tr("Finish"),
            "no_show": self.tr("No-show"),
            "transfer": self.tr("Transfer…"),
            "park": self.tr("Park"),
            "unpark": self.tr("Un-park…"),
            "pick": self.tr("Call a number…"),
            "pause": pause,
            "ask_rating": self.tr("Ask for a rating"),
            "sign_out": self.tr("Sign out"),
            "compact": self.tr("Full view") if self._compact else self.tr("Compact bar"),
        }

    def tips(self) -> dict[str, str]:
        return {
            "call_next": self.tr("Finish the current customer and call the next one in line"),
            "recall": self.tr("Announce the current number again"),
            "start": self.tr("The customer has arrived: start the service clock"),
            "finish": self.tr("The service is done"),
            "no_show": self.tr("The customer did not come"),
            "transfer": self.tr("Send the customer to another service or counter, with a note"),
            "park": self.tr("Set the customer aside (e.g. to fill in a form) and serve the next"),
            "unpark": self.tr("Call a parked customer back"),
            "pick": self.tr("Call a specific waiting ticket out of turn (recorded)"),
            "pause": self.tr("Pause the counter with a reason, or resume"),
            "ask_rating": self.tr("Ask the customer just served to rate the visit on the counter's rating screen"),
            "sign_out": self.tr("Close the counter and sign out"),
            "compact": self.tr("Switch between the full window and the slim always-on-top bar"),
        }

    def set_compact(self, compact: bool, state: DeskState) -> None:
        self._compact = compact
        self.update(state)

    def update(self, state: DeskState) -> None:
        """Labels and enabled states for this state of the desk."""
        enabled = available(state)
        enabled["sign_out"] = can_sign_out(state)
        enabled["compact"] = state.signed_in
        labels, tips = self.labels(state), self.tips()
        self.next = next_step(state)
        for name, action in self.actions.items():
            action.setText(labels[name])
            shortcut = SHORTCUTS.get(name)
            action.setToolTip(f"{tips[name]} ({shortcut})" if shortcut else tips[name])
            action.setEnabled(enabled[name])
            # Buttons read this when the action changes (QAction.changed): one highlighted.
            action.setProperty("next", name == self.next and enabled[name])
            action.changed.emit()


class ActionButton(QPushButton):
    """A big button for a QAction: its label, and the shortcut in a key cap beneath."""

    def __init__(self, action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.setObjectName("action")
        self.setProperty("role", ROLES.get(action.objectName(), "normal"))
        self.setFocusPolicy(Qt.NoFocus)   # keys belong to the shortcuts, not to a focused button
        self.text_label = QLabel(alignment=Qt.AlignCenter, objectName="actionText")
        self.key_label = QLabel(alignment=Qt.AlignCenter, objectName="actionKey")
        for label in (self.text_label, self.key_label):
            label.setAttribute(Qt.WA_TransparentForMouseEvents)
        keys = QHBoxLayout()
        keys.addStretch()
        keys.addWidget(self.key_label)
        keys.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 8)
        layout.setSpacing(4)
        layout.addWidget(self.text_label)
        layout.addLayout(keys)
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.text_label.setText(self.action.text())
        self.key_label.setText(self.action.shortcut().toString(QKeySequence.NativeText))
        self.key_label.setVisible(not self.action.shortcut().isEmpty())
        self.setToolTip(self.action.toolTip())
        enabled = self.action.isEnabled()
        self.setEnabled(enabled)
        self.setAccessibleName(self.action.text())
        highlighted = bool(self.action.property("next"))
        if bool(self.property("next")) != highlighted:
            self.setProperty("next", highlighted)
            repolish(self)
        # Label colours follow the button's state by property: Qt style sheets do not
        # apply an ancestor's :enabled/:disabled to its children.
        tone = "off" if not enabled else ("on" if highlighted else "normal")
        for label in (self.text_label, self.key_label):
            if label.property("tone") != tone:
                label.setProperty("tone", tone)
                repolish(label)


class BarButton(QPushButton):
    """A slim one-line button for the compact bar: label and key side by side."""

    def __init__(self, action: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.setProperty("role", ROLES.get(action.objectName(), "normal"))
        self.setFocusPolicy(Qt.NoFocus)
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        key = self.action.shortcut().toString(QKeySequence.NativeText)
        self.setText(f"{self.action.text()}  {key}" if key else self.action.text())
        self.setToolTip(self.action.toolTip())
        self.setEnabled(self.action.isEnabled())
        self.setAccessibleName(self.action.text())
        highlighted = bool(self.action.property("next"))
        if bool(self.property("next")) != highlighted:
            self.setProperty("next", highlighted)
            repolish(self)
