"""Notice when nobody has touched the kiosk for a while.

The customer who switched to English and walked away must not leave the next one an
English screen: after kiosk.idle_seconds without a touch the window goes home.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

TOUCHES = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
                     QEvent.Type.Wheel})


class IdleWatch(QObject):
    """`idle()` once after `seconds` without a touch anywhere in the application."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, interval=max(1, round(seconds * 1000)))
        self._timer.timeout.connect(self.idle)
        self._app = QApplication.instance()

    def start(self) -> None:
        self._app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._app.removeEventFilter(self)
        self._timer.stop()

    def restart(self) -> None:
        self._timer.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in TOUCHES:
            self._timer.start()
        return False
