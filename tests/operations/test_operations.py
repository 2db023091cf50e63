"""Use cases against a real database, on SQLite and PostgreSQL alike."""
import pytest

from queuedesk.domain.errors import (
    AlreadyExists,
    CounterNotOpen,
    InvalidTransition,
    NoCurrentTicket,
    NotAllowed,
    QueueError,
    ServiceClosed,
    UnknownCounter,
    UnknownService,
    UnknownTicket,
)
from queuedesk.domain.model import Priority, Role, Service
from queuedesk.operations import calling, counters, day, queries, setup, tickets
from queuedesk.store.event_log import read_events
from tests.support.halls import names


def issue(hall, code="A", **kw):
    return tickets.issue_ticket(hall, code, **kw)


def test_numbers_run_per_service_and_restart_next_business_day(hall, clock):
    assert [issue(hall).number for _ in range(3)] == ["A001", "A002", "A003"]
    assert issue(hall, "B").number == "B001"
    clock.advance(24 * 60)
    assert issue(hall).number == "A001"


def test_issued_ticket_has_position_estimate_and_unguessable_token(hall):
    first = issue(hall)
    second = issue(hall)
    assert (first.position, second.position) == (0, 1)
    # Two open counters serve A and nobody is at them: one ahead is no wait at all.
    assert second.wait["kind"] == "no_wait" and second.estimated_wait_min == 0
    calling.call_next(hall, 1)
    calling.call_next(hall, 2)
    # Both counters busy, nobody ahead: most of a 4-minute service, at one of two counters.
    third = issue(hall)
    assert third.wait["kind"] == "wait" and third.estimated_wait_min == pytest.approx(round(2 / 3 * 4 / 2, 1))
    assert third.wait["low"] <= third.estimated_wait_min <= third.wait["high"]
    assert len(second.token) == 32 and second.token != first.token


def test_call_next_follows_routing_and_auto_finishes(hall, clock):
    a1 = issue(hall, "A")
    clock.advance(1)
    issue(hall, "B")
    vip = issue(hall, "B", priority=Priority.VIP)
    assert calling.call_next(hall, 1).number == vip.number
    calling.start_service(hall, 1)
    clock.advance(3)
    called = calling.call_next(hall, 1)
    assert called.number == a1.number
    assert tickets.show_ticket(hall, vip.number).state == "done"
    assert tickets.show_ticket(hall, vip.number).started_at is not None


def test_call_next_never_counts_a_customer_who_never_came_forward_as_served(hall):
    """Called, never started: by default the teller is asked (the desk asks), and their
    answer "did not come" makes it a no-show; nothing is ever recorded as served."""
    first = issue(hall)
    second = issue(hall)
    calling.call_next(hall, 1)
    with pytest.raises(QueueError) as refused:
        calling.call_next(hall, 1)
    assert refused.value.code == "not_started" and refused.value.params["ticket"] == first.number
    assert tickets.show_ticket(hall, first.number).state == "called"      # nothing happened
    assert calling.call_next(hall, 1, no_show_current=True).number == second.number
    assert tickets.show_ticket(hall, first.number).state == "no_show"


def test_a_hall_may_take_every_customer_called_and_not_started_as_a_no_show(hall):
    hall.config.set("hall.call_next_on_called", "no_show")
    first = issue(hall)
    issue(hall)
    calling.call_next(hall, 1)
    calling.call_next(hall, 1)
    assert tickets.show_ticket(hall, first.number).state == "no_show"


def test_empty_queue_gives_none(hall):
    assert calling.call_next(hall, 3) is None


def test_recall_limit_then_call_next_marks_no_show(hall):
    t = issue(hall)
    issue(hall)
    calling.call_next(hall, 1)
    for n in range(1, 4):
        assert calling.recall(hall, 1).recalls == n
    with pytest.raises(QueueError, match="recalled 3 times"):
        calling.recall(hall, 1)
    calling.call_next(hall, 1)
    assert tickets.show_ticket(hall, t.number).state == "no_show"


def test_serving_flow_and_wrong_state_errors(hall):
    issue(hall)
    with pytest.raises(NoCurrentTicket, match="counter 1 has no current ticket to finish"):
        calling.finish(hall, 1)
    calling.call_next(hall, 1)
    started = calling.start_service(hall, 1)
    assert started.state == "serving"
    with pytest.raises(InvalidTransition, match="cannot mark no-show"):
        calling.no_show(hall, 1)
    assert calling.finish(hall, 1).state == "done"


