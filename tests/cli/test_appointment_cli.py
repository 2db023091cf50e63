"""The command-line contract of appointments: service set, appointment …, ticket checkin."""
from datetime import date, timedelta

from tests.cli.test_cli import js, ok, run


def test_book_list_check_in_and_refusals(sqlite_url):
    url = sqlite_url
    ok(url, "init", "--sample", "bank")
    set_ = js(url, "service", "set", "A", "--bookable", "--slot-minutes", "30", "--slot-capacity", "1",
              "--horizon-days", "14")
    assert set_ == {"code": "A", "bookable": True, "slot_minutes": 30, "slot_capacity": 1, "horizon_days": 14}
    tomorrow = (date.today() + timedelta(days=2)).isoformat()   # a day ahead in any time zone
    slots = js(url, "appointment", "slots", "A", "--date", tomorrow)
    assert len(slots) == 48 and slots[19]["start"].startswith(f"{tomorrow}T09:30") and slots[19]["free"] == 1
    booked = js(url, "appointment", "book", "A", "--slot", f"{tomorrow}T09:30", "--phone-last4", "1234")
    assert len(booked["code"]) == 6 and booked["state"] == "booked"
    full = run(url, "appointment", "book", "A", "--slot", f"{tomorrow}T09:30")
    assert full.returncode == 1 and full.stderr.count("\n") == 1 and "full" in full.stderr
    for args, words in ((("appointment", "book", "B", "--slot", f"{tomorrow}T09:30"), "takes no bookings"),
                        (("appointment", "book", "A", "--slot", "2020-01-01T09:30"), "passed"),
                        (("ticket", "checkin", booked["code"]), "no booking with code"),
                        (("ticket", "checkin", "12x"), "6 digits")):
        refused = run(url, *args)
        assert refused.returncode == 1 and words in refused.stderr and refused.stderr.count("\n") == 1
    assert run(url, "appointment", "book", "A", "--slot", "tomorrow").returncode == 2
    listed = js(url, "appointment", "list", "--date", tomorrow)
    assert [(a["code"], a["state"]) for a in listed] == [(booked["code"], "booked")]
    assert js(url, "appointment", "cancel", booked["code"])["state"] == "cancelled"
    assert js(url, "service", "set", "A", "--not-bookable") == {"code": "A", "bookable": False}
    figures = js(url, "appointment", "figures")
    assert figures["appointment_share"] is None and figures["visits"] == 0
    backwards = run(url, "appointment", "figures", "--date", "2026-12-01", "--to", "2025-01-01")    # was 0 of 0
    assert backwards.returncode == 1 and backwards.stderr.count("\n") == 1 and "before it starts" in backwards.stderr


def test_check_in_today_prints_the_ticket(sqlite_url):
    url = sqlite_url
    ok(url, "init", "--sample", "hospital")
    slots = [s for s in js(url, "appointment", "slots", "M") if s["bookable"]]
    if not slots:      # the day's last slot has begun: nothing left to book today
        return
    booked = js(url, "appointment", "book", "M", "--slot", slots[0]["start"])
    checked = js(url, "ticket", "checkin", booked["code"])
    assert checked["ticket"]["number"].startswith("M") and checked["arrival"] in ("on_time", "early")
    again = run(url, "ticket", "checkin", booked["code"])
    assert again.returncode == 1 and checked["ticket"]["number"] in again.stderr
