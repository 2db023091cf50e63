"""The kiosk's staff PIN without a window: the pad's lock, `queuedesk kiosk pin`, and the
slips the staff menu prints."""
from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from queuedesk import cli
from queuedesk.config import Config
from queuedesk.domain.errors import NotAllowed
from queuedesk.domain.events import KioskUnlocked
from queuedesk.domain.model import LOCK_AFTER, LOCK_FOR
from queuedesk.kiosk.pin_guard import PinGuard
from queuedesk.kiosk.staff_slips import TEST_MARK, printer_test_slip, reprinted
from queuedesk.operations import kiosk_staff
from queuedesk.store.event_log import read_events


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_pad_locks_after_five_wrong_pins_for_five_minutes():
    clock = Clock()
    guard = PinGuard(clock)
    for i in range(LOCK_AFTER - 1):
        assert guard.wrong() is False
        assert guard.tries_left == LOCK_AFTER - 1 - i
    assert guard.locked_seconds() == 0
    assert guard.wrong() is True
    assert guard.locked_seconds() == LOCK_FOR.total_seconds()
    clock.now += LOCK_FOR.total_seconds() - 1
    assert guard.locked_seconds() == 1
    clock.now += 1
    assert guard.locked_seconds() == 0
    assert guard.tries_left == LOCK_AFTER          # five fresh tries after the lock


def test_a_right_pin_forgets_the_wrong_ones():
    guard = PinGuard(Clock())
    guard.wrong()
    guard.wrong()
    guard.right()
    assert guard.tries_left == LOCK_AFTER


# -- queuedesk kiosk pin -------------------------------------------------------------------

def run(monkeypatch, capsys, url, *argv, stdin="", tty=False):
    stream = io.StringIO(stdin)
    stream.isatty = lambda: tty
    monkeypatch.setattr("sys.stdin", stream)
    code = cli.main(["--db", url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_kiosk_pin_sets_the_pin_from_stdin(monkeypatch, capsys, hall):
    url = hall.db.url
    code, out, err = run(monkeypatch, capsys, url, "kiosk", "pin", "--pin-stdin", stdin="20261130\n")
    assert (code, err) == (0, "") and "PIN set" in out
    assert kiosk_staff.unlock_kiosk(hall, "20261130", "kiosk-1").role.value == "manager"
    with pytest.raises(NotAllowed) as refused:
        kiosk_staff.unlock_kiosk(hall, "20261131", "kiosk-1")
    assert refused.value.code == "wrong_pin"
    assert [e.granted for e in read_events(hall.db) if isinstance(e, KioskUnlocked)] == [True, False]


def test_kiosk_pin_asks_twice_on_a_terminal(monkeypatch, capsys, hall):
    answers = iter(["135724", "135724"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    code, _out, err = run(monkeypatch, capsys, hall.db.url, "kiosk", "pin", tty=True)
    assert (code, err) == (0, "")
    assert kiosk_staff.unlock_kiosk(hall, "135724", "k").user == "kiosk:k"
    answers = iter(["135724", "135725"])
    code, _out, err = run(monkeypatch, capsys, hall.db.url, "kiosk", "pin", tty=True)
    assert (code, err) == (1, "queuedesk: the PINs differ\n")


@pytest.mark.parametrize("pin", ["12345", "1234567890123", "12345a", "１２３４５６", "      "])
def test_kiosk_pin_refuses_a_weak_pin_in_one_line(monkeypatch, capsys, hall, pin):
    code, out, err = run(monkeypatch, capsys, hall.db.url, "kiosk", "pin", "--pin-stdin", stdin=pin + "\n")
    assert (code, out) == (1, "")
    assert err == "queuedesk: a kiosk PIN is 6 to 12 digits\n"


def test_the_pin_is_never_an_argument_nor_read_from_a_pipe_unasked(monkeypatch, capsys, hall):
    with pytest.raises(SystemExit) as malformed:
        run(monkeypatch, capsys, hall.db.url, "kiosk", "pin", "123456")
    assert malformed.value.code == 2
    capsys.readouterr()
    code, _out, err = run(monkeypatch, capsys, hall.db.url, "kiosk", "pin", stdin="123456\n")
    assert (code, err) == (1, "queuedesk: no terminal to ask for the PIN; use --pin-stdin\n")


def test_the_window_command_still_parses_without_the_sub_command():
    from queuedesk.kiosk.command import run as run_window

    args = cli.build_parser().parse_args(["kiosk", "--windowed", "--size", "1080x1920"])
    assert args.func is run_window and args.kiosk_action is None
    args = cli.build_parser().parse_args(["kiosk", "--screenshot", "p.png", "--preview", "pin"])
    assert args.preview == "pin"


# -- the staff slips -----------------------------------------------------------------------

def test_a_test_slip_is_marked_in_both_languages_and_is_no_ticket():
    config = Config()
    slip = printer_test_slip(config, "zh_CN", datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    assert slip.number == TEST_MARK == "TEST"
    assert (slip.service_name, slip.service_name_second) == ("打印测试", "Printer test")
    assert slip.footer == "测试打印，不是排队号票 · Test print, not a queue ticket"
    assert slip.priority == "normal" and slip.issued_at.hour == 10   # the hall's wall clock
    english = printer_test_slip(config, "en", datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    assert (english.service_name, english.service_name_second) == ("Printer test", "打印测试")


def test_a_reprint_says_so_on_the_ticket():
    config = Config()
    slip = printer_test_slip(config, "zh_TW", datetime(2026, 11, 30, 2, 0, tzinfo=UTC))
    again = reprinted(slip, datetime(2026, 11, 30, 3, 5, tzinfo=UTC), config.timezone)
    assert again.number == slip.number
    assert again.footer == f"補印 11:05 · Reprint 11:05 · {slip.footer}"
