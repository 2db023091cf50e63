"""Ratings and complaints in the store, on SQLite and PostgreSQL: the migration, and one
rating per visit when two channels rate it at the same moment."""
import threading

import sqlalchemy as sa
from alembic import command

from queuedesk.config import Config
from queuedesk.domain import events
from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Service
from queuedesk.operations import calling, counters, ratings, setup, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database
from queuedesk.store.event_log import read_events
from tests.support.halls import names, one_counter_hall


def test_the_migration_adds_the_tables_to_a_hall_of_the_previous_schema_and_goes_back(db_url):
    db = Database(db_url)
    if db.is_sqlite:
        db.sqlite_connection(create=True).close()
    with db.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0002")
    hall = Hall(db, Config())
    assert migrate.current_revision(db) == "0002"
    migrate.upgrade(db)
    assert migrate.is_current(db)
    with db.engine.connect() as conn:
        assert {"ratings", "complaints"} <= set(sa.inspect(conn).get_table_names())
    setup.add_service(hall, Service("A", names("现金", "Cash"), "A"))
    setup.add_counter(hall, 1, ["A"])
    counters.open_counter(hall, 1)
    tickets.issue_ticket(hall, "A")
    number = calling.call_next(hall, 1).number
    calling.finish(hall, 1)
    assert ratings.rate_ticket(hall, number, 5).score == 5
    with db.engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0002")
    with db.engine.connect() as conn:
        assert not {"ratings", "complaints"} & set(sa.inspect(conn).get_table_names())
    db.dispose()


def test_two_channels_rating_one_visit_at_once_record_one_rating(db_url):
    hall = one_counter_hall(db_url)
    db = hall.db
    tickets.issue_ticket(hall, "A")
    number = calling.call_next(hall, 1).number
    calling.finish(hall, 1)
    start = threading.Barrier(4)
    outcomes = []

    def rate(score):
        client = Hall(Database(db_url), Config())        # its own connections, as another device
        start.wait()
        try:
            outcomes.append(ratings.rate_ticket(client, number, score, channel="keypad").score)
        except QueueError as exc:
            outcomes.append(exc.code)
        finally:
            client.db.dispose()

    threads = [threading.Thread(target=rate, args=(s,)) for s in (5, 4, 3, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sorted(o for o in outcomes if isinstance(o, str)) == ["already_rated"] * 3
    given = [e for e in read_events(db) if isinstance(e, events.RatingGiven)]
    assert len(given) == 1 and [r.score for r in ratings.ratings_on(hall)] == [given[0].score]
    db.dispose()
