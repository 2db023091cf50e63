"""The command-line contract of ratings and complaints: names, JSON shapes, one-line refusals."""
import json

import pytest

from tests.cli.test_cli import js, ok, run


@pytest.fixture
def url(sqlite_url):
    ok(sqlite_url, "init")
    ok(sqlite_url, "service", "add", "A", "--name-zh", "个人现金业务", "--name-en", "Personal cash")
    ok(sqlite_url, "service", "add", "B", "--name-zh", "对公业务", "--name-en", "Corporate")
    for number, services in (("3", "A,B"), ("5", "B")):
        ok(sqlite_url, "counter", "add", number, "--services", services)
        ok(sqlite_url, "counter", "open", number)
    return sqlite_url


def finished(url, code="A", counter="3"):
    number = js(url, "ticket", "issue", code)["number"]
    ok(url, "call", "next", counter)
    ok(url, "call", "finish", counter)
    return number


def test_rate_a_finished_visit_and_list_it(url):
    number = finished(url)
    rated = js(url, "ticket", "rate", number, "--score", "2", "--reason", "long_wait", "--reason", "attitude",
               "--channel", "keypad")
    assert {k: rated[k] for k in ("ticket", "counter", "score", "level", "reasons", "channel")} == \
        {"ticket": number, "counter": 3, "score": 2, "level": "dissatisfied",
         "reasons": ["long_wait", "attitude"], "channel": "keypad"}
    listed = js(url, "rating", "list")
    assert [(r["ticket"], r["score"]) for r in listed] == [(number, 2)]
    assert js(url, "rating", "list", "--counter", "5") == []
    assert "2 dissatisfied  (long_wait, attitude)" in ok(url, "rating", "list")


RATE_REFUSALS = [
    (["ticket", "rate", "A999", "--score", "4"], "no ticket 'A999' today"),
    (["ticket", "rate", "A002", "--score", "4"], "ticket A002 is waiting: only a served, finished visit can be rated"),
    (["ticket", "rate", "A001", "--score", "0"], "score 0 is not a level; use 1 (very dissatisfied) to 5 "
                                                 "(very satisfied)"),
    (["ticket", "rate", "A001", "--score", "6"], "score 6 is not a level; use 1 (very dissatisfied) to 5 "
                                                 "(very satisfied)"),
    (["ticket", "rate", "A001", "--score", "4", "--reason", "long_wait"], "reasons go with score 1 or 2 only, not 4"),
    (["ticket", "rate", "A001", "--score", "1", "--reason", "rude"],
     "unknown reason 'rude'; use long_wait, attitude, not_proficient, complicated, other"),
]


def test_refusals_are_one_line_and_exit_1(url):
    finished(url)
    js(url, "ticket", "issue", "A")          # A002, still waiting
    for args, message in RATE_REFUSALS:      # one hall for all: each is a subprocess
        result = run(url, *args)
        assert (result.returncode, result.stderr.strip()) == (1, f"queuedesk: {message}"), args
    assert js(url, "rating", "list") == []


def test_a_second_rating_of_the_same_visit_is_refused(url):
    number = finished(url)
    ok(url, "ticket", "rate", number, "--score", "5", "--key", "keypad-7")
    ok(url, "ticket", "rate", number, "--score", "5", "--key", "keypad-7")     # the same request retried
    result = run(url, "ticket", "rate", number, "--score", "1")
    assert result.returncode == 1
    assert result.stderr.strip() == f"queuedesk: ticket {number} was rated at counter 3 already: one rating per visit"
    assert len(js(url, "rating", "list")) == 1


def test_a_malformed_score_is_a_command_line_error(url):
    assert run(url, "ticket", "rate", "A001", "--score", "good").returncode == 2
    assert run(url, "ticket", "rate", "A001").returncode == 2


