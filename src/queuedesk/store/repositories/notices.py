""""Almost your turn" requests and the notices queued for them.

A notice is queued once: the row is unique per (request, kind, leg) and inserted with
ON CONFLICT DO NOTHING, so two web processes noticing the same moment queue it once.
Deliveries are claimed with SKIP LOCKED on PostgreSQL (the write transaction holds the
database on SQLite) and leased until `next_attempt_at`, so no two senders try the same
notice at once.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

import sqlalchemy as sa

from queuedesk.domain.notices import DeliveryState, Notice, NoticeKind, NoticeRequest
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import notice_requests, notices

_REQUEST_FIELDS = [c.name for c in notice_requests.columns if c.name != "id"]


def _request(row) -> NoticeRequest:
    return NoticeRequest(**row._mapping)


def _notice(row) -> Notice:
    values = dict(row._mapping)
    values["kind"] = NoticeKind(values["kind"])
    values["state"] = DeliveryState(values["state"])
    return Notice(**values)


class NoticeRepository(Repository):
    # -- requests ------------------------------------------------------------------------

    def request_for(self, ticket_id: int, lock: bool = False) -> NoticeRequest | None:
        row = self._row(notice_requests.c.ticket_id, ticket_id, lock)
        return _request(row) if row else None

    def requests_for(self, ticket_ids: Iterable[int]) -> dict[int, NoticeRequest]:
        ids = list(ticket_ids)
        if not ids:
            return {}
        rows = self.conn.execute(sa.select(notice_requests).where(notice_requests.c.ticket_id.in_(ids)))
        return {r.ticket_id: _request(r) for r in rows}

    def active_on(self, day: date) -> list[NoticeRequest]:
        """Requests of that business day that may still need a notice."""
        rows = self.conn.execute(sa.select(notice_requests).where(
            notice_requests.c.business_date == day, notice_requests.c.active,
            notice_requests.c.phone.is_not(None)).order_by(notice_requests.c.id))
        return [_request(r) for r in rows]

    def add_request(self, request: NoticeRequest) -> int:
        values = {name: getattr(request, name) for name in _REQUEST_FIELDS}
        request.id = self.conn.execute(notice_requests.insert().values(**values)
                                       .returning(notice_requests.c.id)).scalar_one()
        return request.id

    def save_request(self, request: NoticeRequest) -> None:
        values = {name: getattr(request, name) for name in _REQUEST_FIELDS}
        self.conn.execute(notice_requests.update().where(notice_requests.c.id == request.id).values(**values))

    def requests_by_id(self, ids: Iterable[int]) -> dict[int, NoticeRequest]:
        ids = list(ids)
        if not ids:
            return {}
        rows = self.conn.execute(sa.select(notice_requests).where(notice_requests.c.id.in_(ids)))
        return {r.id: _request(r) for r in rows}

    def forget_phones(self, before: date) -> int:
        """Wipe the phone numbers of requests made before business day `before`."""
        return self.conn.execute(notice_requests.update().where(
            notice_requests.c.business_date < before, notice_requests.c.phone.is_not(None))
            .values(phone=None, active=False)).rowcount

    # -- notices ---------------------------------------------------------------------------

    def queued(self, request_ids: Iterable[int]) -> dict[int, set[tuple[NoticeKind, int]]]:
        """{request id: {(kind, leg id)}} of the notices queued so far, whatever their state."""
        ids = list(request_ids)
        found: dict[int, set[tuple[NoticeKind, int]]] = {i: set() for i in ids}
        if ids:
            rows = self.conn.execute(sa.select(notices.c.request_id, notices.c.kind, notices.c.ticket_id)
                                     .where(notices.c.request_id.in_(ids)))
            for request_id, kind, leg in rows:
                found[request_id].add((NoticeKind(kind), leg))
        return found

    def notices_of(self, request_id: int) -> list[Notice]:
        rows = self.conn.execute(sa.select(notices).where(notices.c.request_id == request_id)
                                 .order_by(notices.c.id))
        return [_notice(r) for r in rows]

    def queue(self, notice: Notice) -> bool:
        """Queue `notice` unless the same one already is; True if this call queued it."""
        values = {c.name: getattr(notice, c.name) for c in notices.columns if c.name != "id"}
        values["kind"], values["state"] = notice.kind.value, notice.state.value
        inserted = self.conn.execute(self._insert(notices).values(**values).on_conflict_do_nothing()
                                     .returning(notices.c.id)).first()
        if inserted is None:
            return False
        notice.id = inserted[0]
        return True

    def due(self, now: datetime, limit: int) -> list[Notice]:
        """Pending notices whose time has come, locked for this transaction (others skip them)."""
        query = (sa.select(notices).where(notices.c.state == DeliveryState.PENDING.value,
                                          notices.c.next_attempt_at <= now)
                 .order_by(notices.c.next_attempt_at, notices.c.id).limit(limit))
        return [_notice(r) for r in self.conn.execute(self._locking(query, lock=True, skip_locked=True))]

    def get(self, notice_id: int, lock: bool = False) -> Notice:
        return _notice(self._row(notices.c.id, notice_id, lock))

    def save(self, notice: Notice) -> None:
        self.conn.execute(notices.update().where(notices.c.id == notice.id).values(
            state=notice.state.value, attempts=notice.attempts, next_attempt_at=notice.next_attempt_at,
            sent_at=notice.sent_at, last_error=notice.last_error))
