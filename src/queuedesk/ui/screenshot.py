"""`--screenshot FILE`: save the window once it shows live data, then quit."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from queuedesk.commandline import cannot_write, write_whole
from queuedesk.qtkit.memory import png_bytes


def save_when_ready(window: QWidget, path: str, ready_signal, settle_ms: int = 400,
                    timeout_ms: int = 15_000) -> None:
    """When `ready_signal` fires (first live data on screen), wait for layout and paint to
    settle, grab the window into `path` and quit with 0; quit with 1 on time-out."""
    app = QApplication.instance()
    done = {"saved": False}

    def grab():
        if done["saved"]:
            return
        done["saved"] = True
        window.repaint()
        try:
            image = png_bytes(window.grab())
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            write_whole(path, image)
        except ValueError as exc:
            return fail(f"cannot make the screenshot: {exc}")
        except OSError as exc:
            return fail(cannot_write(path, exc))
        app.exit(0)

    def fail(message: str) -> None:
        print(f"queuedesk: {message}", file=sys.stderr)
        app.exit(1)

    ready_signal.connect(lambda *_: QTimer.singleShot(settle_ms, grab))
    QTimer.singleShot(timeout_ms, lambda: (not done["saved"]) and app.exit(1))
