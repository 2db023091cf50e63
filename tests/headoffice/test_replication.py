"""Two branches and a head office on three PostgreSQL servers, by logical replication:
what the branches do appears at head office, head office's report is the sum of the
branches' own, a branch keeps working while head office is away and head office
catches up by itself, and a branch whose slot was lost is noticed and copied afresh.
The tests run in order on one network (tests/headoffice/conftest.py)."""
import pytest
import sqlalchemy as sa

from queuedesk.domain.model import TicketState
from queuedesk.domain.periods import period
from queuedesk.operations import head_office, ratings, reports, tickets
from queuedesk.store import publication
from tests.support.branches import bookings, caught_up, rows, traffic, wait_until

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def everything_arrived(net) -> bool:
    return all(caught_up(net.hq, hall, code) for code, hall in net.branches.items())


def test_tickets_issued_and_called_at_both_branches_appear_at_head_office(network):
    net = network
    traffic(net.branches["B01"], net.clock, 12)
    traffic(net.branches["B02"], net.clock, 7, seed=2)
    wait_until(lambda: everything_arrived(net), "both branches' tickets and events at head office")
    # Keyed by branch: both branches' ticket 1 are there, each with its own number and state.
    held = rows(net.hq, "tickets", "B01") | rows(net.hq, "tickets", "B02")
    assert len({(r[0], r[1]) for r in held}) == 19
    assert {r[0] for r in held if r[1] == 1} == {"B01", "B02"}
    with net.hq.db.connect(write=False) as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("staff")}
        published = conn.execute(sa.text("SELECT count(*) FROM staff WHERE password_hash IS NOT NULL")).scalar()
    assert "password_hash" in columns and published == 0          # never sent
    states = {s.code: s for s in head_office.statuses(net.hq)}
    assert {s.state for s in states.values()} == {head_office.STREAMING}
    assert states["B01"].names["zh_CN"] == "B01 支行" and states["B01"].schema is not None
    assert states["B01"].newest_event is not None and states["B01"].lag_bytes is not None


def branch_tally_rows(net, span, by=()):
    return {code: reports.build(hall, span, by) for code, hall in net.branches.items()}


def test_a_head_office_report_is_the_sum_of_the_branch_reports(network):
    net = network
    span = period("day", net.clock.now.date())
    own = branch_tally_rows(net, span)
    hq = reports.build(net.hq, span, ("branch",))
    assert {r.key[0]: r.figures for r in hq.rows} == {code: r.total for code, r in own.items()}
    total = hq.total
    assert total.arrivals == sum(r.total.arrivals for r in own.values()) > 0
    assert total.served == sum(r.total.served for r in own.values())
    assert total.no_shows == sum(r.total.no_shows for r in own.values())
    called = sum(r.total.called for r in own.values())
    mean = sum(r.total.mean_wait_min * r.total.called for r in own.values()) / called
    assert total.mean_wait_min == pytest.approx(mean)
    # One branch at head office is that branch's own report, per teller too.
    for code, hall in net.branches.items():
        mine = reports.build(hall, span, ("service", "hour"))
        theirs = reports.build(net.hq, span, ("service", "hour"), branches=[code])
        assert theirs.rows == mine.rows and theirs.total == mine.total
    # Tomorrow the day is summarised, at each branch and per branch at head office: the same.
    net.clock.advance(24 * 60)
    summarised = reports.build(net.hq, span, ("branch",))
    assert {r.key[0]: r.figures for r in summarised.rows} == \
        {code: r.total for code, r in branch_tally_rows(net, span).items()}
    with net.hq.read() as uow:
        assert uow.figures.summarised(span.first, span.last) == {("B01", span.first), ("B02", span.first)}
    net.clock.advance(-24 * 60)


