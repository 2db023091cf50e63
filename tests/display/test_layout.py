"""Where the parts go on landscape and portrait panels: inside the screen, no overlaps,
the call the biggest part."""
import itertools

import pytest

from queuedesk.display.calls_board import grid
from queuedesk.display.layout import PARTS, arrange
from queuedesk.operations import counters

from .conftest import WAIT_MS


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768), (3840, 2160), (768, 1366)])
def test_parts_fill_the_screen_without_overlapping(size):
    w, h = size
    rects = arrange(w, h, recent_rows=6, services=5)
    assert set(rects) == set(PARTS)
    for rect in rects.values():
        assert rect.left() >= 0 and rect.top() >= 0 and rect.right() < w and rect.bottom() < h
        assert rect.width() > 0 and rect.height() > 0
    for a, b in itertools.combinations(rects.values(), 2):
        assert not a.intersects(b)
    hero = rects["hero"]
    assert all(hero.width() * hero.height() >= r.width() * r.height() for r in rects.values())


def test_portrait_stacks_and_landscape_puts_the_lists_beside_the_call():
    wide = arrange(1920, 1080, 6, 5)
    assert wide["recent"].left() > wide["hero"].right()
    tall = arrange(1080, 1920, 6, 5)
    assert tall["recent"].top() > tall["board"].bottom() > tall["hero"].bottom()
    assert tall["hero"].width() > 0.9 * 1080


def test_no_notice_no_ticker_room():
    rects = arrange(1920, 1080, 6, 5, ticker=False)
    assert rects["ticker"].height() == 0


def test_cards_keep_their_size_until_more_counters_are_busy_than_they_hold():
    u = 10.8
    for count in range(7):
        cols, rows, card = grid(1130, 320, u, count)
        assert (cols, rows) == (2, 3) and card >= 8.5 * u
    cols, rows, card = grid(1130, 320, u, 8)          # nine counters busy: nobody hidden
    assert cols * rows >= 8 and card >= 6 * u
    cols, rows, card = grid(1130, 320, u, 40)         # beyond that the oldest give way
    assert card >= 6 * u
    assert grid(500, 100, u)[:2] == (1, 1)


def test_without_recent_calls_the_waiting_counts_take_the_room():
    for size in ((1920, 1080), (1080, 1920)):
        rects = arrange(*size, recent_rows=0, services=5)
        assert rects["recent"].isEmpty()
        assert rects["waiting"].height() > 0.3 * size[1] or rects["waiting"].width() > 0.9 * size[0]


def called_beside_counter_2(hall, fifth: dict[str, str], also: tuple[int, ...] = ()) -> None:
    """A customer called at counter 2, at counter 4 (a long room name that needs two lines)
    and at counter 5 (named `fifth`), then at the counters `also`."""
    from queuedesk.operations import calling, setup, tickets

    setup.add_counter(hall, 4, ["A"], names={"zh_CN": "内科3诊室（专家门诊）", "en": "Internal medicine room 3"})
    setup.add_counter(hall, 5, ["A"], names=fifth)
    for number in (2, 4, 5, *also):
        counters.open_counter(hall, number)
        tickets.issue_ticket(hall, "A")
        calling.call_next(hall, number)


@pytest.mark.parametrize("lang,size", [("en", (1080, 1920)), ("zh_CN", (1920, 1080))])
def test_every_card_shows_its_counter_at_one_size(qtbot, make_display, hall, lang, size):
    # Beside "Counter 2": a counter with a long name of its own, and one with a short one.
    called_beside_counter_2(hall, {"zh_CN": "外科诊室", "en": "Surgery room"}, also=(1,))
    display = make_display(hall, lang=lang, size=size)
    board = display.board
    qtbot.waitUntil(lambda: {2, 4, 5} <= {c.counter for c in board.shown}, timeout=WAIT_MS)
    display.grab()
    sizes = {counter: px for counter, (px, _lines) in board.drawn.items()}
    assert {2, 4, 5} <= set(sizes) and len(set(sizes.values())) == 1, sizes   # one size on every card
    assert board.drawn[2][1] == 1                                              # "Counter 2" on one line


@pytest.mark.parametrize("lang,size", [("en", (1080, 1920)), ("en", (1920, 1080)), ("zh_CN", (1920, 1080))])
def test_every_recent_call_shows_its_counter_at_one_size(qtbot, make_display, hall, lang, size):
    # Beside "Counter 2": a counter whose name needs two lines, and one whose name would
    # fit one line only a little smaller than the rows beside it.
    called_beside_counter_2(hall, {"zh_CN": "综合受理窗口", "en": "Surgery room west"})
    display = make_display(hall, lang=lang, size=size)
    recent = display.recent
    qtbot.waitUntil(lambda: {2, 4, 5} <= {c.counter for c in recent.calls}, timeout=WAIT_MS)
    display.grab()
    sizes = {counter: px for counter, (px, _lines) in recent.drawn.items()}
    assert {2, 4, 5} <= set(sizes) and len(set(sizes.values())) == 1, recent.drawn   # one size on every row
    assert recent.drawn[2][1] == 1                                                 # "Counter 2" on one line


