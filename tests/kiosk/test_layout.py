"""Up to 40 business types on the kiosk: pages, minimum sizes, nothing overlapping.

The paging arithmetic is plain Python; the text sizes are checked on real windows with
the big hall of tests/support/big_hall.py (real-length names in three languages)."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt

from queuedesk.kiosk.layout import MIN_CELL_H_U, MIN_CELL_W_U, NAME_MIN_U, cell_boxes, plan_pages
from queuedesk.operations.hall import Hall
from queuedesk.qtkit.fonts import ensure_cjk_font
from queuedesk.store import migrate
from queuedesk.store.database import Database
from tests.support import big_hall

from .conftest import WAIT_MS

U = 10.8   # a 1080p screen, either way round
# The room the grid gets on a 1080p screen (the window less header, title, pager, margins).
GRID_AREAS = {"landscape": (1856, 640), "portrait": (1016, 1430)}


@pytest.mark.parametrize("area", GRID_AREAS.values(), ids=GRID_AREAS.keys())
@pytest.mark.parametrize("count", range(1, 41))
def test_every_service_is_on_exactly_one_page_in_cells_never_below_the_minimum(count, area):
    width, height = area
    gap = round(1.6 * U)
    plan = plan_pages(count, width, height, gap, MIN_CELL_W_U * U, MIN_CELL_H_U * U)
    pages = [list(plan.on_page(p)) for p in range(plan.pages)]
    assert sorted(itertools.chain(*pages)) == list(range(count))
    # Shared out evenly: full pages of per_page, and a last page short by fewer than there are pages.
    assert all(len(page) == plan.per_page for page in pages[:-1])
    assert len(pages[-1]) > plan.per_page - plan.pages
    assert plan.cols * plan.rows >= plan.per_page
    for page in pages:
        boxes = cell_boxes(len(page), 0, 0, width, height, gap, plan.cols, plan.rows, max_height=10_000)
        for i, (x, y, w, h) in enumerate(boxes):
            assert w >= MIN_CELL_W_U * U - 1 and h >= MIN_CELL_H_U * U - 1
            assert 0 <= x and x + w <= width and 0 <= y and y + h <= height
            for other in boxes[i + 1:]:
                assert not QRect(x, y, w, h).intersects(QRect(*other))
    # No more pages than needed: one page fewer could not hold them at the minimum size.
    if plan.pages > 1:
        capacity = int((width + gap) // (MIN_CELL_W_U * U + gap)) * int((height + gap) // (MIN_CELL_H_U * U + gap))
        assert count > (plan.pages - 1) * capacity


@given(st.integers(1, 40), st.integers(400, 4000), st.integers(300, 4000))
def test_any_screen_gets_pages_that_hold_every_service(count, width, height):
    plan = plan_pages(count, width, height, 16, 300, 120)
    assert plan.pages * plan.per_page >= count and plan.per_page >= 1
    assert plan.cols * plan.rows >= plan.per_page


@pytest.fixture
def big(tmp_path, qapp):
    ensure_cjk_font()      # as `queuedesk kiosk` starts: the sizes below are for the font it draws with
    made = []

    def make(services: int, groups: bool = False) -> Hall:
        db = Database(f"sqlite:///{tmp_path}/big{services}{groups}.sqlite")
        migrate.upgrade(db)
        hall = Hall(db)
        big_hall.build(hall, services, counter_count=6, groups=groups)
        made.append(db)
        return hall

    yield make
    for db in made:
        db.dispose()


def every_page(qtbot, kiosk):
    """Yield the buttons on screen, page after page (turned with the big arrow)."""
    grid, pager = kiosk.home.grid, kiosk.home.pager
    for page in range(grid.plan.pages):
        qtbot.waitUntil(lambda page=page: grid.page == page, timeout=WAIT_MS)
        yield grid.shown()
        if page < grid.plan.pages - 1:
            assert pager.isVisible() and pager.forward.isEnabled()
            qtbot.mouseClick(pager.forward, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("services", [1, 8, 20, 30, 40])
def test_names_stay_readable_and_whole_with_up_to_forty_services(qtbot, big, make_kiosk, services, lang, size):
    hall = big(services)
    kiosk = make_kiosk(hall, lang=lang, size=size)
    minimum = round(NAME_MIN_U * min(size) / 100)          # 28 px at 1080p
    seen = []
    for buttons in every_page(qtbot, kiosk):
        kiosk.grab()                                       # paint: names are fitted as drawn
        for i, button in enumerate(buttons):
            assert button.name_font.pixelSize() >= minimum, (button.code, button.name_lines)
            assert not any("…" in line for line in button.name_lines), (button.code, button.name_lines)
            assert 1 <= len(button.name_lines) <= 2
            box = button.geometry().translated(button.parentWidget().mapTo(kiosk, button.parentWidget().pos())
                                               - button.parentWidget().pos())
            assert kiosk.rect().contains(box), button.code
            for other in buttons[i + 1:]:
                assert not button.geometry().intersects(other.geometry())
        seen += [b.code for b in buttons]
    assert seen == [s[0] for s in big_hall.SERVICES[:services]]      # each once, in the hall's order
    assert kiosk.home.pager.isVisible() == (kiosk.home.grid.plan.pages > 1)


def test_groups_are_tabs_and_each_shows_its_own_services(qtbot, big, make_kiosk):
    hall = big(30, groups=True)
    kiosk = make_kiosk(hall, lang="zh_CN")
    tabs = kiosk.home.tabs
    assert tabs.isVisible() and [b.text() for b in tabs.buttons.values()] == ["个人业务", "企业业务", "其他"]
    grid = kiosk.home.grid
    by_group = {}
    for code, button in tabs.buttons.items():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        by_group[code] = [b.code for b in grid.in_tab()]
    expected = {g: [s[0] for s in big_hall.SERVICES[:30] if s[1] == g] for g in by_group}
    assert by_group == expected


def test_large_text_is_one_touch_away_and_the_next_customer_gets_the_normal_kiosk(qtbot, big, make_kiosk):
    hall = big(12)
    kiosk = make_kiosk(hall, lang="zh_CN")
    normal = kiosk.home.grid.shown()[0]
    kiosk.grab()
    normal_px = normal.name_font.pixelSize()
    qtbot.mouseClick(kiosk.header.large, Qt.MouseButton.LeftButton)
    assert kiosk.large and kiosk.header.large.isChecked()
    kiosk.grab()
    assert normal.look.palette.contrast
    assert normal.name_font.pixelSize() > normal_px
    assert kiosk.home.grid.plan.per_page < 12                 # bigger buttons, fewer on a page
    kiosk.go_home(reset_language=True)                        # what the idle timer does
    assert not kiosk.large and not kiosk.header.large.isChecked()


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_large_text_enlarges_every_text_a_customer_reads_not_only_the_names(qtbot, big, make_kiosk, size):
    hall = big(12)
    kiosk = make_kiosk(hall, lang="zh_CN", size=size)

    def sizes() -> dict[str, int]:
        kiosk.grab()
        button = kiosk.home.grid.shown()[0]
        checkin = kiosk.checkin_button.button
        checkin.ensurePolished()
        return {"name": button.name_font.pixelSize(), "figures": button.look.figures_px,
                "hint": kiosk.home.hint.font().pixelSize(), "help": kiosk.home.help.font().pixelSize(),
                "check in": checkin.font().pixelSize(), "page turner": kiosk.home.pager.back.height()}

    normal = sizes()
    qtbot.mouseClick(kiosk.header.large, Qt.MouseButton.LeftButton)
    large = sizes()
    smaller = {what: (normal[what], large[what]) for what in normal if large[what] < 1.15 * normal[what]}
    assert not smaller, smaller                # (normal px, large px) of what barely grew


@pytest.mark.parametrize("warning", ["暂无窗口办理", "暫無櫃檯辦理", "No counter open"])
def test_a_service_s_warning_is_as_large_as_the_figures_of_the_open_ones(qapp, warning):
    """A wide card's figures column holds what a service taking no ticket says: with every
    counter closed it was a third as large, its column sized for figures there were none of."""
    from queuedesk.kiosk.service_button import look_for
    from queuedesk.qtkit.fit import fitted
    from queuedesk.qtkit.fonts import text_font

    ensure_cjk_font()
    open_hall = look_for(940, 240, 10.0, [("等候 3 人", "约 5 分钟")], 20)
    closed_hall = look_for(940, 240, 10.0, [], 20, warnings=[(warning, "")])
    assert open_hall.wide and closed_hall.wide
    shown = fitted(text_font(closed_hall.figures_px, bold=True), warning, closed_hall.figures_w)
    assert shown.pixelSize() >= 0.9 * open_hall.figures_px


def header_looks(kiosk) -> dict:
    """What a customer reads in the header: each text's size, and whether it is whole."""
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QApplication

    for _ in range(3):                                     # the header's layouts follow its new sizes
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    kiosk.grab()                                           # paint: the branch is fitted as drawn
    header = kiosk.header
    toggles = {"A+": header.large, **{code: b for code, b in header.lang_buttons.items()}}
    for widget in (header.clock, header.date, *toggles.values()):
        widget.ensurePolished()
    px, lines = header.branch.drawn
    sizes = {"branch": px, "clock": header.clock.font().pixelSize(), "date": header.date.font().pixelSize(),
             **{name: b.font().pixelSize() for name, b in toggles.items()}}
    whole = [not any("…" in line for line in lines)]
    for widget in (header.clock, header.date, *toggles.values()):
        words = QFontMetricsF(widget.font()).horizontalAdvance(widget.text())
        whole.append(words <= widget.width())
        box = widget.geometry().translated(widget.parentWidget().mapTo(header, widget.parentWidget().pos())
                                           - widget.parentWidget().pos())
        whole.append(header.rect().contains(box))
    whole.append(header.minimumSizeHint().width() <= kiosk.width() and header.width() == kiosk.width())
    a_plus = header.large.geometry().translated(header.large.mapTo(kiosk, header.large.rect().topLeft())
                                                - header.large.geometry().topLeft())
    return {"sizes": sizes, "whole": all(whole), "A+": a_plus, "checks": whole}


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080), (1366, 768)])
@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_large_text_enlarges_the_header_too_and_keeps_it_whole(qtbot, hall, make_kiosk, lang, size):
    kiosk = make_kiosk(hall, lang=lang, size=size)
    normal = header_looks(kiosk)
    qtbot.mouseClick(kiosk.header.large, Qt.MouseButton.LeftButton)
    assert kiosk.large
    large = header_looks(kiosk)
    assert normal["whole"] and large["whole"], (normal["checks"], large["checks"])
    grew = {what: (normal["sizes"][what], large["sizes"][what]) for what in normal["sizes"]}
    # The time and the toggles' words a quarter larger at least; the branch too, but a long
    # name that already fills its share of the header ("Demo Bank Central Branch") is only
    # never smaller.
    barely = {what: sizes for what, sizes in grew.items()
              if sizes[1] < (1.0 if what == "branch" and lang == "en" else 1.25) * sizes[0]}
    assert not barely, barely
    # The A+ button stays under the finger that touched it: touched again, it turns large text off.
    assert large["A+"].contains(normal["A+"].center()), (normal["A+"], large["A+"])
    qtbot.mouseClick(kiosk.header.large, Qt.MouseButton.LeftButton, pos=kiosk.header.large.mapFrom(
        kiosk, normal["A+"].center()))
    assert not kiosk.large
