"""The check-in page (预约签到): six big digit boxes and a numeric keypad.

A customer with a booking types the 6-digit code from their confirmation and touches
"Check in"; the ticket then shows like any other (the window's confirmation page, with
a line saying whether they came in their slot). Keys are as big as the service buttons
(elderly customers, gloves), digits in the kiosk's number font; a physical keyboard's
digits work too. A refusal stays on the page, in the customer's language, with the
code kept so one wrong digit is one touch to fix.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from queuedesk.domain.appointments import CODE_DIGITS
from queuedesk.domain.languages import second_language
from queuedesk.kiosk import style
from queuedesk.qtkit.fonts import number_family
from queuedesk.qtkit.theme import repolish
from queuedesk.ui.language import current_language
from queuedesk.wording.catalog import Catalog

CLEAR, BACK = "clear", "back"


def _sheet(u: float, contrast: bool) -> str:
    def px(units: float) -> str:
        return f"{max(1, round(units * u))}px"

    paper, ink, navy, line = ((style.BLACK, "#ffffff", style.YELLOW, "#ffffff") if contrast
                              else (style.PAPER, style.INK, style.NAVY, style.LINE))
    accent, accent_ink = (style.YELLOW, style.BLACK) if contrast else (style.BLUE, "#ffffff")
    return f"""
QLabel#checkinTitle {{ color: {navy}; font-size: {px(5.0)}; font-weight: 800; }}
QLabel#checkinHint {{ color: {ink}; font-size: {px(2.8)}; }}
QLabel#digit {{ background: {paper}; color: {ink}; border: {px(0.35)} solid {line}; border-radius: {px(1.2)};
    font-size: {px(7)}; font-weight: 700; font-family: "{number_family()}"; }}
QLabel#digit[next="true"] {{ border: {px(0.6)} solid {accent}; }}
QPushButton#key {{ background: {paper}; color: {ink}; border: {px(0.3)} solid {line}; border-radius: {px(1.4)};
    font-size: {px(6)}; font-weight: 700; font-family: "{number_family()}"; }}
QPushButton#key:pressed {{ background: {style.PRESSED if not contrast else '#403a00'}; }}
QPushButton#keyWord {{ background: {paper}; color: {ink}; border: {px(0.3)} solid {line}; border-radius: {px(1.4)};
    font-size: {px(3.2)}; font-weight: 800; }}
QPushButton#checkIn {{ background: {accent}; color: {accent_ink}; border: none; border-radius: {px(1.4)};
    font-size: {px(4.0)}; font-weight: 800; padding: 0 {px(3)}; }}
QPushButton#checkIn:disabled {{ background: {'#7d95b8' if not contrast else '#5c5300'};
    color: {'#eef3fa' if not contrast else '#d0d0d0'}; }}
QPushButton#back {{ background: transparent; color: {navy}; border: {px(0.3)} solid {line};
    border-radius: {px(1.4)}; font-size: {px(3.2)}; font-weight: 800; padding: 0 {px(3)}; }}
QFrame#checkinMessage {{ border-radius: {px(1.2)}; }}
QFrame#checkinMessage[tone="alert"] {{ background: {style.ALERT_FILL if not contrast else style.BLACK};
    border: {px(0.3)} solid {style.ALERT if not contrast else '#ff9d9d'}; }}