def test_each_branch_s_appointments_reach_head_office_and_count_there_as_at_the_branch(network):
    """Bookings checked in on time, late, or never: head office holds them without the
    check-in code or the phone's digits, and its report by branch shows each branch's
    punctuality and no-shows as the branch's own report does; the total pools the counts."""
    net = network
    span = period("day", net.clock.now.date())
    bookings(net.branches, net.clock, {"B01": (2, 1, 1), "B02": (1, 1, 3)})    # and one cancelled each
    wait_until(lambda: everything_arrived(net) and all(
        rows(net.hq, "appointments", code) == rows(hall, "appointments", code) != set()
        for code, hall in net.branches.items()), "both branches' bookings at head office")
    with net.hq.db.connect(write=False) as conn:
        held = conn.execute(sa.text("SELECT branch, count(*), count(code), count(phone_last4) FROM appointments "
                                    "GROUP BY branch ORDER BY branch")).all()
    assert [tuple(r) for r in held] == [("B01", 5, 0, 0), ("B02", 6, 0, 0)]      # never the code or the phone
    own = branch_tally_rows(net, span)
    hq = reports.build(net.hq, span, ("branch",))
    shown = {r.key[0]: (r.figures.appointment_punctuality, r.figures.appointment_no_show_rate) for r in hq.rows}
    assert shown == {code: (r.total.appointment_punctuality, r.total.appointment_no_show_rate)
                     for code, r in own.items()}
    assert shown == {"B01": (pytest.approx(2 / 3), pytest.approx(1 / 4)),
                     "B02": (pytest.approx(1 / 2), pytest.approx(3 / 5))}
    # The whole: 3 of 5 check-ins on time, 4 of 9 bookings missed (not the branches' shares averaged).
    assert hq.total.appointment_punctuality == pytest.approx(3 / 5)
    assert hq.total.appointment_no_show_rate == pytest.approx(4 / 9)
    assert {r.key[0]: r.figures for r in hq.rows} == {code: r.total for code, r in own.items()}
    for code, hall in net.branches.items():                   # per service at one branch, as the branch sees it
        assert reports.build(net.hq, span, ("service",), branches=[code]).rows == \
            reports.build(hall, span, ("service",)).rows


def test_a_table_a_branch_publishes_from_its_upgrade_on_is_taken_in_by_hq_init_again(network):
    """Upgrades go head office first, then the branches: a table a branch publishes from
    its new schema on (the bookings, at 0022) reaches head office once `hq init` runs
    again — until then `hq branches` says so (it said "streaming" and the bookings never came)."""
    net = network
    branch = net.branches["B01"]
    with branch.db.connect(write=True) as conn:          # B01 before its upgrade: no bookings published
        publication.publish(conn, "0019")
    assert head_office.prepare(net.hq)["notes"] == []    # head office upgraded first
    with net.hq.db.connect(write=True) as conn:
        conn.execute(sa.text("DELETE FROM appointments WHERE branch = 'B01'"))       # so none came
    with branch.db.connect(write=True) as conn:          # the branch's upgrade publishes them
        publication.publish(conn)
    wait_until(lambda: everything_arrived(net), "both branches streaming")
    states = {s.code: s for s in head_office.statuses(net.hq)}
    assert states["B01"].state == head_office.SCHEMA and "run hq init" in states["B01"].problem
    assert states["B02"].state == head_office.STREAMING and states["B02"].problem is None
    assert rows(net.hq, "appointments", "B01") == set()
    assert head_office.prepare(net.hq)["notes"] == []
    wait_until(lambda: rows(net.hq, "appointments", "B01") == rows(branch, "appointments", "B01") != set(),
               "B01's bookings at head office")
    wait_until(lambda: {s.state for s in head_office.statuses(net.hq)} == {head_office.STREAMING}, "streaming")


def test_a_rating_given_after_its_day_was_summarised_reaches_the_head_office_report(network):
    """A customer rates from the ticket's page days later: the branch forgets that day's
    summary, and so does head office when the rating arrives; its next report counts it."""
    net = network
    day = net.clock.now.date()
    span = period("day", day)
    net.clock.advance(3 * 24 * 60)
    try:
        before = {r.key[0]: r.figures for r in reports.build(net.hq, span, ("branch",)).rows}["B01"]   # summarised
        branch = net.branches["B01"]
        with branch.read() as uow:
            served = uow.tickets.in_states(TicketState.DONE, day=day)
        rated = ratings.rate_visit(branch, served[0].id, 1, channel="screen")
        assert rated.score == 1
        wait_until(lambda: everything_arrived(net) and rows(net.hq, "ratings", "B01"), "the rating at head office")
        with net.hq.read() as uow:
            assert ("B01", day) not in uow.figures.summarised(day, day)
        again = reports.build(net.hq, span, ("branch",))
        own = reports.build(branch, span)
        after = {r.key[0]: r.figures for r in again.rows}["B01"]
        assert after == own.total and after.rated == before.rated + 1
    finally:
        net.clock.advance(-3 * 24 * 60)


