"""Tables. Times are stored as UTC; the business date is the branch's local date."""
from __future__ import annotations

from datetime import datetime, timezone

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
)

counters = Table(
    "counters", metadata,
    Column("number", Integer, primary_key=True, autoincrement=False),
    Column("services", String(400), nullable=False),   # codes in order, comma separated
    Column("state", String(16), nullable=False, default="closed"),
    Column("pause_reason", String(200)),
    Column("staff", String(64)),
)

# Texts the hall keeps per language (code of domain.languages: zh_CN, zh_TW, en).
service_names = Table(
    "service_names", metadata,
    Column("service", String(16), ForeignKey("services.code", ondelete="CASCADE"), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("name", String(100), nullable=False),
)

counter_names = Table(
    "counter_names", metadata,
    Column("counter", Integer, ForeignKey("counters.number", ondelete="CASCADE"), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("name", String(100), nullable=False),
)

# The branch name, the lobby notice and the ticket footer.
hall_texts = Table(
    "hall_texts", metadata,
    Column("key", String(32), primary_key=True),
    Column("lang", String(8), primary_key=True),
    Column("text", String(500), nullable=False),
)

staff = Table(
    "staff", metadata,
    Column("user", String(64), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("staff_number", String(32)),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(300), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)

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
    Index("ix_tickets_day_number", "business_date", "number"),
    Index("ix_tickets_queue", "state", "service", "queued_at"),
    Index("ix_tickets_counter_state", "counter", "state"),
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
    Column("payload", Text, nullable=False, default="{}"),
)

# Idempotency keys: a repeated request (double tap, retried click) returns the first result.
requests = Table(
    "requests", metadata,
    Column("key", String(100), primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("ticket_id", Id),
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
    Index("ix_complaints_open_due", "answered_at", "due_date"),
)
