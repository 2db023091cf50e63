"""What every look shares: sizes from the screen, colours by name, and re-styling after
a dynamic property changed. Each window keeps its own palette (kiosk, desk and display
face different people at different distances); this is the mechanism under them."""
from __future__ import annotations

from PySide6.QtGui import QColor


def unit(width: int, height: int) -> float:
    """One hundredth of the short side: 10.8 px on a 1080p screen either way round. Sizes
    in units look alike on a 21" and a 65" screen."""
    return max(1.0, min(width, height) / 100.0)


def colour(name: str) -> QColor:
    return QColor(name)


def repolish(widget) -> None:
    """Re-apply the style sheet after a dynamic property (tone, role) changed: Qt does
    not do it by itself."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
