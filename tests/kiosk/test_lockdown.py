"""A kiosk a customer cannot leave: full screen, no key, close request or context menu
gets out, and it takes the front back. --windowed stays an ordinary window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QWidget

from .conftest import WAIT_MS, button

ALT, CTRL, SHIFT, META = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier,
                          Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.MetaModifier)
#: What customers (or a keyboard left attached) might try.
WAYS_OUT = [
    ("Alt+F4", Qt.Key.Key_F4, ALT),
    ("Ctrl+Shift+Q", Qt.Key.Key_Q, CTRL | SHIFT),
    ("Escape", Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ("Alt+Tab", Qt.Key.Key_Tab, ALT),
    ("Meta", Qt.Key.Key_Meta, Qt.KeyboardModifier.NoModifier),
    ("Meta+D", Qt.Key.Key_D, META),
    ("Ctrl+W", Qt.Key.Key_W, CTRL),
    ("F11", Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
]


class Seen(QObject):
    """What reached a widget (an object's own filter runs after the application's)."""

    def __init__(self, widget, kinds):
        super().__init__()
        self.kinds, self.events = kinds, []
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() in self.kinds:
            self.events.append(event.type())
        return False


def still_in_front(kiosk) -> bool:
    return kiosk.isVisible() and kiosk.isFullScreen() and not kiosk.isMinimized()


def test_close_requests_are_refused_in_kiosk_mode(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall, locked=True)
    assert kiosk.close() is False                 # what the window manager's Alt+F4 and × ask
    request = QCloseEvent()
    QApplication.sendEvent(kiosk, request)
    assert not request.isAccepted()
    QApplication.processEvents()
    assert still_in_front(kiosk)
    assert kiosk.session.link.feed.isRunning()    # nothing was shut down either


@pytest.mark.parametrize("name,key,modifiers", WAYS_OUT, ids=[w[0] for w in WAYS_OUT])
def test_no_key_combination_quits_or_hides_it(qtbot, hall, make_kiosk, name, key, modifiers):
    kiosk = make_kiosk(hall, locked=True)
    seen = Seen(kiosk, {QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut})
    seen_button = Seen(button(kiosk, "A"), {QEvent.Type.KeyPress})
    qtbot.keyClick(kiosk, key, modifiers)
    qtbot.keyClick(button(kiosk, "A"), key, modifiers)
    qtbot.wait(150)
    assert still_in_front(kiosk), name
    assert kiosk.stack.currentWidget() is kiosk.home
    assert seen.events == [] and seen_button.events == []   # swallowed before any widget


def test_no_context_menu_anywhere(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall, locked=True)
    assert kiosk.contextMenuPolicy() == Qt.ContextMenuPolicy.PreventContextMenu
    targets = [kiosk, button(kiosk, "A"), kiosk.header, kiosk.header.lang_buttons["en"], kiosk.corner]
    seen = [Seen(widget, {QEvent.Type.ContextMenu}) for widget in targets]
    for widget in targets:
        at = QPoint(5, 5)
        QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at)))
    QApplication.processEvents()
    assert all(s.events == [] for s in seen)
    assert QApplication.activePopupWidget() is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [kiosk]


def test_losing_the_front_brings_it_back(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall, locked=True)
    other = QWidget()                    # a window that popped up over the kiosk
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=WAIT_MS)      # it took the front ...
    qtbot.waitUntil(kiosk.isActiveWindow, timeout=WAIT_MS)      # ... and the kiosk took it back
    kiosk.showMinimized()                # the window manager minimised it
    qtbot.waitUntil(lambda: still_in_front(kiosk) and kiosk.isActiveWindow(), timeout=WAIT_MS)
    kiosk.showNormal()                   # ... or took it out of full screen
    qtbot.waitUntil(lambda: still_in_front(kiosk), timeout=WAIT_MS)


def test_a_windowed_kiosk_is_an_ordinary_window(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall)
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow, timeout=WAIT_MS)
    qtbot.wait(300)
    assert not kiosk.isActiveWindow()    # it leaves the front to others
    assert kiosk.close() is True


def test_the_hidden_corner_is_on_top_and_draws_nothing(qtbot, hall, make_kiosk):
    kiosk = make_kiosk(hall, locked=True)
    assert kiosk.childAt(10, 10) is kiosk.corner
    assert kiosk.corner.width() >= 80 and kiosk.corner.height() >= 80
    # Nothing drawn: the corner looks like the header under it.
    with_corner = kiosk.grab().toImage()
    kiosk.corner.hide()
    without = kiosk.grab().toImage()
    kiosk.corner.show()
    assert with_corner.copy(0, 0, 80, 80) == without.copy(0, 0, 80, 80)
