"""Every command, hostile values: never a traceback; a refusal is one line, exit 1 or 2,
and changes nothing; what is accepted prints strict JSON where JSON was asked for."""
import json

import pytest
from hypothesis import HealthCheck, given, settings

from tests.support import hostile
from tests.support.halls import snapshot


@pytest.fixture
def hall_url(db_url):
    code, _out, err, escaped = hostile.run(db_url, ["init", "--sample", "bank"])
    assert code == 0 and escaped is None, err
    return db_url


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=hostile.command)
def test_hostile_commands_are_refused_in_one_line_and_change_nothing(hall_url, argv):
    before = snapshot(hall_url)
    code, out, err, escaped = hostile.run(hall_url, argv)
    assert escaped is None, f"{argv!r} raised {escaped!r}"
    assert code in (0, 1, 2), (argv, code, err)
    if code:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("queuedesk: "), (argv, err)
        assert snapshot(hall_url) == before, f"{argv!r} was refused but changed the database"
    elif "--json" in argv:
        json.loads(out, parse_constant=lambda c: pytest.fail(f"{argv!r} printed {c} (not JSON)"))


@pytest.mark.parametrize("argv", [
    ["voice", "say", "A001", "abc"],
    ["voice", "say", "A001", "99999999999999999999"],
    ["voice", "say", "A" * 10_000, "1", "--out", "/nonexistent/x.wav"],   # refused before the speech engine
    ["demo", "--speed", "nan"],
    ["demo", "--seconds", "-1"],
    ["simulate", "--hours", "nan"],
    ["simulate", "--arrivals", "1e308/h"],
    ["simulate", "--counters", "0"],
    ["simulate", "--replications", "0"],
    ["simulate", "--replications", "99999999999999999999"],
    ["simulate", "--model", "mmc", "--rate", "100/h", "--mean-service", "5", "--counters", "2"],
    ["simulate", "--model", "mmc", "--rate", "nan", "--mean-service", "5", "--counters", "2"],
    ["simulate", "--open", "25:99", "--arrivals", "10/h"],
    ["simulate", "--profile", "'; drop table tickets; --"],
    ["plan", "--share", "100"],
    ["plan", "--within", "-1"],
    ["plan", "--target-mean", "inf"],
    ["plan", "--replications", "0"],
    ["plan", "--from-log", "--days", "0"],
    ["desk", "--counter", "99999999999999999999"],
    ["kiosk", "--size", "0x0"],
    ["display", "--screen", "-1"],
    ["call", "transfer", "1"],
    ["call", "transfer", "1", "--to-service", "B", "--to-counter", "2"],
    ["report", "--date", "9999-12-31"],                         # the day after has no date
    ["report", "--date", "0001-01-01", "--period", "week"],
    ["appointment", "slots", "A", "--date", "9999-12-31"],
    ["counter", "open", "3", "--staff", "\udcff"],              # a byte that is not UTF-8
    ["ticket", "issue", "A", "--print", "printer:\udcc0"],
])
def test_window_and_tool_options_are_bounded(sqlite_url, argv):
    code, _out, err, escaped = hostile.run(sqlite_url, argv)
    assert escaped is None and code in (1, 2), (argv, code, err)
    assert len(err.strip().splitlines()) == 1


def test_a_password_in_another_encoding_is_refused_in_one_line(sqlite_url):
    code, _out, err, escaped = hostile.run(sqlite_url, ["init"])
    code, _out, err, escaped = hostile.run(sqlite_url, ["staff", "add", "li", "--role", "teller", "--password-stdin"],
                                           stdin="\udcff\udcfepassword\n")
    assert escaped is None and code == 1 and err.strip().splitlines() == [
        "queuedesk: the password of li is not valid text: type it again"], err
