"""Printing tests: a Qt app with the CJK font ready."""
import pytest


@pytest.fixture
def gui(qapp):
    """The pytest-qt QApplication, with the CJK font ready (as ensure_gui_app leaves it)."""
    from queuedesk.printing.qt import ensure_gui_app

    assert ensure_gui_app() is qapp
    return qapp


TICKET = {
    "number": "A012", "service": "A",
    "service_names": {"zh_CN": "个人现金业务", "en": "Personal cash services"},
    "priority": "normal", "state": "waiting", "position": 5, "estimated_wait_min": 12.4,
    "wait": {"kind": "wait", "minutes": 12.4, "low": 9, "high": 17},
    "token": "k3J9xQ2mVb7LwR4tZp8sYc", "issued_at": "2025-03-14T01:12:05+00:00",
}
BASE_URL = "https://queue.example.com/t/"


@pytest.fixture
def ticket():
    """The engine's ticket JSON, as the kiosk receives it."""
    return dict(TICKET)


@pytest.fixture
def config():
    from queuedesk.config import Config

    return Config({"printer.base_url": BASE_URL})


@pytest.fixture
def view(ticket, config):
    from queuedesk.printing.view import TicketView

    return TicketView.from_ticket(ticket, config)