QFrame#checkinMessage[tone="busy"] {{ background: {paper}; border: {px(0.3)} solid {line}; }}
QFrame#checkinMessage[tone="alert"] QLabel {{ color: {style.ALERT if not contrast else '#ff9d9d'}; }}
QFrame#checkinMessage[tone="busy"] QLabel {{ color: {ink}; }}
QLabel#messageTitle {{ font-size: {px(3.4)}; font-weight: 800; }}
QLabel#messageText {{ font-size: {px(2.6)}; }}
"""


class CheckInBar(QWidget):
    """The way in, under the services: "预约签到" with the second language beside it."""

    clicked = Signal()

    def __init__(self, hall_language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.hall_language = hall_language
        self.button = QPushButton(objectName="checkInEntry")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.clicked)
        self.box = QHBoxLayout(self)
        self.box.addWidget(self.button)
        self.retranslate()

    def set_unit(self, u: float, touch: int, contrast: bool) -> None:
        fill, ink = (style.YELLOW, style.BLACK) if contrast else (style.NAVY, "#ffffff")
        self.box.setContentsMargins(round(3 * u), 0, round(3 * u), round(2 * u))
        self.button.setMinimumHeight(max(touch, round(8 * u)))
        self.button.setStyleSheet(f"QPushButton#checkInEntry {{ background: {fill}; color: {ink}; border: none; "
                                  f"border-radius: {round(1.4 * u)}px; font-size: {round(3.4 * u)}px; "
                                  f"font-weight: 800; padding: 0 {round(3 * u)}px; }}")

    def retranslate(self) -> None:
        lang = current_language()
        mine = self.tr("Check in")
        other = Catalog(second_language(lang, self.hall_language)).translate("CheckInBar", "Check in")
        self.button.setText(mine if other == mine else f"{mine}  ·  {other}")
        self.button.setAccessibleName(mine)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CheckInPage(QWidget):
    submitted = Signal(str)       # the 6 digits, once "Check in" is touched
    back = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.code = ""
        self._busy = False
        self._refusal: tuple[str, dict] | None = None
        self.title = QLabel(objectName="checkinTitle", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.hint = QLabel(objectName="checkinHint", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.digits = [QLabel(objectName="digit", alignment=Qt.AlignmentFlag.AlignCenter)
                       for _ in range(CODE_DIGITS)]
        boxes = QHBoxLayout()
        boxes.addStretch(1)
        for label in self.digits:
            boxes.addWidget(label)
        boxes.addStretch(1)
        self.boxes = boxes
        self.message = QFrame(objectName="checkinMessage")
        self.message_title = QLabel(objectName="messageTitle", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message_text = QLabel(objectName="messageText", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        message_box = QVBoxLayout(self.message)
        message_box.addWidget(self.message_title)
        message_box.addWidget(self.message_text)
        self.check_in = QPushButton(objectName="checkIn")
        self.go_back = QPushButton(objectName="back")
        for button in (self.check_in, self.go_back):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.check_in.clicked.connect(self._submit)
        self.go_back.clicked.connect(self.back)

        self.keys: dict[str, QPushButton] = {}
        keypad = QGridLayout()
        for i, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", CLEAR, "0", BACK]):
            button = QPushButton(objectName="key" if key.isdigit() else "keyWord")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, key=key: self.press(key))
            keypad.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        self.keypad = keypad

        left = QVBoxLayout()
        left.addStretch(1)
        left.addWidget(self.title)
        left.addWidget(self.hint)
        left.addLayout(boxes)
        left.addWidget(self.message)
        actions = QHBoxLayout()
        actions.addWidget(self.go_back, 1)
        actions.addWidget(self.check_in, 2)
        left.addLayout(actions)
        left.addStretch(1)
        self.left = left
        pad = QWidget()
        pad.setLayout(keypad)
        self.pad = pad
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.addLayout(left, 5)
        self.row.addWidget(pad, 4)
        self.retranslate()

    # -- the customer -----------------------------------------------------------------------

    def press(self, key: str) -> None:
        if self._busy:
            return
        if key == CLEAR:
            self.code = ""
        elif key == BACK:
            self.code = self.code[:-1]
        elif key.isdigit() and len(self.code) < CODE_DIGITS:
            self.code += key
        self._refusal = None
        self._show()

    def _submit(self) -> None:
        if len(self.code) == CODE_DIGITS and not self._busy:
            self.submitted.emit(self.code)

    def keyPressEvent(self, event) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.press(BACK)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        else:
            super().keyPressEvent(event)

    # -- the window -------------------------------------------------------------------------

    def reset(self) -> None:
        self.code, self._refusal, self._busy = "", None, False
        self._show()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._show()

    def show_refusal(self, code: str, params: dict) -> None:
        self._refusal = (code, params)
        self._show()

    def set_unit(self, u: float, touch: int, portrait: bool, contrast: bool) -> None:
        self.setStyleSheet(_sheet(u, contrast))
        self.row.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        self.row.setStretch(0, 4 if portrait else 5)
        self.row.setStretch(1, 5 if portrait else 4)
        side = round(4 * u)
        self.row.setContentsMargins(side, round(2 * u), side, round(2.5 * u))
        self.row.setSpacing(round(4 * u))
        self.left.setSpacing(round(1.6 * u))
        self.boxes.setSpacing(round(1.2 * u))
        self.keypad.setSpacing(round(1.4 * u))
        for label in self.digits:
            label.setFixedSize(round(8.5 * u), round(11 * u))
        for button in self.keys.values():
            button.setMinimumSize(max(touch, round(12 * u)), max(touch, round(9.5 * u)))
        for button in (self.check_in, self.go_back):
            button.setMinimumHeight(max(touch, round(9 * u)))
        self.message.layout().setContentsMargins(round(2 * u), round(1.2 * u), round(2 * u), round(1.2 * u))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check in with your booking"))
        self.hint.setText(self.tr("Enter the 6-digit check-in code of your booking"))
        self.check_in.setText(self.tr("Check in"))
        self.go_back.setText(self.tr("Back"))
        self.keys[CLEAR].setText(self.tr("Clear"))
        self.keys[BACK].setText(self.tr("Delete"))
        self.keys[CLEAR].setAccessibleName(self.tr("Clear"))
        self.keys[BACK].setAccessibleName(self.tr("Delete"))
        for key, button in self.keys.items():
            if key.isdigit():
                button.setText(key)
        self._show()

    def _show(self) -> None:
        for i, label in enumerate(self.digits):
            label.setText(self.code[i] if i < len(self.code) else "")
            label.setProperty("next", "true" if i == len(self.code) else "false")
            repolish(label)
        self.check_in.setEnabled(len(self.code) == CODE_DIGITS and not self._busy)
        if self._busy:
            title, text, tone = self.tr("Checking in…"), "", "busy"
        elif self._refusal is not None:
            title, text = self.refusal_words(*self._refusal)
            tone = "alert"
        else:
            title, text, tone = "", "", ""
        self.message_title.setText(title)
        self.message_text.setText(text)
        self.message_text.setVisible(bool(text))
        self.message.setVisible(bool(title))
        self.message.setProperty("tone", tone)
        for widget in (self.message, self.message_title, self.message_text):
            repolish(widget)

    def refusal_words(self, code: str, params: dict) -> tuple[str, str]:
        """(headline, what to do) for the engine's refusal code."""
        if code == "unknown_appointment":
            return (self.tr("No booking today with this code"),
                    self.tr("Please check the code, or ask our staff"))
        if code == "already_checked_in":
            return (self.tr("This code has been used: your number is {0}").format(params.get("ticket", "")),
                    self.tr("Please wait for your number to be called"))
        if code == "booking_cancelled":
            return self.tr("This booking was cancelled"), self.tr("Please take a ticket, or ask our staff")
        if code == "appointment_missed":
            return self.tr("The time of your booking has passed"), self.tr("Please take a ticket")
        if code == "service_closed":
            return self.tr("This service is closed now"), self.tr("Please ask our staff")
        if code == "invalid_value":
            return self.tr("Please enter all 6 digits"), ""
        return self.tr("Check-in is not possible now"), self.tr("Please ask our staff")

    def arrival_note(self, arrival: str, slot_iso: str) -> str:
        """What the confirmation page adds for a checked-in booking."""
        at = datetime.fromisoformat(slot_iso).strftime("%H:%M")
        if arrival == "early":
            return self.tr("You are early for your {0} booking: you wait as a normal ticket.").format(at)
        if arrival == "late":
            return self.tr("You are late for your {0} booking: you wait as a normal ticket.").format(at)
        return self.tr("Checked in for your {0} booking: you have appointment priority.").format(at)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