def test_a_transfer_gives_two_ratable_visits(url):
    number = js(url, "ticket", "issue", "A")["number"]
    ok(url, "call", "next", "3")
    ok(url, "call", "transfer", "3", "--to-counter", "5")
    ok(url, "call", "next", "5")
    ok(url, "call", "finish", "5")
    assert js(url, "ticket", "rate", number, "--score", "5")["counter"] == 5
    assert js(url, "ticket", "rate", number, "--score", "4", "--counter", "3")["counter"] == 3
    assert [r["counter"] for r in js(url, "rating", "list")] == [5, 3]


def test_figures_are_strict_json_with_null_for_no_figure(url):
    empty = js(url, "rating", "figures")
    assert empty["served"] == 0 and empty["evaluation_rate"] is None and empty["satisfaction_rate"] is None
    number = finished(url)
    finished(url)
    ok(url, "ticket", "rate", number, "--score", "3")
    figures = js(url, "rating", "figures")
    assert (figures["served"], figures["rated"], figures["evaluation_rate"], figures["satisfaction_rate"]) == \
        (2, 1, 0.5, 0.0)
    by_counter = js(url, "rating", "figures", "--by", "counter")
    assert [(row["counter"], row["served"]) for row in by_counter] == [(3, 2)]
    assert "evaluation 50.0 %, satisfaction 0.0 %" in ok(url, "rating", "figures")


def test_ask_rating_is_a_counter_action(url):
    result = run(url, "call", "ask-rating", "3")
    assert (result.returncode, result.stderr.strip()) == \
        (1, "queuedesk: counter 3 has no finished visit today to rate")
    number = finished(url)
    assert js(url, "call", "ask-rating", "3")["number"] == number
    assert json.loads(ok(url, "events", "--json"))[-1]["type"] == "rating_requested"


def test_the_complaints_register(url):
    ok(url, "staff", "add", "manager", "--role", "manager", "--name", "大堂经理", "--password-stdin",
       input="pw1234\n")
    number = finished(url)
    added = js(url, "complaint", "add", "--channel", "onsite", "--grade", "serious", "--ticket", number,
               "--text", "等候时间太长", "--by", "manager")
    assert (added["id"], added["grade"], added["ticket"], added["counter"], added["recorded_by"], added["open"]) == \
        (1, "serious", number, 3, "manager", True)
    assert added["due_date"] > added["received_date"]
    assert js(url, "complaint", "list", "--overdue") == []
    assert [c["id"] for c in js(url, "complaint", "list", "--open")] == [1]
    assert "answered on time" in ok(url, "complaint", "answer", "1", "--text", "已致歉", "--by", "manager")
    assert js(url, "complaint", "list", "--open") == []
    assert js(url, "complaint", "figures") == {"on_time": 1, "due": 1, "rate": 1.0}
    types = [e["type"] for e in json.loads(ok(url, "events", "--json"))]
    assert types[-2:] == ["complaint_added", "complaint_answered"]


COMPLAINT_REFUSALS = [
    (["complaint", "add", "--channel", "phone", "--grade", "general", "--text", "回电 13912345678"],
     "the complaint text seems to hold a phone number (139…78); leave it out: the register is read by many"),
    (["complaint", "add", "--channel", "phone", "--grade", "general", "--text", "x", "--by", "nobody"],
     "unknown staff member 'nobody'"),
    (["complaint", "answer", "7", "--text", "x"], "no complaint 7"),
    (["complaint", "add", "--channel", "phone", "--grade", "general", "--text", "  "], "the complaint text is empty"),
]


def test_complaint_refusals_are_one_line(url):
    for args, message in COMPLAINT_REFUSALS:
        result = run(url, *args)
        assert (result.returncode, result.stderr.strip()) == (1, f"queuedesk: {message}"), args
    assert js(url, "complaint", "list") == []


def test_complaint_choices_are_checked_by_the_command_line(url):
    assert run(url, "complaint", "add", "--channel", "fax", "--grade", "general", "--text", "x").returncode == 2
    assert run(url, "complaint", "add", "--channel", "web", "--grade", "general", "--text", "x",
               "--due", "next week").returncode == 2
