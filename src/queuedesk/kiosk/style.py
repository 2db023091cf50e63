"""The kiosk's look: high contrast, large type, two palettes.

Sizes are in "units" (a hundredth of the window's short side), so the same sheet reads
from a metre on a 21" and a 43" screen. Text on every fill meets WCAG AA contrast
(4.5:1), most of it AAA (7:1): the kiosk serves elderly and low-vision customers. The
large-text mode (适老化, one touch on the header) switches to white and yellow on black
and makes everything bigger.
"""
from __future__ import annotations

from dataclasses import dataclass

from queuedesk.qtkit.fonts import number_family

NAVY = "#0f2c52"        # header, titles
BLUE = "#1451a8"        # the service badge, the active language
INK = "#0d1b2a"         # body text on white: 17:1
SUBTLE = "#34465a"      # secondary text on white: 9.7:1
PAPER = "#ffffff"
BACKGROUND = "#e6ecf3"
LINE = "#9fb0c4"
PRESSED = "#d3e2f7"
OFF_FILL = "#d9dee5"    # a service that takes no tickets now
OFF_INK = "#3d4854"     # its text on OFF_FILL: 7.6:1
ALERT = "#a1161a"       # reasons, printer problems: 7.2:1 on white
ALERT_FILL = "#fdecec"
OK = "#1b5e20"          # "please take your ticket": 7.9:1 on white
OK_FILL = "#e8f5e9"
WARN_FILL = "#fff4d6"   # database away
WARN_INK = "#5c3b00"

# The large-text palette: white and yellow on black (21:1 and 19:1).
BLACK = "#000000"
YELLOW = "#ffe600"


@dataclass(frozen=True)
class Palette:
    """The colours a service button is painted in."""

    contrast: bool
    card: str
    card_line: str
    ink: str
    subtle: str
    badge: str
    badge_ink: str
    off_fill: str
    off_ink: str
    off_badge: str
    pressed: str
    accent: str
    alert: str
    rule: str


NORMAL = Palette(contrast=False, card=PAPER, card_line=LINE, ink=INK, subtle=SUBTLE, badge=BLUE, badge_ink="#ffffff",
                 off_fill=OFF_FILL, off_ink=OFF_INK, off_badge="#6b7784", pressed=PRESSED, accent=BLUE,
                 alert=ALERT, rule=LINE)
CONTRAST = Palette(contrast=True, card=BLACK, card_line="#ffffff", ink="#ffffff", subtle=YELLOW, badge=YELLOW,
                   badge_ink=BLACK, off_fill="#262626", off_ink="#d0d0d0", off_badge="#8c8c8c", pressed="#403a00",
                   accent=YELLOW, alert="#ff9d9d", rule="#8c8c8c")


#: The header's toggles (A+, the languages), in units: their words, the padding either
#: side, the frame. header.py sizes the toggles from the same figures.
TOGGLE_WORDS_U, TOGGLE_PAD_U, TOGGLE_FRAME_U = 2.8, 2.2, 0.25


def sheet(u: float, contrast: bool = False, scale: float = 1.0) -> str:
    """The style sheet for a window whose unit is `u` pixels; large text makes everything
    `scale` times bigger, but for the header's frames and paddings (its words grow too:
    header.py keeps its toggles where they were)."""
    def px(units: float) -> str:
        return f"{max(1, round(units * u * scale))}px"

    def hpx(units: float) -> str:
        return f"{max(1, round(units * u))}px"

    return _base(px, hpx) + (_contrast(px) if contrast else "")


def _contrast(px) -> str:
    """The large-text look, over the normal one."""
    return f"""
QWidget#kioskRoot {{ background: {BLACK}; }}
QWidget {{ color: #ffffff; }}
QFrame#header {{ background: {BLACK}; border-bottom: {px(0.3)} solid #ffffff; }}
QLabel#title {{ color: {YELLOW}; }}
QLabel#hint, QLabel#help, QLabel#countdown, QLabel#listen, QLabel#yourNumber {{ color: #ffffff; }}
QLabel#done, QLabel#serviceLine, QLabel#figures, QLabel#counters {{ color: #ffffff; }}
QLabel#bigNumber {{ color: {YELLOW}; }}
QPushButton#tab {{ background: {BLACK}; color: #ffffff; border-color: #ffffff; }}
QPushButton#tab:checked {{ background: {YELLOW}; color: {BLACK}; border-color: {YELLOW}; }}
QPushButton#finish {{ background: {YELLOW}; color: {BLACK}; }}
QFrame#status[tone="ok"], QFrame#status[tone="info"], QFrame#status[tone="busy"] {{ background: {BLACK};
    border-color: #ffffff; }}
QFrame#status[tone="ok"] QLabel, QFrame#status[tone="info"] QLabel, QFrame#status[tone="busy"] QLabel {{
    color: #ffffff; }}
QLabel#pageLabel {{ color: #ffffff; }}
QLabel#staffTitle {{ color: {YELLOW}; }}
QLabel#staffHint, QLabel#pinDots {{ color: #ffffff; }}
QFrame#pinField {{ background: {BLACK}; border-color: #ffffff; }}
QPushButton#priorityClass:checked {{ background: {YELLOW}; color: {BLACK}; border-color: {YELLOW}; }}
"""


