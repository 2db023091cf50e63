"""Where the demo's windows go on one screen: the lobby display on top (the main
attraction), the kiosk and the two desks' compact bars below, scaled to the screen.
Plain arithmetic, tested without a screen."""
from __future__ import annotations

Box = tuple[int, int, int, int]   # x, y, width, height

#: The display's share of the screen's height.
DISPLAY_SHARE = 0.58
BAR_HEIGHT = 64     # a compact bar, about


def tile(left: int, top: int, width: int, height: int) -> dict[str, Box]:
    """{"display", "kiosk", "desk1", "desk2"}: boxes inside the screen, never overlapping.
    The desks run as their compact bars (what a teller keeps beside the business
    application); F12 opens the full desk."""
    display_h = round(height * DISPLAY_SHARE)
    gap = 8
    below = top + display_h + gap
    rest_h = height - display_h - gap
    kiosk_w = round(width * 0.42)
    desks_x = left + kiosk_w + gap
    desks_w = width - kiosk_w - gap
    return {
        "display": (left, top, width, display_h),
        "kiosk": (left, below, kiosk_w, rest_h),
        "desk1": (desks_x, below, desks_w, BAR_HEIGHT),
        "desk2": (desks_x, below + BAR_HEIGHT + gap, desks_w, BAR_HEIGHT),
    }


def screen_area() -> Box:
    """The primary screen's available area (without the taskbar), from Qt."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["queuedesk-demo"])
    area = app.primaryScreen().availableGeometry()
    return area.x(), area.y(), area.width(), area.height()
