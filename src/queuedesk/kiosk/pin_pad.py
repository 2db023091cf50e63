"""The staff PIN pad: ten large digit keys, the PIN shown as dots, and a way back.

A page of the kiosk window (never a separate window, so the kiosk keeps the front).
The PIN is held here only until it is submitted; the digits are never drawn, and the
field is a label (no text selection, no copy, no context menu). A keyboard works too:
digits, Backspace and Enter (the only keys the kiosk's lockdown lets through).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from queuedesk.domain.model import PIN_DIGITS
from queuedesk.qtkit.fit import fitted
from queuedesk.qtkit.theme import repolish

DOT = "●"


class PinPad(QWidget):
    submitted = Signal(str)   # the PIN typed
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pin = ""
        self._checking = False
        self._locked = False
        self._u, self._touch = 10.0, 80
        self._dots_room = 0   # the field's inner width, once the window gave a unit
        self.title = QLabel(objectName="staffTitle", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.dots = QLabel(objectName="pinDots", alignment=Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(objectName="staffMessage", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message.setProperty("tone", "info")
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), i // 3, i % 3)
        self.delete = self._key("delete", "pinAction")
        self.ok = self._key("ok", "pinOk")
        grid.addWidget(self.delete, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok, 3, 2)
        self.grid = grid
        self.cancel = QPushButton(objectName="staffBack")
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.clicked.connect(self.cancelled)

        field = QFrame(objectName="pinField")
        field_box = QHBoxLayout(field)
        field_box.addWidget(self.dots)
        self.field_box = field_box
        column = QWidget()
        self.column = QVBoxLayout(column)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addStretch(1)
        self.column.addWidget(self.title)
        self.column.addWidget(field)
        self.column.addWidget(self.message)
        self.column.addLayout(grid)
        self.column.addWidget(self.cancel)
        self.column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(column)
        outer.addStretch(1)
        self.field = field
        self.retranslate()
        self._show()

    def _key(self, name: str, object_name: str = "pinKey") -> QPushButton:
        key = QPushButton(name if name.isdigit() else "", objectName=object_name)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoRepeat(False)
        key.clicked.connect(lambda _=False, name=name: self.press(name))
        self.keys[name] = key
        return key

    # -- what the window asks ------------------------------------------------------------

    def set_unit(self, u: float, touch: int) -> None:
        self._u, self._touch = u, touch
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The pad at its full size in units, or shrunk to the page's height (large text on
        a low screen), its keys never below a finger's width."""
        u, touch = self._u, self._touch
        title = self.title.sizeHint().height()
        # field 9 + message 7 + four keys of 10 + cancel 8, and the gaps between them
        needed = title + u * (9 + 7 + 4 * 10 + 8 + 3 * 1.4 + 5 * 1.6)
        scale = min(1.0, self.height() / needed) if self.height() > 0 else 1.0
        k = u * scale
        key_h = max(touch, round(10 * k))
        key_w = max(touch, round(18 * u))
        for key in self.keys.values():
            key.setFixedSize(key_w, key_h)
        gap = round(1.4 * k)
        width = 3 * key_w + 2 * gap
        self.grid.setSpacing(gap)
        self.column.setSpacing(round(1.6 * k))
        self.field.setFixedSize(width, round(9 * k))
        self.message.setFixedWidth(width)
        self.message.setMinimumHeight(round(7 * k))
        self.cancel.setFixedSize(width, max(touch, round(8 * k)))
        self.field_box.setContentsMargins(round(2 * u), 0, round(2 * u), 0)
        # inside the field's margins and its border (0.3 units a side)
        self._dots_room = width - 2 * round(2 * u) - 2 * round(0.3 * u) - 2
        self._fit_dots()

    def reset(self) -> None:
        """A fresh pad: no digits, no message."""
        self._pin = ""
        self._checking = False
        self.set_message("")
        self._show()

    @property
    def typed(self) -> int:
        """How many digits are typed (the digits themselves stay inside)."""
        return len(self._pin)

    def set_message(self, text: str, tone: str = "info") -> None:
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        repolish(self.message)

    def set_checking(self, checking: bool) -> None:
        self._checking = checking
        if checking:
            self.set_message(self.tr("Checking…"))
        self._show()

    def set_locked(self, locked: bool) -> None:
        """Too many wrong PINs: the keys do nothing until the lock ends."""
        self._locked = locked
        if locked:
            self._pin = ""
        self._show()

    @property
    def locked(self) -> bool:
        return self._locked

    # -- keys ----------------------------------------------------------------------------

    def press(self, name: str) -> None:
        if self._checking:
            return
        if name == "ok":
            if not self._locked and len(self._pin) >= PIN_DIGITS[0]:
                pin, self._pin = self._pin, ""
                self._show()
                self.submitted.emit(pin)
            return
        if self._locked:
            return
        if name == "delete":
            self._pin = self._pin[:-1]
        elif name.isdigit() and len(self._pin) < PIN_DIGITS[1]:
            self._pin += name
            if self.message.text() and not self._checking:
                self.set_message("")   # a new try: the last refusal has been read
        self._show()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif key == Qt.Key.Key_Backspace:
            self.press("delete")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("ok")
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        self.dots.setText(" ".join(DOT * len(self._pin)) if self._pin else self.tr("Enter the staff PIN"))
        self.dots.setProperty("empty", not self._pin)
        self._fit_dots()
        live = not self._checking and not self._locked
        for name, key in self.keys.items():
            key.setEnabled(live and (name != "ok" or len(self._pin) >= PIN_DIGITS[0]))

    def _fit_dots(self) -> None:
        """The style sheet's size, shrunk when the dots (a PIN has up to 12 digits) or the
        prompt would not fit the field: a clipped dot would hide how many were typed."""
        self.dots.setStyleSheet("")
        repolish(self.dots)
        font = self.dots.font()
        if self._dots_room > 0 and font.pixelSize() > 0:
            smaller = fitted(font, self.dots.text(), self._dots_room)
            if smaller.pixelSize() < font.pixelSize():
                self.dots.setStyleSheet(f"font-size: {smaller.pixelSize()}px;")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.keys["delete"].setText(self.tr("Delete"))
        self.keys["ok"].setText(self.tr("OK"))
        self.cancel.setText(self.tr("Cancel"))
        self._show()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
