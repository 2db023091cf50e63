"""A window's account of what it shows, for end-to-end tests that drive real windows.

When QUEUEDESK_PROBE names a file, `report()` appends one JSON line per notable moment
(a ticket on screen, an announcement rendered). Without it, nothing happens.
"""
from __future__ import annotations

import json
import os
import time


def report(window: str, what: str, **data) -> None:
    path = os.environ.get("QUEUEDESK_PROBE")
    if not path:
        return
    line = json.dumps({"t": time.time(), "pid": os.getpid(), "window": window, "what": what, **data},
                      ensure_ascii=False, default=str)
    with open(path, "a", encoding="utf-8") as f:
        f.write(line + "\n")


def enabled() -> bool:
    return bool(os.environ.get("QUEUEDESK_PROBE"))


def click_point(widget) -> list[int]:
    """Where to click this widget, relative to its window: the test adds the window's
    place on the screen, which a window manager (or xdotool) may change later."""
    point = widget.mapTo(widget.window(), widget.rect().center())
    return [point.x(), point.y()]
