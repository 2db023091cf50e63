"""The small questions some actions ask: which reason, where to, which ticket, and "are
you sure" before a no-show.

Each dialog is opened window-modal with open() (not exec()), so the event feed keeps
flowing while it is up and its lists stay live. They take the desk's style sheet from
their parent (style.py: large type, the desk's buttons).
"""
from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from queuedesk.desk.rules import DeskState
from queuedesk.desk.texts import Texts
from queuedesk.operations.counters import PAUSE_REASONS


class PauseDialog(QDialog):
    """Leaving the post needs a reason: one of PAUSE_REASONS, "other" with a written one."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pause the counter"))
        self.setMinimumWidth(340)
        texts = Texts(self)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why is the counter pausing?")))
        self.buttons_by_reason: dict[str, QRadioButton] = {}
        for i, reason in enumerate(PAUSE_REASONS):
            button = QRadioButton(texts.pause_reason(reason))
            self.group.addButton(button, i)
            self.buttons_by_reason[reason] = button
            layout.addWidget(button)
        self.detail = QLineEdit(placeholderText=self.tr("Write the reason"))
        self.detail.setEnabled(False)
        layout.addWidget(self.detail)
        self.box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.box.button(QDialogButtonBox.Ok).setText(self.tr("Pause"))
        self.box.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.group.idToggled.connect(lambda *_: self._validate())
        self.detail.textChanged.connect(self._validate)
        self.buttons_by_reason["break"].setChecked(True)
        self._validate()

    def choose(self, reason: str, detail: str = "") -> None:
        self.buttons_by_reason[reason].setChecked(True)
        self.detail.setText(detail)

    def reason(self) -> str:
        chosen = PAUSE_REASONS[self.group.checkedId()]
        return f"other: {self.detail.text().strip()}" if chosen == "other" else chosen

    def _validate(self) -> None:
        other = self.group.checkedId() == PAUSE_REASONS.index("other")
        self.detail.setEnabled(other)
        ok = self.group.checkedId() >= 0 and (not other or bool(self.detail.text().strip()))
        self.box.button(QDialogButtonBox.Ok).setEnabled(ok)


class TransferDialog(QDialog):
    """Where the customer goes next (a service or a counter) and what they should know."""

    def __init__(self, state: DeskState, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer {0}").format(state.current.number if state.current else ""))
        self.setMinimumWidth(440)
        texts = Texts(self)
        current_service = state.current.service if state.current else None
        self.to_service = QRadioButton(self.tr("To a service"))
        self.to_counter = QRadioButton(self.tr("To a counter"))
        self.services = QComboBox()
        for s in state.services:
            if s.code != current_service and s.enabled:
                self.services.addItem(f"{s.prefix}  {texts.service_name(s.names)}", s.code)
        self.counters = QComboBox()
        # Open counters first (a customer sent to a closed one waits for nobody); the
        # others are listed, greyed, so the teller sees why they cannot be chosen.
        others = sorted((c for c in state.counters if c.number != state.counter_no),
                        key=lambda c: (c.state != "open", c.number))
        for c in others:
            self.counters.addItem(f"{texts.counter_name(c.number, c.names)} — {texts.counter_state(c.state)}",
                                  c.number)
            if c.state != "open":
                self.counters.model().item(self.counters.count() - 1).setEnabled(False)
        self.counters.setCurrentIndex(0 if others and others[0].state == "open" else -1)
        self.note = QLineEdit(placeholderText=self.tr("Note for the next counter (what was done, what is needed)"))
        self.note.setMaxLength(200)
        grid = QGridLayout()
        grid.addWidget(self.to_service, 0, 0)
        grid.addWidget(self.services, 0, 1)
        grid.addWidget(self.to_counter, 1, 0)
        grid.addWidget(self.counters, 1, 1)
        grid.addWidget(QLabel(self.tr("Note")), 2, 0)
        grid.addWidget(self.note, 2, 1)
        explain = QLabel(self.tr("The customer keeps the number and goes to the head of the new queue."),
                         wordWrap=True)
        explain.setStyleSheet("color: #5b6b7c;")
        self.box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.box.button(QDialogButtonBox.Ok).setText(self.tr("Transfer"))
        self.box.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(explain)
        layout.addWidget(self.box)
        group = QButtonGroup(self)
        group.addButton(self.to_service)
        group.addButton(self.to_counter)
        self.to_service.toggled.connect(self._validate)
        self.to_counter.toggled.connect(self._validate)
        self.services.currentIndexChanged.connect(self._validate)
        self.counters.currentIndexChanged.connect(self._validate)
        self.to_service.setChecked(True)
        self._validate()

    def choose_service(self, code: str, note: str = "") -> None:
        self.to_service.setChecked(True)
        self.services.setCurrentIndex(self.services.findData(code))
        self.note.setText(note)

    def choose_counter(self, number: int, note: str = "") -> None:
        self.to_counter.setChecked(True)
        self.counters.setCurrentIndex(self.counters.findData(number))
        self.note.setText(note)

    def target(self) -> dict:
        note = self.note.text().strip() or None
        if self.to_service.isChecked():
            return {"to_service": self.services.currentData(), "note": note}
        return {"to_counter": self.counters.currentData(), "note": note}

    def _validate(self) -> None:
        by_service = self.to_service.isChecked()
        self.services.setEnabled(by_service)
        self.counters.setEnabled(not by_service)
        combo = self.services if by_service else self.counters
        index = combo.currentIndex()
        model = combo.model()
        usable = index >= 0 and (not isinstance(model, QStandardItemModel) or model.item(index).isEnabled())
        self.box.button(QDialogButtonBox.Ok).setEnabled(usable)


class TicketChoiceDialog(QDialog):
    """Choose one ticket from a live list: a waiting one to call, or a parked one.

    The list follows the session: a ticket called elsewhere while the dialog is open
    disappears from it, and the selection stays on the same number.
    """

    def __init__(self, session, which: str, parent=None):
        super().__init__(parent)
        self.session, self.which = session, which
        self.texts = Texts(self)
        waiting = which == "waiting"
        self.setWindowTitle(self.tr("Call a waiting ticket") if waiting else self.tr("Call a parked ticket back"))
        self.resize(560, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Service"), self.tr("Priority"),
                                              self.tr("Waited") if waiting else self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept() if self.number() else None)
        self.table.itemSelectionChanged.connect(self._validate)
        hint = QLabel(self.tr("Calling out of turn is recorded with your name.") if waiting else "")
        hint.setStyleSheet("color: #5b6b7c;")
        self.box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.box.button(QDialogButtonBox.Ok).setText(self.tr("Call"))
        self.box.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(hint)
        layout.addWidget(self.box)
        session.changed.connect(self._on_changed)
        self._fill()

    def tickets(self):
        s = self.session.state
        return s.waiting if self.which == "waiting" else s.parked

    def number(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def choose(self, number: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == number:
                self.table.selectRow(row)
                return
        raise LookupError(number)

    def _on_changed(self, parts) -> None:
        if parts & {"queues", "parked"}:
            self._fill()

    def _fill(self) -> None:
        keep = self.number()
        tickets = self.tickets()
        age = time.monotonic() - self.session.state.loaded_at if self.session.state.loaded_at else 0
        self.table.setRowCount(len(tickets))
        for row, t in enumerate(tickets):
            last = self.texts.minutes(t.waited_min + age / 60) if self.which == "waiting" else (t.note or "")
            cells = (t.number, self.texts.service_name(t.service_names),
                     self.texts.priority(t.priority) if t.priority != "normal" else "", last)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        if keep:
            try:
                self.choose(keep)
            except LookupError:
                pass
        elif tickets:
            self.table.selectRow(0)
        self._validate()

    def _validate(self) -> None:
        self.box.button(QDialogButtonBox.Ok).setEnabled(self.number() is not None)

    def done(self, result: int) -> None:
        self.session.changed.disconnect(self._on_changed)
        super().done(result)


class ChoiceDialog(QDialog):
    """A question with a few answers, each a button; `answer` is the chosen one's key.

    Used before a no-show (it ends a customer's visit: a stray click must not do it) and
    when call-next meets a customer who was called but never came forward."""

    def __init__(self, title: str, message: str, answers: list[tuple[str, str, str]], default: str,
                 parent=None, hint: str = ""):
        """`answers`: (key, label, role) with role "warn", "normal" or "cancel"."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.answer: str | None = None
        self.keys: dict[str, str] = {}     # key sequence → answer
        heading = QLabel(title, objectName="dialogTitle", wordWrap=True)
        text = QLabel(message, wordWrap=True, textFormat=Qt.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(text)
        if hint:
            layout.addWidget(QLabel(hint, objectName="dialogHint", wordWrap=True))
        self.box = QDialogButtonBox()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, role in answers:
            button = self.box.addButton(label, QDialogButtonBox.RejectRole if role == "cancel"
                                        else QDialogButtonBox.AcceptRole)
            button.setProperty("role", role)
            button.clicked.connect(lambda _=False, key=key: self._choose(key))
            self.buttons[key] = button
        self.buttons[default].setDefault(True)
        self.buttons[default].setFocus()
        layout.addWidget(self.box)

    def add_key(self, key: str, sequence: str) -> None:
        """A key that answers `key` at once (the action's own shortcut pressed again)."""
        self.keys[sequence] = key
        QShortcut(QKeySequence(sequence), self, lambda: self.buttons[key].click())

    def press_key(self, sequence: str) -> bool:
        """A key that came from elsewhere (a global key): answer if it is one of ours."""
        key = self.keys.get(sequence)
        if key is not None:
            self.buttons[key].click()
        return key is not None

    def choose(self, key: str) -> None:
        self.buttons[key].click()

    def _choose(self, key: str) -> None:
        self.answer = key
        if self.buttons[key].property("role") == "cancel":
            self.reject()
        else:
            self.accept()
