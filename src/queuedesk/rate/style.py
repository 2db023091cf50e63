"""The rating screen's look: a small screen facing the customer across the counter.

Read at arm's length by customers of every age: large type, high contrast, and each
level told three ways at once (a face, a colour, the words). Sizes are in units (a
hundredth of the window's short side), so a 7" and a 13" screen look alike. Words are
drawn in ink on white (at least 7:1); colour marks the faces and the frame of a touch.
"""
from __future__ import annotations

NAVY = "#0f2c52"        # header, titles: 14:1 on white
INK = "#0d1b2a"         # body text: 17:1 on white
SUBTLE = "#34465a"      # second language, hints: 9.7:1 on white
PAPER = "#ffffff"
BACKGROUND = "#eef2f7"
LINE = "#b4c2d3"
BLUE = "#1451a8"        # the primary button: white on it 7.6:1
OFF = "#7a8796"
WARN_FILL = "#fff4d6"
WARN_INK = "#5c3b00"    # 9.6:1 on WARN_FILL
FACE_INK = "#1f2328"    # eyes and mouth on every face colour

#: Score → the colour of its face, green (5) to red (1).
LEVEL_COLOURS = {5: "#1e8e3e", 4: "#7cb342", 3: "#f2b705", 2: "#f57c00", 1: "#d93025"}
#: A lighter tint of each, for the card of a level being touched.
LEVEL_TINTS = {5: "#e6f4ea", 4: "#f1f8e9", 3: "#fff8e1", 2: "#fff3e0", 1: "#fce8e6"}


def sheet(u: float) -> str:
    """The style sheet for a window whose unit is `u` pixels (widgets that are not painted)."""
    def px(units: float) -> str:
        return f"{max(1, round(units * u))}px"

    return f"""
QWidget#rateRoot {{ background: {BACKGROUND}; }}
QFrame#header {{ background: {NAVY}; }}
QFrame#notice {{ background: {WARN_FILL}; border-top: {px(0.3)} solid #e0a800; }}
QPushButton#submit {{ background: {BLUE}; color: white; border: none; border-radius: {px(1.6)};
    font-size: {px(5)}; font-weight: 800; padding: 0 {px(5)}; }}
QPushButton#submit:pressed {{ background: {NAVY}; }}
QPushButton#back {{ background: {PAPER}; color: {NAVY}; border: {px(0.4)} solid {LINE};
    border-radius: {px(1.6)}; font-size: {px(4)}; font-weight: 700; padding: 0 {px(4)}; }}
QPushButton#back:pressed {{ background: #dce6f3; }}
"""
