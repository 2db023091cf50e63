"""The command-line contract scripts depend on: names, JSON shapes, exit codes, one-line errors."""
import json
import sqlite3
import subprocess
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest


def run(url, *args, input=None):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args],
                            capture_output=True, text=True, input=input, timeout=60)
    return result


def ok(url, *args, **kw):
    result = run(url, *args, **kw)
    assert result.returncode == 0, result.stderr
    return result.stdout


def js(url, *args):
    return json.loads(ok(url, *args, "--json"))


@pytest.fixture
def url(sqlite_url):
    ok(sqlite_url, "init")
    ok(sqlite_url, "service", "add", "A", "--name-zh", "个人现金业务", "--name-en", "Personal cash")
    ok(sqlite_url, "service", "add", "B", "--name-zh", "对公业务", "--name-en", "Corporate", "--prefix", "C")
    ok(sqlite_url, "counter", "add", "3", "--services", "A,B")
    return sqlite_url


def test_a_day_at_one_counter(url):
    services = js(url, "service", "list")
    assert [(s["code"], s["prefix"], s["name_zh"], s["waiting"], s["enabled"]) for s in services] == \
        [("A", "A", "个人现金业务", 0, True), ("B", "C", "对公业务", 0, True)]
    ticket = js(url, "ticket", "issue", "A", "--priority", "vip")
    assert {"number", "service", "priority", "state", "position", "estimated_wait_min", "token"} <= set(ticket)
    assert (ticket["number"], ticket["priority"], ticket["state"], ticket["position"]) == ("A001", "vip", "waiting", 0)
    assert js(url, "ticket", "issue", "B")["number"] == "C001"

    ok(url, "staff", "add", "li", "--role", "teller", "--name", "李娜", "--password-stdin", input="pw1234\n")
    ok(url, "counter", "open", "3", "--staff", "li")
    assert js(url, "call", "next", "3")["number"] == "A001"
    assert js(url, "call", "recall", "3")["recalls"] == 1
    assert js(url, "call", "start", "3")["state"] == "serving"
    assert js(url, "call", "finish", "3")["state"] == "done"
    counters = js(url, "counter", "list")
    assert counters[0]["number"] == 3 and counters[0]["services"] == ["A", "B"] and counters[0]["current"] is None
    assert js(url, "call", "next", "3")["number"] == "C001"
    assert js(url, "counter", "list")[0]["current"] == "C001"
    refused = run(url, "call", "next", "3")              # called, never started: the teller decides
    assert refused.returncode == 1 and "never started" in refused.stderr
    ok(url, "call", "start", "3")
    assert js(url, "call", "next", "3") is None          # empty queue: JSON null, exit 0
    status = js(url, "status")
    assert {s["code"]: s["waiting"] for s in status["services"]} == {"A": 0, "B": 0}
    events = js(url, "events")
    assert events[-1]["type"] == "ticket_finished" and events[-1]["ticket"] == "C001"
    assert "business day" in ok(url, "day", "close")


def test_transfer_pick_park_and_pause(url):
    ok(url, "counter", "add", "5", "--services", "B")
    ok(url, "counter", "open", "3")
    ok(url, "counter", "open", "5")
    for _ in range(3):
        ok(url, "ticket", "issue", "A")
    assert js(url, "call", "pick", "3", "A002")["number"] == "A002"
    moved = json.loads(ok(url, "call", "transfer", "3", "--to-service", "B", "--note", "开户", "--json"))
    assert (moved["number"], moved["service"], moved["note"]) == ("A002", "B", "开户")
    assert js(url, "call", "next", "5")["number"] == "A002"
    assert js(url, "call", "park", "5")["state"] == "parked"
    assert js(url, "call", "unpark", "5", "A002")["state"] == "called"
    assert js(url, "counter", "pause", "3", "--reason", "break")["state"] == "paused"
    assert js(url, "counter", "resume", "3")["state"] == "open"
    assert js(url, "ticket", "cancel", "A003")["state"] == "cancelled"
    assert js(url, "ticket", "show", "A001")["state"] == "waiting"


@pytest.mark.parametrize("args, message", [
    (["ticket", "issue", "Z"], "unknown service 'Z'"),
    (["call", "next", "9"], "unknown counter 9"),
    (["call", "next", "3"], "counter 3 is closed, not open"),
    (["call", "finish", "3"], "counter 3 has no current ticket to finish"),
    (["ticket", "show", "A999"], "no ticket 'A999' today"),
    (["counter", "add", "3", "--services", "A"], "counter 3 already exists"),
    (["counter", "pause", "3", "--reason", "x"], "counter 3 is closed; cannot pause"),
])
def test_refusals_are_one_line_and_non_zero(url, args, message):
    result = run(url, *args)
    assert result.returncode == 1
    assert result.stderr.strip() == f"queuedesk: {message}"
    assert "Traceback" not in result.stderr


def test_double_tap_with_the_same_key_issues_one_ticket(url):
    first = js(url, "ticket", "issue", "A", "--key", "tap-1")
    again = js(url, "ticket", "issue", "A", "--key", "tap-1")
    assert first["number"] == again["number"] == "A001"
    assert js(url, "service", "list")[0]["waiting"] == 1


