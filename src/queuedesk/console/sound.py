"""The console's chime for a new alert, through the voice's own chime and player.

A PC without sound gets the system's beep, if any; the request is counted either way
(`requested`), which is what tests can see on a machine without speakers.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


class AlertSound(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.enabled = enabled
        self.requested = 0
        self._sink = None

    def ring(self) -> None:
        self.requested += 1
        if not self.enabled:
            return
        from queuedesk.voice import chime
        from queuedesk.voice.player import QtSink, audio_problem

        try:
            if self._sink is None:
                if audio_problem() is not None:
                    QApplication.beep()
                    return
                self._sink = QtSink(self)
            self._sink.play(chime.path(), lambda: None)
        except Exception:   # a broken sound device must not break the console
            log.exception("cannot play the chime")
