"""Getting the teller's attention when the first customer arrives in an empty queue: a
chime (the lobby's own) and a few flashes of the current-ticket card and the compact bar,
and the taskbar entry asks for attention too. A quiet counter must not miss its first
customer of a lull because the teller was looking at the business application."""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from queuedesk.qtkit.theme import repolish

log = logging.getLogger(__name__)

FLASH_MS = 400
FLASHES = 4


class Attention(QObject):
    def __init__(self, widgets: list[QWidget], window: QWidget, parent: QObject | None = None):
        super().__init__(parent)
        self.widgets, self.window = widgets, window
        self.rung = 0                       # how often it rang (tests read it)
        self._sink = None
        self._left = 0
        self._timer = QTimer(self, interval=FLASH_MS)
        self._timer.timeout.connect(self._toggle)

    def ring(self) -> None:
        self.rung += 1
        self._chime()
        QApplication.alert(self.window)
        self._left = 2 * FLASHES
        self._set(True)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._set(False)

    def _chime(self) -> None:
        from queuedesk.voice import chime
        from queuedesk.voice.player import QtSink, audio_problem

        if self._sink is None:
            if audio_problem() is not None:
                QApplication.beep()         # a PC without sound: the system's own beep, if any
                return
            self._sink = QtSink(self)
        try:
            self._sink.play(chime.path(), lambda: None)
        except Exception:   # a broken sound device must not break the desk
            log.exception("cannot play the chime")

    def _toggle(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.stop()
        else:
            self._set(self._left % 2 == 0)

    def _set(self, on: bool) -> None:
        for widget in self.widgets:
            widget.setProperty("attention", "true" if on else "false")
            repolish(widget)
