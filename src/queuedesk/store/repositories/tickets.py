"""Tickets, their daily numbering, and the queue figures read straight off them.

The queue is never loaded: the next ticket is among the heads of the plain queues and
the few tickets outside them (domain.routing explains why), read through partial
indexes; a ticket's place is a count below a bound; the waiting counts are kept
(`queue_counts`), changed by this repository as tickets enter and leave the queue, and
written with the events at the end of the transaction (store.event_log).

Writes nobody waits for (a ticket's changed columns) are queued and sent with the next
statement, or with the COMMIT (store.sql). Locks on PostgreSQL: a waiting ticket is
claimed with FOR UPDATE SKIP LOCKED in the order routing gave, so two counters never
call the same one; the daily sequence is bumped by one atomic upsert, so two kiosks
never issue the same number. On SQLite the write transaction holds the database.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timezone

import sqlalchemy as sa

from queuedesk.domain import routing
from queuedesk.domain.model import Channel, Priority, Ticket, TicketState
from queuedesk.store.repositories import Repository, dialect_insert
from queuedesk.store.schema import (
    AT_COUNTER,
    DONE,
    SERVED,
    TARGETED,
    WAITING,
    daily_sequences,
    queue_counts,
    tickets,
)
from queuedesk.store.sql import Read, Sql, Step

FIELDS = tuple(c.name for c in tickets.columns if c.name != "branch")   # the branch stamps its code itself
_COLUMNS = ", ".join(f"tickets.{name}" for name in FIELDS)
_TYPED = tuple(tickets.c[name] for name in FIELDS)     # the result columns of those statements
_WAITING = TicketState.WAITING
_BEGINNING = datetime(2000, 1, 1, tzinfo=timezone.utc)   # before any ticket
#: Plain tickets read per service for call next (more when other counters hold them all).
HEAD = 8


def ticket_from_row(values: dict) -> Ticket:
    values["priority"] = Priority(values["priority"])
    values["state"] = TicketState(values["state"])
    values["channel"] = Channel(values["channel"])
    return Ticket(**values)


def row_values(t: Ticket) -> dict:
    values = {name: getattr(t, name) for name in FIELDS if name != "id"}
    for key in ("priority", "state", "channel"):
        values[key] = values[key].value
    return values


#: The types of the :parameters text statements use, so the driver gets what the columns keep.
_PARAMETER_TYPES = {"day": tickets.c.business_date.type, "at": tickets.c.queued_at.type,
                    "after_at": tickets.c.queued_at.type}


def _text(sql: str, *columns):
    """A text statement with its parameters typed and its result columns declared."""
    clause = sa.text(sql)
    typed = [sa.bindparam(name, type_=kind) for name, kind in _PARAMETER_TYPES.items() if f":{name}" in sql]
    if typed:
        clause = clause.bindparams(*typed)
    return clause.columns(*columns) if columns else clause


def _select(where: str, tail: str = ""):
    """Every column of the tickets matching `where` (SQL with :named parameters)."""
    return _text(f"SELECT {_COLUMNS} FROM tickets WHERE {where}{tail}", *_TYPED)


def heads_sql(dialect: str, groups: str, where: str, order: str, limit: str, columns: str = ""):
    """SQL: the first `limit` tickets in `order` of each group that the FROM item `groups`
    gives a row for (`where` names the group's columns), through an index seek per group.

    PostgreSQL reads a LATERAL subquery per group; SQLite, which has no LATERAL, looks the
    ids up with a correlated IN (… LIMIT)."""
    columns = columns or _COLUMNS
    if dialect == "postgresql":
        return (f"SELECT {columns} FROM {groups} CROSS JOIN LATERAL (SELECT * FROM tickets "
                f"WHERE {where} ORDER BY {order} LIMIT {limit}) AS tickets")
    return (f"SELECT {columns} FROM {groups} JOIN tickets ON tickets.id IN (SELECT id FROM tickets "
            f"WHERE {where} ORDER BY {order} LIMIT {limit})")


def routing_groups_sql(dialect: str) -> tuple[str, str, str]:
    """A FROM item with a row per group of domain.routing.GROUPS, and its two columns
    (priority, transferred in)."""
    rows = ", ".join(f"('{priority.value}', {'true' if head else 'false'})" for priority, head in routing.GROUPS)
    if dialect == "postgresql":
        return f"(VALUES {rows}) AS routing_groups(priority, head)", "routing_groups.priority", "routing_groups.head"
    return f"(VALUES {rows}) AS routing_groups", "routing_groups.column1", "routing_groups.column2"


def _counter_services(dialect: str) -> tuple[str, str]:
    """A FROM item with one row per service of counter :counter, and its column."""
    if dialect == "postgresql":
        return ("unnest(string_to_array((SELECT services FROM counters WHERE number = :counter), ',')) "
                "AS counter_services(code)"), "counter_services.code"
    return ("json_each('[\"' || replace((SELECT services FROM counters WHERE number = :counter), ',', '\",\"') "
            "|| '\"]') AS counter_services"), "counter_services.value"


# -- statements ---------------------------------------------------------------------------

def _locking(dialect: str) -> str:
    return " FOR UPDATE" if dialect == "postgresql" else ""


_BY_ID = Sql(lambda d: _select("tickets.id = :id"))
_BY_ID_LOCKED = Sql(lambda d: _select("tickets.id = :id", _locking(d)))
_NUMBER = "tickets.business_date = :day AND tickets.number = :number"
_BY_NUMBER = Sql(lambda d: _select(_NUMBER, " ORDER BY tickets.id DESC LIMIT 1"))
_BY_NUMBER_LOCKED = Sql(lambda d: _select(_NUMBER, " ORDER BY tickets.id DESC LIMIT 1" + _locking(d)))
_AT_COUNTER_NOW = Sql(lambda d: _select(
    f"{AT_COUNTER} AND tickets.counter = :counter AND tickets.business_date = :day "
    "AND tickets.state IN ('called', 'serving')", " ORDER BY tickets.id DESC LIMIT 1"))
# Every ticket at a counter, whatever its day (few: the day is checked in Python, as a
# condition on it would make SQLite prefer the day's index over this small one).
_ALL_AT_COUNTERS = Sql(lambda d: _select(f"{AT_COUNTER} AND tickets.state IN ('called', 'serving')"))
_PARKED_AT = Sql(lambda d: _select(
    f"{AT_COUNTER} AND tickets.counter = :counter AND tickets.business_date = :day "
    "AND tickets.state = 'parked'"))
_SERVED_BY = Sql(lambda d: _select(f"{SERVED} AND tickets.staff = :staff AND tickets.business_date = :day"))


#: What routing needs of a ticket (domain.routing.order_key): the head of the queue is
#: read with these only, and the one claimed is read whole.
ROUTING = ("id", "number", "service", "business_date", "priority", "head_of_queue", "target_counter",
           "queued_at", "issued_at")


def _candidates(dialect: str, columns: tuple[str, ...]):
    """The waiting tickets that could be next at counter :counter: those sent to it, and
    the first :head of each routing group of each of its services (after :after_at /
    :after_id for the next page, see `call_candidates`)."""
    listed = ", ".join(f"tickets.{name}" for name in columns)
    services, code = _counter_services(dialect)
    groups, priority, head = routing_groups_sql(dialect)
    sent_here = f"SELECT {listed} FROM tickets WHERE {TARGETED} AND business_date = :day AND target_counter = :counter"
    first = heads_sql(dialect, f"{services} CROSS JOIN {groups}",
                      f"{WAITING} AND business_date = :day AND service = {code} AND priority = {priority} "
                      f"AND head_of_queue = {head} "
                      f"AND (queued_at > :after_at OR (queued_at = :after_at AND id > :after_id))",
                      "queued_at, id", ":head", listed)
    return _text(f"{sent_here} UNION ALL {first}", *(tickets.c[name] for name in columns))


_HEAD = Sql(lambda d: _candidates(d, ROUTING))
_TARGETED_OF_DAY = Sql(lambda d: _select(f"{TARGETED} AND tickets.business_date = :day"))


def _first_of_groups(dialect: str):
    """The first waiting ticket of each routing group of each service of the hall that day."""
    groups, priority, head = routing_groups_sql(dialect)
    return _text(heads_sql(dialect, f"services CROSS JOIN {groups}",
                           f"{WAITING} AND business_date = :day AND service = services.code AND priority = {priority} "
                           f"AND head_of_queue = {head}", "queued_at, id", "1"), *_TYPED)


_FIRST_OF_GROUPS = Sql(_first_of_groups)


def ahead_sql(dialect: str, kinds: tuple[str, ...], change: str = ":change", own: str | None = None) -> str:
    """SQL for how many waiting tickets of :service that day are called before a ticket
    whose bound in each routing group (domain.routing.GROUPS) is of kinds[i]: "none" (no
    ticket of the group), "all", "below" :at{i}/:id{i}, or "own" (below a ticket not
    stored yet that joins at `own`). Without reading the queue, and counting the fewest
    tickets: the plain group — most of any queue — is counted from the back, from the
    service's kept count (plus `change`, this transaction's own): everybody waiting but
    those sent to one counter, those of groups not before the ticket, those of its groups
    at or after its bound. A new ordinary ticket, the usual question, counts only the few
    that joined after it."""
    def count(where: str, name: str) -> str:
        return (f"(SELECT count(*) FROM tickets WHERE {WAITING} AND business_date = :day AND service = :service"
                f"{where}) AS {name}")

    def bound(i: int, kind: str) -> tuple[str, str]:
        return (own, str(routing.UNSTORED)) if kind == "own" else (f":at{i}", f":id{i}")

    counts, terms = [], []
    plain_kind = kinds[routing.GROUPS.index(routing.PLAIN)]
    for i, ((priority, head), kind) in enumerate(zip(routing.GROUPS, kinds)):
        group = f" AND priority = '{priority.value}' AND head_of_queue = {'true' if head else 'false'}"
        at, key = bound(i, kind)
        if plain_kind == "none":          # then only the other groups count, each as it is
            if kind == "all":
                counts.append(count(group, f"n{i}"))
            elif kind in ("below", "own"):
                counts.append(count(f"{group} AND queued_at <= {at} AND (queued_at < {at} OR id < {key})", f"n{i}"))
            else:
                continue
            terms.append(f"n{i}")
        elif kind in ("below", "own"):    # those at or after the bound (the plain group's too)
            counts.append(count(f"{group} AND queued_at >= {at} AND (queued_at > {at} OR id >= {key})", f"n{i}"))
            terms.append(f"n{i}")
        elif kind == "none":
            counts.append(count(group, f"n{i}"))
            terms.append(f"n{i}")
    if plain_kind == "none":
        total = " + ".join(terms) or "0"
    else:
        counts += [f"coalesce((SELECT waiting FROM queue_counts WHERE business_date = :day AND service = :service), "
                   f"0) + {change} AS kept",
                   f"(SELECT count(*) FROM tickets WHERE {TARGETED} AND business_date = :day "
                   f"AND service = :service) AS sent"]
        total = f"{'greatest' if dialect == 'postgresql' else 'max'}(0, {' - '.join(['kept', 'sent', *terms])})"
    return f"SELECT {total} AS ahead FROM (SELECT {', '.join(counts) or '0 AS nothing'}) AS counted"


def _ahead(dialect: str, *kinds: str):
    clause = sa.text(ahead_sql(dialect, kinds)).bindparams(
        *(sa.bindparam(f"at{i}", type_=tickets.c.queued_at.type) for i, kind in enumerate(kinds) if kind == "below"),
        sa.bindparam("day", type_=tickets.c.business_date.type))
    return clause.columns(sa.column("ahead", sa.Integer))


_AHEAD = Sql(_ahead)


def _recent(dialect: str):
    """The last :recent service times (started, finished) of each service that day."""
    return _text(heads_sql(dialect, "services", f"{DONE} AND service = services.code AND business_date = :day",
                           "finished_at DESC", ":recent",
                           "tickets.service, tickets.started_at, tickets.finished_at"),
                 tickets.c.service, tickets.c.started_at, tickets.c.finished_at)


_RECENT = Sql(_recent)
_RECENT_OF_SERVICE = Sql(lambda d: sa.select(tickets.c.started_at, tickets.c.finished_at).where(
    sa.text(DONE), tickets.c.service == sa.bindparam("service"), tickets.c.business_date == sa.bindparam("day"))
    .order_by(tickets.c.finished_at.desc()).limit(sa.bindparam("recent")))
_COUNTS = Sql(lambda d: sa.select(queue_counts.c.service, queue_counts.c.waiting).where(
    queue_counts.c.business_date == sa.bindparam("day")))
_ISSUED = Sql(lambda d: sa.select(daily_sequences.c.last_number).where(
    daily_sequences.c.service == sa.bindparam("service"), daily_sequences.c.business_date == sa.bindparam("day")))
_ISSUED_OF_DAY = Sql(lambda d: sa.select(daily_sequences.c.service, daily_sequences.c.last_number).where(
    daily_sequences.c.business_date == sa.bindparam("day")))


def _next_sequence(dialect: str):
    return (dialect_insert(dialect)(daily_sequences).values(service=sa.bindparam("service"), business_date=sa.bindparam("day"),
                                           last_number=1)
            .on_conflict_do_update(index_elements=["service", "business_date"],
                                   set_={"last_number": daily_sequences.c.last_number + 1})
            .returning(daily_sequences.c.last_number))


_NEXT_SEQUENCE = Sql(_next_sequence)


def next_number(service: str, day: date) -> Step:
    """The statement that takes the service's next number that day (locking its row)."""
    return Step(_NEXT_SEQUENCE, {"service": service, "day": day})


