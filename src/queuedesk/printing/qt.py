"""A Qt application for code that paints tickets outside the GUI (CLI, tests, services)."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from queuedesk.printing.errors import PrinterError
from queuedesk.qtkit.fonts import FontError, ensure_cjk_font

_APP: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """Return the running QGuiApplication, creating one if there is none; fonts ready.

    Painting text needs a QGuiApplication even into a QImage or PDF. On a headless
    Linux box (a print server, a CI runner) the default platform plugin would abort
    the process, so we pick "offscreen" when nothing else was asked for.
    """
    app = QCoreApplication.instance()
    if app is None:
        if _headless() and not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # A QApplication (not just a QGuiApplication): if widgets are shown later in
        # this process (a print dialog, the kiosk), Qt cannot upgrade the app object.
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
        global _APP
        _APP = app  # callers often drop the return value; the app must outlive the call
    elif not isinstance(app, QGuiApplication):
        raise PrinterError("a non-GUI QCoreApplication is running; tickets need a QGuiApplication")
    try:
        ensure_cjk_font()
    except FontError as exc:
        raise PrinterError(str(exc)) from None
    return app


def _headless() -> bool:
    return sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
