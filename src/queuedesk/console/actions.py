"""The manager's actions, each a small form: a priority ticket, a move to the right
business type, a cancellation, a counter calling a number, a counter opened, closed or
released, and the lobby notice. Each form emits `requested(use case, args)`; the session
runs it as the manager (operations.console) and the window shows the answer."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
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


class Flow(QLayout):
    """A form's line that goes on to a next line where the panel is narrow: a pick list
    keeps its whole widest name and the button after it goes under. Pick lists share
    what room a line has over."""

    def __init__(self, widgets, spacing: int = 8):
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._items = []
        self._gap = spacing
        for w in widgets:
            self.addWidget(w)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        return QSize(sum(s.width() for s in shown) + self._gap * max(0, len(shown) - 1),
                     max((s.height() for s in shown), default=0))

    def minimumSize(self) -> QSize:
        shown = [i.sizeHint() for i in self._items if not i.isEmpty()]
        return QSize(max((s.width() for s in shown), default=0), max((s.height() for s in shown), default=0))

    def _place(self, rect: QRect, move: bool) -> int:
        lines, line, x = [], [], 0
        for item in (i for i in self._items if not i.isEmpty()):
            w = item.sizeHint().width()
            if line and x + self._gap + w > rect.width():
                lines.append(line)
                line, x = [], 0
            x += (self._gap if line else 0) + w
            line.append(item)
        if line:
            lines.append(line)
        y = rect.y()
        for line in lines:
            height = max(i.sizeHint().height() for i in line)
            spare = rect.width() - sum(i.sizeHint().width() for i in line) - self._gap * (len(line) - 1)
            growing = [i for i in line if isinstance(i.widget(), QComboBox)]
            x = rect.x()
            for item in line:
                w = item.sizeHint().width()
                if item in growing and spare > 0:
                    w += spare // len(growing)
                if move:
                    item.setGeometry(QRect(x, y, w, height))
                x += w + self._gap
            y += height + self._gap
        return y - rect.y() - (self._gap if lines else 0)


def _two_line_width(label: QLabel) -> int:
    """The width that puts a label's words on two lines of about one width."""
    words, metrics = label.text().split(), label.fontMetrics()
    if len(words) < 2:
        return metrics.horizontalAdvance(label.text()) + 2
    return min(max(metrics.horizontalAdvance(" ".join(words[:i])), metrics.horizontalAdvance(" ".join(words[i:])))
               for i in range(1, len(words))) + 2


class ActionsPanel(QWidget):
    requested = Signal(str, tuple)        # operations.console use case, its arguments
    reflowed = Signal()                   # it needs another height

    def __init__(self, texts: ConsoleTexts, parent=None):
        super().__init__(parent)
        self.texts = texts
        self.services: list = []          # ServiceRow
        self.counters: list = []          # CounterRow
        self.example = example_number("A", 3)     # a number as this hall gives them (set_board)
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        row = 0

        def label(key: str) -> QLabel:
            # On a laptop "Wrong business type" goes on two lines and leaves the pick
            # lists the room.
            widget = QLabel(objectName="formLabel", wordWrap=True)
            self.labels[key] = widget
            return widget

        def line(*widgets) -> Flow:
            # The pick lists take the room: a business type's name can be long, a ticket
            # number never is (NumberField); each list is as wide as its widest name, and
            # where the panel is short of room the buttons go under it.
            for w in widgets:
                if isinstance(w, QComboBox):
                    w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            return Flow(widgets)

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
        buttons = QWidget()              # the three go under the list together
        group = QHBoxLayout(buttons)
        group.setContentsMargins(0, 0, 0, 0)
        for button in (self.open, self.close, self.release):
            group.addWidget(button)
        grid.addLayout(line(self.counter, buttons), row, 1)
        row += 1

        self.grid = grid
        self.status = QLabel(objectName="status", wordWrap=True)
        box = QVBoxLayout(self)
        box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)    # _reflow sets the minimum, by the width
        box.addLayout(grid)
        box.addWidget(self.status)
        box.addStretch(1)
        self.retranslate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()
        QTimer.singleShot(0, self, self._reflow)      # once the labels have their new width

    def _reflow(self) -> None:
        """Where the panel is short of room (a laptop, in English) the form's labels go on
        two lines, and the panel asks for the height its lines take."""
        lines = [self.grid.itemAtPosition(r, 1).layout() for r in range(self.grid.rowCount())]
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.grid.horizontalSpacing()
        wide = max(w.sizeHint().width() for w in self.labels.values()) + max(f.sizeHint().width() for f in lines)
        column = max(_two_line_width(w) for w in self.labels.values())
        for widget in self.labels.values():
            widget.setMaximumWidth(16777215 if wide <= room else column)
        field = max(1, room - column if wide > room else room - max(w.sizeHint().width() for w in self.labels.values()))
        rows = [max(label.heightForWidth(min(label.maximumWidth(), column)), line.heightForWidth(field))
                for label, line in zip(self.labels.values(), lines)]
        for r, h in enumerate(rows):
            if self.grid.rowMinimumHeight(r) != h:
                self.grid.setRowMinimumHeight(r, h)       # a grid asks no line its height for a width
        height = (sum(rows) + self.grid.verticalSpacing() * (len(rows) - 1) + margins.top() + margins.bottom()
                  + self.layout().spacing() + self.status.sizeHint().height())
        if height > 0 and self.minimumHeight() != height:
            self.setMinimumSize(max(self.layout().minimumSize().width(), 0), height)
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
        QTimer.singleShot(0, self, self._reflow)      # the lists' widths follow their names

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
        self.move.setText(self.tr("Move, keeping its place"))
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
