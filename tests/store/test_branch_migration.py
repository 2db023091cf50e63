"""Migration 0019 and the publication: what a branch sends head office, defined once
and published as defined; a head office keyed by branch."""
import pytest
import sqlalchemy as sa
from alembic import command

from queuedesk.operations import branches, tickets
from queuedesk.store import migrate, publication
from queuedesk.store.database import Database
from queuedesk.store.schema import metadata


def test_every_column_of_a_published_table_is_published_or_withheld_on_purpose():
    """A new column of a published table must be published (a migration extends
    publication.AS_OF) or withheld: this fails until someone decides which."""
    for name, spec in publication.CURRENT.items():
        columns = {c.name for c in metadata.tables[name].columns}
        sent = set(spec.all)
        assert sent <= columns, name
        assert columns - sent == set(publication.WITHHELD.get(name, ())), name
        assert list(metadata.tables[name].primary_key.columns.keys()) == list(spec.key), name
    assert "password_hash" in publication.WITHHELD["staff"] and "token" in publication.WITHHELD["tickets"]
    assert not {"notices", "notice_requests", "requests", "report_cells"} & set(publication.CURRENT)


@pytest.mark.postgres
def test_a_branch_publishes_exactly_the_definition(pg_url):
    db = Database(pg_url)
    migrate.upgrade(db)
    with db.connect(write=False) as conn:
        published = {r.tablename: set(r.attnames) for r in conn.execute(sa.text(
            "SELECT tablename, attnames FROM pg_publication_tables WHERE pubname = 'queuedesk'"))}
        operations = conn.execute(sa.text("SELECT pubinsert, pubupdate, pubdelete, pubtruncate FROM pg_publication "
                                          "WHERE pubname = 'queuedesk'")).one()
        identities = dict(conn.execute(sa.text(
            "SELECT c.relname, i.relname FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid "
            "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indisreplident")).all())
    assert published == {name: set(spec.all) for name, spec in publication.CURRENT.items()}
    assert tuple(operations) == (True, True, True, False)          # never TRUNCATE at head office
    assert identities == {name: publication.unique_key_index(name) for name in publication.CURRENT}
    db.dispose()


def test_an_older_hall_upgrades_and_takes_its_code(db_url):
    """A hall of schema 0014 with tickets: its rows get the code it is given, and rows
    written after carry it too (PostgreSQL: the column default; SQLite: a trigger)."""
    db = Database(db_url)
    if db.is_sqlite:
        db.sqlite_connection(create=True).close()
    with db.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0014")
    migrate.upgrade(db)
    from queuedesk.config import Config
    from queuedesk.domain.model import Service
    from queuedesk.operations import setup
    from queuedesk.operations.hall import Hall
    from tests.support.halls import names

    hall = Hall(db, Config())
    setup.add_service(hall, Service("A", names("个人现金业务"), "A"))
    tickets.issue_ticket(hall, "A")
    branches.set_branch(hall, "GZ7")
    migrate.upgrade(db)                                 # again: nothing lost (defaults, triggers)
    tickets.issue_ticket(hall, "A")
    with db.connect(write=False) as conn:
        assert conn.execute(sa.text("SELECT branch, number FROM tickets ORDER BY id")).all() == \
            [("GZ7", "A001"), ("GZ7", "A002")]
        assert set(conn.execute(sa.text("SELECT DISTINCT branch FROM events")).scalars()) == {"GZ7"}
    db.dispose()


@pytest.mark.postgres
def test_a_head_office_keys_every_published_table_by_branch(pg_url):
    from queuedesk.config import Config
    from queuedesk.operations import head_office
    from queuedesk.operations.hall import Hall

    hall = Hall(Database(pg_url), Config())
    head_office.prepare(hall)
    head_office.prepare(hall)                          # again, as after an upgrade: the same
    with hall.db.connect(write=False) as conn:
        inspector = sa.inspect(conn)
        for name, spec in publication.CURRENT.items():
            assert inspector.get_pk_constraint(name)["constrained_columns"] == ["branch", *spec.key], name
            assert inspector.get_foreign_keys(name) == [], name
            assert all(i["column_names"][0] == "branch" for i in inspector.get_indexes(name)), name
        published = conn.execute(sa.text("SELECT count(*) FROM pg_publication")).scalar()
        triggers = dict(conn.execute(sa.text(
            "SELECT tgrelid::regclass::text, tgenabled FROM pg_trigger WHERE tgname = 'summary_stale'")).all())
    assert published == 0                                # head office publishes nothing
    assert triggers == {"tickets": "A", "ratings": "A", "events": "A"}   # they fire for replicated rows too
    hall.db.dispose()


