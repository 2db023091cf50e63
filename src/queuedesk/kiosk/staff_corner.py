"""The hidden way to the staff menu: a long press on the screen's top-left corner.

Nothing is drawn: a customer has no reason to press and hold a blank corner for three
seconds, and staff know where it is. The press must stay inside the corner the whole
time; lifting the finger or sliding out starts over.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

HOLD_MS = 3000
SIDE_PX = 80


class StaffCorner(QWidget):
    longPressed = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("staffCorner")
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")   # not announced by a screen reader either
        self._hold = QTimer(self, singleShot=True, interval=HOLD_MS)
        self._hold.timeout.connect(self.longPressed)
        self.setGeometry(0, 0, SIDE_PX, SIDE_PX)

    def mousePressEvent(self, event) -> None:   # a touch arrives as a mouse press too
        if event.button() == Qt.MouseButton.LeftButton:
            self._hold.start()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if not self.rect().contains(event.position().toPoint()):
            self._hold.stop()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        self._hold.stop()
        event.accept()

    def paintEvent(self, _event) -> None:
        pass   # hidden: nothing to see
