"""Windows a test opens: each shown at its size and started (waited for until its first
data is on screen), all shut down and the language reset at teardown (the `windows`
fixture of tests/conftest.py)."""
from __future__ import annotations

from queuedesk.ui.language import set_language


class StartedWindows:
    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.made = []

    def start(self, window, size, wait_ms: int, show=None):
        """`show`: how to put it on screen (default `window.show`), e.g. a locked kiosk's
        full screen."""
        self.qtbot.addWidget(window)
        window.resize(*size)
        (show or window.show)()
        self.made.append(window)
        with self.qtbot.waitSignal(window.ready, timeout=wait_ms):
            window.start()
        return window

    def close(self) -> None:
        for window in self.made:
            window.shutdown()
        set_language("en")