def _base(px, hpx) -> str:
    return f"""
QWidget#kioskRoot {{ background: {BACKGROUND}; }}
QWidget {{ color: {INK}; }}

QFrame#header {{ background: {NAVY}; }}
QLabel#clock {{ color: white; font-size: {px(3.4)}; font-weight: 600; }}
QLabel#date {{ color: #d6e2f2; font-size: {px(2.2)}; }}
QPushButton#lang {{ background: transparent; color: white; border: {hpx(TOGGLE_FRAME_U)} solid #9db5d6;
    font-size: {px(TOGGLE_WORDS_U)}; font-weight: 700; padding: 0 {hpx(TOGGLE_PAD_U)}; }}
QPushButton#lang[side="left"] {{ border-top-left-radius: {hpx(1.2)}; border-bottom-left-radius: {hpx(1.2)}; }}
QPushButton#lang[side="right"] {{ border-top-right-radius: {hpx(1.2)}; border-bottom-right-radius: {hpx(1.2)}; }}
QPushButton#lang:checked {{ background: white; color: {NAVY}; border-color: white; }}
QPushButton#large {{ background: transparent; color: white; border: {hpx(TOGGLE_FRAME_U)} solid #9db5d6;
    border-radius: {hpx(1.2)}; font-size: {px(TOGGLE_WORDS_U)}; font-weight: 800; padding: 0 {hpx(TOGGLE_PAD_U)}; }}
QPushButton#large:checked {{ background: {YELLOW}; color: {BLACK}; border-color: {YELLOW}; }}

QPushButton#tab {{ background: {PAPER}; color: {NAVY}; border: {px(0.3)} solid {LINE}; border-radius: {px(1.2)};
    font-size: {px(3.2)}; font-weight: 800; padding: 0 {px(3)}; }}
QPushButton#tab:checked {{ background: {NAVY}; color: white; border-color: {NAVY}; }}
QLabel#pageLabel {{ color: {SUBTLE}; font-size: {px(2.8)}; font-weight: 700; }}

QLabel#title {{ color: {NAVY}; font-size: {px(5.2)}; font-weight: 800; }}
QLabel#hint {{ color: {SUBTLE}; font-size: {px(2.8)}; }}
QLabel#help {{ color: {SUBTLE}; font-size: {px(2.4)}; }}

QFrame#notice {{ border-radius: {px(1.2)}; }}
QFrame#notice[tone="warn"] {{ background: {WARN_FILL}; border: {px(0.3)} solid #e0a800; }}
QFrame#notice[tone="alert"] {{ background: {ALERT_FILL}; border: {px(0.3)} solid {ALERT}; }}
QFrame#notice[tone="warn"] QLabel {{ color: {WARN_INK}; }}
QFrame#notice[tone="alert"] QLabel {{ color: {ALERT}; }}
QLabel#noticeTitle {{ font-size: {px(3.6)}; font-weight: 800; }}
QLabel#noticeText {{ font-size: {px(2.6)}; }}

QLabel#done {{ color: {NAVY}; font-size: {px(5.0)}; font-weight: 800; }}
QLabel#yourNumber {{ color: {SUBTLE}; font-size: {px(2.8)}; }}
QLabel#bigNumber {{ color: {BLUE}; font-size: {px(14)}; font-weight: 700; font-family: "{number_family()}"; }}
QLabel#serviceLine {{ color: {INK}; font-size: {px(3.4)}; font-weight: 700; }}
QLabel#figures {{ color: {INK}; font-size: {px(3.0)}; }}
QLabel#counters {{ color: {INK}; font-size: {px(2.8)}; }}
QFrame#status {{ border-radius: {px(1.2)}; }}
QFrame#status[tone="ok"] {{ background: {OK_FILL}; border: {px(0.3)} solid {OK}; }}
QFrame#status[tone="busy"] {{ background: {PAPER}; border: {px(0.3)} solid {LINE}; }}
QFrame#status[tone="alert"] {{ background: {ALERT_FILL}; border: {px(0.3)} solid {ALERT}; }}
QFrame#status[tone="info"] {{ background: #e8f0fb; border: {px(0.3)} solid {BLUE}; }}
QFrame#status[tone="ok"] QLabel {{ color: {OK}; }}
QFrame#status[tone="busy"] QLabel {{ color: {SUBTLE}; }}
QFrame#status[tone="alert"] QLabel {{ color: {ALERT}; }}
QFrame#status[tone="info"] QLabel {{ color: {NAVY}; }}
QLabel#statusTitle {{ font-size: {px(3.4)}; font-weight: 800; }}
QLabel#statusText {{ font-size: {px(2.6)}; }}
QLabel#listen {{ color: {SUBTLE}; font-size: {px(2.6)}; }}
QPushButton#finish {{ background: {BLUE}; color: white; border: none; border-radius: {px(1.4)};
    font-size: {px(3.4)}; font-weight: 800; padding: 0 {px(4)}; }}
QPushButton#finish:pressed {{ background: {NAVY}; }}
QPushButton#finish:disabled {{ background: #7d95b8; color: #eef3fa; }}
QLabel#countdown {{ color: {SUBTLE}; font-size: {px(2.4)}; }}

QLabel#staffTitle {{ color: {NAVY}; font-size: {px(4.6)}; font-weight: 800; }}
QLabel#staffHint {{ color: {SUBTLE}; font-size: {px(2.6)}; }}
QLabel#staffMessage {{ border-radius: {px(1.0)}; padding: {px(1.0)} {px(2)}; font-size: {px(2.8)};
    font-weight: 700; }}
QLabel#staffMessage[tone="info"] {{ color: {NAVY}; }}
QLabel#staffMessage[tone="ok"] {{ background: {OK_FILL}; color: {OK}; border: {px(0.3)} solid {OK}; }}
QLabel#staffMessage[tone="alert"] {{ background: {ALERT_FILL}; color: {ALERT}; border: {px(0.3)} solid {ALERT}; }}
QFrame#pinField {{ background: {PAPER}; border: {px(0.3)} solid {LINE}; border-radius: {px(1.2)}; }}
QLabel#pinDots {{ color: {NAVY}; font-size: {px(4.6)}; font-weight: 800; }}
QLabel#pinDots[empty="true"] {{ color: {SUBTLE}; font-size: {px(2.8)}; font-weight: 400; }}
QPushButton#pinKey {{ background: {PAPER}; color: {NAVY}; border: {px(0.3)} solid {LINE}; border-radius: {px(1.4)};
    font-size: {px(5.0)}; font-weight: 700; font-family: "{number_family()}"; }}
QPushButton#pinKey:pressed, QPushButton#pinAction:pressed {{ background: {PRESSED}; }}
QPushButton#pinAction {{ background: {PAPER}; color: {NAVY}; border: {px(0.3)} solid {LINE};
    border-radius: {px(1.4)}; font-size: {px(3.0)}; font-weight: 700; }}
QPushButton#pinOk {{ background: {BLUE}; color: white; border: none; border-radius: {px(1.4)};
    font-size: {px(3.4)}; font-weight: 800; }}
QPushButton#pinOk:pressed {{ background: {NAVY}; }}
QPushButton#pinKey:disabled, QPushButton#pinAction:disabled {{ background: {OFF_FILL}; color: {OFF_INK};
    border-color: {OFF_FILL}; }}
QPushButton#pinOk:disabled {{ background: #7d95b8; color: #eef3fa; }}
QPushButton#staffBack {{ background: {PAPER}; color: {NAVY}; border: {px(0.3)} solid {NAVY};
    border-radius: {px(1.4)}; font-size: {px(3.0)}; font-weight: 700; padding: 0 {px(3)}; }}
QPushButton#staffBack:pressed {{ background: {PRESSED}; }}
QPushButton#staffButton {{ background: {BLUE}; color: white; border: none; border-radius: {px(1.4)};
    font-size: {px(3.4)}; font-weight: 800; padding: 0 {px(3)}; }}
QPushButton#staffButton:pressed {{ background: {NAVY}; }}
QPushButton#staffQuit {{ background: {ALERT}; color: white; border: none; border-radius: {px(1.4)};
    font-size: {px(3.4)}; font-weight: 800; padding: 0 {px(3)}; }}
QPushButton#staffQuit:pressed {{ background: #6e0f12; }}
QPushButton#priorityClass {{ background: {PAPER}; color: {NAVY}; border: {px(0.3)} solid {LINE};
    border-radius: {px(1.4)}; font-size: {px(3.2)}; font-weight: 800; padding: {px(0.8)} {px(2)}; }}
QPushButton#priorityClass:checked {{ background: {NAVY}; color: white; border-color: {NAVY}; }}
QPushButton#priorityService {{ background: {PAPER}; color: {INK}; border: {px(0.3)} solid {LINE};
    border-radius: {px(1.2)}; font-size: {px(3.0)}; font-weight: 700; text-align: left; padding: 0 {px(2.4)}; }}
QPushButton#priorityService:pressed {{ background: {PRESSED}; }}
QPushButton#priorityService:disabled {{ background: {OFF_FILL}; color: {OFF_INK}; border-color: {OFF_FILL}; }}
QWidget#priorityServices, QScrollArea#priorityScroll {{ background: transparent; }}
QScrollArea#priorityScroll QScrollBar:vertical {{ width: {px(2.2)}; background: {OFF_FILL}; border-radius: {px(1.1)}; }}
QScrollArea#priorityScroll QScrollBar::handle:vertical {{ background: {NAVY}; border-radius: {px(1.1)};
    min-height: {px(6)}; }}
QScrollArea#priorityScroll QScrollBar::add-line, QScrollArea#priorityScroll QScrollBar::sub-line {{ height: 0; }}
QScrollArea#priorityScroll QScrollBar::add-page, QScrollArea#priorityScroll QScrollBar::sub-page {{
    background: transparent; }}
"""
