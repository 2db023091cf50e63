"""The floor: call-next and issue hand-written in raw SQL, for queuedesk to be measured against.

Same schema as queuedesk (its tables, the partial index on the plain waiting queue, the
kept waiting counts) and the same guarantees for what the benchmark does — one service,
plain tickets, one counter per process:

- every action is one durable transaction (synchronous commit; SQLite synchronous=FULL
  in WAL mode, as queuedesk opens it);
- every action writes one event row, with ids in commit order (the event lock taken as
  the last step on PostgreSQL; SQLite's write lock is the whole transaction);
- PostgreSQL: NOTIFY to the readers, the next ticket claimed with FOR UPDATE SKIP LOCKED
  through the partial index, the counter row locked first;
- issue: the daily number taken by one atomic upsert, the people ahead and the wait
  estimate (mean of the service's last 20 service times, open counters) computed for the
  ticket, as a kiosk must print them;
- call next: the counter's current customer finished in the same transaction, before
  the next one is claimed (a claim may lock a ticket another counter called a moment
  ago; finishing first means no counter ever waits for such a lock while holding one
  the other needs).

Written the way a careful engineer would write it by hand without any framework: each
PostgreSQL action is ONE statement in its own transaction (one round trip); each SQLite
action a few statements inside BEGIN IMMEDIATE … COMMIT.
"""
from __future__ import annotations

import secrets
import sqlite3
from datetime import date, datetime, timezone

EVENT_LOCK = 0x51D35C            # queuedesk's (store.event_log.EVENT_LOCK)
NOTIFY_CHANNEL = "queuedesk_events"
RECENT = 20

PLAIN = "priority = 'normal' AND NOT head_of_queue AND target_counter IS NULL"

PG_CALL_NEXT = f"""
WITH counter AS (
    SELECT number FROM counters WHERE number = %(counter)s AND state = 'open' FOR UPDATE
), finished AS (
    UPDATE tickets SET state = 'done', finished_at = %(now)s, started_at = coalesce(started_at, called_at)
    WHERE counter = (SELECT number FROM counter) AND business_date = %(day)s AND state IN ('called', 'serving')
    RETURNING id
), next AS (
    SELECT id FROM tickets
    WHERE state = 'waiting' AND business_date = %(day)s AND service = %(service)s AND {PLAIN}
      AND EXISTS (SELECT 1 FROM counter) AND (SELECT count(*) FROM finished) >= 0
    ORDER BY queued_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
), called AS (
    UPDATE tickets SET state = 'called', counter = %(counter)s, called_at = %(now)s
    WHERE id = (SELECT id FROM next) RETURNING id, number, service, queued_at
), counted AS (
    UPDATE queue_counts SET waiting = waiting - 1
    WHERE business_date = %(day)s AND service = (SELECT service FROM called) RETURNING waiting
), event AS (
    INSERT INTO events (at, type, version, ticket_id, ticket_number, service, counter, payload)
    SELECT %(now)s, 'ticket_called', 1, called.id, called.number, called.service, %(counter)s,
           json_build_object('how', 'next', 'waiting', counted.waiting, 'priority', 'normal',
                             'waited_min', round((extract(epoch FROM %(now)s - called.queued_at) / 60)::numeric, 2),
                             'finished', (SELECT id FROM finished))::text
    FROM called, counted, (SELECT pg_advisory_xact_lock({EVENT_LOCK})) AS event_lock
    RETURNING id
)
SELECT called.number, pg_notify('{NOTIFY_CHANNEL}', event.id::text) FROM called, event
"""

