"""PostgreSQL itself refuses what a machine may not do: a kiosk's or a lobby screen's login
cannot close the day, add staff, call, change services or read password hashes, even
when queuedesk's own checks are bypassed, and a refusal changes nothing."""
import subprocess
import sys

import pytest
import sqlalchemy as sa

from queuedesk.config import Config
from queuedesk.domain.access import SYSTEM, Actor, Role
from queuedesk.operations import calling, counters, day, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store.database import Database, DatabaseError
from tests.conftest import _started_cluster

pytestmark = pytest.mark.postgres

REFUSED = [("day", "close"), ("staff", "add", "x", "--role", "admin", "--password-stdin"),
           ("call", "next", "1"), ("service", "disable", "A")]


def run(url, *args, input="new-pass-1\nnew-pass-1\n"):
    return subprocess.run([sys.executable, "-m", "queuedesk", "--db", url, *args],
                          capture_output=True, text=True, input=input, timeout=120)


def ok(url, *args, **kw):
    result = run(url, *args, **kw)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def cluster():
    """A cluster of its own: the qd_* group roles are the whole cluster's."""
    c = _started_cluster()
    yield c
    c.stop()


@pytest.fixture(scope="module")
def hall_url(cluster):
    url = cluster.create_database("branch")
    ok(url, "init", "--sample", "bank")
    ok(url, "db", "roles")
    for login, kind in (("kiosk1", "kiosk"), ("screen1", "display"), ("rater1", "rater")):
        ok(url, "db", "user", "add", login, "--role", kind, "--password-stdin", input="machine-pw-1\nmachine-pw-1\n")
    return url


def login_url(cluster, login: str) -> str:
    return f"postgresql+psycopg://{login}@127.0.0.1:{cluster.port}/branch"


