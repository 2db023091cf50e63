"""The manager's actions, each a small form: a priority ticket, a move to the right
business type, a cancellation, a counter calling a number, a counter opened, closed or
released, and the lobby notice. Each form emits `requested(use case, args)`; the session
runs it as the manager (operations.console) and the window shows the answer."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from queuedesk.console.texts import ConsoleTexts
from queuedesk.domain.languages import LANGUAGES
from queuedesk.domain.lobby import PRIORITY_CLASSES


class NumberField(QLineEdit):
    """A ticket number: as wide as its hint in the language and font it has on screen,
    no wider (the pick lists beside it take the room)."""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.placeholderText() or "A0000") + 28, hint.height())


class ActionsPanel(QWidget):
    requested = Signal(str, tuple)        # operations.console use case, its arguments

    def __init__(self, texts: ConsoleTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.services: list = []          # ServiceRow
        self.counters: list = []          # CounterRow
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        row = 0

        def label(key: str) -> QLabel:
            widget = QLabel(objectName="formLabel")
            self.labels[key] = widget
            return widget

        def line(*widgets) -> QHBoxLayout:
            # The pick lists take the room: a business type's name can be long, a ticket
            # number never is (NumberField).
            box = QHBoxLayout()
            for w in widgets:
                box.addWidget(w, 1 if isinstance(w, QComboBox) else 0)
            if not any(isinstance(w, QComboBox) for w in widgets):
                box.addStretch(1)
            return box

        self.priority_service, self.priority_class = QComboBox(), QComboBox()
        self.issue = QPushButton(objectName="primary")
        self.issue.clicked.connect(lambda: self.requested.emit(
            "issue_priority_ticket", (self.priority_service.currentData(), self.priority_class.currentData())))
        grid.addWidget(label("priority"), row, 0)
        grid.addLayout(line(self.priority_service, self.priority_class, self.issue), row, 1)
        row += 1

        self.move_number, self.move_service = NumberField(), QComboBox()
        self.move = QPushButton()
        self.move.clicked.connect(lambda: self.requested.emit(
            "move_ticket", (self.move_number.text().strip(), self.move_service.currentData())))
        grid.addWidget(label("move"), row, 0)
        grid.addLayout(line(self.move_number, self.move_service, self.move), row, 1)
        row += 1

        self.cancel_number = NumberField()
        self.cancel = QPushButton()
        self.cancel.clicked.connect(lambda: self.requested.emit("cancel_ticket", (self.cancel_number.text().strip(),)))
        grid.addWidget(label("cancel"), row, 0)
        grid.addLayout(line(self.cancel_number, self.cancel), row, 1)
        row += 1

        self.call_counter, self.call_number = QComboBox(), NumberField()
        self.call = QPushButton()
        self.call.clicked.connect(lambda: self.requested.emit(
            "call_number", (self.call_counter.currentData(), self.call_number.text().strip())))
        grid.addWidget(label("call"), row, 0)
        grid.addLayout(line(self.call_counter, self.call_number, self.call), row, 1)
        row += 1

        self.counter = QComboBox()
        self.open, self.close, self.release = QPushButton(), QPushButton(), QPushButton()
        for button, use_case in ((self.open, "open_counter"), (self.close, "close_counter"),
                                 (self.release, "release_counter")):
            button.clicked.connect(lambda _=False, u=use_case: self.requested.emit(u, (self.counter.currentData(),)))
        grid.addWidget(label("counter"), row, 0)
        grid.addLayout(line(self.counter, self.open, self.close, self.release), row, 1)
        row += 1

        self.status = QLabel(objectName="status", wordWrap=True)
        box = QVBoxLayout(self)
        box.addLayout(grid)
        box.addWidget(self.status)
        box.addStretch(1)
        self.retranslate()

    def set_board(self, services, counters) -> None:
        """Fill the pick lists, keeping what the manager had chosen."""
        self.services, self.counters = list(services), list(counters)
        for combo in (self.priority_service, self.move_service):
            keep = combo.currentData()
            combo.clear()
            for s in self.services:
                combo.addItem(f"{s.code}  {self.texts.service(s.names, s.code)}", s.code)
            if keep is not None:
                combo.setCurrentIndex(max(0, combo.findData(keep)))
            # The open list shows whole names, however narrow the closed box.
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 32)
        for combo in (self.call_counter, self.counter):
            keep = combo.currentData()
            combo.clear()
            for c in self.counters:
                combo.addItem(self.texts.counter(c.number, c.names), c.number)
            if keep is not None:
                combo.setCurrentIndex(max(0, combo.findData(keep)))

    def show_status(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("tone", "ok" if ok else "alert")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def retranslate(self) -> None:
        words = {"priority": self.tr("Priority ticket"), "move": self.tr("Wrong business type"),
                 "cancel": self.tr("Cancel a ticket"), "call": self.tr("Call a number"),
                 "counter": self.tr("Counter")}
        for key, widget in self.labels.items():
            widget.setText(words[key])
        keep = self.priority_class.currentData()
        self.priority_class.clear()
        for name in PRIORITY_CLASSES:
            self.priority_class.addItem(self.texts.priority_class(name), name)
        if keep is not None:
            self.priority_class.setCurrentIndex(self.priority_class.findData(keep))
        self.issue.setText(self.tr("Issue"))
        self.move_number.setPlaceholderText(self.tr("Ticket, e.g. A012"))
        self.move.setText(self.tr("Move, keeping its place"))
        self.cancel_number.setPlaceholderText(self.tr("Ticket, e.g. A012"))
        self.cancel.setText(self.tr("Cancel ticket"))
        self.call_number.setPlaceholderText(self.tr("Ticket, e.g. A012"))
        for field in (self.move_number, self.cancel_number, self.call_number):
            field.updateGeometry()       # its hint follows the language
        self.call.setText(self.tr("Call now"))
        self.open.setText(self.tr("Open"))
        self.close.setText(self.tr("Close"))
        self.release.setText(self.tr("Release"))
        self.set_board(self.services, self.counters)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoticePanel(QWidget):
    """The lobby screen's scrolling notice in each language; saved, the displays follow."""

    requested = Signal(str, tuple)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edits = {code: QLineEdit() for code in LANGUAGES}
        self.names = {code: QLabel(lang.endonym, objectName="formLabel") for code, lang in LANGUAGES.items()}
        self.save = QPushButton(objectName="primary")
        self.save.clicked.connect(lambda: self.requested.emit(
            "set_notice", ({code: edit.text() for code, edit in self.edits.items()},)))
        grid = QGridLayout()
        for row, code in enumerate(LANGUAGES):
            grid.addWidget(self.names[code], row, 0)
            grid.addWidget(self.edits[code], row, 1)
        box = QVBoxLayout(self)
        self.hint = QLabel(objectName="formLabel", wordWrap=True)
        box.addWidget(self.hint)
        box.addLayout(grid)
        box.addWidget(self.save)
        box.addStretch(1)
        self._shown: dict[str, str] = {}
        self.retranslate()

    def show_notice(self, texts: dict[str, str]) -> None:
        """The notice as stored; a field the manager is editing is left alone."""
        for code, edit in self.edits.items():
            value = texts.get(code, "")
            if edit.text() == self._shown.get(code, "") and not edit.hasFocus():
                edit.setText(value)
        self._shown = dict(texts)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("The line that scrolls along the lobby screen; saved, every display shows it."))
        self.save.setText(self.tr("Save the notice"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
