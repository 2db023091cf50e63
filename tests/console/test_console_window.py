"""The lobby manager's console window: alerts as they arise, a move that keeps the
place, a notice edit that reaches a running lobby display, and the screenshot."""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from queuedesk.config import Config
from queuedesk.console.window import ConsoleWindow
from queuedesk.domain.access import Actor
from queuedesk.domain.model import Role, Service
from queuedesk.operations import counters, queries, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from queuedesk.ui.language import set_language
from tests.display.conftest import make_display, quick_feed, voice_cache  # noqa: F401 (fixtures)
from tests.support.halls import Clock, MidMorning, names

WAIT_MS = 8000


@pytest.fixture
def clock():
    return Clock(datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc))


@pytest.fixture
def hall(tmp_path, clock):
    db = Database(f"sqlite:///{tmp_path}/q.sqlite")
    migrate.upgrade(db)
    h = Hall(db, Config({"voice.repeat": 1}), clock)
    setup.add_service(h, Service("A", names("个人现金业务", "Personal cash"), "A"))
    setup.add_service(h, Service("B", names("对公业务", "Corporate banking"), "B"))
    setup.add_counter(h, 1, ["A"])
    setup.add_counter(h, 2, ["B"])
    for number in (1, 2):
        counters.open_counter(h, number)
    setup.add_staff(h, "manager", Role.MANAGER, "123456")
    yield h.as_actor(Actor(Role.MANAGER, "manager"))
    db.dispose()


@pytest.fixture
def make_console(windows):
    def make(hall, lang="en", size=(1920, 1080)):
        set_language(lang)
        return windows.start(ConsoleWindow(hall, "manager", chime=False), size, WAIT_MS)
    return make


def alert_texts(window):
    items = [window.alerts.list.item(i) for i in range(window.alerts.list.count())]
    return [item.text() for item in items if item.data(Qt.ItemDataRole.UserRole) is not None]


def test_a_newly_overdue_customer_shows_as_an_alert_with_a_chime(qtbot, hall, clock, make_console):
    number = tickets.issue_ticket(hall, "A").number          # target 10, maximum 20
    window = make_console(hall)
    assert alert_texts(window) == [] and window.sound.requested == 0
    assert window.alerts.list.item(0).text() == "No alerts."            # the box says so, not blank
    body = window.services.font().pixelSize() or round(window.services.font().pointSizeF() * 96 / 72)
    clock.advance(11)
    window.session.refresh()                                  # the console's clock would do it
    qtbot.waitUntil(lambda: any(number in t and "target" in t for t in alert_texts(window)), timeout=WAIT_MS)
    assert window.sound.requested == 1
    shown = window.alerts.list.item(0).font()
    assert (shown.pixelSize() or round(shown.pointSizeF() * 96 / 72)) >= body     # was the default 9 pt
    row = next(r for r in range(window.services.rowCount()) if window.services.item(r, 0).text().startswith("A"))
    assert window.services.item(row, 2).text() == "11 min"
    # Acknowledged, it greys and stops counting as new, on every console.
    window.alerts.list.item(0).setSelected(True)
    qtbot.mouseClick(window.alerts.ack, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.alerts.title.text() == "Alerts (All seen)", timeout=WAIT_MS)
    clock.advance(10)
    window.session.refresh()
    qtbot.waitUntil(lambda: any("maximum" in t for t in alert_texts(window)), timeout=WAIT_MS)
    assert window.sound.requested == 2


def test_moving_a_ticket_to_the_right_business_keeps_its_place(qtbot, hall, clock, make_console):
    wrong = tickets.issue_ticket(hall, "A").number
    clock.advance(3)
    later = [tickets.issue_ticket(hall, "B").number for _ in range(2)]
    window = make_console(hall)
    panel = window.actions
    panel.move_number.setText(wrong)
    panel.move_service.setCurrentIndex(panel.move_service.findData("B"))
    qtbot.mouseClick(panel.move, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wrong in panel.status.text(), timeout=WAIT_MS)
    assert [t.number for t in queries.waiting_for_counter(hall, 2)] == [wrong, *later]
    row = next(r for r in range(window.services.rowCount()) if window.services.item(r, 0).text().startswith("B"))
    qtbot.waitUntil(lambda: window.services.item(row, 1).text() == "3", timeout=WAIT_MS)


