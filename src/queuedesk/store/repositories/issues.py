"""Issue as one message (PostgreSQL): a ticket added in one round trip once its figures are read.

The general way (operations.tickets) costs four round trips, and the service's number
stays locked through all of them and through the work between them: take the number,
read the figures, add the ticket, write the event and commit. Here the use case first
reads what the rules need without locking anything (the service, how many it issued,
the counters and the recent service times: `snapshot_reading`), works out the routing
bounds and the estimate's terms in the domain, and then sends one message:

1. BEGIN, and the service's next number taken (its row locked until the COMMIT);
2. one statement, which sees everything committed until it got that lock:
   - gives up as a whole (`queuedesk_give_up`, migration 0021) when the service changed
     since it was read, its daily cap is reached, or its number lies beyond the ones
     worked out ahead — the caller then takes the general way, which gives the error or
     the answer;
   - joins the queue no earlier than the ticket numbered before it (numbers and issue
     times stay in the same order however the clocks of the kiosks differ);
   - counts the people ahead as the general way does (store.repositories.tickets:
     `ahead_sql`, the ticket's own place being where it joins) and reckons the
     minutes to promise as domain.estimate.minutes does;
   - adds the ticket, takes the event lock, counts it in and writes its event as the
     event log would, wakes the readers, and remembers the idempotency key (a key used
     before makes the statement fail, and the general way answers as before);
3. COMMIT.

tests/store/test_issue_at_once.py proves it equal to the general way on random halls.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timezone

import sqlalchemy as sa

from queuedesk.domain import events as catalogue
from queuedesk.domain import routing
from queuedesk.domain.estimate import RESIDUAL
from queuedesk.domain.model import Ticket
from queuedesk.store.event_log import NOTIFY_CHANNEL, payload_sql
from queuedesk.store.repositories import Repository
from queuedesk.store.repositories.calls import GENERAL, gave_up
from queuedesk.store.repositories.tickets import FIELDS, ahead_sql, next_number, row_values, ticket_from_row
from queuedesk.store.schema import daily_sequences, tickets
from queuedesk.store.sql import Read, Sql, Step

#: Ticket numbers worked out ahead, from the last one issued when the figures were read:
#: room for as many issued meanwhile by the other kiosks of a busy hall.
NUMBERS_AHEAD = 48

#: What the statement works out itself rather than take from the ticket as built.
_RECKONED = ("number", "sequence", "issued_at", "queued_at", "estimated_wait_min")


def minutes_sql(ahead: str) -> str:
    """SQL for domain.estimate.minutes(ahead, :mean, :share, :free): the same float
    operations in the same order, rounded as `tenth` does."""
    mean, share, free = "CAST(:mean AS float8)", "CAST(:share AS float8)", "CAST(:free AS integer)"
    residual = f"CAST({RESIDUAL!r} AS float8)"

    def tenth(value: str) -> str:
        return f"floor({value} * CAST(10 AS float8) + CAST(0.5 AS float8)) / CAST(10 AS float8)"
    return (f"CASE WHEN {share} <= 0 THEN {tenth(f'(CAST(greatest(0, {ahead}) AS float8) + {residual}) * {mean}')} "
            f"WHEN {ahead} - {free} < 0 THEN CAST(0 AS float8) "
            f"ELSE {tenth(f'(CAST({ahead} - {free} AS float8) + {residual}) * {mean} / {share}')} END")


def _issue(dialect: str, kinds: tuple[str, ...]):
    """The statement (see the module) for a ticket whose routing bounds are of `kinds`."""
    place = ahead_sql(dialect, kinds, change="0", own="joined.at")
    inserted = [name for name in FIELDS if name != "id"]
    reckoned = {"number": "joined.number", "sequence": "joined.sequence", "issued_at": "joined.at",
                "queued_at": "joined.at", "estimated_wait_min": minutes_sql("ahead.n")}
    values = ", ".join(reckoned.get(name) or f":v_{name}" for name in inserted)
    issued_payload = payload_sql(catalogue.TicketIssued, waiting="counted.waiting", priority="ticket.priority",
                                 channel="ticket.channel", position="ahead.n",
                                 estimated_wait_min="ticket.estimated_wait_min")
    sql = f"""
