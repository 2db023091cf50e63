"""Reading and writing the hall's state inside one transaction.

`Tx` wraps a connection from `Database.connect()`; the operations layer opens it, asks
the domain what to do and saves the result here. Locks: on SQLite the whole write
transaction holds the database (BEGIN IMMEDIATE); on PostgreSQL the counter row is
locked for counter actions, a waiting ticket is claimed with FOR UPDATE SKIP LOCKED, and
the daily sequence is bumped by one atomic upsert.
"""
from __future__ import annotations

import json
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from queuedesk.domain.errors import UnknownCounter, UnknownService, UnknownStaff
from queuedesk.domain.model import (Channel, Counter, CounterState, OpeningHours, Priority, Role,
                                    Service, Staff, Ticket, TicketState)
from queuedesk.store.schema import counters, daily_sequences, events, requests, services, staff, tickets

#: Every event append takes this transaction-scoped advisory lock on PostgreSQL, so event
#: ids become visible in id order: a reader resuming "after id N" never misses one.
EVENT_LOCK = 0x51D35C
NOTIFY_CHANNEL = "queuedesk_events"

_TICKET_FIELDS = [c.name for c in tickets.columns]


def _service(row) -> Service:
    return Service(code=row.code, name_zh=row.name_zh, name_en=row.name_en, prefix=row.prefix,
                   number_width=row.number_width, hours=OpeningHours.parse(row.hours),
                   daily_cap=row.daily_cap, target_wait_min=row.target_wait_min,
                   max_wait_min=row.max_wait_min, expected_service_min=row.expected_service_min,
                   enabled=row.enabled)


def _counter(row) -> Counter:
    return Counter(number=row.number, name=row.name,
                   services=[c for c in row.services.split(",") if c],
                   state=CounterState(row.state), pause_reason=row.pause_reason, staff=row.staff)


def _ticket(row) -> Ticket:
    values = dict(row._mapping)
    values["priority"] = Priority(values["priority"])
    values["state"] = TicketState(values["state"])
    values["channel"] = Channel(values["channel"])
    return Ticket(**values)


def _ticket_values(t: Ticket) -> dict:
    values = {name: getattr(t, name) for name in _TICKET_FIELDS if name != "id"}
    for key in ("priority", "state", "channel"):
        values[key] = values[key].value
    return values


