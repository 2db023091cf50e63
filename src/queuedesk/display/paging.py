"""Pages of the lobby screen's lists, as plain arithmetic (tested without a window).

A hall with 60 counters busy cannot show every call at a size read from across the
hall, and a hall with 30 business types cannot list every queue; so both lists keep a
size that reads from 10 m and turn their pages (every PAGE_SECONDS) instead of
shrinking to a whisper. Calls that have not had their turn on the big panel yet are
pinned to every page of the board: the newest call is always on screen.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

PAGE_SECONDS = 8

CARD_MIN_U = 8.5      # card height when there is room, in units: readable from 10 m
CARD_FLOOR_U = 6.0    # the smallest card, when many counters are busy at once
CARD_MIN_W_U = 28.0   # narrower, "A012 → 12号窗口" shrinks below reading size
CARD_MAX_U = 13.0
CARD_ASPECT = 4.2     # width / height a card's text needs
GAP_U = 1.2
TITLE_U = 4.6         # the board's title row above its cards ...
TITLE_GAP_U = 0.6     # ... and the space under it


@dataclass(frozen=True)
class Grid:
    cols: int
    rows: int
    card_h: float

    @property
    def capacity(self) -> int:
        return self.cols * self.rows


def board_cols(width: float, u: float) -> int:
    """Columns of cards at their usual size: one on a narrow board, three on a wide one."""
    return 1 if width < 55 * u else 2 if width < 120 * u else 3


def board_height(width: float, most: float, u: float, count: int) -> float:
    """The height of a board `width` wide that shows `count` calls, at most `most` (the
    board's full room): the rows those calls fill, at the cards' size in the full room,
    at least one row (the "nobody else" line), so a hall with two calls keeps no empty
    rows for calls that are not there, and its cards are the size they will have when
    the hall is busy. Enough calls to fill the full room (or more): `most`."""
    gap = GAP_U * u
    head = (TITLE_U + TITLE_GAP_U) * u
    full = board_grid(width, most - head, u)
    need = max(1, -(-count // full.cols))
    if need >= full.rows:
        return most
    # A pixel to spare, so the board's grid finds exactly `need` rows in it (board_grid
    # counts the rows that fit; full.card_h is below what one more row would need).
    return min(most, math.ceil(head + need * full.card_h + (need - 1) * gap) + 1)


def board_grid(width: float, height: float, u: float, count: int = 0) -> Grid:
    """The board's cards: normally the same whatever the number of calls, so cards keep
    their size and place as calls come and go. More calls than that holds: smaller cards
    (more rows, another column) down to CARD_FLOOR_U; beyond that, pages."""
    gap = GAP_U * u
    cols = board_cols(width, u)
    rows = max(1, int((height + gap) // (CARD_MIN_U * u + gap)))
    if count <= cols * rows:
        return Grid(cols, rows, min(CARD_MAX_U * u, (height - (rows - 1) * gap) / rows))
    best, best_score = None, None
    for c in range(1, cols + 2):
        card_w = (width - (c - 1) * gap) / c
        if card_w < CARD_MIN_W_U * u:
            break
        r = max(1, int((height + gap) // (CARD_FLOOR_U * u + gap)))
        r = min(r, -(-count // c))
        card_h = (height - (r - 1) * gap) / r
        # The fewest pages (none at all if possible), then the largest text (a card's
        # text needs about CARD_ASPECT heights of width).
        score = (-math.ceil(count / (c * r)), min(card_h, card_w / CARD_ASPECT))
        if best_score is None or score > best_score:
            best, best_score = Grid(c, r, min(CARD_MAX_U * u, card_h)), score
    return best or Grid(cols, rows, min(CARD_MAX_U * u, (height - (rows - 1) * gap) / rows))


def pages_with_pinned(items: list[T], pinned: list[T], capacity: int) -> list[list[T]]:
    """`items` on pages of `capacity`, each page led by the `pinned` ones (at most half a
    page of them; more pinned than that are paged like the rest). Always one page at least."""
    if capacity <= 0:
        return [[]]
    keep = pinned[:max(1, capacity // 2)] if capacity > 1 else pinned[:1]
    rest = [i for i in items if i not in keep] + [p for p in pinned if p not in keep and p not in items]
    room = capacity - len(keep)
    if not rest:
        return [list(keep)]
    return [list(keep) + rest[i:i + room] for i in range(0, len(rest), room)]


def rows_for(height: float, row_min: float, row_max: float, count: int) -> tuple[int, float]:
    """(rows per page, row height) for a list of `count` rows in `height`: as many as fit
    at row_max, else shrunk down to row_min, else pages of rows at row_min."""
    if count <= 0:
        return 1, min(row_max, height)
    if count * row_min <= height:
        return count, min(row_max, height / count)
    per_page = max(1, int(height // row_min))
    return per_page, height / per_page


def page_count(count: int, per_page: int) -> int:
    return max(1, math.ceil(count / per_page)) if per_page > 0 else 1