_INSERT = Sql(lambda d: tickets.insert().values({name: sa.bindparam(f"v_{name}", type_=tickets.c[name].type)
                                                 for name in FIELDS if name != "id"}).returning(tickets.c.id))
_UPDATE = Sql(lambda d, *names: tickets.update().where(tickets.c.id == sa.bindparam("v_id")).values(
    {name: sa.bindparam(f"v_{name}", type_=tickets.c[name].type) for name in names}))


def _claim(dialect: str):
    """The first of :ids (in that order) still waiting and held by no other counter, locked."""
    return sa.text(
        f"SELECT {_COLUMNS} FROM tickets JOIN unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS wanted(id, n) "
        "ON tickets.id = wanted.id WHERE tickets.state = 'waiting' ORDER BY wanted.n LIMIT 1 "
        "FOR UPDATE OF tickets SKIP LOCKED").columns(*_TYPED)


_CLAIM = Sql(_claim)


def _waiting_of(dialect: str):
    """Those of :ids (in that order) still waiting; SQLite takes the ids as a JSON array."""
    if dialect == "postgresql":
        wanted, key = "unnest(CAST(:ids AS bigint[])) WITH ORDINALITY AS wanted(id, n)", ("wanted.id", "wanted.n")
    else:
        wanted, key = "json_each(:ids) AS wanted", ("wanted.value", "wanted.key")
    return _text(f"SELECT {_COLUMNS} FROM tickets JOIN {wanted} ON tickets.id = {key[0]} "
                 f"WHERE tickets.state = 'waiting' ORDER BY {key[1]}", *_TYPED)


