"""Call next as one statement (PostgreSQL): one round trip for the whole action.

The general way (operations.calling) costs three round trips: lock the counter and read
its customer and the head of its queues, claim the next ticket, write and commit. Here
the same happens inside one statement, in this order:

1. lock the counter, then read its customer as it is now (a statement sees the database
   as it was when it began: `queuedesk_at_counter`, migration 0021, reads afresh);
2. decide, as domain.model.moving_on does, how that customer's visit ends — or leave
   the action to the general way (`GENERAL`): a counter not open or held by someone
   else, a customer the teller must decide about, anything unusual. Nothing is written
   then, and the general way gives the error or the answer;
3. end the customer's visit, then claim the next ticket: the heads of the counter's
   queues in routing's order (domain.routing: the ranks, the overdue share and the
   policy's preference are spelled into SQL from there), the first one no other counter
   holds (FOR UPDATE SKIP LOCKED). Should other counters have taken every ticket read,
   the statement gives up as a whole (`queuedesk_give_up`) and the general way, which
   reads further, takes over;
4. take the event lock (`queuedesk_event_turn`, which also reads the newest event's time
   as it is now), change the kept waiting count, write the events as the event log
   would (domain.events: the payload's fields are the catalogue's), wake the readers;
5. remember the idempotency key with its answer: a key already used makes the insert
   fail, the statement leaves nothing behind, and the general way answers as before.

tests/store/test_call_next_at_once.py proves it equal to the general way: the same
tickets called in the same order, the same rows and the same events, on random halls.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone

import sqlalchemy as sa

from queuedesk.domain import events as catalogue
from queuedesk.domain import routing
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import CounterState, Priority, Service, Ticket, TicketState
from queuedesk.store.event_log import NOTIFY_CHANNEL, payload_sql
from queuedesk.store.repositories import Repository
from queuedesk.store.repositories.services import FIELDS as SERVICE_FIELDS
from queuedesk.store.repositories.services import service_from_row
from queuedesk.store.repositories.tickets import FIELDS, HEAD, heads_sql, routing_groups_sql, ticket_from_row
from queuedesk.store.schema import TARGETED, WAITING, requests, tickets
from queuedesk.store.sql import Sql

#: The answer when the action is left to the general way.
GENERAL = "general"
#: Why a statement gave up (migration 0021), and a key already used (requests' primary key).
GAVE_UP, UNIQUE_VIOLATION = "QD001", "23505"

_WAITING, _CALLED, _SERVING = TicketState.WAITING.value, TicketState.CALLED.value, TicketState.SERVING.value
_ENDINGS = {"finish": (TicketState.DONE.value, catalogue.TicketFinished),
            "no_show": (TicketState.NO_SHOW.value, catalogue.TicketNoShow)}


def _minutes(later: str, earlier: str) -> str:
    """SQL for domain.model.logged_minutes(later - earlier), clamped at nought."""
    return (f"((greatest(0, (extract(epoch FROM ({later}) - ({earlier})) * 1000000)::bigint) * 100 + 30000000)"
            f" / 60000000)::float8 / 100")


def _by_step(values: dict) -> str:
    """The WHEN branches of a CASE on how the visit ends: {step: SQL value}."""
    return " ".join(f"WHEN '{step}' THEN {value}" for step, value in values.items())


def _rank(policy_name: str) -> str:
    """SQL for domain.routing.order_key of a head ticket (columns of `heads`, joined with
    its service and the counter's `decided` row): rank, preference, joined."""
    classes = " ".join(f"WHEN '{p.value}' THEN {rank}" for p, rank in routing.CLASS_RANK.items())
    rank = (f"CASE WHEN heads.priority = '{Priority.EMERGENCY.value}' THEN {routing.EMERGENCY_RANK} "
            f"WHEN heads.joined < CAST(:now AS timestamptz) - make_interval(secs => services.max_wait_min * 60 "
            f"* CAST(:overdue_share AS float8)) THEN {routing.OVERDUE_RANK} "
            f"WHEN heads.head_of_queue THEN {routing.TRANSFERRED_RANK} "
            f"ELSE CASE heads.priority {classes} END END")
    if policy_name == routing.SERVICE_ORDER:
        preference = ("coalesce(array_position(string_to_array(decided.services, ','), heads.service) - 1, "
                      "cardinality(string_to_array(decided.services, ',')))")
    elif policy_name == routing.AGING:
        preference = "services.expected_service_min"
    else:
        preference = "0"
    return (f"SELECT heads.id, chosen.rank, CASE WHEN chosen.rank = {routing.PLAIN_RANK} THEN {preference} "
            f"ELSE 0 END AS preference, heads.joined FROM heads JOIN services ON services.code = heads.service "
            f"CROSS JOIN decided CROSS JOIN LATERAL (SELECT {rank} AS rank) AS chosen")


def _call_next(dialect: str, policy_name: str):
    columns = ", ".join(f"called.{name}" for name in FIELDS)
    service_columns = ", ".join(f"services.{name}" for name in SERVICE_FIELDS)
    groups, priority, head = routing_groups_sql(dialect)
    head_columns = ("tickets.id, tickets.service, tickets.priority, tickets.head_of_queue, "
                    "coalesce(tickets.queued_at, tickets.issued_at) AS joined")
    finished_type = _by_step({step: f"'{event.type}'" for step, (_, event) in _ENDINGS.items()})
    finished_version = _by_step({step: event.version for step, (_, event) in _ENDINGS.items()})
    finished_state = _by_step({step: f"'{state}'" for step, (state, _) in _ENDINGS.items()})
    finished_waiting = ("CASE WHEN finished.service = called.service THEN counted.waiting "
                        "ELSE queuedesk_waiting(CAST(:day AS date), finished.service) END")
    finish_payload = payload_sql(catalogue.TicketFinished, waiting=finished_waiting,
                              service_min=_minutes("finished.finished_at", "finished.started_at"))
    no_show_payload = payload_sql(catalogue.TicketNoShow, waiting=finished_waiting, recalls="finished.recalls")
    called_payload = payload_sql(catalogue.TicketCalled, waiting="counted.waiting", how="'next'",
                              waited_min=_minutes("called.first_called_at", "coalesce(called.queued_at, "
                                                  "called.issued_at)"),
                              priority="called.priority")
    staff = "CAST(:staff AS varchar)"
    sql = f"""
WITH counter AS (
    SELECT number, services, state, staff FROM counters WHERE number = CAST(:counter AS integer) FOR UPDATE
), at_counter AS (
    SELECT queuedesk_at_counter(number, CAST(:day AS date)) AS id FROM counter
), current AS (
    SELECT id, state, recalls FROM tickets WHERE id = (SELECT id FROM at_counter) FOR UPDATE
), decided AS (
    SELECT counter.number, counter.services, counter.staff, current.id AS current_id,
           CASE WHEN counter.state <> '{CounterState.OPEN.value}'
                     OR ({staff} IS NOT NULL AND counter.staff IS DISTINCT FROM {staff})
                     OR (current.id IS NULL AND (SELECT id FROM at_counter) IS NOT NULL) THEN '{GENERAL}'
                WHEN current.id IS NULL THEN 'call'
                WHEN NOT CAST(:finish_on_next AS boolean) THEN '{GENERAL}'
                WHEN current.state = '{_SERVING}' THEN 'finish'
                WHEN current.state = '{_CALLED}' AND current.recalls >= CAST(:no_show_after AS integer) THEN 'no_show'
                ELSE '{GENERAL}' END AS step
    FROM counter LEFT JOIN current ON true
), finished AS (
    UPDATE tickets SET state = CASE decided.step {finished_state} END, finished_at = CAST(:now AS timestamptz),
           started_at = CASE decided.step WHEN 'finish' THEN coalesce(tickets.started_at, tickets.called_at)
                        ELSE tickets.started_at END
    FROM decided WHERE tickets.id = decided.current_id AND decided.step IN ('finish', 'no_show')
    RETURNING tickets.id, tickets.number, tickets.service, tickets.recalls, tickets.started_at,
              tickets.finished_at, decided.step
), served AS (
    SELECT code FROM decided CROSS JOIN unnest(string_to_array(decided.services, ',')) AS codes(code)
    WHERE decided.step <> '{GENERAL}'
), heads AS (
    SELECT {head_columns} FROM tickets
    WHERE {TARGETED} AND business_date = CAST(:day AS date) AND target_counter = CAST(:counter AS integer)
      AND EXISTS (SELECT 1 FROM decided WHERE step <> '{GENERAL}')
    UNION ALL
    {heads_sql(dialect, f"served CROSS JOIN {groups}",
               f"{WAITING} AND business_date = CAST(:day AS date) AND service = served.code "
               f"AND priority = {priority} AND head_of_queue = {head}", "queued_at, id", str(HEAD), head_columns)}
), ranked AS (
    {_rank(policy_name)}
), next AS (
    SELECT tickets.id
    FROM unnest(ARRAY(SELECT id FROM ranked ORDER BY rank, preference, joined, id)) WITH ORDINALITY AS wanted(id, n)
    JOIN tickets ON tickets.id = wanted.id
    WHERE tickets.state = '{_WAITING}' AND (SELECT count(*) FROM finished) >= 0
    ORDER BY wanted.n LIMIT 1 FOR UPDATE OF tickets SKIP LOCKED
), called AS (
    UPDATE tickets SET state = '{_CALLED}', counter = decided.number, staff = decided.staff,
           called_at = CAST(:now AS timestamptz),
           first_called_at = coalesce(tickets.first_called_at, CAST(:now AS timestamptz))
    FROM decided WHERE tickets.id = (SELECT id FROM next)
    RETURNING tickets.*
), gave_up AS (
    SELECT queuedesk_give_up('call next: other counters took every ticket it read; the general way reads on')
    WHERE NOT EXISTS (SELECT 1 FROM called) AND EXISTS (SELECT 1 FROM ranked)
), turn AS (
    SELECT queuedesk_event_turn() AS newest WHERE EXISTS (SELECT 1 FROM called) OR EXISTS (SELECT 1 FROM finished)
), counted AS (
    INSERT INTO queue_counts (business_date, service, waiting)
    SELECT CAST(:day AS date), called.service, -1 FROM called CROSS JOIN turn
    ON CONFLICT (business_date, service) DO UPDATE SET waiting = queue_counts.waiting + excluded.waiting
    RETURNING waiting
), logged AS (
    INSERT INTO events (at, type, version, ticket_id, ticket_number, service, counter, staff, actor, actor_role,
                        audited, payload)
    SELECT at, type, version, ticket_id, ticket_number, service, counter, staff, actor, actor_role, audited, payload
    FROM (
        SELECT 1 AS n, greatest(CAST(:now AS timestamptz), turn.newest) AS at,
               CASE finished.step {finished_type} END AS type, CASE finished.step {finished_version} END AS version,
               finished.id AS ticket_id, finished.number AS ticket_number, finished.service,
               decided.number AS counter, decided.staff, CAST(:actor AS varchar) AS actor,
               CAST(:actor_role AS varchar) AS actor_role,
               CASE finished.step WHEN 'finish' THEN CAST(:finish_audited AS boolean)
                    ELSE CAST(:no_show_audited AS boolean) END AS audited,
               CASE finished.step WHEN 'finish' THEN {finish_payload} ELSE {no_show_payload} END AS payload
        FROM finished CROSS JOIN turn CROSS JOIN decided LEFT JOIN called ON true LEFT JOIN counted ON true
        UNION ALL
        SELECT 2, greatest(CAST(:now AS timestamptz), turn.newest), '{catalogue.TicketCalled.type}',
               {catalogue.TicketCalled.version}, called.id, called.number, called.service, decided.number,
               decided.staff, CAST(:actor AS varchar), CAST(:actor_role AS varchar),
               CAST(:call_audited AS boolean), {called_payload}
        FROM called CROSS JOIN counted CROSS JOIN turn CROSS JOIN decided
    ) AS written ORDER BY n
    RETURNING id
), remembered AS (
    INSERT INTO requests (key, at, fingerprint, ticket_id)
    SELECT CAST(:key AS varchar), CAST(:now AS timestamptz), CAST(:fingerprint AS varchar), (SELECT id FROM called)
    FROM decided WHERE CAST(:key AS varchar) IS NOT NULL AND decided.step <> '{GENERAL}'
    RETURNING key
)
SELECT decided.step,
       -- a CTE that writes nothing runs only when asked for: these two are asked for here
       (SELECT count(*) FROM gave_up),
       (SELECT count(pg_notify('{NOTIFY_CHANNEL}', last.id::text)) FROM (SELECT max(id) AS id FROM logged) AS last
        WHERE last.id IS NOT NULL),
       {columns}, {service_columns},
       (SELECT json_object_agg(lang, name) FROM service_names WHERE service = called.service)
FROM decided LEFT JOIN called ON true LEFT JOIN services ON services.code = called.service
"""
    clause = sa.text(sql).bindparams(sa.bindparam("day", type_=tickets.c.business_date.type),
                                     sa.bindparam("now", type_=tickets.c.called_at.type))
    return clause.columns(sa.column("step"), sa.column("checks"), sa.column("woken"),
                          *(tickets.c[name] for name in FIELDS), *(sa.column(name) for name in SERVICE_FIELDS),
                          sa.column("names"))


_CALL_NEXT = Sql(_call_next)


@dataclass(frozen=True)
class CallNext:
    """What call next needs to know besides the database: the counter and who acts there,
    the hall's rules for moving on (domain.model.no_show_after), its calling policy, and
    who the events name."""

    counter: int
    day: date
    now: datetime
    staff: str | None
    key: str | None
    fingerprint: str
    finish_on_next: bool
    no_show_after: int
    policy: routing.Policy
    actor: tuple[str, str] | None


class CallRepository(Repository):
    def call_next(self, call: CallNext) -> str | tuple[Ticket, Service] | None:
        """Call next in one round trip: (the ticket called, its service); None when no one
        is waiting; GENERAL when the action is the general way's (nothing was written)."""
        if not self.is_pg:
            return GENERAL
        who, role = call.actor or (None, None)
        rows = self.runner.alone(_CALL_NEXT, {
            "counter": call.counter, "day": call.day, "now": call.now, "staff": call.staff, "key": call.key,
            "fingerprint": call.fingerprint, "finish_on_next": call.finish_on_next,
            "no_show_after": call.no_show_after, "overdue_share": call.policy.overdue_share,
            "actor": who, "actor_role": role, **_audited(role)}, shape=(call.policy.name,), gives_up=gave_up)
        if not rows or rows[0][0] == GENERAL:
            return GENERAL
        row = rows[0]
        ticket_row = row[3:3 + len(FIELDS)]
        if ticket_row[0] is None:
            return None
        service_row = row[3 + len(FIELDS):3 + len(FIELDS) + len(SERVICE_FIELDS)]
        names = row[-1]
        return (ticket_from_row(dict(zip(FIELDS, ticket_row))),
                service_from_row(service_row, LocalText(json.loads(names) if isinstance(names, str) else names or {})))


@functools.lru_cache(maxsize=None)
def _audited(role: str | None) -> dict[str, bool]:
    """Whether each event call next records is audited when `role` acts: the catalogue's
    rule, asked of an event of each kind."""
    def audited(event: type[catalogue.Event], **payload) -> bool:
        return event(at=datetime.now(timezone.utc), ticket_id=0, ticket_number="", service="", counter=1,
                     actor_role=role, **payload).audited
    return {"finish_audited": audited(catalogue.TicketFinished), "no_show_audited": audited(catalogue.TicketNoShow),
            "call_audited": audited(catalogue.TicketCalled, how="next")}


def gave_up(exc) -> bool:
    """The statement gave up as a whole: other counters took every ticket it read, or its
    key was used before (its answer is the general way's to give)."""
    state = getattr(exc, "sqlstate", None)
    if state == GAVE_UP:
        return True
    return state == UNIQUE_VIOLATION and getattr(getattr(exc, "diag", None), "table_name", None) == requests.name
