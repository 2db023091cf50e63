"""A priority ticket from the staff menu: the class first, then the customer's business.

The classes are the domain's (domain.model.Priority) that a person at the kiosk may
give: priority groups, VIP and the green channel; appointments come with a booking.
Touching a business issues the ticket at once, as the unlocked staff member.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from queuedesk.domain.model import Priority
from queuedesk.kiosk.staff_texts import PRIORITIES, StaffTexts
from queuedesk.kiosk.texts import KioskTexts
from queuedesk.qtkit.theme import repolish


class PriorityPage(QWidget):
    chosen = Signal(str, object)   # service code, Priority
    back = Signal()

    def __init__(self, texts: KioskTexts, staff_texts: StaffTexts, parent=None):
        super().__init__(parent)
        self.setObjectName("priorityPage")
        self.texts, self.staff_texts = texts, staff_texts
        self.priority = Priority.PRIORITY
        self.services: list = []
        self.title = QLabel(objectName="staffTitle", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.class_hint = QLabel(objectName="staffHint", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.classes: dict[Priority, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)   # a column on a portrait screen
        for priority in PRIORITIES:
            button = QPushButton(objectName="priorityClass", checkable=True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setChecked(priority == self.priority)
            button.clicked.connect(lambda _=False, p=priority: self.choose_class(p))
            group.addButton(button)
            row.addWidget(button, 1)
            self.classes[priority] = button
        self.class_row = row
        # Who the chosen class is for, under the buttons (it would not fit in them in large text).
        self.class_detail = QLabel(objectName="staffHint", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.service_hint = QLabel(objectName="staffHint", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message = QLabel(objectName="staffMessage", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.hide()
        self.list = QWidget(objectName="priorityServices")
        self.list_grid = QGridLayout(self.list)
        self.list_grid.setContentsMargins(0, 0, 0, 0)
        self.list_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(objectName="priorityScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.list)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        self.back_button = QPushButton(objectName="staffBack")
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.back)
        self.buttons: dict[str, QPushButton] = {}
        self.box = QVBoxLayout(self)
        self.box.addWidget(self.title)
        self.box.addWidget(self.class_hint)
        self.box.addLayout(row)
        self.box.addWidget(self.class_detail)
        self.box.addWidget(self.service_hint)
        self.box.addWidget(self.message)
        self.box.addWidget(self.scroll, 1)
        self.box.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._u, self._touch, self._cols = 10.0, 80, 2
        self.retranslate()

    def set_unit(self, u: float, touch: int, portrait: bool) -> None:
        self._u, self._touch = u, touch
        self._cols = 1 if portrait else 2
        self.class_row.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                    else QBoxLayout.Direction.LeftToRight)
        side = round((6 if portrait else 10) * u)
        self.box.setContentsMargins(side, round(2 * u), side, round(2 * u))
        self.box.setSpacing(round(1.4 * u))
        self.class_row.setSpacing(round(1.6 * u))
        self.list_grid.setSpacing(round(1.4 * u))
        for button in self.classes.values():
            button.setMinimumHeight(max(touch, round(10 * u)))
        self.back_button.setMinimumSize(max(touch, round(34 * u)), max(touch, round(8 * u)))
        self._lay_out()

    def choose_class(self, priority: Priority) -> None:
        self.priority = priority
        for p, button in self.classes.items():
            button.setChecked(p == priority)
        self.class_detail.setText(self.staff_texts.priority_hint(priority))
        self.show_message("")

    def show_services(self, services: list) -> None:
        """The hall's services (ServiceStatus), in its order; those closed now are shown, greyed."""
        self.services = list(services)
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for status in self.services:
            button = QPushButton(objectName="priorityService")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, code=status.code: self.chosen.emit(code, self.priority))
            self.buttons[status.code] = button
        self._lay_out()
        self.retranslate()

    def set_working(self, working: bool) -> None:
        for code, button in self.buttons.items():
            button.setEnabled(not working and self._open(code))

    def show_message(self, text: str, tone: str = "alert") -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("tone", tone)
        repolish(self.message)

    def _open(self, code: str) -> bool:
        status = next((s for s in self.services if s.code == code), None)
        return status is not None and status.refusal is None

    def _lay_out(self) -> None:
        for i, button in enumerate(self.buttons.values()):
            self.list_grid.addWidget(button, i // self._cols, i % self._cols)
            button.setMinimumHeight(max(self._touch, round(9 * self._u)))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Priority ticket"))
        self.class_hint.setText(self.tr("1. Choose the priority"))
        self.service_hint.setText(self.tr("2. Touch the customer's business: the ticket is issued at once"))
        self.back_button.setText(self.tr("Back"))
        for priority, button in self.classes.items():
            button.setText(self.staff_texts.priority(priority))
        self.class_detail.setText(self.staff_texts.priority_hint(self.priority))
        for status in self.services:
            button = self.buttons[status.code]
            name = self.texts.name(status.names).replace("&", "&&")   # a name's "&" is no shortcut
            closed = status.refusal is not None
            button.setText(self.tr("{0}  {1} (closed now)").format(status.prefix, name) if closed
                           else f"{status.prefix}  {name}")
            button.setEnabled(not closed)
            repolish(button)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
