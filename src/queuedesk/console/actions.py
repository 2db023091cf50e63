"""The manager's actions, each a small form: a priority ticket, a move to the right
business type, a cancellation, a counter calling a number, a counter opened, closed or
released, and the lobby notice. Each form emits `requested(use case, args)`; the session
runs it as the manager (operations.console) and the window shows the answer."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from queuedesk.console.texts import ConsoleTexts
from queuedesk.domain.languages import LANGUAGES
from queuedesk.domain.lobby import PRIORITY_CLASSES
from queuedesk.domain.numbering import example_number


class NumberField(QLineEdit):
    """A ticket number: as wide as its hint in the language and font it has on screen,
    no wider (the pick lists beside it take the room)."""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.placeholderText() or "A0000") + 28, hint.height())


class FormRow(QWidget):
    """One action of the form: its label, and its fields and buttons on one line. The label
    stands beside them or above them, as the panel decides for all its rows alike."""

    def __init__(self, label: QLabel, widgets, parent=None):
        super().__init__(parent)
        self.label = label
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.fields = QHBoxLayout()
        self.fields.setContentsMargins(0, 0, 0, 0)
        self.fields.setSpacing(8)
        lists = [w for w in widgets if isinstance(w, QComboBox)]
        for w in widgets:
            if isinstance(w, QComboBox):
                # Each pick list as wide as its widest name; the line's first (the business
                # type, the counter) takes the room over, so the buttons end in one column.
                w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                w.setSizePolicy(QSizePolicy.Policy.MinimumExpanding if w is lists[0] else QSizePolicy.Policy.Minimum,
                                QSizePolicy.Policy.Fixed)
            self.fields.addWidget(w, 1 if lists and w is lists[0] else 0)
        if not lists:
            self.fields.addStretch(1)         # the button beside its field, not at the far end
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(label)
        self.box.addLayout(self.fields, 1)
        self.above = False

    def fields_width(self) -> int:
        return self.fields.sizeHint().width()

    def place_label(self, above: bool, width: int) -> None:
        """The label above the line, or beside it in a column `width` wide."""
        self.above = above
        self.box.setDirection(QBoxLayout.Direction.TopToBottom if above else QBoxLayout.Direction.LeftToRight)
        self.box.setSpacing(2 if above else 12)
        if above:
            self.label.setMinimumWidth(0)
            self.label.setMaximumWidth(16_777_215)
        else:
            self.label.setFixedWidth(width)


class ActionsPanel(QWidget):
    """The actions as a form, every action on a line of its own. Where the panel has the
    room (1080p, or Chinese on a laptop), the labels stand in a column beside the lines;
    where it has not (a laptop in English), every label stands above its line. Either way
    no label and no line goes on to a second line."""

    requested = Signal(str, tuple)        # operations.console use case, its arguments
    reflowed = Signal()                   # it needs another height

    def __init__(self, texts: ConsoleTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.services: list = []          # ServiceRow
        self.counters: list = []          # CounterRow
        self.example = example_number("A", 3)     # a number as this hall gives them (set_board)
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, FormRow] = {}

        def row(key: str, *widgets) -> FormRow:
            label = self.labels[key] = QLabel(objectName="formLabel")
            self.rows[key] = FormRow(label, widgets)
            return self.rows[key]

        self.priority_service, self.priority_class = QComboBox(), QComboBox()
        self.issue = QPushButton(objectName="primary")
        self.issue.clicked.connect(lambda: self.requested.emit(
            "issue_priority_ticket", (self.priority_service.currentData(), self.priority_class.currentData())))
        row("priority", self.priority_service, self.priority_class, self.issue)

        self.move_number, self.move_service = NumberField(), QComboBox()
        self.move = QPushButton()
        self.move.clicked.connect(lambda: self.requested.emit(
            "move_ticket", (self.move_number.text().strip(), self.move_service.currentData())))
        row("move", self.move_number, self.move_service, self.move)

        self.cancel_number = NumberField()
        self.cancel = QPushButton()
        self.cancel.clicked.connect(lambda: self.requested.emit("cancel_ticket", (self.cancel_number.text().strip(),)))
        row("cancel", self.cancel_number, self.cancel)

        self.call_counter, self.call_number = QComboBox(), NumberField()
        self.call = QPushButton()
        self.call.clicked.connect(lambda: self.requested.emit(
            "call_number", (self.call_counter.currentData(), self.call_number.text().strip())))
        row("call", self.call_counter, self.call_number, self.call)

        self.counter = QComboBox()
        self.open, self.close, self.release = QPushButton(), QPushButton(), QPushButton()
        for button, use_case in ((self.open, "open_counter"), (self.close, "close_counter"),
                                 (self.release, "release_counter")):
            button.clicked.connect(lambda _=False, u=use_case: self.requested.emit(u, (self.counter.currentData(),)))
        row("counter", self.counter, self.open, self.close, self.release)

        self.status = QLabel(objectName="status", wordWrap=True)
        box = QVBoxLayout(self)
        box.setSpacing(10)
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)    # _arrange sets the minimum
        for form_row in self.rows.values():
            box.addWidget(form_row)
        box.addWidget(self.status)
        box.addStretch(1)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Labels beside the lines where the panel is wide enough for the widest label and
        the widest line side by side, else above them; the panel asks for the width of its
        widest line (whatever the labels do) and for the height its rows take."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        column = max(label.sizeHint().width() for label in self.labels.values())
        widest = max(form_row.fields_width() for form_row in self.rows.values())
        above = column + 12 + widest > room
        for form_row in self.rows.values():
            form_row.place_label(above, column)
        self.layout().activate()
        rows = sum(form_row.sizeHint().height() for form_row in self.rows.values())
        height = (rows + self.layout().spacing() * len(self.rows) + margins.top() + margins.bottom()
                  + self.status.heightForWidth(max(1, room)))
        size = QSize(widest + margins.left() + margins.right(), height)
        if self.minimumSize() != size:
            self.setMinimumSize(size)
            self.reflowed.emit()

    def set_board(self, services, counters) -> None:
        """Fill the pick lists, keeping what the manager had chosen."""
        self.services, self.counters = list(services), list(counters)
        first = next((s for s in self.services if s.enabled), None)
        example = example_number(first.prefix, first.number_width) if first else example_number("A", 3)
        if example != self.example:
            self.example = example
            self._number_hints()
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
        QTimer.singleShot(0, self, self._arrange)     # the lists' widths follow their names

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
        # Short, so the line keeps the business type's name whole on a laptop: the label
        # says why, the tooltip and the answer ("A012 moved, keeping its place") say how.
        self.move.setText(self.tr("Move"))
        self.move.setToolTip(self.tr("Move the ticket to this business type; it keeps its place in the queue"))
        self.cancel.setText(self.tr("Cancel ticket"))
        self._number_hints()
        self.call.setText(self.tr("Call now"))
        self.open.setText(self.tr("Open"))
        self.close.setText(self.tr("Close"))
        self.release.setText(self.tr("Release"))
        self.set_board(self.services, self.counters)

    def _number_hints(self) -> None:
        """The ticket fields' hint: a number of the hall's first business type (R012 in a
        hospital whose registration numbers R…), in the language on screen."""
        hint = self.tr("Ticket, e.g. {0}").format(self.example)
        for field in (self.move_number, self.cancel_number, self.call_number):
            field.setPlaceholderText(hint)
            field.updateGeometry()       # its width follows its hint

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
