"""The four pages of the rating screen and the strip over two of them.

Idle: the counter, the teller's display name and staff number, "为您服务". Ask: five
levels to touch. Reasons: for the two lowest, why (any number of them). Thanks. Each
page only shows; the window turns touches into the flow's steps.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from queuedesk.domain.ratings import LEVELS, REASONS
from queuedesk.operations.ratings import Station
from queuedesk.rate import style
from queuedesk.rate.buttons import LevelButton, ReasonButton, share_sizes
from queuedesk.rate.painted import TextLine, paint_face
from queuedesk.rate.texts import RateTexts

LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight


def _lines(*lines: TextLine) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(0)
    for line in lines:
        box.addWidget(line)
    return box


class Header(QFrame):
    """Whom the customer is rating: the counter and the teller; and their ticket."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.who = TextLine(3.4, style.PAPER, bold=True, align=LEFT)
        self.ticket = TextLine(3.4, "#d6e2f2", bold=True, align=RIGHT, number=True)
        row = QHBoxLayout(self)
        row.addWidget(self.who, 3)
        row.addWidget(self.ticket, 1)

    def show_visit(self, texts: RateTexts, station: Station | None, number: str | None) -> None:
        parts = []
        if station is not None:
            parts.append(texts.counter(station.counter, station.names)[0])
            if station.teller_name:
                parts.append(station.teller_name)
            if station.staff_number:
                parts.append(texts.staff_number(station.staff_number))
        self.who.set_text("  ·  ".join(parts))
        self.ticket.set_text(texts.ticket(number) if number else "")

    def set_unit(self, u: float) -> None:
        self.layout().setContentsMargins(round(3 * u), round(0.8 * u), round(3 * u), round(0.8 * u))
        for line in (self.who, self.ticket):
            line.set_unit(u)