@pytest.mark.parametrize("policy", ["aging", "fifo", "service-order"])
def test_the_place_printed_on_a_new_ticket_is_its_place_in_the_queue(hall, clock, policy):
    """Issuing counts its place instead of reading the queue (routing.group_bound); the place
    printed must still be the one `ticket show` finds by ordering the whole queue:
    behind the overdue, those transferred in and the higher classes, ahead of the lower."""
    hall.config.set("hall.policy", policy)
    issue(hall, "C")                                   # will be overdue
    clock.advance(1)
    issue(hall, "C", priority=Priority.VIP)
    issue(hall, "C", priority=Priority.PRIORITY)
    clock.advance(1)
    issue(hall, "C")
    moved = issue(hall, "A")
    assert calling.call_next(hall, 1).number == moved.number
    calling.transfer(hall, 1, to_service="C")          # at the head of C
    clock.advance(22)                                  # C001 past 75 % of C's 30-minute maximum
    for priority in [*Priority, Priority.NORMAL]:
        new = issue(hall, "C", priority=priority)
        assert new.position == tickets.show_ticket(hall, new.number).position, priority
    # The emergency (C009) first; the last ordinary one (C010) behind all ten others (A001 too).
    assert [tickets.show_ticket(hall, n).position for n in ("C009", "C010")] == [0, 10]


def test_transfer_keeps_number_and_goes_to_head_of_target_queue(hall, clock):
    issue(hall, "C")                   # C001 has been waiting at C
    clock.advance(5)
    t = issue(hall, "A")
    assert calling.call_next(hall, 1).number == t.number
    moved = calling.transfer(hall, 1, to_service="C", note="需要对公开户")
    assert moved.number == t.number and moved.service == "C" and moved.note == "需要对公开户"
    assert moved.position == 0                     # ahead of C001, issued earlier
    assert calling.call_next(hall, 3).number == t.number
    first_leg = [e for e in read_events(hall.db) if e.type == "ticket_transferred"][0]
    assert first_leg.payload["to_service"] == "C" and first_leg.counter == 1


def test_transfer_to_a_counter_only_that_counter_calls_it(hall):
    t = issue(hall, "A")
    issue(hall, "A")
    calling.call_next(hall, 1)
    calling.transfer(hall, 1, to_counter=2, note="VIP follow-up")
    assert calling.call_next(hall, 1).number != t.number
    assert calling.call_next(hall, 2).number == t.number


def test_park_and_unpark(hall):
    t = issue(hall)
    calling.call_next(hall, 1)
    assert calling.park(hall, 1).state == "parked"
    assert [p.number for p in queries.parked_at(hall, 1)] == [t.number]
    assert queries.counter_status(hall, 1)[1] is None
    with pytest.raises(NotAllowed):
        calling.unpark(hall, 2, t.number)
    assert calling.unpark(hall, 1, t.number).state == "called"


def test_pick_a_specific_ticket_is_audited(hall):
    issue(hall)
    second = issue(hall)
    assert calling.call_ticket(hall, 1, second.number).number == second.number
    event = [e for e in read_events(hall.db) if e.type == "ticket_called"][-1]
    assert event.payload["how"] == "pick" and event.ticket_number == second.number


def test_refusals_are_clear(hall):
    with pytest.raises(UnknownService, match="unknown service 'Z'"):
        issue(hall, "Z")
    with pytest.raises(UnknownCounter):
        calling.call_next(hall, 42)
    with pytest.raises(UnknownTicket):
        tickets.show_ticket(hall, "A999")
    counters.pause_counter(hall, 1, "break")
    with pytest.raises(CounterNotOpen, match="counter 1 is paused"):
        calling.call_next(hall, 1)
    setup.set_service_enabled(hall, "B", False)
    with pytest.raises(ServiceClosed, match="disabled"):
        issue(hall, "B")


def test_daily_cap_and_opening_hours(hall, clock):
    from queuedesk.domain.model import OpeningHours, Service
    setup.add_service(hall, Service("D", names("挂失", "Loss"), "D", daily_cap=2,
                                    hours=OpeningHours.parse("08:00-11:30")))
    issue(hall, "D"), issue(hall, "D")
    with pytest.raises(ServiceClosed, match="daily cap of 2"):
        issue(hall, "D")
    clock.advance(24 * 60 + 3 * 60)   # next day 13:00 local
    with pytest.raises(ServiceClosed, match="opening hours"):
        issue(hall, "D")


def test_idempotency_key_has_no_second_effect(hall):
    first = issue(hall, key="kiosk-1-tap-77")
    again = issue(hall, key="kiosk-1-tap-77")
    assert again.number == first.number
    assert [s.waiting for s in queries.services_status(hall) if s.code == "A"] == [1]
    assert int(issue(hall).number[1:]) == int(first.number[1:]) + 1     # the repeat took no number
    tickets.cancel_ticket(hall, f"A{int(first.number[1:]) + 1:03d}")
    called = calling.call_next(hall, 1, key="desk-1-click-5")
    assert calling.call_next(hall, 1, key="desk-1-click-5").number == called.number
    assert tickets.show_ticket(hall, first.number).state == "called"