_WAITING_OF = Sql(_waiting_of)


class TicketRepository(Repository):
    def __init__(self, conn, runner):
        super().__init__(conn, runner)
        self._as_loaded: dict[int, dict] = {}            # id → column values as last read or written
        self._count_changes: dict[tuple[date, str], int] = defaultdict(int)
        self._heads: dict[tuple, list[Ticket]] = {}       # candidates read ahead (UnitOfWork.take_counter)

    # -- reading ---------------------------------------------------------------------------

    def _tickets(self, rows) -> list[Ticket]:
        found = []
        for row in rows:
            values = dict(zip(FIELDS, row))
            self._as_loaded[values["id"]] = {k: v for k, v in values.items() if k != "id"}
            found.append(ticket_from_row(values))
        return found

    def _one(self, rows) -> Ticket | None:
        found = self._tickets(rows)
        return found[0] if found else None

    def _run(self, sql: Sql, **params):
        return self.runner.run(sql, params)

    def get(self, ticket_id: int, lock: bool = False) -> Ticket:
        ticket = self._one(self._run(_BY_ID_LOCKED if lock else _BY_ID, id=ticket_id))
        if ticket is None:
            raise LookupError(f"no ticket {ticket_id}")
        return ticket

    def by_number(self, number: str, day: date, lock: bool = False) -> Ticket | None:
        """The latest leg of that number that day (a transferred visit has several)."""
        return self._one(self._run(_BY_NUMBER_LOCKED if lock else _BY_NUMBER, number=number, day=day))

    def with_token_prefix(self, prefix: str) -> list[Ticket]:
        """Tickets whose token starts with `prefix` (hex). The caller compares the whole
        token in constant time: the index lookup can only leak how the prefix compares."""
        upper = prefix + "g"     # past every hex digit, in any collation that sorts them
        return self._tickets(self.conn.execute(
            sa.select(tickets).where(tickets.c.token >= prefix, tickets.c.token < upper)))

    def by_ids(self, ids: list[int]) -> dict[int, Ticket]:
        if not ids:
            return {}
        found = self._tickets(self.conn.execute(sa.select(tickets).where(tickets.c.id.in_(ids))))
        return {t.id: t for t in found}

    def successors(self, ids: list[int]) -> dict[int, Ticket]:
        """{id: the leg that continues it} for those of `ids` that were transferred on."""
        if not ids:
            return {}
        rows = self.conn.execute(sa.select(tickets).where(tickets.c.transferred_from.in_(ids)))
        return {t.transferred_from: t for t in self._tickets(rows)}

    def by_token(self, token: str) -> Ticket | None:
        return self._one(self.conn.execute(sa.select(tickets).where(tickets.c.token == token)))

    def at_counter_reading(self, counter: int, day: date) -> Read[Ticket | None]:
        """The customer at the counter that day. One left called from an earlier day (no
        `day close`) is not shown as at the counter this morning; `day close` expires it."""
        return Read([Step(_AT_COUNTER_NOW, {"counter": counter, "day": day})], self._one)

    def at_counter(self, counter: int, day: date) -> Ticket | None:
        return self.runner.read(self.at_counter_reading(counter, day))[0]

    def at_counters_reading(self, day: date) -> Read[dict[int, Ticket]]:
        """{counter: its customer} for every counter with one that day."""
        def parse(rows):
            today = [t for t in self._tickets(rows) if t.business_date == day]
            return {t.counter: t for t in sorted(today, key=lambda t: t.id)}
        return Read([Step(_ALL_AT_COUNTERS)], parse)

    def parked_reading(self, counter: int, day: date) -> Read[list[Ticket]]:
        """The tickets parked at `counter` that day, oldest first."""
        return Read([Step(_PARKED_AT, {"counter": counter, "day": day})],
                    lambda rows: sorted(self._tickets(rows), key=lambda t: t.id))

    def served_reading(self, staff: str, day: date) -> Read[list[Ticket]]:
        """The tickets `staff` finished, marked no-show or transferred on that day."""
        return Read([Step(_SERVED_BY, {"staff": staff, "day": day})],
                    lambda rows: sorted(self._tickets(rows), key=lambda t: t.id))

    def in_states(self, *states: TicketState, counter: int | None = None, day: date | None = None,
                  staff: str | None = None, services: Iterable[str] | None = None) -> list[Ticket]:
        query = sa.select(tickets).where(tickets.c.state.in_([s.value for s in states]))
        if services is not None:
            query = query.where(tickets.c.service.in_(list(services)))
        if counter is not None:
            query = query.where(tickets.c.counter == counter)
        if staff is not None:
            query = query.where(tickets.c.staff == staff)
        if day is not None:
            query = query.where(tickets.c.business_date == day)
        return self._tickets(self.conn.execute(query.order_by(tickets.c.id)))

    def visits(self, start: date, end: date) -> tuple[int, int]:
        """(visits on business dates [start, end] — each counted by its first leg, not the
        legs a transfer added —, those of them that came through a booking's check-in),
        counted by the database: a head office's month is millions of tickets."""
        first_legs = sa.and_(tickets.c.business_date >= start, tickets.c.business_date <= end,
                             tickets.c.transferred_from.is_(None))
        booked = sa.func.coalesce(sa.func.sum(sa.case((tickets.c.channel == Channel.APPOINTMENT.value, 1), else_=0)), 0)
        visits, booked_visits = self.conn.execute(sa.select(sa.func.count(), booked).where(first_legs)).one()
        return visits, booked_visits

    # -- the head of the queue ---------------------------------------------------------------

    def call_candidates(self, counter_number: int, day: date, per_service: int = HEAD,
                        after: Ticket | None = None) -> list[Ticket]:
        """The waiting tickets that could be next at this counter, without loading the
        queue: every one outside the plain queue it may serve (a priority class,
        transferred in, sent to this counter) and the first `per_service` plain tickets
        of each of its services — routing calls plain tickets oldest first, so no other
        can come before these. `after`: the next page, plain tickets past that one
        (when other counters hold every ticket of the first). The counter's services
        are read from its row."""
        key = _head_key(counter_number, day, per_service, after)
        if key not in self._heads:
            self.runner.read(self.candidates_reading(counter_number, day, per_service, after))
        return self._heads.pop(key)

    def candidates_reading(self, counter_number: int, day: date, per_service: int = HEAD,
                           after: Ticket | None = None) -> Read[list[Ticket]]:
        """`call_candidates`, to read with others (and kept for it). Only what routing
        needs is read of each: such a ticket cannot be saved (`claim_first` gives the
        claimed one whole, `still_waiting` those a list shows)."""
        def parse(rows):
            found = list({t.id: t for t in map(_routing_ticket, rows)}.values())
            self._heads[_head_key(counter_number, day, per_service, after)] = found
            return found
        return Read([Step(_HEAD, {"counter": counter_number, "day": day, "head": per_service,
                                  "after_at": after.queued_at if after is not None else _BEGINNING,
                                  "after_id": after.id if after is not None else 0})], parse)

    def still_waiting(self, ordered: list[Ticket]) -> list[Ticket]:
        """Those of `ordered` (as candidates give them: what routing needs) still waiting,
        whole, in the same order."""
        if not ordered:
            return []
        ids = [t.id for t in ordered]
        return self._tickets(self._run(_WAITING_OF, ids=ids if self.is_pg else json.dumps(ids)))

    def claim_first(self, ordered: list[Ticket]) -> Ticket | None:
        """The first of `ordered` that is still waiting and that no other counter is
        taking this moment, locked for this transaction; None if there is none.

        SQLite: this transaction holds the database and read `ordered` itself, so the
        first is free. PostgreSQL: one statement locks the first free one, in this order
        (FOR UPDATE SKIP LOCKED), and returns it as it is now."""
        if not ordered:
            return None
        if not self.is_pg:
            return self.get(ordered[0].id)
        return self._one(self._run(_CLAIM, ids=[t.id for t in ordered]))

    def targeted_reading(self, day: date) -> Read[list[Ticket]]:
        """The waiting tickets of the day sent to one counter (transferred to it): few."""
        return Read([Step(_TARGETED_OF_DAY, {"day": day})], self._tickets)

    def ahead_reading(self, service: str, day: date, bounds: dict) -> Read[int]:
        """How many waiting tickets of `service` lie below `bounds[group]` in their routing
        groups (domain.routing.GROUPS; routing.EVERYBODY: all of them, None: none):
        `ahead_sql`, by index counts, however long the queue."""
        kinds = tuple("none" if bounds.get(g) is None else "all" if bounds[g] == routing.EVERYBODY else "below"
                      for g in routing.GROUPS)
        params = {"service": service, "day": day, "change": self._count_changes.get((day, service), 0)}
        for i, (group, kind) in enumerate(zip(routing.GROUPS, kinds)):
            if kind == "below":
                params[f"at{i}"], params[f"id{i}"] = bounds[group]
        return Read([Step(_AHEAD, params, shape=kinds)], lambda rows: rows[0][0])

    def counts_reading(self, day: date) -> Read[dict[str, int]]:
        """`waiting_counts`, to read with others."""
        def parse(rows):
            counts = {service: n for service, n in rows}
            for (when, service), change in self._count_changes.items():
                if when == day:
                    counts[service] = counts.get(service, 0) + change
            return counts
        return Read([Step(_COUNTS, {"day": day})], parse)

    def recent_reading(self, service: str, day: date, limit: int) -> Read[list[float]]:
        """`recent_service_minutes`, to read with others."""
        return Read([Step(_RECENT_OF_SERVICE, {"service": service, "day": day, "recent": limit})], _minutes)

    def first_reading(self, day: date) -> Read[list[Ticket]]:
        """The first waiting ticket of each routing group of each service that day."""
        return Read([Step(_FIRST_OF_GROUPS, {"day": day})], self._tickets)

    def waiting_counts(self, day: date) -> dict[str, int]:
        return self.runner.read(self.counts_reading(day))[0]

    def count_changes(self) -> dict[tuple[date, str], int]:
        """How this transaction changed the waiting counts: {(day, service): change}."""
        return {k: v for k, v in self._count_changes.items() if v}

    def days(self) -> dict[int, tuple[date, str]]:
        """{ticket id: (business date, service)} of the tickets this transaction touched."""
        return {i: (v["business_date"], v["service"]) for i, v in self._as_loaded.items()}

    def _counted(self, before: dict | None, after: dict) -> None:
        was = before is not None and before["state"] == _WAITING.value
        now = after["state"] == _WAITING.value
        if before is not None and was and (before["business_date"], before["service"]) != \
                (after["business_date"], after["service"]):
            self._count_changes[(before["business_date"], before["service"])] -= 1
            was = False
        if was != now:
            self._count_changes[(after["business_date"], after["service"])] += 1 if now else -1

    # -- writing -----------------------------------------------------------------------------

    def add(self, t: Ticket) -> int:
        values = row_values(t)
        t.id = self._run(_INSERT, **{f"v_{k}": v for k, v in values.items()})[0][0]
        self._as_loaded[t.id] = values
        self._counted(None, values)
        return t.id

    def save(self, t: Ticket) -> None:
        """Write the columns that changed since the ticket was read (sent with the next
        statement, or with the COMMIT)."""
        values = row_values(t)
        before = self._as_loaded.get(t.id)
        if before is None:
            raise ValueError(f"ticket {t.id} was not read in this transaction")
        changed = sorted(k for k, v in values.items() if before[k] != v)
        if not changed:
            return
        self.runner.later(_UPDATE, {"v_id": t.id, **{f"v_{k}": values[k] for k in changed}}, shape=tuple(changed))
        self._counted(before, values)
        self._as_loaded[t.id] = values

    # -- numbering ---------------------------------------------------------------------

    def sequence_reading(self, service: str, day: date) -> Read[int]:
        """The service's next number that day, taken (its row locked until the end)."""
        return Read([next_number(service, day)], lambda rows: rows[0][0])

    def issued_count(self, service: str, day: date) -> int:
        rows = self._run(_ISSUED, service=service, day=day)
        return rows[0][0] if rows else 0

    def issued_reading(self, day: date) -> Read[dict[str, int]]:
        """{service: tickets issued that day}."""
        return Read([Step(_ISSUED_OF_DAY, {"day": day})], lambda rows: dict(rows))

    # -- service times -------------------------------------------------------------------

    def recent_service_minutes(self, service: str, day: date, limit: int) -> list[float]:
        return self.runner.read(self.recent_reading(service, day, limit))[0]

    def recent_all_reading(self, day: date, limit: int) -> Read[dict[str, list[float]]]:
        """`recent_service_minutes` of every service at once: {service: oldest first}."""
        def parse(rows):
            by_service: dict[str, list] = defaultdict(list)
            for service, started, finished in rows:
                by_service[service].append((started, finished))
            return {service: _minutes(sorted(pairs, key=lambda r: r[1], reverse=True))
                    for service, pairs in by_service.items()}
        return Read([Step(_RECENT, {"day": day, "recent": limit})], parse)


def _routing_ticket(row) -> Ticket:
    """A waiting ticket with what routing needs of it (ROUTING), from the head of a queue."""
    ticket_id, number, service, day, priority, head, target, queued_at, issued_at = row
    return Ticket(number=number, service=service, business_date=day, token="", issued_at=issued_at,
                  priority=Priority(priority), state=TicketState.WAITING, id=ticket_id, head_of_queue=head,
                  target_counter=target, queued_at=queued_at)


def _head_key(counter: int, day: date, per_service: int, after: Ticket | None) -> tuple:
    return counter, day, per_service, after.id if after is not None else None


def _minutes(rows: Iterable[tuple]) -> list[float]:
    """Service minutes of (started, finished) rows, newest first, as oldest first."""
    minutes = [(finished - started).total_seconds() / 60 for started, finished in rows if started is not None]
    return list(reversed(minutes))