def test_a_hall_with_bookings_upgrades_to_0022_keeps_them_and_stamps_its_code(db_url, clock):
    """A branch of schema 0021 (code GZ7) with Monday's bookings: after the upgrade they are
    GZ7's, counted by its report under GZ7, and bookings made after carry the code too."""
    from datetime import date, datetime, timezone

    from queuedesk.domain.periods import period
    from queuedesk.operations import appointments as booking
    from queuedesk.operations import reports
    from queuedesk.store.schema import appointments
    from tests.support.halls import three_counter_hall

    db = Database(db_url)
    if db.is_sqlite:
        db.sqlite_connection(create=True).close()
    monday = date(2026, 11, 23)
    slot = datetime(2026, 11, 23, 2, 30, tzinfo=timezone.utc)          # 10:30 in Shanghai
    at = lambda hh, mm: datetime(2026, 11, 23, hh, mm, tzinfo=timezone.utc)  # noqa: E731
    kept = [("CHECKED", "checked_in", "on_time", at(2, 5)), ("LATE", "checked_in", "late", at(2, 50)),
            ("MISSED", "no_show", None, None), ("GONE", "cancelled", None, None)]
    with db.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0021")
        conn.execute(sa.text("UPDATE identity SET branch = 'GZ7'"))
        conn.execute(appointments.insert(), [
            {"service": "A", "business_date": monday, "slot_start": slot, "slot_end": at(3, 0),
             "code": f"10000{n}", "phone_last4": "1234", "state": state, "booked_at": at(1, 0),
             "checked_in_at": checked_in_at, "arrival": arrival,
             "cancelled_at": at(1, 30) if state == "cancelled" else None}
            for n, (_name, state, arrival, checked_in_at) in enumerate(kept)])
    db.dispose()
    hall = three_counter_hall(db_url, clock)                             # upgrades to the head
    with db.connect(write=False) as conn:
        assert conn.execute(sa.text("SELECT branch, code, state FROM appointments ORDER BY id")).all() == \
            [("GZ7", f"10000{n}", state) for n, (_name, state, _a, _c) in enumerate(kept)]
    report = reports.build(hall, period("day", monday), ("branch",))
    gz7 = {row.key[0]: row.figures for row in report.rows}["GZ7"]
    assert gz7.appointment_punctuality == 0.5 and gz7.appointment_no_show_rate == 1 / 3
    booking.set_bookable(hall, "B", slot_minutes=30, capacity=5, horizon_days=7)
    booking.book(hall, "B", datetime(2026, 11, 24, 10, 30))
    with db.connect(write=False) as conn:
        assert set(conn.execute(sa.text("SELECT DISTINCT branch FROM appointments")).scalars()) == {"GZ7"}
    db.dispose()


@pytest.mark.postgres
def test_a_head_office_of_0021_upgrades_and_keys_the_bookings_by_branch(pg_url):
    """Head office is upgraded first: its new appointments table is keyed (branch, id) like
    the others, it still publishes nothing, and the tables it had keep the indexes they had."""
    from queuedesk.store import head_office

    db = Database(pg_url)
    with db.engine.begin() as conn:                      # a head office as queuedesk 0021 made it
        command.upgrade(migrate.alembic_config(conn), "0021")
        head_office.mark(conn)
        publication.withdraw(conn)
        for name, spec in publication.AS_OF["0019"].items():
            head_office._key_by_branch(conn, sa.inspect(conn), name, spec)

    def indexes(conn):
        return {(t, i["name"]) for t in publication.AS_OF["0019"] for i in sa.inspect(conn).get_indexes(t)}

    with db.connect(write=False) as conn:
        before = indexes(conn)
    migrate.upgrade(db)
    with db.connect(write=False) as conn:
        inspector = sa.inspect(conn)
        assert inspector.get_pk_constraint("appointments")["constrained_columns"] == ["branch", "id"]
        assert all(i["column_names"][0] == "branch" for i in inspector.get_indexes("appointments"))
        assert {tuple(u["column_names"]) for u in inspector.get_unique_constraints("appointments")} == \
            {("branch", "business_date", "code")}
        assert conn.execute(sa.text("SELECT count(*) FROM pg_publication")).scalar() == 0
        assert indexes(conn) == before                   # no second (branch, key) index on a big table
    db.dispose()
