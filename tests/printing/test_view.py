from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from queuedesk.config import Config
from queuedesk.domain.estimate import NO_COUNTER, NO_WAIT, WAIT, WaitEstimate
from queuedesk.printing import labels
from queuedesk.printing.view import TicketView


def test_from_ticket_takes_hall_and_printer_settings(ticket, config):
    view = TicketView.from_ticket(ticket, config)
    assert view.number == "A012"
    assert (view.service_name, view.service_name_second) == ("个人现金业务", "Personal cash services")
    assert view.branch_name == config["hall.branch_name"]
    assert view.branch_name_second == config["hall.branch_name_en"]
    assert view.footer == config["printer.footer"]
    assert view.qr_url == "https://queue.example.com/t/" + ticket["token"]
    assert view.ahead == 5 and view.estimated_wait_min == pytest.approx(12.4)
    assert view.priority == "normal"


def test_issue_time_is_the_halls_wall_clock(ticket):
    view = TicketView.from_ticket(ticket, Config({"hall.timezone": "Asia/Shanghai"}))
    assert view.issued_at == datetime(2025, 3, 14, 9, 12, 5, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert labels.issued_text(view.issued_at) == "2025-03-14 09:12:05"


def test_no_base_url_means_no_qr_code(ticket):
    view = TicketView.from_ticket(ticket, Config({"printer.base_url": ""}))
    assert view.qr_url == ""


def test_naive_issue_time_is_refused(ticket, config):
    with pytest.raises(ValueError):
        TicketView.from_ticket(dict(ticket, issued_at="2025-03-14T01:12:05"), config)


@pytest.mark.parametrize("priority, badge", [
    ("normal", None), ("", None), ("vip", ("贵宾", "VIP")), ("priority", ("优先", "PRIORITY")),
    ("emergency", ("绿色通道", "EMERGENCY")), ("appointment", ("预约", "APPOINTMENT")),
    ("military", ("MILITARY", "MILITARY")),
])
def test_priority_badges(priority, badge):
    assert labels.priority_label(priority) == badge


@pytest.mark.parametrize("promise, zh, en", [
    (WaitEstimate(WAIT, 12.4, 9, 17), "约 9–17 分钟", "about 9–17 min"),
    (WaitEstimate(WAIT, 1.3, 0, 3), "3 分钟内", "within 3 min"),
    (WaitEstimate(WAIT, 95.2, 70, 130), "约 1–3 小时", "about 1–3 h"),
    (WaitEstimate(WAIT, 75.0, 41, 151), "约 1–3 小时", "about 1–3 h"),    # not "within 3 h": it starts at 41
    (WaitEstimate(WAIT, 60.0, 20, 125), "3 小时内", "within 3 h"),
    (WaitEstimate(NO_WAIT, 0.0), "无需等候", "No wait"),
    (WaitEstimate(NO_COUNTER, 12.0), "暂无窗口办理", "No counter open now"),
])
def test_wait_wording(promise, zh, en):
    assert labels.wait_text(promise) == (zh, en)


def test_the_ticket_prints_the_promise_the_engine_made(ticket, config):
    view = TicketView.from_ticket(dict(ticket, wait={"kind": "wait", "minutes": 12.4, "low": 9, "high": 17}), config)
    assert labels.wait_text(view.wait) == ("约 9–17 分钟", "about 9–17 min")
    closed = TicketView.from_ticket(dict(ticket, wait={"kind": "no_counter", "minutes": 12.4}), config)
    assert labels.wait_text(closed.wait)[0] == "暂无窗口办理"


def test_ahead_wording():
    assert labels.ahead_text(5) == ("5 人", "5 ahead")
    assert labels.ahead_text(0) == ("0 人", "you are next")


def test_footer_splits_languages():
    lines = labels.footer_lines("过号请重新取号 · Please take a new ticket")
    assert lines == ["过号请重新取号", "Please take a new ticket"]


def test_the_branch_code_goes_on_the_ticket(ticket, config):
    view = TicketView.from_ticket(ticket, config, branch_code="SH012")
    assert view.branch_code == "SH012"
    assert TicketView.from_ticket(ticket, config).branch_code == ""
