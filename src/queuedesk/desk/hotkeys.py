"""The desk's keys while another program has the focus: F1 calls the next customer even
when the teller is typing in the core-banking application (and a USB caller keypad that
sends F1 works the same way).

A global hotkey is taken from the windowing system, exclusively, so the key goes to the
caller and not also to the focused program (whose F1 would open its help):

- X11: a passive grab of the key on the root window (XGrabKey) through python-xlib, on
  a connection of its own whose socket a QSocketNotifier watches: no thread, no polling.
  (pynput, the usual library, listens with the RECORD extension instead: the key would
  still reach the focused program.)
- Windows: RegisterHotKey from user32 (ctypes), its WM_HOTKEY messages picked out of
  Qt's native event stream by a QAbstractNativeEventFilter.
- Elsewhere (Wayland, macOS) there is no such thing for an ordinary program: the keys
  work while the desk or its bar has the focus, and `problem` says so.

NumLock and CapsLock are modifiers to X11: each key is grabbed with every combination
of them, or it would stop working whenever NumLock is on.
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QObject, QSocketNotifier, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence

log = logging.getLogger(__name__)

#: F1..F12 as Windows virtual-key codes.
_VK = {f"F{n}": 0x6F + n for n in range(1, 13)}
WM_HOTKEY = 0x0312
MOD_NOREPEAT = 0x4000


class GlobalKeys(QObject):
    """`pressed(name)` when one of the registered keys is pressed, whoever has the focus."""

    pressed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.problem: str | None = None       # why global keys are not available, if they are not
        self._backend = None

    @property
    def active(self) -> bool:
        return self._backend is not None and bool(self._backend.keys)

    def grab(self, keys: dict[str, str]) -> bool:
        """Take `keys` ({name: "F1"}) for this program; False (and `problem`) if impossible.
        Keys another program holds already are skipped (and logged)."""
        self.release()
        platform = QGuiApplication.platformName()
        try:
            if platform == "xcb":
                self._backend = _X11(self.pressed.emit)
            elif sys.platform == "win32" and platform == "windows":
                self._backend = _Windows(self.pressed.emit)
            else:
                self.problem = f"no global keys on the {platform or sys.platform} platform"
                return False
            self._backend.grab(keys)
        except Exception as exc:   # no X server connection, no user32: the window keys still work
            log.warning("global keys unavailable: %s", exc)
            self.problem = str(exc)
            self._backend = None
            return False
        self.problem = None
        return True

    def release(self) -> None:
        if self._backend is not None:
            self._backend.release()
            self._backend = None


class _X11:
    def __init__(self, emit):
        from Xlib import XK, X, display, error

        self._X, self._XK, self._error = X, XK, error
        self.emit = emit
        self.display = display.Display()
        self.root = self.display.screen().root
        self.keys: dict[int, str] = {}        # keycode → name
        self.notifier = QSocketNotifier(self.display.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._read)

    def _modifier_sets(self) -> list[int]:
        X = self._X
        lock_masks = (0, X.LockMask, X.Mod2Mask, X.LockMask | X.Mod2Mask)   # CapsLock, NumLock
        return list(lock_masks)

    def grab(self, keys: dict[str, str]) -> None:
        X = self._X
        for name, sequence in keys.items():
            keysym = self._XK.string_to_keysym(QKeySequence(sequence).toString())
            keycode = self.display.keysym_to_keycode(keysym)
            if not keycode:
                continue
            caught = self._error.CatchError(self._error.BadAccess)
            for mods in self._modifier_sets():
                self.root.grab_key(keycode, mods, True, X.GrabModeAsync, X.GrabModeAsync, onerror=caught)
            self.display.sync()
            if caught.get_error():
                log.warning("key %s is taken by another program: not global", sequence)
                continue
            self.keys[keycode] = name
        self.display.flush()

    def _read(self) -> None:
        while self.display.pending_events():
            event = self.display.next_event()
            if event.type == self._X.KeyPress and event.detail in self.keys:
                self.emit(self.keys[event.detail])

    def release(self) -> None:
        self.notifier.setEnabled(False)
        for keycode in self.keys:
            for mods in self._modifier_sets():
                self.root.ungrab_key(keycode, mods)
        self.keys.clear()
        self.display.close()


class _Windows(QAbstractNativeEventFilter):
    def __init__(self, emit):
        super().__init__()
        import ctypes
        from ctypes import wintypes

        self._user32 = ctypes.windll.user32
        self._msg = wintypes.MSG
        self.emit = emit
        self.keys: dict[int, str] = {}        # hotkey id → name
        QGuiApplication.instance().installNativeEventFilter(self)

    def grab(self, keys: dict[str, str]) -> None:
        for i, (name, sequence) in enumerate(keys.items(), start=1):
            vk = _VK.get(QKeySequence(sequence).toString())
            if vk is None:
                continue
            if self._user32.RegisterHotKey(None, i, MOD_NOREPEAT, vk):
                self.keys[i] = name
            else:
                log.warning("key %s is taken by another program: not global", sequence)

    def nativeEventFilter(self, event_type, message):
        if event_type in (b"windows_generic_MSG", "windows_generic_MSG"):
            msg = self._msg.from_address(int(message))
            if msg.message == WM_HOTKEY and msg.wParam in self.keys:
                self.emit(self.keys[msg.wParam])
                return True, 0
        return False, 0

    def release(self) -> None:
        for i in self.keys:
            self._user32.UnregisterHotKey(None, i)
        self.keys.clear()
        QGuiApplication.instance().removeNativeEventFilter(self)
