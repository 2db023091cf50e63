"""The console's look: a desk screen read from half a metre, many facts at once, colour
only where it means something (a wait against its target, an alert)."""
from __future__ import annotations

from queuedesk.qtkit import theme

NAVY = "#0f2c52"
INK = "#0d1b2a"
SUBTLE = "#46586b"
PAPER = "#ffffff"
BACKGROUND = "#e9eef4"
LINE = "#c3ceda"
OK = "#1b5e20"
OK_FILL = "#e3f2e4"
TARGET = "#7a4a00"          # past the target: amber, 7:1 on its fill
TARGET_FILL = "#fff0c7"
ALERT = "#a1161a"           # past the maximum, unattended: red
ALERT_FILL = "#fde3e3"
QUIET = "#6b7785"

#: wait level (domain.lobby) → (text colour, fill)
LEVELS = {"ok": (OK, OK_FILL), "over_target": (TARGET, TARGET_FILL), "over_max": (ALERT, ALERT_FILL)}
#: counter activity → (text colour, fill)
ACTIVITIES = {"serving": (INK, PAPER), "called": (INK, PAPER), "paused": (TARGET, TARGET_FILL),
              "idle": (OK, OK_FILL), "idle_waiting": (TARGET, TARGET_FILL), "closed": (QUIET, "#eef1f4"),
              "unattended": (ALERT, ALERT_FILL)}
#: alert kind → its colour when not acknowledged
ALERT_TONES = {"over_max": ALERT, "no_open_counter": ALERT, "unattended": ALERT, "printer": ALERT,
               "over_target": TARGET, "long_pause": TARGET, "appointment_waiting": TARGET}


#: Body text: 1.85 units (20 px on a 1080p screen, read from a desk), never below 17 px
#: (a 1366 × 768 laptop keeps what fits it).
BODY_UNITS = 1.85
SMALLEST_BODY_PX = 17


def body_px(width: int, height: int) -> int:
    """The body text size for a console window of `width` × `height`."""
    return max(SMALLEST_BODY_PX, round(theme.unit(width, height) * BODY_UNITS))


def row_px(px: int) -> int:
    """A table row for body text of `px`: room for a bold line and its padding."""
    return round(px * 1.9)


def sheet(px: int) -> str:
    """`px`: the body text size."""
    big, small = round(px * 1.25), round(px * 0.85)
    return f"""
QWidget#consoleRoot {{ background: {BACKGROUND}; }}
QWidget {{ color: {INK}; font-size: {px}px; }}
QFrame#consoleHeader {{ background: {NAVY}; }}
QFrame#consoleHeader QLabel {{ color: white; font-size: {big}px; font-weight: 700; }}
QLabel#online[state="off"] {{ color: #ffd0d0; }}
QLabel#section {{ color: {NAVY}; font-size: {big}px; font-weight: 800; padding: 2px 0; }}
QTableWidget, QListWidget {{ background: {PAPER}; border: 1px solid {LINE}; gridline-color: {LINE}; }}
QHeaderView::section {{ background: #dde5ee; color: {INK}; font-weight: 700; border: none;
    border-right: 1px solid {LINE}; padding: 4px 6px; font-size: {small}px; }}
QTabWidget::pane {{ border: 1px solid {LINE}; background: {PAPER}; }}
QTabBar::tab {{ padding: 6px {round(px * 0.6)}px; font-weight: 700; background: #dde5ee; }}
QTabBar::tab:selected {{ background: {PAPER}; color: {NAVY}; }}
QPushButton {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 4px; padding: 5px 12px;
    font-weight: 700; }}
QPushButton:pressed {{ background: #d3e2f7; }}
QPushButton#primary {{ background: {NAVY}; color: white; border: none; }}
QLabel#status[tone="ok"] {{ color: {OK}; font-weight: 700; }}
QLabel#status[tone="alert"] {{ color: {ALERT}; font-weight: 700; }}
QLabel#formLabel {{ color: {SUBTLE}; font-weight: 700; }}
"""
