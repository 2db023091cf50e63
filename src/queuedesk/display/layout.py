"""Where each part of the screen goes, for a landscape or a portrait panel.

Plain geometry, tested without a window. Landscape: the call and the other counters on
the left (the eye lands there first), recent calls and waiting counts on the right.
Portrait: the same, stacked, with recent calls and waiting counts side by side. Either
way the other counters' board takes the rows its calls fill, and the call the rest (see
arrange).
"""
from __future__ import annotations

from PySide6.QtCore import QRect

from queuedesk.display.paging import board_height
from queuedesk.qtkit.theme import unit

LIST_CHROME_U = 7.6   # a list's title and padding, in units
LIST_ROW_U = 8.0      # a list row at its largest (recent.ROW_MAX_U, waiting.ROW_MAX_U)
PARTS = ("header", "hero", "board", "recent", "waiting", "ticker")


def arrange(width: int, height: int, recent_rows: int, services: int,
            ticker: bool = True, board_calls: int | None = None) -> dict[str, QRect]:
    """The parts' places. `board_calls`: how many calls the other counters' board must
    hold (None: as many as its full room holds)."""
    u = unit(width, height)
    portrait = height > width
    header_h = round((8.5 if portrait else 9.0) * u)
    ticker_h = round(6.5 * u) if ticker else 0
    m = round(1.6 * u)          # outer margin
    g = round(1.4 * u)          # gap between parts
    top, left = header_h + m, m
    body_w = width - 2 * m
    body_h = height - header_h - ticker_h - 2 * m
    rects = {"header": QRect(0, 0, width, header_h),
             "ticker": QRect(0, height - ticker_h, width, ticker_h)}
    # The two lists share their room by how many rows each has (plus its title); a long
    # waiting list turns its pages rather than squeeze the recent calls.
    recent_weight = max(1, recent_rows) + 1.4
    waiting_weight = min(max(1, services), max(recent_rows, 1) + 3) + 1.4
    if portrait:
        # The lists take what their rows need (at the rows' largest size), at most 40 %;
        # the call and the other counters share the rest.
        lists_need = (LIST_CHROME_U + LIST_ROW_U * max(recent_rows, min(services, recent_rows + 3), 1)) * u
        lists_h = round(min(lists_need, body_h * 0.4))
        rest = body_h - lists_h - 2 * g
        board_h = board_room(body_w, rest - round(rest * 0.55), u, board_calls)
        hero_h = rest - board_h
        rects["hero"] = QRect(left, top, body_w, hero_h)
        rects["board"] = QRect(left, top + hero_h + g, body_w, board_h)
        lists_top = top + hero_h + g + board_h + g
        if recent_rows > 0:
            # The business types' names are longer than "A012 3号窗口 10:02".
            share = (body_w - g) * 2 // 5 if services > recent_rows else (body_w - g) // 2
            rects["recent"] = QRect(left, lists_top, share, lists_h)
            rects["waiting"] = QRect(left + share + g, lists_top, body_w - share - g, lists_h)
        else:   # display.recent_calls = 0: no recent list, the counts take its room
            rects["recent"] = QRect(left, lists_top, 0, 0)
            rects["waiting"] = QRect(left, lists_top, body_w, lists_h)
    else:
        left_w = round(body_w * 0.6)
        board_h = board_room(left_w, body_h - g - round(body_h * 0.56), u, board_calls)
        hero_h = body_h - g - board_h
        rects["hero"] = QRect(left, top, left_w, hero_h)
        rects["board"] = QRect(left, top + hero_h + g, left_w, board_h)
        right_x = left + left_w + g
        right_w = body_w - left_w - g
        if recent_rows > 0:
            recent_h = round((body_h - g) * recent_weight / (recent_weight + waiting_weight))
            recent_h = max(round((body_h - g) * 0.35), min(recent_h, round((body_h - g) * 0.65)))
            rects["recent"] = QRect(right_x, top, right_w, recent_h)
            rects["waiting"] = QRect(right_x, top + recent_h + g, right_w, body_h - recent_h - g)
        else:
            rects["recent"] = QRect(right_x, top, 0, 0)
            rects["waiting"] = QRect(right_x, top, right_w, body_h)
    return rects


def board_room(width: int, full: int, u: float, calls: int | None) -> int:
    """The board's height under the call: `full` (a busy hall's room) for `calls` None or
    enough calls to fill it. A screen has room for more calls than a quiet hall has: the
    board keeps only the rows its calls fill, and the call on the big panel (read first,
    and from the back of the hall) takes the rest, rather than a dark band under two
    cards. The lists stay put, the cards keep their size."""
    return full if calls is None else round(board_height(width, full, u, calls))