def test_sign_in_checks_password_and_binds_the_counter(hall):
    setup.add_staff(hall, "li", Role.TELLER, "secret", name="李娜")
    counters.close_counter(hall, 1)
    with pytest.raises(NotAllowed, match="wrong user name or password"):
        counters.sign_in(hall, "li", "nope", 1)
    with pytest.raises(NotAllowed, match="wrong user name or password"):
        counters.sign_in(hall, "ghost", "secret", 1)
    member, status = counters.sign_in(hall, "li", "secret", 1)
    assert member.name == "李娜" and status.state == "open" and status.staff == "li"
    issue(hall)
    with pytest.raises(NotAllowed):
        calling.call_next(hall, 1, staff="wang")
    assert calling.call_next(hall, 1, staff="li") is not None
    with pytest.raises(QueueError, match="finish or transfer"):
        counters.sign_out(hall, "li", 1)
    calling.finish(hall, 1, staff="li")
    assert counters.sign_out(hall, "li", 1).state == "closed"
    types = [e.type for e in read_events(hall.db)]
    assert "staff_signed_in" in types and "staff_signed_out" in types


def test_passwords_are_stored_as_salted_slow_hashes(hall):
    import sqlalchemy as sa
    setup.add_staff(hall, "wang", Role.TELLER, "secret")
    setup.add_staff(hall, "zhao", Role.TELLER, "secret")
    with hall.db.connect(write=False) as conn:
        stored = [r[0] for r in conn.execute(sa.text("SELECT password_hash FROM staff"))]
    assert all(h.startswith("scrypt$") and "secret" not in h for h in stored)
    assert stored[0] != stored[1]


def test_close_day_expires_open_tickets_and_closes_counters(hall, clock):
    issue(hall), issue(hall)
    calling.call_next(hall, 1)
    result = day.close_day(hall)
    assert result["expired"] == 2 and result["counters_closed"] == 3
    assert {c.state for c in queries.counters_status(hall)} == {"closed"}
    clock.advance(24 * 60)
    assert issue(hall).number == "A001"


def test_every_change_is_in_the_event_log_in_order(hall):
    issue(hall)
    calling.call_next(hall, 1)
    calling.finish(hall, 1)
    log = read_events(hall.db)
    ids = [e.id for e in log]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert [e.type for e in log][-3:] == ["ticket_issued", "ticket_called", "ticket_finished"]
    assert log[-2].payload["waiting"] == 0


def test_failed_operation_leaves_nothing_half_done(hall):
    issue(hall)
    before = len(read_events(hall.db))
    with pytest.raises(NoCurrentTicket):
        calling.start_service(hall, 1)
    with pytest.raises(ServiceClosed):
        setup.set_service_enabled(hall, "A", False)
        issue(hall, "A")
    assert len(read_events(hall.db)) == before + 1   # only the service_disabled event
    with hall.read() as uow:
        assert uow.tickets.issued_count("A", hall.today()) == 1


def test_status_figures(hall, clock):
    issue(hall), issue(hall)
    clock.advance(12)
    status = {s.code: s for s in queries.services_status(hall)}
    assert status["A"].waiting == 2 and status["A"].longest_wait_min == pytest.approx(12)
    assert status["A"].open_counters == 2 and status["C"].waiting == 0
    order = queries.waiting_for_counter(hall, 1)
    assert [t.number for t in order] == ["A001", "A002"]


def test_a_prefix_that_would_number_like_another_service_is_refused(hall):
    # With two services both numbering A001, two customers would hold one number.
    for prefix in ("A", "A1", "B"):
        with pytest.raises(AlreadyExists, match=f"prefix {prefix} would number tickets as service"):
            setup.add_service(hall, Service("P", names("重复", "Twice"), prefix))
    assert "P" not in {s.code for s in queries.services_status(hall)}
    setup.add_service(hall, Service("P", names("个人外汇", "Foreign exchange"), "AB"))
    assert issue(hall, "P").number == "AB001" and issue(hall, "A").number == "A001"


def test_a_desks_shortened_list_is_the_head_of_the_whole_one(hall, clock):
    # Plain, priority and emergency tickets of both services, one sent to counter 1 and
    # one to counter 2, one called away meanwhile: the first few listed are the first few
    # of the whole queue in call-next order, each with all it shows.
    kinds = [Priority.NORMAL, Priority.PRIORITY, Priority.NORMAL, Priority.VIP, Priority.NORMAL, Priority.EMERGENCY]
    for n in range(18):
        issue(hall, "AB"[n % 2], priority=kinds[n % len(kinds)])
        clock.advance(1)
    for counter, to_counter in ((3, 1), (3, 2)):
        issue(hall, "C")
        calling.call_next(hall, counter)
        calling.transfer(hall, counter, to_counter=to_counter)
    calling.call_next(hall, 2)
    whole = queries.waiting_for_counter(hall, 1)
    for limit in (1, 5, 12, 40):
        shortened = queries.waiting_for_counter(hall, 1, limit=limit)
        assert [t.number for t in shortened] == [t.number for t in whole[:limit]]
        assert shortened == whole[:limit]       # token, channel, estimate, position: all of it
    assert len(whole) == 18 and whole[0].priority == "emergency"   # 18 + the one sent here − the one called
    assert [t.number for t in whole if t.number.startswith("C")] == ["C001"]