PG_ISSUE = f"""
WITH sequence AS (
    INSERT INTO daily_sequences (service, business_date, last_number) VALUES (%(service)s, %(day)s, 1)
    ON CONFLICT (service, business_date) DO UPDATE SET last_number = daily_sequences.last_number + 1
    RETURNING last_number
), recent AS (
    SELECT avg(extract(epoch FROM finished_at - started_at) / 60) AS mean, count(*) AS n FROM (
        SELECT started_at, finished_at FROM tickets
        WHERE state = 'done' AND service = %(service)s AND business_date = %(day)s
        ORDER BY finished_at DESC LIMIT {RECENT}) AS last
), open_counters AS (
    SELECT greatest(count(*), 1) AS n FROM counters WHERE state = 'open' AND services LIKE '%%' || %(service)s || '%%'
), counted AS (
    INSERT INTO queue_counts (business_date, service, waiting) VALUES (%(day)s, %(service)s, 1)
    ON CONFLICT (business_date, service) DO UPDATE SET waiting = queue_counts.waiting + 1
    RETURNING waiting
), ticket AS (
    INSERT INTO tickets (number, service, business_date, sequence, token, priority, state, channel, issued_at,
                         queued_at, recalls, head_of_queue, estimated_wait_min)
    SELECT %(prefix)s || lpad(sequence.last_number::text, 4, '0'), %(service)s, %(day)s, sequence.last_number,
           %(token)s, 'normal', 'waiting', 'kiosk', %(now)s, %(now)s, 0, false,
           round(((counted.waiting - 1) * CASE WHEN recent.n >= 3 THEN recent.mean ELSE 5 END
                  / open_counters.n)::numeric, 1)
    FROM sequence, counted, recent, open_counters
    RETURNING id, number, estimated_wait_min
), event AS (
    INSERT INTO events (at, type, version, ticket_id, ticket_number, service, payload)
    SELECT %(now)s, 'ticket_issued', 1, ticket.id, ticket.number, %(service)s,
           json_build_object('priority', 'normal', 'channel', 'kiosk', 'position', counted.waiting - 1,
                             'estimated_wait_min', ticket.estimated_wait_min, 'waiting', counted.waiting)::text
    FROM ticket, counted, (SELECT pg_advisory_xact_lock({EVENT_LOCK})) AS event_lock
    RETURNING id
)
SELECT ticket.number, counted.waiting - 1, pg_notify('{NOTIFY_CHANNEL}', event.id::text) FROM ticket, counted, event
"""