class IdlePage(QWidget):
    """Between visits: who serves at this counter. No personal data but the teller's
    display name and staff number."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counter = TextLine(15, style.NAVY, bold=True)
        self.counter_other = TextLine(4.2, style.SUBTLE)
        self.teller = TextLine(8, style.INK, bold=True)
        self.staff_number = TextLine(4.6, style.SUBTLE)
        self.greeting = TextLine(6.4, style.BLUE, bold=True)
        self.greeting_other = TextLine(3.4, style.SUBTLE)
        box = QVBoxLayout(self)
        box.addStretch(3)
        box.addLayout(_lines(self.counter, self.counter_other))
        box.addStretch(1)
        box.addLayout(_lines(self.teller, self.staff_number))
        box.addStretch(1)
        box.addLayout(_lines(self.greeting, self.greeting_other))
        box.addStretch(3)

    def show_station(self, texts: RateTexts, station: Station | None) -> None:
        if station is None:
            return
        self.counter.set_text(texts.counter(station.counter, station.names)[0])
        self.counter_other.set_text(texts.counter(station.counter, station.names)[1])
        serving = station.state == "open" and station.teller_name is not None
        self.teller.set_text(station.teller_name if serving else "")
        self.staff_number.set_text(texts.staff_number(station.staff_number)
                                   if serving and station.staff_number else "")
        self.teller.setVisible(serving)           # a closed counter shows no one: the rest centres
        self.staff_number.setVisible(serving and bool(station.staff_number))
        greeting, other = texts.at_your_service() if serving else texts.not_serving()
        self.greeting.set_text(greeting)
        self.greeting.set_colour(style.BLUE if serving else style.SUBTLE)
        self.greeting_other.set_text(other)

    def set_unit(self, u: float) -> None:
        self.layout().setContentsMargins(round(4 * u), round(2 * u), round(4 * u), round(2 * u))
        for line in (self.counter, self.counter_other, self.teller, self.staff_number, self.greeting,
                     self.greeting_other):
            line.set_unit(u)


class AskPage(QWidget):
    """Five levels, best first, as one row (or one column on a portrait screen)."""

    touched = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.u = 6.0
        self.title = TextLine(6.4, style.NAVY, bold=True)
        self.title_other = TextLine(3.2, style.SUBTLE)
        self.buttons = {int(level): LevelButton(int(level)) for level in LEVELS}
        for score, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, s=score: self.touched.emit(s))
        self.grid = QGridLayout()
        self.hint = TextLine(2.8, style.SUBTLE, align=LEFT)
        self.countdown = TextLine(2.8, style.SUBTLE, align=RIGHT)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 3)
        bottom.addWidget(self.countdown, 1)
        box = QVBoxLayout(self)
        box.addLayout(_lines(self.title, self.title_other))
        box.addLayout(self.grid, 1)
        box.addLayout(bottom)
        self._portrait: bool | None = None

    def retranslate(self, texts: RateTexts) -> None:
        self.title.set_text(texts.ask_title()[0])
        self.title_other.set_text(texts.ask_title()[1])
        hint, other = texts.ask_hint()
        self.hint.set_text(f"{hint}  ·  {other}" if other else hint)
        for score, button in self.buttons.items():
            button.set_words(*texts.level(score))
        self._share()

    def set_unit(self, u: float, portrait: bool) -> None:
        self.u = u
        self.layout().setContentsMargins(round(2.5 * u), round(1.5 * u), round(2.5 * u), round(1.2 * u))
        self.layout().setSpacing(round(1.5 * u))
        self.grid.setSpacing(round(1.6 * u))
        for line in (self.title, self.title_other, self.hint, self.countdown):
            line.set_unit(u)
        if portrait != self._portrait:
            self._portrait = portrait
            for i, button in enumerate(self.buttons.values()):
                self.grid.addWidget(button, *((i, 0) if portrait else (0, i)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share()

    def _share(self) -> None:
        share_sizes(list(self.buttons.values()), self.u, 5.6, 2.8)


class ReasonsPage(QWidget):
    """For 不满意 and 非常不满意: the reasons to tick, then submit (or back to the levels)."""

    toggled = Signal(str)
    submitted = Signal()
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.u = 6.0
        self.score = 2
        self.face = Face()
        self.title = TextLine(5.6, style.NAVY, bold=True, align=LEFT)
        self.title_other = TextLine(3.0, style.SUBTLE, align=LEFT)
        self.hint = TextLine(3.0, style.SUBTLE, align=LEFT)
        self.buttons = {code: ReasonButton(code) for code in REASONS}
        for code, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, c=code: self.toggled.emit(c))
        self.grid = QGridLayout()
        self.back_button = QPushButton(objectName="back")
        self.submit_button = QPushButton(objectName="submit")
        for button in (self.back_button, self.submit_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.submit_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.back_button.clicked.connect(self.back)
        self.submit_button.clicked.connect(self.submitted)
        top = QHBoxLayout()
        top.addWidget(self.face)
        top.addLayout(_lines(self.title, self.title_other, self.hint), 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(self.grid, 1)
        self._portrait: bool | None = None

    def show_choice(self, score: int, chosen: set[str]) -> None:
        self.score = score
        self.face.score = score
        self.face.update()
        for code, button in self.buttons.items():
            button.setChecked(code in chosen)

    def retranslate(self, texts: RateTexts) -> None:
        self.title.set_text(texts.reasons_title()[0])
        self.title_other.set_text(texts.reasons_title()[1])
        hint, other = texts.reasons_hint()
        self.hint.set_text(f"{hint}  ·  {other}" if other else hint)
        for code, button in self.buttons.items():
            button.set_words(*texts.reason(code))
        self.back_button.setText(texts.back())
        self.submit_button.setText(texts.submit())
        self._share()

    def set_unit(self, u: float, portrait: bool) -> None:
        self.u = u
        self.layout().setContentsMargins(round(2.5 * u), round(1.5 * u), round(2.5 * u), round(1.5 * u))
        self.layout().setSpacing(round(1.5 * u))
        self.grid.setSpacing(round(1.6 * u))
        self.face.setFixedSize(round(13 * u), round(13 * u))
        for line in (self.title, self.title_other, self.hint):
            line.set_unit(u)
        self.back_button.setMinimumHeight(round(9 * u))
        self.submit_button.setMinimumHeight(round(9 * u))
        if portrait != self._portrait:
            self._portrait = portrait
            # Five reasons and the submit button: 3 × 2 on a landscape screen, 2 × 3 on a portrait one.
            columns = 2 if portrait else 3
            for i, button in enumerate([*self.buttons.values(), self.submit_button]):
                self.grid.addWidget(button, i // columns, i % columns)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share()

    def _share(self) -> None:
        share_sizes(list(self.buttons.values()), self.u, 4.4, 2.6)


class Face(QWidget):
    """The level the customer chose, as a reminder on the reasons page."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.score = 2

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        side = min(self.width(), self.height())
        paint_face(p, QPointF(self.width() / 2, self.height() / 2), side * 0.45, self.score)
        p.end()


class ThanksPage(QWidget):
    """Thanks, with the level the customer chose: they see their touch was taken as meant."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.face = Face()
        self.title = TextLine(8, style.NAVY, bold=True)
        self.title_other = TextLine(4, style.SUBTLE)
        self.chosen = TextLine(4.4, style.INK)
        self.line = TextLine(4.4, style.INK)
        self.line_other = TextLine(3, style.SUBTLE)
        box = QVBoxLayout(self)
        box.addStretch(2)
        box.addWidget(self.face, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(self.chosen)
        box.addStretch(1)
        box.addLayout(_lines(self.title, self.title_other))
        box.addStretch(1)
        box.addLayout(_lines(self.line, self.line_other))
        box.addStretch(2)

    def show_thanks(self, texts: RateTexts, score: int | None) -> None:
        self.face.setVisible(score is not None)
        if score is not None:
            self.face.score = score
            self.face.update()
        self.chosen.set_text(texts.your_rating(score) if score is not None else "")
        self.title.set_text(texts.thanks()[0])
        self.title_other.set_text(texts.thanks()[1])
        line, other = texts.thanks_low() if score is not None and score <= 2 else texts.thanks_high()
        self.line.set_text(line)
        self.line_other.set_text(other)

    def set_unit(self, u: float) -> None:
        self.layout().setContentsMargins(round(4 * u), round(2 * u), round(4 * u), round(2 * u))
        self.face.setFixedSize(round(18 * u), round(18 * u))
        for line in (self.title, self.title_other, self.chosen, self.line, self.line_other):
            line.set_unit(u)