def test_one_teller_one_counter_and_only_the_holder_pauses(hall):
    setup.add_staff(hall, "li", Role.TELLER, "secret")
    counters.close_counter(hall, 1)
    counters.close_counter(hall, 2)
    counters.sign_in(hall, "li", "secret", 1)
    with pytest.raises(NotAllowed, match="already signed in at counter 1"):
        counters.sign_in(hall, "li", "secret", 2)
    with pytest.raises(NotAllowed):
        counters.pause_counter(hall, 1, "break", by="wang")
    assert counters.pause_counter(hall, 1, "break", by="li").pause_reason == "break"
    assert counters.resume_counter(hall, 1, by="li").state == "open"


def test_a_missing_sqlite_file_is_an_error_not_a_new_empty_hall(tmp_path):
    from queuedesk.store import migrate
    from queuedesk.store.database import Database, DatabaseError
    from queuedesk.store.event_log import last_event_id

    path = tmp_path / "hall.sqlite3"
    db = Database(f"sqlite:///{path}")
    with pytest.raises(DatabaseError, match="no database file at .*run: queuedesk init"):
        last_event_id(db)
    assert not path.exists()
    migrate.upgrade(db)
    assert last_event_id(db) == 0


def test_a_customer_left_called_overnight_is_not_at_the_counter_next_morning(hall, clock):
    issue(hall)
    calling.call_next(hall, 1)
    clock.advance(24 * 60)                       # nobody ran `day close`
    assert queries.counter_status(hall, 1)[1] is None
    assert [c.current for c in queries.counters_status(hall) if c.number == 1] == [None]
    fresh = issue(hall)
    assert calling.call_next(hall, 1).number == fresh.number == "A001"
    calling.finish(hall, 1)
    assert day.close_day(hall)["expired"] == 1   # yesterday's is closed with the day


def test_groups_of_services_are_the_kiosks_tabs(hall):
    from queuedesk.operations import queries

    setup.add_group(hall, "p", {"zh_CN": "个人", "en": "Personal"})
    setup.add_group(hall, "B", {"zh_CN": "对公"})
    setup.set_service_group(hall, "A", "P")
    setup.set_service_group(hall, "c", "b")
    assert [(g.code, g.names) for g in queries.groups(hall)] == [("P", {"zh_CN": "个人", "en": "Personal"}),
                                                                 ("B", {"zh_CN": "对公"})]
    assert {s.code: s.group for s in queries.services_status(hall)} == {"A": "P", "B": None, "C": "B"}
    with pytest.raises(QueueError, match="unknown group"):
        setup.set_service_group(hall, "B", "X")
    with pytest.raises(QueueError, match="already exists"):
        setup.add_group(hall, "P", {"en": "again"})
    setup.set_service_group(hall, "A", None)
    assert {s.code: s.group for s in queries.services_status(hall)}["A"] is None


def test_status_says_which_open_counters_serve_each_service(hall):
    from queuedesk.operations import counters, queries

    counters.close_counter(hall, 3)
    status = {s.code: s for s in queries.services_status(hall)}
    assert status["A"].serving == (1, 2) and status["C"].serving == () and status["C"].open_counters == 0


def test_the_hall_voice_sentence_is_checked_and_per_language(hall):
    from queuedesk.operations import texts

    with pytest.raises(QueueError, match="does not say the ticket"):
        texts.set_hall_text(hall, "voice", {"zh_CN": "请到 {place}"})
    with pytest.raises(QueueError, match="only"):
        texts.set_hall_text(hall, "voice", {"zh_CN": "请 {number} 号到 {room}"})
    # Sentences that passed before and then broke (or silenced) every announcement.
    for broken in ("{place:{number}}", "请 {{number}} 号", "{number!r} 号到 {place}", "{number.real}"):
        with pytest.raises(QueueError, match="does not say the ticket|only"):
            texts.set_hall_text(hall, "voice", {"en": broken})
    texts.set_hall_text(hall, "voice", {"zh_CN": "请 {number} 号到 {place} 就诊"})
    voice = texts.hall_texts(hall).voice
    assert voice.exact("zh_CN") == "请 {number} 号到 {place} 就诊"
    assert voice.exact("en") == hall.config["voice.template_en"]      # English keeps the settings' sentence
