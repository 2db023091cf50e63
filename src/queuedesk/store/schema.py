"""Tables. Times are stored as UTC; the business date is the branch's local date."""
from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out, whatever the database keeps."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


# SQLite only makes INTEGER PRIMARY KEY an auto-increment alias; PostgreSQL wants bigint.
Id = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()


def branch_column() -> Column:
    """The branch's code, on every row head office receives (store/publication.py) and on
    the report summaries: rows of many branches meet at head office keyed by it and their
    own id. A branch stamps its own code (`init --branch`); '' until it has one."""
    return Column("branch", String(16), nullable=False, server_default="")


services = Table(
    "services", metadata,
    Column("code", String(16), primary_key=True),
    Column("prefix", String(8), nullable=False),
    Column("number_width", Integer, nullable=False, default=3),
    Column("hours", String(200), nullable=False, default=""),
    Column("daily_cap", Integer),
    Column("target_wait_min", Float, nullable=False, default=10),
    Column("max_wait_min", Float, nullable=False, default=20),
    Column("expected_service_min", Float, nullable=False, default=5),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("sort_order", Integer, nullable=False, default=0),
    Column("group_code", String(16)),      # its kiosk tab (service_groups.code), if any
    branch_column(),
)

# Groups of business types: the kiosk's tabs ("个人" / "对公"), in the hall's order.
service_groups = Table(
    "service_groups", metadata,
    Column("code", String(16), primary_key=True),
    Column("sort_order", Integer, nullable=False, default=0),
    branch_column(),
)

counters = Table(
    "counters", metadata,
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("services", String(400), nullable=False),   # codes in order, comma separated
    Column("state", String(16), nullable=False, default="closed"),
    Column("pause_reason", String(200)),
    Column("staff", String(64)),
    # Renewed by the teller's desk every few seconds; past it the desk is gone (crashed,
    # switched off) and the counter is unattended. NULL: no desk holds it (a script opened it).
    Column("lease_until", UTCDateTime),
    branch_column(),
)