def snapshot(url: str) -> dict:
    """What a refusal must leave as it was."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        counts = {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
                  for t in ("tickets", "events", "staff", "report_days")}
        counts["enabled"] = conn.execute(sa.text("SELECT count(*) FROM services WHERE enabled")).scalar_one()
        counts["waiting"] = conn.execute(sa.text("SELECT count(*) FROM tickets WHERE state = 'waiting'")).scalar_one()
    engine.dispose()
    return counts


def one_line_refusal(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


def test_a_kiosk_login_issues_tickets_and_nothing_else(cluster, hall_url):
    kiosk = login_url(cluster, "kiosk1")
    assert "A0" in ok(kiosk, "ticket", "issue", "A")
    before = snapshot(hall_url)
    assert before["waiting"] >= 1
    for command in REFUSED:
        message = one_line_refusal(run(kiosk, *command))
        assert "not" in message and "machine-pw" not in message
    assert snapshot(hall_url) == before


@pytest.mark.parametrize("login", ["kiosk1", "screen1", "rater1"])
def test_the_database_refuses_even_when_queuedesk_is_bypassed(cluster, hall_url, login):
    """A tampered client that skips the application's checks (acting as the system) meets
    the grants: each refusal a clear 'not allowed', the hall unchanged."""
    db = Database(login_url(cluster, login))
    hall = Hall(db, Config(), actor=SYSTEM)
    before = snapshot(hall_url)
    for attempt in (lambda: day.close_day(hall),
                    lambda: setup.set_service_enabled(hall, "A", False),
                    lambda: calling.call_next(hall, 1)):
        with pytest.raises(DatabaseError, match="not allowed"):
            attempt()
    with pytest.raises(DatabaseError, match="not allowed"):
        with db.connect(write=False) as conn:
            conn.execute(sa.text("SELECT password_hash FROM staff")).all()
    db.dispose()
    assert snapshot(hall_url) == before


def test_a_rating_screen_login_takes_ratings_and_nothing_else(cluster, hall_url):
    """The rating screen facing the customer has a login of its own: it takes a rating —
    also for a visit of a day already summarised, whose summary it forgets — and the
    application and the database refuse it anything else. The ticket pages' login rates
    too (ratings of one visit take turns by a lock of their own, not the ticket's row)."""
    from datetime import timedelta

    from queuedesk.domain.periods import period
    from queuedesk.operations import ratings, reports

    owner = Hall(Database(hall_url), Config())
    counters.open_counter(owner, 1)
    served = [tickets.issue_ticket(owner, "A") for _ in range(3)]
    while calling.call_next(owner, 1) is not None:      # theirs, and any an earlier test left waiting
        calling.start_service(owner, 1)
        calling.finish(owner, 1)
    rater = login_url(cluster, "rater1")
    assert "5" in ok(rater, "ticket", "rate", served[0].number, "--score", "5")
    before = snapshot(hall_url)
    one_line_refusal(run(rater, "ticket", "issue", "A"))
    for command in REFUSED:
        one_line_refusal(run(rater, *command))
    assert snapshot(hall_url) == before
    ok(hall_url, "db", "user", "add", "web1", "--role", "web", "--password-stdin", input="machine-pw-1\nmachine-pw-1\n")
    web = Database(login_url(cluster, "web1"))
    page = Hall(web, Config(), actor=Actor(Role.WEB, "web1"))
    assert ratings.rate_ticket(page, served[2].number, 3, channel="web").score == 3
    web.dispose()
    # Tomorrow the day is summarised; then the other visit is rated from the screen.
    yesterday = owner.today()
    later = Hall(owner.db, owner.config, clock=lambda: owner.now() + timedelta(days=1))
    reports.build(later, period("day", yesterday))
    db = Database(rater)
    screen = Hall(db, Config(), clock=later.clock, actor=Actor(Role.RATER, "rater1"))
    with owner.read() as uow:
        leg = uow.tickets.by_number(served[1].number, yesterday)
    assert ratings.rate_visit(screen, leg.id, 4).score == 4
    with owner.read() as uow:
        assert yesterday not in {day for _, day in uow.figures.summarised(yesterday, yesterday)}
    db.dispose()
    owner.db.dispose()


def test_a_display_login_reads_the_queue_but_writes_nothing(cluster, hall_url):
    screen = login_url(cluster, "screen1")
    assert "A" in ok(screen, "status")
    before = snapshot(hall_url)
    one_line_refusal(run(screen, "ticket", "issue", "A"))
    for command in REFUSED:
        one_line_refusal(run(screen, *command))
    assert snapshot(hall_url) == before


def test_db_roles_tells_each_machine_its_url_without_a_password(hall_url):
    import json

    kinds = json.loads(ok(hall_url, "db", "roles", "--json"))
    assert set(kinds) == {"display", "rater", "kiosk", "web", "desk", "manager", "admin"}
    assert all("LOGIN@127.0.0.1" in k["url"] and ":" not in k["url"].split("//")[1].split("@")[0]
               for k in kinds.values())
    assert kinds["kiosk"]["group"] == "qd_kiosk"


def test_a_kiosk_login_is_refused_the_roles_themselves(cluster, hall_url):
    kiosk = login_url(cluster, "kiosk1")
    assert "administrator" in one_line_refusal(run(kiosk, "db", "roles"))
    one_line_refusal(run(kiosk, "db", "user", "add", "evil", "--role", "admin", "--password-stdin"))


def test_each_window_reads_what_it_shows_under_its_own_login(cluster, hall_url):
    """The grants are not too tight: what the kiosk and the lobby screen read and write
    through their engine link works under their logins."""
    from queuedesk.display.session import lobby_snapshot
    from queuedesk.domain.access import Actor, Role
    from queuedesk.operations import queries, tickets
    from queuedesk.operations.lobby import counter_sign
    from queuedesk.operations.texts import hall_texts

    for login, role in (("kiosk1", Role.KIOSK), ("screen1", Role.DISPLAY)):
        db = Database(login_url(cluster, login))
        hall = Hall(db, Config(), actor=Actor(role, role.value))
        assert queries.services_status(hall) and queries.counters_status(hall) and queries.groups(hall) is not None
        assert hall_texts(hall) is not None and lobby_snapshot(hall, 5) is not None
        counter_sign(hall, 1)
        if role is Role.KIOSK:
            assert tickets.issue_ticket(hall, "A").number.startswith("A")
            tickets.record_print_failure(hall, "A001", "printer", "paper out", station="kiosk")
        db.dispose()


def test_a_desk_login_calls_next_in_one_statement(cluster, hall_url):
    """Call next as one statement (store.repositories.calls) runs under the desk's login:
    its grants cover the statement and the functions it reads through."""
    from queuedesk.domain.access import Actor, Role
    from queuedesk.operations import counters, tickets
    from queuedesk.store.repositories import calls

    ok(hall_url, "db", "user", "add", "desk1", "--role", "desk", "--password-stdin",
       input="machine-pw-1\nmachine-pw-1\n")
    owner = Hall(Database(hall_url), Config())
    counters.open_counter(owner, 1)
    issued = tickets.issue_ticket(owner, "A")
    db = Database(login_url(cluster, "desk1"))
    hall = Hall(db, Config(), actor=Actor(Role.TELLER, "teller1", counter=1))
    taken = []
    one = calls.CallRepository.call_next
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(calls.CallRepository, "call_next", lambda self, call: taken.append(one(self, call)) or taken[-1])
        called = calling.call_next(hall, 1)
    assert called.state == "called" and called.number <= issued.number and taken[0] != calls.GENERAL
    db.dispose()
    owner.db.dispose()


def test_a_kiosk_and_a_console_login_issue_in_one_message(cluster, hall_url):
    """Issue in one message (store.repositories.issues) runs under the kiosk's and the
    lobby manager's logins: their grants cover what it reads and writes."""
    from queuedesk.domain.access import Actor, Role
    from queuedesk.domain.model import Channel, Priority
    from queuedesk.operations import tickets
    from queuedesk.store.repositories import issues

    ok(hall_url, "db", "user", "add", "console1", "--role", "manager", "--password-stdin",
       input="machine-pw-1\nmachine-pw-1\n")
    for login, actor, priority in (("kiosk1", Actor(Role.KIOSK, "kiosk"), Priority.NORMAL),
                                   ("console1", Actor(Role.MANAGER, "lobby"), Priority.VIP)):
        db = Database(login_url(cluster, login))
        hall = Hall(db, Config(), actor=actor)
        taken = []
        one = issues.IssueRepository.issue
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(issues.IssueRepository, "issue", lambda self, new: taken.append(one(self, new)) or taken[-1])
            issued = tickets.issue_ticket(hall, "A", priority, Channel.KIOSK)
        assert issued.number.startswith("A") and issued.priority == priority.value
        assert taken and taken[0] != issues.GENERAL, login
        db.dispose()
