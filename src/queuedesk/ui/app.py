"""Starting a window program: arguments every window takes, the QApplication, the hall."""
from __future__ import annotations

import argparse
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from queuedesk import config as configuration
from queuedesk.operations.hall import Hall
from queuedesk.store.database import Database
from queuedesk.ui.language import set_language


def add_window_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=("zh", "en"), help="interface language (default: ui.language, zh)")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="render with live data, save a PNG of the window and exit")


def make_app(lang: str | None, config: configuration.Config) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("queuedesk")
    app.setOrganizationName("queuedesk")
    try:
        from queuedesk.ui.fonts import ensure_cjk_font
        ensure_cjk_font()
    except ImportError:  # pragma: no cover - fonts module arrives with the printing work
        pass
    set_language(lang or config["ui.language"])
    # Ctrl+C in the terminal closes the window instead of being swallowed by Qt's loop.
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer(app)
    timer.start(250)
    timer.timeout.connect(lambda: None)
    app._sigint_timer = timer
    return app


def hall_for(args) -> Hall:
    config = configuration.load(getattr(args, "config", None))
    return Hall(Database(getattr(args, "db", None)), config)