# Texts the hall keeps per language (code of domain.languages: zh_CN, zh_TW, en).
service_names = Table(
    "service_names", metadata,
    Column("service", String(16), ForeignKey("services.code", ondelete="CASCADE"), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("name", String(100), nullable=False),
    branch_column(),
)

service_group_names = Table(
    "service_group_names", metadata,
    Column("group_code", String(16), ForeignKey("service_groups.code", ondelete="CASCADE"), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("name", String(100), nullable=False),
    branch_column(),
)

counter_names = Table(
    "counter_names", metadata,
    Column("counter", Integer, ForeignKey("counters.number", ondelete="CASCADE"), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("name", String(100), nullable=False),
    branch_column(),
)

# The branch name, the lobby notice and the ticket footer.
hall_texts = Table(
    "hall_texts", metadata,
    Column("key", String(32), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("text", String(500), nullable=False),
    branch_column(),
)

staff = Table(
    "staff", metadata,
    Column("user", String(64), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("staff_number", String(32)),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(300), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    # Five wrong passwords in a row lock the account for a while (operations.counters).
    Column("failed_signins", Integer, nullable=False, server_default="0"),
    Column("locked_until", UTCDateTime),
    branch_column(),
)

# Hashes of the hall's other secrets (the kiosks' staff PIN): never the secret itself.
secrets = Table(
    "secrets", metadata,
    Column("key", String(32), primary_key=True),
    Column("hash", String(300), nullable=False),
)

# The queue's partial indexes, and the predicates that select them. A query must state
# the predicate exactly as written here (SQLite uses a partial index only when the query
# repeats its terms; PostgreSQL, with literals rather than parameters).
#: Waiting in their service's queue, indexed by routing's groups (domain.routing.GROUPS:
#: priority, transferred in), in each of which routing calls the oldest first.
WAITING = "state = 'waiting' AND target_counter IS NULL"
#: Waiting for one counter only (transferred to it): few.
TARGETED = "state = 'waiting' AND target_counter IS NOT NULL"
#: At a counter, or parked at one.
AT_COUNTER = "state IN ('called', 'serving', 'parked')"
#: Served: what a teller's figures of the day count.
SERVED = "state IN ('done', 'no_show', 'transferred')"
DONE = "state = 'done'"


def _partial(name: str, *columns: str, where: str) -> Index:
    """A partial index, as migration 0012 creates it (`where` kept in its info: giving it as
    sqlite_where/postgresql_where would load both dialects with every command)."""
    return Index(name, *columns, info={"where": where})


tickets = Table(
    "tickets", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("number", String(16), nullable=False),
    Column("service", String(16), nullable=False),
    Column("business_date", Date, nullable=False),
    Column("sequence", Integer, nullable=False),
    Column("token", String(32), nullable=False, unique=True),
    Column("priority", String(16), nullable=False),
    Column("state", String(16), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("issued_at", UTCDateTime, nullable=False),
    Column("queued_at", UTCDateTime),
    Column("called_at", UTCDateTime),
    Column("started_at", UTCDateTime),
    Column("finished_at", UTCDateTime),
    Column("counter", Integer),
    Column("staff", String(64)),
    Column("recalls", Integer, nullable=False, default=0),
    Column("note", Text),
    Column("transferred_from", Id),
    Column("target_counter", Integer),
    Column("head_of_queue", Boolean, nullable=False, default=False),
    Column("estimated_wait_min", Float),
    Column("first_called_at", UTCDateTime),
    branch_column(),
    Index("ix_tickets_day_number", "business_date", "number"),
    _partial("ix_tickets_waiting", "business_date", "service", "priority", "head_of_queue", "queued_at", "id",
             where=WAITING),
    _partial("ix_tickets_targeted", "business_date", "target_counter", where=TARGETED),
    # By counter, newest first: the customer at a counter is found without stepping over
    # every ticket it ever called (left behind by each finish until vacuum comes).
    _partial("ix_tickets_at_counter", "counter", "id", where=AT_COUNTER),
    _partial("ix_tickets_done", "service", "business_date", "finished_at", where=DONE),   # recent service times
    _partial("ix_tickets_served", "staff", "business_date", where=SERVED),
    _partial("ix_tickets_transferred_from", "transferred_from", where="transferred_from IS NOT NULL"),
    # Reports: a day's legs counter by counter in call order (idle time between calls).
    Index("ix_tickets_day_counter_call", "business_date", "counter", "first_called_at"),
)

# How many wait in each service's queue that day, kept by every change instead of counted
# (a count over the queue grows with it). Written only at the end of a transaction, under
# the event lock, with the events that report it (store.event_log).
queue_counts = Table(
    "queue_counts", metadata,
    Column("business_date", Date, primary_key=True),
    Column("service", String(16), primary_key=True),
    Column("waiting", Integer, nullable=False),
)

daily_sequences = Table(
    "daily_sequences", metadata,
    Column("service", String(16), primary_key=True),
    Column("business_date", Date, primary_key=True),
    Column("last_number", Integer, nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime, nullable=False),
    Column("type", String(32), nullable=False),
    Column("version", SmallInteger, nullable=False, server_default="1"),   # of the type's payload
    Column("ticket_id", Id),
    Column("ticket_number", String(16)),
    Column("service", String(16)),
    Column("counter", Integer),
    Column("staff", String(64)),
    Column("actor", String(80)),                 # who did it (see domain.access.Actor)
    Column("actor_role", String(16)),
    Column("audited", Boolean, nullable=False, server_default=sa.false()),
    Column("payload", Text, nullable=False, default="{}"),
    Index("ix_events_type", "type", "id"),    # a day's calls without reading its issues
    Index("ix_events_audited", "audited", "id"),
    branch_column(),
    # Reports: when each counter opened and closed.
    Index("ix_events_counter_at", "counter", "at"),
)

# Idempotency keys: a repeated request (double tap, retried click) returns the first result.
# A key is bound to the request it was first used for (its fingerprint) and to a business
# day; `day close` and age purge them.
requests = Table(
    "requests", metadata,
    Column("key", String(100), primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("ticket_id", Id),
    Column("fingerprint", String(64), nullable=False, server_default=""),
    Index("ix_requests_at", "at"),
)

# Which database this is (an id stamped once by `init`) and which copy of it: `db restore`
# bumps the generation, so every running client knows to read the hall afresh.
identity = Table(
    "identity", metadata,
    Column("id", String(32), primary_key=True),
    Column("generation", Integer, nullable=False, default=1),
    Column("branch", String(16), nullable=False, server_default=""),    # this hall's branch code
    # A head office (`queuedesk hq init`) receives many branches' rows; it is no hall.
    Column("head_office", Boolean, nullable=False, server_default=sa.false()),
)

# Head office: the branches it hears from, by replication (a subscription of its own) or
# by the day files of branches that cannot publish (SQLite).
hq_branches = Table(
    "hq_branches", metadata,
    Column("code", String(16), primary_key=True),
    Column("source", String(16), nullable=False),          # replication | import
    Column("subscription", String(63)),                    # replication: its name here
    Column("added_at", UTCDateTime, nullable=False),
    Column("database", String(32)),                        # the branch database's identity id
    Column("last_day", Date),                              # import: the latest day received
)

# "Almost your turn" notices. A request belongs to the ticket whose page it was made on
# (the visit's first leg); its phone number is wiped when its business day is over.
notice_requests = Table(
    "notice_requests", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("ticket_id", Id, ForeignKey("tickets.id", ondelete="CASCADE"), nullable=False, unique=True),
    Column("business_date", Date, nullable=False),
    Column("phone", String(32)),
    Column("ahead", Integer, nullable=False),
    Column("lang", String(8), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("changes", Integer, nullable=False, default=1),
    Index("ix_notice_requests_day", "business_date", "active"),
)

# Each notice once: one row per (request, kind, leg), delivered with retries.
notices = Table(
    "notices", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("request_id", Id, ForeignKey("notice_requests.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("ticket_id", Id, nullable=False),           # the leg it is about
    Column("state", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    Column("last_error", String(200)),
    UniqueConstraint("request_id", "kind", "ticket_id", name="uq_notices_once"),
    Index("ix_notices_due", "state", "next_attempt_at"),
)

# -- reports ----------------------------------------------------------------------------
# Summaries of past business days (store/repositories/figures.py): a cache derived from
# the tickets and the event log, so a month's report adds up a few thousand rows instead
# of every ticket. A day is summarised once it is over; `version` is the figures'
# definition it was made with (another version is made again).

report_days = Table(
    "report_days", metadata,
    Column("branch", String(16), primary_key=True, server_default=""),
    Column("business_date", Date, primary_key=True),
    Column("version", Integer, nullable=False),
)

# The domain's Tally (domain/figures.py) but complaints (they change after the day, so a
# report counts them from the register), durations in milliseconds, at three grains:
# 0 per business date, service, counter, teller and hour the legs joined the queue; 1 per
# date, service and hour; 2 per date, counter and teller (a report reads the smallest that
# has its groupings; the columns a grain has not are NULL).
report_cells = Table(
    "report_cells", metadata,
    Column("grain", SmallInteger, nullable=False),
    Column("business_date", Date, nullable=False),
    Column("service", String(16)),
    Column("counter", Integer),
    Column("staff", String(64)),
    Column("hour", SmallInteger),
    Column("arrivals", Integer, nullable=False),
    Column("called", Integer, nullable=False),
    Column("served", Integer, nullable=False),
    Column("no_shows", Integer, nullable=False),
    Column("cancelled", Integer, nullable=False),
    Column("transferred", Integer, nullable=False),
    Column("abandoned", Integer, nullable=False),
    Column("within_target", Integer, nullable=False),
    Column("over_20", Integer, nullable=False),
    Column("over_30", Integer, nullable=False),
    Column("wait_ms_sum", BigInteger, nullable=False),
    Column("wait_ms_max", BigInteger, nullable=False),
    Column("service_count", Integer, nullable=False),
    Column("service_ms_sum", BigInteger, nullable=False),
    Column("service_ms_max", BigInteger, nullable=False),
    Column("busy_ms", BigInteger, nullable=False),
    Column("idle_waiting_ms", BigInteger, nullable=False),
    Column("ratable", Integer, nullable=False),   # visits that may be rated, and those rated 5 … 1
    Column("rated_5", Integer, nullable=False),
    Column("rated_4", Integer, nullable=False),
    Column("rated_3", Integer, nullable=False),
    Column("rated_2", Integer, nullable=False),
    Column("rated_1", Integer, nullable=False),
    Column("appointments", Integer),           # NULL until recorded
    branch_column(),
    Index("ix_report_cells_grain_day", "grain", "business_date"),
)

# The wait histogram: customers per whole minute waited (rounded up); grain 0 per date,
# service and hour, grain 1 per date.
report_waits = Table(
    "report_waits", metadata,
    Column("grain", SmallInteger, nullable=False),
    Column("business_date", Date, nullable=False),
    Column("service", String(16)),
    Column("hour", SmallInteger),
    Column("minutes", Integer, nullable=False),
    Column("customers", Integer, nullable=False),
    branch_column(),
    Index("ix_report_waits_grain_day", "grain", "business_date"),
)

# How long each counter was open that day, per teller signed in.
report_open = Table(
    "report_open", metadata,
    Column("business_date", Date, nullable=False),
    Column("counter", Integer, nullable=False),
    Column("staff", String(64)),
    Column("open_ms", BigInteger, nullable=False),
    branch_column(),
    Index("ix_report_open_day", "business_date"),
)

# One row per rated (or asked and not rated) visit: the ticket leg is the key, so a visit
# is rated once. score NULL: the rating screen asked and nobody touched it.
ratings = Table(
    "ratings", metadata,
    Column("ticket_id", Id, primary_key=True, autoincrement=False),
    Column("business_date", Date, nullable=False),
    Column("ticket_number", String(16), nullable=False),
    Column("service", String(16), nullable=False),
    Column("counter", Integer),
    Column("staff", String(64)),
    Column("score", SmallInteger),
    Column("reasons", String(100), nullable=False, default=""),   # reason codes, comma separated
    Column("channel", String(16), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    branch_column(),
    Index("ix_ratings_day_counter", "business_date", "counter"),
    Index("ix_ratings_day_staff", "business_date", "staff"),
)

# The complaints register. Dates are the branch's business dates.
complaints = Table(
    "complaints", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("channel", String(16), nullable=False),
    Column("grade", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("received_at", UTCDateTime, nullable=False),
    Column("received_date", Date, nullable=False),
    Column("due_date", Date, nullable=False),
    Column("ticket_number", String(16)),
    Column("ticket_id", Id),
    Column("counter", Integer),
    Column("staff", String(64)),            # the teller concerned
    Column("recorded_by", String(64)),
    Column("answered_at", UTCDateTime),
    Column("answered_date", Date),
    Column("answer", Text),
    Column("answered_by", String(64)),
    branch_column(),
    Index("ix_complaints_open_due", "answered_at", "due_date"),
)

# -- appointments (预约) -------------------------------------------------------------------
# A business type with a row here takes bookings: slots of slot_minutes within its opening
# hours, slot_capacity each, up to horizon_days ahead. Booking locks this row (PostgreSQL),
# so two bookings of the last place in a slot cannot both succeed.
booking_plans = Table(
    "booking_plans", metadata,
    Column("service", String(16), ForeignKey("services.code", ondelete="CASCADE"), primary_key=True),
    Column("slot_minutes", Integer, nullable=False),
    Column("slot_capacity", Integer, nullable=False),
    Column("horizon_days", Integer, nullable=False),
)

# One row per booking. The 6-digit code is unique among its business date's bookings;
# the phone's last 4 digits (optional) help staff find a booking, nothing more.
appointments = Table(
    "appointments", metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("service", String(16), nullable=False),
    Column("business_date", Date, nullable=False),
    Column("slot_start", UTCDateTime, nullable=False),
    Column("slot_end", UTCDateTime, nullable=False),
    Column("code", String(6), nullable=False),
    Column("phone_last4", String(4)),
    Column("state", String(16), nullable=False),
    Column("booked_at", UTCDateTime, nullable=False),
    Column("checked_in_at", UTCDateTime),
    Column("arrival", String(16)),
    Column("ticket_id", Id),
    Column("ticket_number", String(16)),
    Column("cancelled_at", UTCDateTime),
    branch_column(),
    UniqueConstraint("business_date", "code", name="uq_appointments_day_code"),
    Index("ix_appointments_slot", "service", "slot_start", "state"),
    Index("ix_appointments_day_state", "business_date", "state"),
)