def _utc(moment: datetime) -> str:
    """A time as queuedesk keeps it in SQLite (naive UTC text)."""
    return moment.astimezone(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")


class PostgresFloor:
    def __init__(self, url: str, counter: int, service: str = "A", day: date | None = None):
        import psycopg

        self.conn = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
        self.counter, self.service = counter, service
        self.day = day

    def call_next(self) -> str | None:
        row = self.conn.execute(PG_CALL_NEXT, {"counter": self.counter, "day": self.day, "service": self.service,
                                               "now": datetime.now(timezone.utc)}).fetchone()
        return row[0] if row else None

    def issue(self) -> str:
        row = self.conn.execute(PG_ISSUE, {"service": self.service, "prefix": self.service, "day": self.day,
                                           "token": secrets.token_hex(16), "now": datetime.now(timezone.utc)}
                                ).fetchone()
        return row[0]

    def close(self) -> None:
        self.conn.close()


class SqliteFloor:
    def __init__(self, path: str, counter: int, service: str = "A", day: date | None = None):
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=15)
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "busy_timeout=15000", "foreign_keys=ON"):
            self.conn.execute(f"PRAGMA {pragma}")
        self.counter, self.service = counter, service
        self.day = day.isoformat()

    def call_next(self) -> str | None:
        c, now = self.conn, _utc(datetime.now(timezone.utc))
        c.execute("BEGIN IMMEDIATE")
        try:
            if c.execute("SELECT state FROM counters WHERE number = ?", (self.counter,)).fetchone()[0] != "open":
                raise RuntimeError("counter not open")
            finished = c.execute(
                "UPDATE tickets SET state = 'done', finished_at = ?, started_at = coalesce(started_at, called_at) "
                "WHERE counter = ? AND business_date = ? AND state IN ('called', 'serving') RETURNING id",
                (now, self.counter, self.day)).fetchone()
            called = c.execute(
                "UPDATE tickets SET state = 'called', counter = ?, called_at = ? WHERE id = ("
                f"SELECT id FROM tickets WHERE state = 'waiting' AND business_date = ? AND service = ? AND {PLAIN} "
                "ORDER BY queued_at, id LIMIT 1) RETURNING id, number, queued_at",
                (self.counter, now, self.day, self.service)).fetchone()
            if called is None:
                c.execute("COMMIT")
                return None
            waiting = c.execute("UPDATE queue_counts SET waiting = waiting - 1 WHERE business_date = ? "
                                "AND service = ? RETURNING waiting", (self.day, self.service)).fetchone()[0]
            waited = (datetime.fromisoformat(now) - datetime.fromisoformat(called[2])).total_seconds() / 60
            c.execute("INSERT INTO events (at, type, version, ticket_id, ticket_number, service, counter, payload) "
                      "VALUES (?, 'ticket_called', 1, ?, ?, ?, ?, json_object('how', 'next', 'waiting', ?, "
                      "'priority', 'normal', 'waited_min', ?, 'finished', ?))",
                      (now, called[0], called[1], self.service, self.counter, waiting, round(waited, 2),
                       finished[0] if finished else None))
            c.execute("COMMIT")
            return called[1]
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def issue(self) -> str:
        c, now = self.conn, _utc(datetime.now(timezone.utc))
        c.execute("BEGIN IMMEDIATE")
        try:
            sequence = c.execute(
                "INSERT INTO daily_sequences (service, business_date, last_number) VALUES (?, ?, 1) "
                "ON CONFLICT (service, business_date) DO UPDATE SET last_number = last_number + 1 "
                "RETURNING last_number", (self.service, self.day)).fetchone()[0]
            mean, n = c.execute(
                "SELECT avg((julianday(finished_at) - julianday(started_at)) * 1440), count(*) FROM ("
                "SELECT started_at, finished_at FROM tickets WHERE state = 'done' AND service = ? "
                f"AND business_date = ? ORDER BY finished_at DESC LIMIT {RECENT})", (self.service, self.day)).fetchone()
            counters = c.execute("SELECT count(*) FROM counters WHERE state = 'open' AND services LIKE ?",
                                 (f"%{self.service}%",)).fetchone()[0]
            waiting = c.execute(
                "INSERT INTO queue_counts (business_date, service, waiting) VALUES (?, ?, 1) "
                "ON CONFLICT (business_date, service) DO UPDATE SET waiting = waiting + 1 RETURNING waiting",
                (self.day, self.service)).fetchone()[0]
            ahead = waiting - 1
            wait = round(ahead * (mean if n >= 3 else 5.0) / max(counters, 1), 1)
            number = f"{self.service}{sequence:04d}"
            ticket_id = c.execute(
                "INSERT INTO tickets (number, service, business_date, sequence, token, priority, state, channel, "
                "issued_at, queued_at, recalls, head_of_queue, estimated_wait_min) "
                "VALUES (?, ?, ?, ?, ?, 'normal', 'waiting', 'kiosk', ?, ?, 0, 0, ?) RETURNING id",
                (number, self.service, self.day, sequence, secrets.token_hex(16), now, now, wait)).fetchone()[0]
            c.execute("INSERT INTO events (at, type, version, ticket_id, ticket_number, service, payload) "
                      "VALUES (?, 'ticket_issued', 1, ?, ?, ?, json_object('priority', 'normal', 'channel', 'kiosk', "
                      "'position', ?, 'estimated_wait_min', ?, 'waiting', ?))",
                      (now, ticket_id, number, self.service, ahead, wait, waiting))
            c.execute("COMMIT")
            return number
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()


def floor_for(url: str, counter: int, service: str = "A", day: date | None = None):
    if url.startswith("sqlite"):
        return SqliteFloor(url.split("///", 1)[1], counter, service, day)
    return PostgresFloor(url, counter, service, day)


def ensure_schema(engine) -> None:
    """What the floor needs beyond an older queuedesk schema (a no-op on the current one):
    the kept waiting counts and the partial index on the plain waiting queue."""
    import sqlalchemy as sa

    with engine.begin() as conn:
        if not sa.inspect(conn).has_table("queue_counts"):
            conn.execute(sa.text("CREATE TABLE queue_counts (business_date DATE NOT NULL, service VARCHAR(16) "
                                 "NOT NULL, waiting INTEGER NOT NULL, PRIMARY KEY (business_date, service))"))
            conn.execute(sa.text("INSERT INTO queue_counts SELECT business_date, service, count(*) FROM tickets "
                                 "WHERE state = 'waiting' GROUP BY business_date, service"))
        conn.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_tickets_plain_queue ON tickets "
                             f"(business_date, service, queued_at, id) WHERE state = 'waiting' AND {PLAIN}"))
