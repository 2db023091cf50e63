"""Tickets, their daily numbering, and the queue figures read straight off them.

Locks on PostgreSQL: a waiting ticket is claimed with FOR UPDATE SKIP LOCKED, so two
counters never call the same one; the daily sequence is bumped by one atomic upsert, so
two kiosks never issue the same number.
"""
from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from queuedesk.domain.model import AT_COUNTER, Channel, Priority, Ticket, TicketState
from queuedesk.domain.routing import Passes
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import daily_sequences, tickets

_FIELDS = [c.name for c in tickets.columns if c.name != "branch"]   # the branch stamps its code itself
_AT_COUNTER = [s.value for s in AT_COUNTER]


def _ticket(row) -> Ticket:
    values = {name: row._mapping[name] for name in _FIELDS}
    values["priority"] = Priority(values["priority"])
    values["state"] = TicketState(values["state"])
    values["channel"] = Channel(values["channel"])
    return Ticket(**values)


def _values(t: Ticket) -> dict:
    values = {name: getattr(t, name) for name in _FIELDS if name != "id"}
    for key in ("priority", "state", "channel"):
        values[key] = values[key].value
    return values


class TicketRepository(Repository):
    def get(self, ticket_id: int, lock: bool = False) -> Ticket:
        query = self._locking(sa.select(tickets).where(tickets.c.id == ticket_id), lock)
        return _ticket(self.conn.execute(query).one())

    def by_number(self, number: str, day: date, lock: bool = False) -> Ticket | None:
        """The latest leg of that number that day (a transferred visit has several)."""
        query = (sa.select(tickets).where(tickets.c.business_date == day, tickets.c.number == number)
                 .order_by(tickets.c.id.desc()).limit(1))
        row = self.conn.execute(self._locking(query, lock)).first()
        return _ticket(row) if row else None

    def with_token_prefix(self, prefix: str) -> list[Ticket]:
        """Tickets whose token starts with `prefix` (hex). The caller compares the whole
        token in constant time: the index lookup can only leak how the prefix compares."""
        upper = prefix + "g"     # past every hex digit, in any collation that sorts them
        rows = self.conn.execute(sa.select(tickets).where(tickets.c.token >= prefix, tickets.c.token < upper))
        return [_ticket(r) for r in rows]

    def by_ids(self, ids: list[int]) -> dict[int, Ticket]:
        if not ids:
            return {}
        found = [_ticket(r) for r in self.conn.execute(sa.select(tickets).where(tickets.c.id.in_(ids)))]
        return {t.id: t for t in found}

    def successors(self, ids: list[int]) -> dict[int, Ticket]:
        """{id: the leg that continues it} for those of `ids` that were transferred on."""
        if not ids:
            return {}
        rows = self.conn.execute(sa.select(tickets).where(tickets.c.transferred_from.in_(ids)))
        return {r.transferred_from: _ticket(r) for r in rows}

    def by_token(self, token: str) -> Ticket | None:
        row = self.conn.execute(sa.select(tickets).where(tickets.c.token == token)).first()
        return _ticket(row) if row else None

    def at_counter(self, counter: int, day: date) -> Ticket | None:
        """The customer at the counter that day. One left called from an earlier day (no
        `day close`) is not shown as at the counter this morning; `day close` expires it."""
        query = (sa.select(tickets).where(tickets.c.counter == counter, tickets.c.business_date == day,
                                          tickets.c.state.in_(_AT_COUNTER))
                 .order_by(tickets.c.id.desc()).limit(1))
        row = self.conn.execute(query).first()
        return _ticket(row) if row else None

    def in_states(self, *states: TicketState, counter: int | None = None, day: date | None = None,
                  staff: str | None = None) -> list[Ticket]:
        query = sa.select(tickets).where(tickets.c.state.in_([s.value for s in states]))
        if counter is not None:
            query = query.where(tickets.c.counter == counter)
        if staff is not None:
            query = query.where(tickets.c.staff == staff)
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
        waiting = (tickets.c.state == TicketState.WAITING.value) & (tickets.c.business_date == day)
        plain = ((tickets.c.priority == Priority.NORMAL.value) & sa.not_(tickets.c.head_of_queue)
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

    def waiting_count(self, service: str, day: date, untargeted: bool = False) -> int:
        """Waiting tickets of the service (`untargeted`: only those not sent to one counter)."""
        query = sa.select(sa.func.count()).select_from(tickets).where(
            tickets.c.state == TicketState.WAITING.value, tickets.c.business_date == day,
            tickets.c.service == service)
        if untargeted:
            query = query.where(tickets.c.target_counter.is_(None))
        return self.conn.execute(query).scalar_one()

    def count_passed(self, service: str, day: date, passes: Passes) -> int:
        """How many of the service's waiting tickets a new one goes before: `Passes.matches`
        in SQL (tests/store hold the two together), counted on the queue index."""
        query = sa.select(sa.func.count()).select_from(tickets).where(
            tickets.c.state == TicketState.WAITING.value, tickets.c.service == service,
            tickets.c.business_date == day, tickets.c.target_counter.is_(None),
            tickets.c.priority.in_(sorted(p.value for p in passes.classes)))
        if not passes.transferred:
            query = query.where(sa.not_(tickets.c.head_of_queue))
        if passes.since is not None:
            query = query.where(sa.func.coalesce(tickets.c.queued_at, tickets.c.issued_at) >= passes.since)
        return self.conn.execute(query).scalar_one()

    def waiting_counts(self, day: date) -> dict[str, int]:
        rows = self.conn.execute(sa.select(tickets.c.service, sa.func.count()).where(
            tickets.c.state == TicketState.WAITING.value, tickets.c.business_date == day)
            .group_by(tickets.c.service))
        return {service: count for service, count in rows}

    def claim_waiting(self, ticket_id: int) -> Ticket | None:
        """Lock a waiting ticket for calling, or None if another counter got it first."""
        query = self._locking(
            sa.select(tickets).where(tickets.c.id == ticket_id, tickets.c.state == TicketState.WAITING.value),
            lock=True, skip_locked=True)
        row = self.conn.execute(query).first()
        return _ticket(row) if row else None

    def add(self, t: Ticket) -> int:
        t.id = self.conn.execute(tickets.insert().values(**_values(t)).returning(tickets.c.id)).scalar_one()
        return t.id

    def save(self, t: Ticket) -> None:
        self.conn.execute(tickets.update().where(tickets.c.id == t.id).values(**_values(t)))

    # -- numbering ---------------------------------------------------------------------

    def next_sequence(self, service: str, day: date) -> int:
        stmt = (self._insert(daily_sequences).values(service=service, business_date=day, last_number=1)
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
                   tickets.c.state == TicketState.DONE.value, tickets.c.started_at.is_not(None))
            .order_by(tickets.c.finished_at.desc()).limit(limit))
        minutes = [(r.finished_at - r.started_at).total_seconds() / 60 for r in rows]
        return list(reversed(minutes))