def test_a_refusal_is_worded_in_the_console(qtbot, hall, make_console):
    window = make_console(hall, lang="zh_CN")
    window.actions.cancel_number.setText("A999")
    qtbot.mouseClick(window.actions.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "A999" in window.actions.status.text(), timeout=WAIT_MS)
    assert window.actions.status.text() == "今天没有 A999 号"


def test_a_notice_edit_reaches_a_running_display(qtbot, hall, make_console, make_display):  # noqa: F811
    display = make_display(hall, lang="en")
    window = make_console(hall)
    panel = window.notice
    panel.edits["en"].setText("Power maintenance at 15:00")
    panel.edits["zh_CN"].setText("下午三点停电检修")
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Power maintenance at 15:00" in display.ticker.notice, timeout=WAIT_MS)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_busy_hall_screenshot(qtbot, tmp_path, make_console, lang):
    from tests.support.lobby_hall import build

    clock = MidMorning()             # the bookings' slots are still open then
    hall = build(f"sqlite:///{tmp_path}/lobby.sqlite", clock.start)
    hall.clock = clock
    window = make_console(hall, lang=lang)
    assert window.services.rowCount() == 8 and window.counters.rowCount() == 12
    activities = {window.counters.item(r, 2).text() for r in range(12)}
    assert len(activities) >= 4                   # serving, idle with people waiting, paused, unattended, closed
    assert window.alerts.list.count() > 5
    folder = os.environ.get("QUEUEDESK_CONSOLE_SHOTS")
    window.grab().save(os.path.join(folder, f"console-{lang}.png") if folder else str(tmp_path / "console.png"))
    hall.db.dispose()


def test_a_business_with_no_counter_open_says_so_and_urges_one_only_when_someone_waits(qtbot, hall, make_console):
    counters.close_counter(hall, 2)
    window = make_console(hall)

    def hint():
        row = next(r for r in range(window.services.rowCount()) if window.services.item(r, 0).text().startswith("B"))
        return window.services.item(row, 6).text()
    qtbot.waitUntil(lambda: hint().startswith("no counter"), timeout=WAIT_MS)
    assert "▲" not in hint()                               # nobody waits for it, nobody came
    tickets.issue_ticket(hall, "B")
    window.session.refresh()
    qtbot.waitUntil(lambda: hint().startswith("no counter →") and hint().endswith("▲"), timeout=WAIT_MS)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_business_nobody_waits_for_shows_no_wait_figures(qtbot, hall, make_console, lang):
    # 13 customers came for A in the last hour, more than its one counter serves at 5
    # minutes each, and all have gone: "grows → 0 min" would mean nothing to a manager.
    for _ in range(13):
        tickets.cancel_ticket(hall, tickets.issue_ticket(hall, "A").number)
    window = make_console(hall, lang=lang)

    def row(code):
        r = next(r for r in range(window.services.rowCount()) if window.services.item(r, 0).text().startswith(code))
        return [window.services.item(r, c).text() for c in range(window.services.columnCount())]
    qtbot.waitUntil(lambda: window.services.rowCount() == 2, timeout=WAIT_MS)
    assert window.session.board.services[0].wait_now_min is None         # the flow alone would grow the queue
    for code in ("A", "B"):                                              # B: nobody came at all
        assert row(code)[1] == "0" and row(code)[6] == row(code)[2] == "—", row(code)
    tickets.issue_ticket(hall, "B")                                      # someone waits: figures again
    window.session.refresh()
    qtbot.waitUntil(lambda: "→" in row("B")[6], timeout=WAIT_MS)


def test_in_chinese_a_paused_counter_shows_its_customer_and_why_and_every_cell_is_chinese(qtbot, hall,
                                                                                          make_console):
    from queuedesk.operations import calling

    tickets.issue_ticket(hall, "A")
    calling.call_next(hall, 1)
    counters.pause_counter(hall, 1, "break")
    window = make_console(hall, lang="zh_CN")

    def counter_row(number):
        row = next(r for r in range(window.counters.rowCount())
                   if window.counters.item(r, 0).text().startswith(str(number)))
        return [window.counters.item(row, col).text() for col in range(window.counters.columnCount())]
    qtbot.waitUntil(lambda: counter_row(1)[3] == "A001 · 休息", timeout=WAIT_MS)
    assert counter_row(1)[2] == "暂停"
    cells = [item.text() for r in range(window.services.rowCount()) for c in range(window.services.columnCount())
             if (item := window.services.item(r, c)) is not None]
    targets = [text for text in cells if re.fullmatch(r"\d+ / \d+.*", text)]    # target / maximum wait
    assert targets and all(text.endswith("分钟") for text in targets), targets