def test_branches_keep_working_while_head_office_is_away_and_it_catches_up(network):
    net = network
    before = {code: len(rows(net.hq, "tickets", code)) for code in net.branches}
    net.clusters["HQ"].halt()
    try:
        for n, (code, hall) in enumerate(net.branches.items()):
            traffic(hall, net.clock, 10, seed=n)                    # issuing and calling go on
            tickets.issue_ticket(hall, "A")
    finally:
        net.clusters["HQ"].resume()
    net.hq.db.dispose()
    took = wait_until(lambda: everything_arrived(net), "head office caught up after its outage")
    after = {code: len(rows(net.hq, "tickets", code)) for code in net.branches}
    assert after == {code: before[code] + 11 for code in net.branches}, f"caught up in {took:.1f} s"
    with net.hq.db.connect(write=False) as conn:        # nothing twice: one row per branch and id
        assert conn.execute(sa.text("SELECT count(*) - count(DISTINCT (branch, id)) FROM events")).scalar() == 0


def fill_wal(hall, megabytes: int) -> None:
    """Write more WAL than the branch keeps for an absent head office, and checkpoint."""
    with hall.db.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(sa.text("CREATE TABLE IF NOT EXISTS filler (n int)"))
        for n in range(megabytes):
            conn.execute(sa.text("INSERT INTO filler VALUES (:n)"), {"n": n})
            conn.execute(sa.text("SELECT pg_switch_wal()"))
        conn.execute(sa.text("CHECKPOINT"))


def test_a_branch_whose_slot_was_lost_is_found_and_copied_afresh(network):
    net = network
    b02 = net.branches["B02"]
    net.clusters["HQ"].halt()
    try:
        traffic(b02, net.clock, 6, seed=3)
        fill_wal(b02, 12)                                    # 12 MB against an allowance of 4
        traffic(net.branches["B01"], net.clock, 3)
    finally:
        net.clusters["HQ"].resume()
    net.hq.db.dispose()
    states = {s.code: s for s in head_office.statuses(net.hq)}
    assert states["B02"].state == head_office.LOST and "hq rebuild B02" in states["B02"].problem
    assert states["B01"].state != head_office.LOST
    rebuilt = head_office.rebuild(net.hq)                   # every branch whose slot was lost
    assert rebuilt == [{"branch": "B02", "was": "lost"}]
    wait_until(lambda: everything_arrived(net), "B02 copied afresh, B01 caught up")
    wait_until(lambda: {s.state for s in head_office.statuses(net.hq)} == {head_office.STREAMING},
               "both streaming again")
    traffic(b02, net.clock, 2)                              # and its changes flow again
    wait_until(lambda: everything_arrived(net), "B02's new tickets at head office")
    span = period("day", net.clock.now.date())
    assert reports.build(net.hq, span, branches=["B02"]).total == reports.build(b02, span).total


def test_a_branch_on_another_schema_or_without_logical_replication_is_refused(network, pg_url):
    from queuedesk.domain.errors import QueueError
    from tests.support.branches import branch_hall

    net = network
    cluster = net.clusters["B01"]
    other = branch_hall(cluster.create_database("older"), net.clock, "B09", "九")
    with other.db.connect(write=True) as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0014'"))
    with pytest.raises(QueueError) as refused:
        head_office.add_branch(net.hq, "B09", cluster.conninfo("older"))
    assert refused.value.code == "schema_differs" and "upgrade the branch" in str(refused.value)
    with pytest.raises(QueueError) as wrong:
        head_office.add_branch(net.hq, "B07", net.conninfo("B01"))
    assert wrong.value.code == "wrong_branch"
    plain = branch_hall(pg_url, net.clock, "B08", "八")          # the session's server: wal_level replica
    from sqlalchemy.engine import make_url
    url = make_url(pg_url)
    with pytest.raises(QueueError) as cannot:
        head_office.add_branch(net.hq, "B08", f"host={url.host} port={url.port} dbname={url.database} "
                                              f"user={url.username}")
    assert cannot.value.code == "branch_not_publishing"
    other.db.dispose()
    plain.db.dispose()
    assert [b.code for b in head_office.statuses(net.hq)] == ["B01", "B02"]


def test_removing_a_branch_keeps_its_figures_unless_asked(network):
    net = network
    span = period("day", net.clock.now.date())
    before = reports.build(net.hq, span, branches=["B01"]).total
    result = head_office.remove_branch(net.hq, "B01")
    assert result["note"] is None                           # its slot was dropped at the branch
    with net.branches["B01"].db.connect(write=False) as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM pg_replication_slots")).scalar() == 0
    assert [b.code for b in head_office.statuses(net.hq)] == ["B02"]
    assert reports.build(net.hq, span, branches=["B01"]).total == before      # its past still counts
    head_office.remove_branch(net.hq, "B02", delete_data=True)
    with net.hq.read() as uow:
        assert uow.branches.codes() == ["B01"]
    assert rows(net.hq, "tickets", "B02") == set()
