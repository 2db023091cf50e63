"""Starting a window program: the QApplication (fonts, language, Ctrl+C) and the hall."""
from __future__ import annotations

import signal
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication

from queuedesk.config import Config
from queuedesk.qtkit.fonts import ensure_cjk_font
from queuedesk.qtkit.painting import keep_bold
from queuedesk.ui.language import set_language


def make_app(lang: str | None, config: Config) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("queuedesk")
    app.setOrganizationName("queuedesk")
    ensure_cjk_font()
    keep_bold(app)
    set_language(lang or config.language)
    # Ctrl+C in the terminal closes the window instead of being swallowed by Qt's loop.
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer(app)
    timer.start(250)
    timer.timeout.connect(lambda: None)
    app._sigint_timer = timer
    return app


def show_unattended(window, screen=None) -> None:
    """Full screen, frameless, on top and without a pointer, on `screen` (default: the
    primary one): how a kiosk or a lobby screen runs, with nobody at a keyboard."""
    app = QApplication.instance()
    screen = screen or app.primaryScreen()
    window.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    window.setScreen(screen)                 # before showing: full screen on *that* monitor
    window.setGeometry(screen.geometry())
    app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    window.showFullScreen()