WITH numbered AS (
    SELECT last_number AS sequence FROM daily_sequences WHERE service = :service AND business_date = :day
), checked AS (
    SELECT numbered.sequence, (CAST(:numbers AS text[]))[numbered.sequence - CAST(:first AS integer) + 1] AS number,
           (CAST(:numbers AS text[]))[numbered.sequence - CAST(:first AS integer)] AS previous
    FROM numbered
    WHERE (SELECT xmin::text FROM services WHERE code = :service) = CAST(:version AS text)
      AND (CAST(:cap AS integer) IS NULL OR numbered.sequence - 1 < CAST(:cap AS integer))
), joined AS (
    SELECT checked.sequence, checked.number,
           greatest(CAST(:now AS timestamptz), (SELECT max(issued_at) FROM tickets
                                                WHERE business_date = :day AND number = checked.previous)) AS at
    FROM checked WHERE checked.number IS NOT NULL AND checked.previous IS NOT NULL
), ahead AS (
    SELECT place.ahead AS n FROM joined CROSS JOIN LATERAL ({place}) AS place
), gave_up AS (
    SELECT queuedesk_give_up('issue: the service changed, its cap is reached or its number is further than '
                             'worked out; the general way decides')
    WHERE NOT EXISTS (SELECT 1 FROM joined)
), ticket AS (
    INSERT INTO tickets ({', '.join(inserted)})
    SELECT {values} FROM joined CROSS JOIN ahead
    RETURNING tickets.*
), turn AS (
    SELECT queuedesk_event_turn() AS newest FROM ticket
), counted AS (
    INSERT INTO queue_counts (business_date, service, waiting)
    SELECT ticket.business_date, ticket.service, 1 FROM ticket CROSS JOIN turn
    ON CONFLICT (business_date, service) DO UPDATE SET waiting = queue_counts.waiting + excluded.waiting
    RETURNING waiting
), logged AS (
    INSERT INTO events (at, type, version, ticket_id, ticket_number, service, actor, actor_role, audited, payload)
    SELECT greatest(ticket.issued_at, turn.newest), '{catalogue.TicketIssued.type}', {catalogue.TicketIssued.version},
           ticket.id, ticket.number, ticket.service, CAST(:actor AS varchar), CAST(:actor_role AS varchar),
           CAST(:audited AS boolean), {issued_payload}
    FROM ticket CROSS JOIN turn CROSS JOIN counted CROSS JOIN ahead
    RETURNING id
), remembered AS (
    INSERT INTO requests (key, at, fingerprint, ticket_id)
    SELECT CAST(:key AS varchar), CAST(:now AS timestamptz), CAST(:fingerprint AS varchar), ticket.id
    FROM ticket WHERE CAST(:key AS varchar) IS NOT NULL
    RETURNING key
)
SELECT -- a CTE that writes nothing runs only when asked for: these two are asked for here
       (SELECT count(*) FROM gave_up) AS checks,
       (SELECT count(pg_notify('{NOTIFY_CHANNEL}', logged.id::text)) FROM logged) AS woken,
       ahead.n AS ahead, {', '.join(f'ticket.{name}' for name in FIELDS)}
FROM (SELECT 1) AS one LEFT JOIN ticket ON true LEFT JOIN ahead ON true
"""
    typed = [sa.bindparam(f"v_{name}", type_=tickets.c[name].type) for name in inserted if name not in reckoned]
    typed += [sa.bindparam("day", type_=tickets.c.business_date.type),
              sa.bindparam("now", type_=tickets.c.issued_at.type)]
    typed += [sa.bindparam(f"at{i}", type_=tickets.c.queued_at.type) for i, kind in enumerate(kinds) if kind == "below"]
    return sa.text(sql).bindparams(*typed).columns(
        sa.column("checks"), sa.column("woken"), sa.column("ahead"), *(tickets.c[name] for name in FIELDS))


_ISSUE = Sql(_issue)
_STATE = Sql(lambda d: sa.text(
    "SELECT (SELECT xmin::text FROM services WHERE code = :service), "
    "(SELECT last_number FROM daily_sequences WHERE service = :service AND business_date = :day)")
    .bindparams(sa.bindparam("day", type_=daily_sequences.c.business_date.type))
    .columns(sa.column("version"), sa.column("issued")))


@dataclass(frozen=True)
class IssueNow:
    """A ticket to add as one message: `ticket` as the domain built it for number
    `issued + 1` (the number, its time and its estimate are worked out again, once the
    service's number is locked); the routing `bounds` of its place; the service as read
    (`version`), its daily cap and its numbers from `issued`; the estimate's terms
    (domain.estimate.minutes); the idempotency key; who the event names."""

    ticket: Ticket
    bounds: dict
    version: str
    cap: int | None
    issued: int
    numbers: tuple[str, ...]
    mean: float
    share: float
    free: int
    key: str | None
    fingerprint: str
    actor: tuple[str, str] | None


class IssueRepository(Repository):
    def snapshot_reading(self, service: str, day: date) -> Read[tuple[str | None, int]]:
        """(the service row's version, how many it issued that day), read without a lock."""
        return Read([Step(_STATE, {"service": service, "day": day})],
                    lambda rows: (rows[0][0], rows[0][1] or 0) if rows else (None, 0))

    def issue(self, new: IssueNow) -> str | tuple[Ticket, int]:
        """Add the ticket in one round trip: (the ticket, the people ahead of it); GENERAL
        when the general way must (nothing was written)."""
        ticket = new.ticket
        kinds = tuple("none" if new.bounds.get(g) is None else "all" if new.bounds[g] == routing.EVERYBODY
                      else "own" if new.bounds[g] == routing.plain_key(ticket) else "below" for g in routing.GROUPS)
        who, role = new.actor or (None, None)
        params = {"service": ticket.service, "day": ticket.business_date, "now": ticket.issued_at,
                  "numbers": new.numbers, "first": new.issued, "version": new.version, "cap": new.cap,
                  "mean": new.mean, "share": new.share, "free": new.free, "key": new.key,
                  "fingerprint": new.fingerprint, "actor": who, "actor_role": role,
                  "audited": _audited(role, ticket.priority.value, ticket.channel.value),
                  **{f"v_{name}": value for name, value in row_values(ticket).items() if name not in _RECKONED}}
        for i, (group, kind) in enumerate(zip(routing.GROUPS, kinds)):
            if kind == "below":
                params[f"at{i}"], params[f"id{i}"] = new.bounds[group]
        added = Step(_ISSUE, params, shape=(kinds,))
        if not self.runner.trip([next_number(ticket.service, ticket.business_date), added], commit=True,
                                gives_up=gave_up) or not added.rows or added.rows[0][3] is None:
            return GENERAL
        return ticket_from_row(dict(zip(FIELDS, added.rows[0][3:]))), added.rows[0][2]

@functools.lru_cache(maxsize=None)
def _audited(role: str | None, priority: str, channel: str) -> bool:
    """Whether the event of a ticket issued so is audited: the catalogue's rule."""
    return catalogue.TicketIssued(at=datetime.now(timezone.utc), ticket_id=0, ticket_number="", service="",
                                  priority=priority, channel=channel, actor_role=role).audited