def clipped(window) -> list[str]:
    """What a manager would see cut off: a button, a label or a pick list narrower than
    its text (a pick list: its widest name), a table cell whose text does not fit it even
    on more lines, or a column past the table's right edge."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QStyle, QStyleOptionComboBox

    cut = [f"{type(w).__name__} {w.text()!r}" for w in window.findChildren(QPushButton) + window.findChildren(QLabel)
           if w.isVisible() and w.text() and not (isinstance(w, QLabel) and w.wordWrap())
           and w.width() < w.sizeHint().width()]
    for combo in window.findChildren(QComboBox):
        if not combo.isVisible() or not combo.count():
            continue
        widest = max(range(combo.count()), key=lambda i: combo.fontMetrics().horizontalAdvance(combo.itemText(i)))
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        option.rect = combo.rect()
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        if field.width() < combo.fontMetrics().horizontalAdvance(combo.itemText(widest)):
            cut.append(f"pick list {combo.itemText(widest)!r}")
    for table in (window.services, window.counters):
        room = table.viewport().width()
        for c in range(table.columnCount()):
            if table.columnViewportPosition(c) + table.columnWidth(c) > room:
                cut.append(f"column {table.horizontalHeaderItem(c).text()!r}")
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is None or not item.text():
                    continue
                font = QFont(table.font())
                font.setBold(item.font().bold())
                metrics, rect = QFontMetrics(font), table.visualItemRect(item)
                words = item.text().split(" ")
                text = metrics.boundingRect(QRect(0, 0, rect.width() - 4, 100000), Qt.TextFlag.TextWordWrap,
                                            item.text()).size()
                if (max(metrics.horizontalAdvance(w) for w in words) + 4 > rect.width()
                        or text.height() > rect.height() or QSize(text).width() > rect.width() - 4):
                    cut.append(f"cell {item.text()!r}")
    return cut


def body_px(window) -> int:
    from PySide6.QtGui import QFontInfo
    return QFontInfo(window.counters.font()).pixelSize()


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_body_text_is_read_easily_at_1080p_and_nothing_is_cut_off_on_a_laptop(qtbot, tmp_path, make_console, lang):
    from queuedesk.qtkit.fonts import ensure_cjk_font
    from tests.support.lobby_hall import build

    ensure_cjk_font()                                 # as `queuedesk console` starts (ui.app.make_app)
    clock = MidMorning()
    hall = build(f"sqlite:///{tmp_path}/lobby.sqlite", clock.start)
    hall.clock = clock
    desk = make_console(hall, lang=lang, size=(1920, 1080))
    assert body_px(desk) >= 20                        # 13-17 px is small print on a desk's 24" screen
    qtbot.waitUntil(lambda: not clipped(desk), timeout=2000)
    laptop = make_console(hall, lang=lang, size=(1366, 768))
    assert body_px(laptop) >= 17
    try:
        qtbot.waitUntil(lambda: not clipped(laptop), timeout=2000)
    finally:
        laptop.grab().save(str(tmp_path / "console-1366.png"))
    hall.db.dispose()


def test_the_header_shows_the_managers_name_and_the_login_only_without_one(qtbot, hall, windows):
    setup.add_staff(hall.as_actor(Actor(Role.ADMIN, "admin")), "zhou", Role.MANAGER, "123456", name="周经理")
    set_language("zh_CN")
    named = windows.start(ConsoleWindow(hall.as_actor(Actor(Role.MANAGER, "zhou")), "zhou", chime=False),
                          (1920, 1080), WAIT_MS)
    assert named.operator.text() == "周经理"
    unnamed = windows.start(ConsoleWindow(hall, "manager", chime=False), (1920, 1080), WAIT_MS)
    assert unnamed.operator.text() == "manager"
    # The computer's own account (the database's owner, no queuedesk password): said in words.
    owner = windows.start(ConsoleWindow(hall.as_actor(Actor(Role.ADMIN, "os:root")), "os:root", chime=False),
                          (1920, 1080), WAIT_MS)
    assert owner.operator.text() == "root（本机账户）"


def test_a_hospital_reads_staff_not_teller_and_its_rooms_by_their_names(qtbot, tmp_path, clock, windows):
    db = Database(f"sqlite:///{tmp_path}/hospital.sqlite")
    migrate.upgrade(db)
    hall = Hall(db, Config({"hall.lease_seconds": 60}), clock)
    setup.load_sample(hall, "hospital", password="Hospital-1234")
    counters.sign_in(hall, "dr_sun", "Hospital-1234", 4)
    clock.advance(5)                                 # the desk of 内科1诊室 has gone quiet
    hall = hall.as_actor(Actor(Role.MANAGER, "manager"))
    for lang, staff, room in (("zh_CN", "工作人员", "内科1诊室"), ("zh_TW", "工作人員", "內科1診間"),
                              ("en", "Staff", "Internal medicine room 1")):
        set_language(lang)
        window = windows.start(ConsoleWindow(hall, "manager", chime=False), (1920, 1080), WAIT_MS)
        header = [window.counters.horizontalHeaderItem(c).text() for c in range(window.counters.columnCount())]
        assert header[1] == staff and "柜员" not in header and "櫃員" not in header and "Teller" not in header
        assert any(text.split(maxsplit=1)[1].startswith(room) for text in alert_texts(window)), alert_texts(window)
    db.dispose()


def test_a_long_pause_says_why_in_the_managers_language(qtbot, hall, clock, make_console):
    counters.pause_counter(hall, 1, "break")
    clock.advance(60)
    window = make_console(hall, lang="zh_CN")
    pause = [text for text in alert_texts(window) if "暂停" in text]
    assert pause and pause[0].endswith("（休息）") and "break" not in pause[0], pause


def test_the_ticket_fields_hint_at_a_number_as_the_hall_gives_them(qtbot, tmp_path, clock, windows):
    db = Database(f"sqlite:///{tmp_path}/hospital.sqlite")
    migrate.upgrade(db)
    hall = Hall(db, Config({}), clock)
    setup.load_sample(hall, "hospital", password="Hospital-1234")      # registration numbers R001, R002 …
    hall = hall.as_actor(Actor(Role.MANAGER, "manager"))

    def hints(lang):
        set_language(lang)
        window = windows.start(ConsoleWindow(hall, "manager", chime=False), (1920, 1080), WAIT_MS)
        panel = window.actions
        return {field.placeholderText() for field in (panel.move_number, panel.cancel_number, panel.call_number)}

    assert hints("zh_CN") == {"号码，如 R012"}
    assert hints("zh_TW") == {"號碼，如 R012"}
    assert hints("en") == {"Ticket, e.g. R012"}
    setup.set_service_enabled(hall.as_actor(Actor(Role.ADMIN, "admin")), "R", False)
    setup.add_service(hall.as_actor(Actor(Role.ADMIN, "admin")),
                      Service("K", names("康复科", "Rehabilitation"), "K", number_width=4))
    assert hints("zh_CN") == {"号码，如 M012"}                         # the first business type still taken
    for code in ("M", "S", "P", "L", "Y"):
        setup.set_service_enabled(hall.as_actor(Actor(Role.ADMIN, "admin")), code, False)
    assert hints("en") == {"Ticket, e.g. K0012"}
    db.dispose()


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_a_laptop_shows_eight_counters_without_scrolling(qtbot, tmp_path, make_console, lang):
    from queuedesk.qtkit.fonts import ensure_cjk_font
    from tests.support.lobby_hall import build

    ensure_cjk_font()
    clock = MidMorning()
    hall = build(f"sqlite:///{tmp_path}/lobby.sqlite", clock.start)
    hall.clock = clock
    window = make_console(hall, lang=lang, size=(1366, 768))
    table = window.counters

    def whole_rows():
        return sum(1 for r in range(table.rowCount()) if 0 <= table.rowViewportPosition(r)
                   and table.rowViewportPosition(r) + table.rowHeight(r) <= table.viewport().height())
    qtbot.wait(300)                                   # the board's room shared out (window._share)
    assert whole_rows() >= 8, whole_rows()
    assert body_px(window) >= 17
    hall.db.dispose()


def test_the_booked_column_shows_on_a_day_with_bookings_only(qtbot, tmp_path, make_console):
    # An empty column on a day without bookings takes the room a laptop needs for the
    # business types' names.
    from queuedesk.qtkit.fonts import ensure_cjk_font
    from tests.support.lobby_hall import build

    ensure_cjk_font()
    clock = MidMorning()
    hall = build(f"sqlite:///{tmp_path}/lobby.sqlite", clock.start)
    hall.clock = clock
    heads = lambda w: [w.services.horizontalHeaderItem(c).text().replace("\n", " ")   # noqa: E731
                       for c in range(w.services.columnCount()) if not w.services.isColumnHidden(c)]
    assert "Booked" in heads(make_console(hall, size=(1366, 768)))       # five bookings today
    with hall.db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM appointments")                 # a hall that takes none
    window = make_console(hall, size=(1366, 768))
    assert "Booked" not in heads(window) and "Waiting" in heads(window)
    first = window.services.item(0, 0).text()
    assert first.startswith("A") and "Personal cash" in first
    qtbot.wait(300)                                                      # the board's room shared out
    assert window.services.rowHeight(0) == window.services.verticalHeader().defaultSectionSize()   # one line
    hall.db.dispose()


#: The actions form's lines: the label's key, then the fields and buttons of its line.
ACTION_LINES = {"priority": ("priority_service", "priority_class", "issue"),
                "move": ("move_number", "move_service", "move"),
                "cancel": ("cancel_number", "cancel"),
                "call": ("call_counter", "call_number", "call"),
                "counter": ("counter", "open", "close", "release")}


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_actions_form_reads_as_a_form_every_label_and_line_on_one_line(qtbot, tmp_path, make_console,
                                                                            lang, size):
    # English on a laptop had "Wrong / business type", "Cancel a / ticket" on two lines and
    # the buttons "Issue", "Move, keeping its place" under their pick lists: a ragged form.
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QPushButton

    from queuedesk.qtkit.fonts import ensure_cjk_font
    from tests.support.lobby_hall import build

    ensure_cjk_font()
    clock = MidMorning()
    hall = build(f"sqlite:///{tmp_path}/lobby.sqlite", clock.start)     # "Cards & loss reports", 12 counters
    hall.clock = clock
    window = make_console(hall, lang=lang, size=size)
    panel = window.actions
    window.tabs.setCurrentWidget(panel)
    panel.show_status("A012 moved, keeping its place", ok=True)         # the answer has its room too
    qtbot.wait(300)                                   # the window's room shared out (window._share)

    def box(widget) -> QRect:
        return QRect(widget.mapTo(panel, widget.rect().topLeft()), widget.size())

    beside = []
    for key, parts in ACTION_LINES.items():
        label, widgets = panel.labels[key], [getattr(panel, name) for name in parts]
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width(), (key, label.text())
        assert label.height() < 2 * label.fontMetrics().lineSpacing(), (key, label.text())     # one line
        centres = {box(w).center().y() for w in widgets}
        assert max(centres) - min(centres) <= 2, (key, [box(w) for w in widgets])              # one line
        for w in widgets:
            assert panel.rect().contains(box(w)), (key, w)
            assert panel.visibleRegion().contains(box(w)), (key, w)                          # not under the tab's edge
            if isinstance(w, QPushButton):
                assert w.width() >= w.sizeHint().width(), (key, w.text())                    # the button's words whole
        first = box(widgets[0])
        beside.append(box(label).right() < first.left() and abs(box(label).center().y() - first.center().y()) <= 2)
        if not beside[-1]:
            assert box(label).bottom() < first.top() and box(label).left() == first.left(), key   # above, aligned
    assert len(set(beside)) == 1, beside              # every label beside its line, or every one above
    if beside[0]:
        assert len({box(panel.labels[key]).right() for key in ACTION_LINES}) == 1          # one column of labels
    assert panel.visibleRegion().contains(box(panel.status))
    if size == (1920, 1080):
        assert all(beside)                            # room enough on a desk's screen: labels in a column
    hall.db.dispose()