@pytest.mark.parametrize("db, message", [
    ("mysql://x/y", "unsupported database"),
    ("not a url", "bad database URL"),
    ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot reach the database server"),
])
def test_bad_or_dead_database_is_one_line(db, message):
    result = subprocess.run([sys.executable, "-m", "queuedesk", "--db", db, "status"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_uninitialised_database_says_what_to_do(sqlite_url):
    result = run(sqlite_url, "status")
    assert result.returncode == 1 and "run: queuedesk init" in result.stderr


def test_init_with_sample_is_repeatable(sqlite_url):
    ok(sqlite_url, "init", "--sample", "hospital")
    ok(sqlite_url, "init", "--sample", "hospital")
    services = js(sqlite_url, "service", "list")
    assert len(services) == 6 and services[0]["name_en"] == "Registration & payment"


def test_scripted_commands_do_not_load_qt():
    code = ("import sys; from queuedesk.cli import build_parser; build_parser(); "
            "print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False"


def test_status_starts_without_what_it_does_not_use(sqlite_url):
    """`queuedesk status` is typed, and scripted, often: it does not load the event types,
    the use cases that act, reports' figures or PostgreSQL's dialect (start-up time)."""
    ok(sqlite_url, "init")
    code = ("import sys, io, contextlib; from queuedesk.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()): main(['--db', sys.argv[1], 'status'])\n"
            "print(' '.join(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code, sqlite_url], capture_output=True, text=True, timeout=60)
    loaded = set(result.stdout.split())
    assert "queuedesk.operations.queries" in loaded
    unused = {"queuedesk.domain.events", "queuedesk.operations.calling", "queuedesk.operations.setup",
              "queuedesk.operations.staff", "queuedesk.store.repositories.figures", "sqlalchemy.dialects.postgresql",
              "PySide6"}
    assert loaded & unused == set()


def test_a_command_whose_reader_goes_away_says_nothing_more(url):
    """`queuedesk status | head -1`: the reader closes the pipe early; queuedesk stops
    without a traceback, whatever it still had to write."""
    reader_gone = subprocess.Popen([sys.executable, "-m", "queuedesk", "--db", url, "status"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader_gone.stdout.close()
    errors = reader_gone.stderr.read().decode()
    assert reader_gone.wait(timeout=60) == 1 and errors == ""


def test_groups_hall_voice_and_a_customer_who_never_came_forward(url):
    ok(url, "group", "add", "P", "--name", "zh_CN=个人", "--name", "en=Personal")
    ok(url, "service", "group", "A", "P")
    ok(url, "service", "add", "D", "--name-zh", "开卡", "--group", "P")
    assert js(url, "group", "list") == [{"code": "P", "names": {"zh_CN": "个人", "en": "Personal"},
                                         "services": ["A", "D"]}]
    refused = run(url, "service", "group", "A", "X")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "unknown group" in refused.stderr
    ok(url, "hall", "set", "voice", "--text", "zh_CN=请 {number} 号到 {place} 就诊")
    bad = run(url, "hall", "set", "voice", "--text", "zh_CN=请到 {place}")
    assert bad.returncode == 1 and "{number}" in bad.stderr
    ok(url, "staff", "add", "li", "--role", "teller", "--password-stdin", input="pw1234\n")
    ok(url, "counter", "open", "3", "--staff", "li")
    first = js(url, "ticket", "issue", "A")["number"]
    second = js(url, "ticket", "issue", "A")["number"]
    ok(url, "call", "next", "3")
    assert js(url, "call", "next", "3", "--no-show-current")["number"] == second
    assert js(url, "ticket", "show", first)["state"] == "no_show"


def test_a_stray_argument_is_named_once(sqlite_url):
    result = run(sqlite_url, "status", "extra")
    assert result.returncode == 2
    assert result.stderr == "queuedesk: unrecognized arguments: extra\n"
    assert run(sqlite_url, "ticket", "issue").stderr == \
        "queuedesk: ticket issue: the following arguments are required: code\n"


def test_events_and_audit_show_the_hall_s_own_clock_and_say_which(url, tmp_path):
    config = tmp_path / "queuedesk.toml"
    config.write_text('[hall]\ntimezone = "Asia/Kathmandu"\n', encoding="utf-8")   # +05:45: neither UTC nor the PC's
    hall = ("--config", str(config))
    ok(url, *hall, "ticket", "issue", "A")
    for command, width in (("events", 6), ("audit", 7)):
        listed = json.loads(ok(url, *hall, command, "--json"))
        assert listed and all(e["at"].endswith("+00:00") for e in listed)   # the scripts' shape stays UTC
        lines = ok(url, *hall, command).splitlines()
        assert len(lines) == len(listed)
        for event, line in zip(listed, lines):
            local = datetime.fromisoformat(event["at"]).astimezone(ZoneInfo("Asia/Kathmandu"))
            assert line[:width + 27] == f"{event['id']:>{width}} {local:%Y-%m-%d %H:%M:%S} +05:45", line


def test_a_hall_whose_services_number_alike_is_told_on_every_look(url):
    """A hall set up before two services were refused the same prefix: `status` and
    `service list` warn in one line on stderr, and their output stays as it was."""
    assert run(url, "status").stderr == "" and run(url, "service", "list").stderr == ""
    refused = run(url, "service", "add", "D", "--name-en", "Deposits", "--prefix", "A")     # the rule, today
    assert refused.returncode == 1 and "prefix A would number tickets as service A" in refused.stderr
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:                # as a hall made before it
        db.execute("UPDATE services SET prefix = 'A' WHERE code = 'B'")
    db.close()
    warning = ("queuedesk: warning: services A and B (prefix A) number tickets alike, so two customers may hold the "
               "same number: disable one (service disable CODE) and add it anew with a prefix of its own\n")
    for command in (("status",), ("status", "--json"), ("service", "list"), ("service", "list", "--json")):
        result = run(url, *command)
        assert result.returncode == 0 and result.stderr == warning, command
    assert [s["prefix"] for s in js(url, "service", "list")] == ["A", "A"]
    assert "SERVICE" in ok(url, "status")