@pytest.mark.parametrize("size", [(1080, 1920), (768, 1366), (2160, 3840), (1080, 2560),
                                  (1920, 1080), (1366, 768), (3840, 2160)])
def test_a_board_keeps_only_the_rows_its_calls_fill(size):
    # Portrait and landscape alike: cards of the size a busy hall has, as many rows as the
    # calls fill (one at least), the call on the big panel taking the rest; the lists do
    # not move.
    from queuedesk.display.paging import TITLE_GAP_U, TITLE_U, board_grid
    from queuedesk.qtkit.theme import unit

    w, h = size
    u = unit(w, h)
    full = arrange(w, h, 6, 5)
    head = (TITLE_U + TITLE_GAP_U) * u
    busy = board_grid(full["board"].width(), full["board"].height() - head, u)
    for calls in range(0, busy.capacity + 3):
        rects = arrange(w, h, 6, 5, board_calls=calls)
        if calls <= busy.capacity:
            grid_now = board_grid(rects["board"].width(), rects["board"].height() - head, u, calls)
            assert grid_now.rows == max(1, -(-calls // busy.cols)), calls
            assert abs(grid_now.card_h - busy.card_h) <= 2, calls   # a pixel or two
        else:   # more calls than a full board holds: as before (smaller cards, then pages)
            assert rects["board"] == full["board"]
        assert rects["hero"].top() == full["hero"].top()
        assert rects["board"].top() - rects["hero"].bottom() == full["board"].top() - full["hero"].bottom()
        assert rects["board"].bottom() <= full["board"].bottom()
        for part in ("recent", "waiting", "header", "ticker"):
            assert rects[part] == full[part]
    assert arrange(w, h, 6, 5, board_calls=busy.capacity) == full


def empty_band(window) -> float:
    """The tallest band of rows in which nothing but the screen's dark ground shows,
    between the header and the bottom, as a share of the height: across the big call's
    column (the whole width on a portrait screen, the left column on a landscape one)."""
    from PySide6.QtGui import QColor, QImage

    from queuedesk.display import style

    image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    left, width = window.hero.x(), window.hero.width()
    ground = QColor(style.BACKGROUND).rgb().to_bytes(4, "little") * width
    stride = image.bytesPerLine()
    data = bytes(image.constBits())
    tallest = run = 0
    for y in range(window.header.height(), image.height()):
        row = data[y * stride + 4 * left:y * stride + 4 * (left + width)]
        run = run + 1 if row == ground else 0
        tallest = max(tallest, run)
    return tallest / image.height()


@pytest.mark.parametrize("lang,size", [("zh_CN", (1080, 1920)), ("en", (1080, 1920)),
                                       ("zh_CN", (1920, 1080)), ("en", (1920, 1080))])
def test_a_screen_with_two_calls_has_no_dead_band(qtbot, make_display, hall, lang, size):
    from queuedesk.operations import calling, tickets

    for counter in (1, 2):
        tickets.issue_ticket(hall, "A")
        calling.call_next(hall, counter)
    display = make_display(hall, lang=lang, size=size)
    qtbot.waitUntil(lambda: display.hero.call is not None and len(display.board.shown) == 1, timeout=WAIT_MS)
    assert empty_band(display) < 0.03
    # The newest call is the biggest thing on the screen, the board under it is one row.
    assert display.hero.height() > 0.4 * display.height()
    assert display.board.height() < display.hero.height() / 3


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_a_customer_leaving_a_counter_does_not_move_the_numbers(qtbot, make_display, hall, size):
    # Four counters busy (three cards: two rows); one customer leaves: the screen stays
    # as it is until the next call, which takes the room back for the big panel.
    from queuedesk.operations import calling, setup, tickets

    setup.add_counter(hall, 4, ["A"])
    counters.open_counter(hall, 4)
    for counter in (1, 2, 3, 4):
        tickets.issue_ticket(hall, "A")
        calling.call_next(hall, counter)
    display = make_display(hall, size=size)
    qtbot.waitUntil(lambda: len(display.board.calls) == 3, timeout=WAIT_MS)
    busy = display.hero.geometry()
    calling.start_service(hall, 3)
    calling.finish(hall, 3)
    qtbot.waitUntil(lambda: len(display.board.calls) == 2, timeout=WAIT_MS)
    qtbot.wait(200)
    assert display.hero.geometry() == busy
    tickets.issue_ticket(hall, "A")
    calling.start_service(hall, 1)
    calling.call_next(hall, 1)
    qtbot.waitUntil(lambda: display.hero.height() > busy.height(), timeout=WAIT_MS)
    assert len(display.board.calls) == 2
