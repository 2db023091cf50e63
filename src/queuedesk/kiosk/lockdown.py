"""Keeping a full-screen kiosk in front of the customer: no way out, no way round.

Engaged by the kiosk in full-screen mode (not --windowed, not a screenshot run):
- every key is swallowed but the digits, Backspace and Enter (a staff member with a
  keyboard may type the PIN on the pad): Escape, Alt+F4, Alt+Tab, the Meta key and any
  shortcut reach no widget;
- no context menu opens anywhere (a long press of a touch screen is one);
- the window comes back when it loses the activation (another window took it, the
  window manager's Alt+Tab), is minimised or leaves full screen.
Close requests are refused by the window itself (window.py), until staff quit from
the staff menu. What the window system keeps for itself (Ctrl+Alt+Del, switching to
a text console, keys a desktop grabs before any program) is not the program's to
stop: the README says how to set up a kiosk session that has none of them.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

#: Keys a PIN needs; with Ctrl, Alt or Meta held even these are swallowed.
PIN_KEYS = frozenset({*(getattr(Qt.Key, f"Key_{d}") for d in range(10)), Qt.Key.Key_Backspace,
                      Qt.Key.Key_Return, Qt.Key.Key_Enter})
_HELD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
                   QEvent.Type.Shortcut})
#: Reclaiming the screen waits this long, so a burst of window-system events is one raise
#: and two programs that both insist on the front cannot spin the processor.
RECLAIM_MS = 100


class Lockdown(QObject):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.engaged = False
        self._reclaim = QTimer(self, singleShot=True, interval=RECLAIM_MS)
        self._reclaim.timeout.connect(self._to_front)

    def engage(self) -> None:
        if self.engaged:
            return
        self.engaged = True
        app = QApplication.instance()
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._on_application_state)

    def release(self) -> None:
        """Staff quit (or the window is shut down): let go of the application."""
        if not self.engaged:
            return
        self.engaged = False
        self._reclaim.stop()
        app = QApplication.instance()
        app.removeEventFilter(self)
        app.applicationStateChanged.disconnect(self._on_application_state)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in _KEYS:
            return not self._pin_key(event)
        if watched is self.window and kind in (QEvent.Type.WindowDeactivate, QEvent.Type.WindowStateChange,
                                               QEvent.Type.Hide):
            self._reclaim.start()
        return False

    @staticmethod
    def _pin_key(event) -> bool:
        return (event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
                and event.key() in PIN_KEYS and not event.modifiers() & _HELD)

    def _on_application_state(self, state) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self._reclaim.start()

    def _to_front(self) -> None:
        if not self.engaged:
            return
        w = self.window
        if not w.isFullScreen() or w.isMinimized() or not w.isVisible():
            log.info("the kiosk was minimised or left full screen: back to full screen")
            w.showFullScreen()
        if not w.isActiveWindow() or QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive:
            log.info("the kiosk lost the front: taking it back")
        w.raise_()
        w.activateWindow()