class Tx:
    def __init__(self, conn: Connection):
        self.conn = conn
        self.is_pg = conn.dialect.name == "postgresql"

    def _locking(self, query, lock: bool, skip_locked: bool = False):
        if lock and self.is_pg:
            return query.with_for_update(skip_locked=skip_locked)
        return query

    # -- services, counters, staff -----------------------------------------------------

    def services(self) -> dict[str, Service]:
        rows = self.conn.execute(sa.select(services).order_by(services.c.sort_order, services.c.code))
        return {row.code: _service(row) for row in rows}

    def service(self, code: str) -> Service:
        row = self.conn.execute(sa.select(services).where(services.c.code == code)).first()
        if row is None:
            raise UnknownService(code)
        return _service(row)

    def add_service(self, s: Service) -> None:
        order = self.conn.execute(sa.select(sa.func.count()).select_from(services)).scalar_one()
        self.conn.execute(services.insert().values(
            code=s.code, name_zh=s.name_zh, name_en=s.name_en, prefix=s.prefix,
            number_width=s.number_width, hours="" if s.hours == OpeningHours() else s.hours.describe(),
            daily_cap=s.daily_cap, target_wait_min=s.target_wait_min, max_wait_min=s.max_wait_min,
            expected_service_min=s.expected_service_min, enabled=s.enabled, sort_order=order))

    def set_service_enabled(self, code: str, enabled: bool) -> None:
        self.service(code)
        self.conn.execute(services.update().where(services.c.code == code).values(enabled=enabled))

    def counters(self) -> list[Counter]:
        return [_counter(r) for r in self.conn.execute(sa.select(counters).order_by(counters.c.number))]

    def counter(self, number: int, lock: bool = False) -> Counter:
        query = self._locking(sa.select(counters).where(counters.c.number == number), lock)
        row = self.conn.execute(query).first()
        if row is None:
            raise UnknownCounter(number)
        return _counter(row)

    def add_counter(self, c: Counter) -> None:
        self.conn.execute(counters.insert().values(number=c.number, name=c.name,
                                                   services=",".join(c.services), state=c.state.value))

    def save_counter(self, c: Counter) -> None:
        self.conn.execute(counters.update().where(counters.c.number == c.number).values(
            name=c.name, services=",".join(c.services), state=c.state.value,
            pause_reason=c.pause_reason, staff=c.staff))

    def staff_member(self, user: str) -> tuple[Staff, str]:
        row = self.conn.execute(sa.select(staff).where(staff.c.user == user, staff.c.active)).first()
        if row is None:
            raise UnknownStaff(user)
        return Staff(row.user, row.name, Role(row.role), row.staff_number), row.password_hash

    def staff_list(self) -> list[Staff]:
        rows = self.conn.execute(sa.select(staff).order_by(staff.c.user))
        return [Staff(r.user, r.name, Role(r.role), r.staff_number) for r in rows]

    def add_staff(self, s: Staff, password_hash: str) -> None:
        self.conn.execute(staff.insert().values(user=s.user, name=s.name, staff_number=s.staff_number,
                                                role=s.role.value, password_hash=password_hash))

    def exists(self, table: sa.Table, key) -> bool:
        pk = list(table.primary_key.columns)[0]
        return self.conn.execute(sa.select(pk).where(pk == key)).first() is not None

    # -- tickets ---------------------------------------------------------------------

    def ticket(self, ticket_id: int, lock: bool = False) -> Ticket:
        query = self._locking(sa.select(tickets).where(tickets.c.id == ticket_id), lock)
        return _ticket(self.conn.execute(query).one())

    def ticket_by_number(self, number: str, day: date, lock: bool = False) -> Ticket | None:
        """The latest leg of that number today (a transferred visit has several)."""
        query = (sa.select(tickets).where(tickets.c.business_date == day, tickets.c.number == number)
                 .order_by(tickets.c.id.desc()).limit(1))
        row = self.conn.execute(self._locking(query, lock)).first()
        return _ticket(row) if row else None

    def ticket_by_token(self, token: str) -> Ticket | None:
        row = self.conn.execute(sa.select(tickets).where(tickets.c.token == token)).first()
        return _ticket(row) if row else None

    def current_ticket(self, counter: int, day: date) -> Ticket | None:
        """The customer at the counter today. One left called from an earlier day (no
        `day close`) is not shown as at the counter this morning; `day close` expires it."""
        query = (sa.select(tickets).where(tickets.c.counter == counter, tickets.c.business_date == day,
                                          tickets.c.state.in_(["called", "serving"]))
                 .order_by(tickets.c.id.desc()).limit(1))
        row = self.conn.execute(query).first()
        return _ticket(row) if row else None

    def tickets_in(self, *states: TicketState, counter: int | None = None,
                   day: date | None = None) -> list[Ticket]:
        query = sa.select(tickets).where(tickets.c.state.in_([s.value for s in states]))
        if counter is not None:
            query = query.where(tickets.c.counter == counter)
        if day is not None:
            query = query.where(tickets.c.business_date == day)
        return [_ticket(r) for r in self.conn.execute(query.order_by(tickets.c.id))]

    def call_candidates(self, counter_number: int, service_codes: list[str], day: date,
                        per_service: int = 8) -> list[Ticket]:
        """The waiting tickets that could be next at this counter, without loading the
        whole queue: everyone not in the plain queue (priority classes, transferred in,
        sent to this counter) and the oldest `per_service` plain tickets of each service.
        Routing ranks plain tickets of one service oldest first, so a younger plain ticket
        can never come before these (and `per_service` covers the few that other
        counters may be claiming at the same moment)."""
        waiting = (tickets.c.state == "waiting") & (tickets.c.business_date == day)
        plain = ((tickets.c.priority == "normal") & sa.not_(tickets.c.head_of_queue)
                 & tickets.c.target_counter.is_(None))
        special = sa.select(tickets).where(
            waiting, sa.not_(plain),
            sa.or_(tickets.c.target_counter == counter_number,
                   tickets.c.target_counter.is_(None) & tickets.c.service.in_(service_codes)))
        found = {r.id: _ticket(r) for r in self.conn.execute(special)}
        for code in service_codes:
            oldest = (sa.select(tickets).where(waiting, plain, tickets.c.service == code)
                      .order_by(tickets.c.queued_at, tickets.c.id).limit(per_service))
            found.update((r.id, _ticket(r)) for r in self.conn.execute(oldest))
        return list(found.values())

    def waiting_count(self, service: str, day: date) -> int:
        return self.conn.execute(sa.select(sa.func.count()).select_from(tickets).where(
            tickets.c.state == "waiting", tickets.c.business_date == day,
            tickets.c.service == service)).scalar_one()

    def waiting_counts(self, day: date) -> dict[str, int]:
        rows = self.conn.execute(sa.select(tickets.c.service, sa.func.count()).where(
            tickets.c.state == "waiting", tickets.c.business_date == day).group_by(tickets.c.service))
        return {service: count for service, count in rows}

    def claim_waiting(self, ticket_id: int) -> Ticket | None:
        """Lock a waiting ticket for calling, or None if another counter got it first."""
        query = self._locking(
            sa.select(tickets).where(tickets.c.id == ticket_id, tickets.c.state == "waiting"),
            lock=True, skip_locked=True)
        row = self.conn.execute(query).first()
        return _ticket(row) if row else None

    def add_ticket(self, t: Ticket) -> int:
        t.id = self.conn.execute(tickets.insert().values(**_ticket_values(t)).returning(tickets.c.id)).scalar_one()
        return t.id

    def save_ticket(self, t: Ticket) -> None:
        self.conn.execute(tickets.update().where(tickets.c.id == t.id).values(**_ticket_values(t)))

    def next_sequence(self, service: str, day: date) -> int:
        insert = (postgresql.insert if self.is_pg else sqlite.insert)(daily_sequences)
        stmt = (insert.values(service=service, business_date=day, last_number=1)
                .on_conflict_do_update(index_elements=["service", "business_date"],
                                       set_={"last_number": daily_sequences.c.last_number + 1})
                .returning(daily_sequences.c.last_number))
        return self.conn.execute(stmt).scalar_one()

    def issued_count(self, service: str, day: date) -> int:
        value = self.conn.execute(sa.select(daily_sequences.c.last_number).where(
            daily_sequences.c.service == service, daily_sequences.c.business_date == day)).scalar()
        return value or 0

    def recent_service_minutes(self, service: str, day: date, limit: int) -> list[float]:
        rows = self.conn.execute(
            sa.select(tickets.c.started_at, tickets.c.finished_at)
            .where(tickets.c.service == service, tickets.c.business_date == day,
                   tickets.c.state == "done", tickets.c.started_at.is_not(None))
            .order_by(tickets.c.finished_at.desc()).limit(limit))
        minutes = [(r.finished_at - r.started_at).total_seconds() / 60 for r in rows]
        return list(reversed(minutes))

    # -- event log -------------------------------------------------------------------

    def append_event(self, at: datetime, type_: str, ticket: Ticket | None = None,
                     counter: int | None = None, staff_user: str | None = None, **payload) -> int:
        if self.is_pg:
            self.conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": EVENT_LOCK})
        event_id = self.conn.execute(events.insert().values(
            at=at, type=type_,
            ticket_id=ticket.id if ticket else None,
            ticket_number=ticket.number if ticket else None,
            service=ticket.service if ticket else None,
            counter=counter if counter is not None else (ticket.counter if ticket else None),
            staff=staff_user,
            payload=json.dumps(payload, ensure_ascii=False, default=str),
        ).returning(events.c.id)).scalar_one()
        if self.is_pg:
            self.conn.execute(sa.text("SELECT pg_notify(:c, :p)"), {"c": NOTIFY_CHANNEL, "p": str(event_id)})
        return event_id

    # -- idempotency -----------------------------------------------------------------

    def claim_request(self, key: str, at: datetime) -> tuple[bool, int | None]:
        """(True, None) if this key is new; (False, ticket id) if it was seen before.

        On PostgreSQL a concurrent duplicate waits here for the first to commit.
        """
        insert = (postgresql.insert if self.is_pg else sqlite.insert)(requests)
        inserted = self.conn.execute(insert.values(key=key, at=at).on_conflict_do_nothing()
                                     .returning(requests.c.key)).first()
        if inserted is not None:
            return True, None
        return False, self.conn.execute(sa.select(requests.c.ticket_id).where(requests.c.key == key)).scalar()

    def settle_request(self, key: str, ticket_id: int | None) -> None:
        self.conn.execute(requests.update().where(requests.c.key == key).values(ticket_id=ticket_id))
