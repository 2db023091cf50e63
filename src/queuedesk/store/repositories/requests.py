"""Idempotency keys: a repeated request (double tap, retried call) gets the first answer.

A key is bound to the request it was first used for (a fingerprint of the use case and
its arguments): the same key sent with another request is refused, never answered with
the first request's ticket.
"""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from queuedesk.domain.errors import QueueError
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import requests


class KeyReused(QueueError):
    code = "key_reused"

    def __init__(self, key: str):
        super().__init__(f"key {key} was used for another request", key=key)


class RequestRepository(Repository):
    def claim(self, key: str, at: datetime, fingerprint: str) -> tuple[bool, int | None]:
        """(True, None) if this key is new; (False, ticket id) if this same request was
        made with it before; KeyReused if another request was.

        On PostgreSQL a concurrent duplicate waits here for the first to commit.
        """
        inserted = self.conn.execute(self._insert(requests).values(key=key, at=at, fingerprint=fingerprint)
                                     .on_conflict_do_nothing().returning(requests.c.key)).first()
        if inserted is not None:
            return True, None
        row = self.conn.execute(sa.select(requests.c.ticket_id, requests.c.fingerprint)
                                .where(requests.c.key == key)).one()
        if row.fingerprint != fingerprint:
            raise KeyReused(key)
        return False, row.ticket_id

    def settle(self, key: str, ticket_id: int | None) -> None:
        self.conn.execute(requests.update().where(requests.c.key == key).values(ticket_id=ticket_id))

    def purge(self, before: datetime | None = None, limit: int | None = None) -> int:
        """Forget keys claimed before `before` (all of them when None), at most `limit` of
        them (the oldest); how many went."""
        query = requests.delete()
        if before is not None:
            old = sa.select(requests.c.key).where(requests.c.at < before)
            if limit is not None:
                old = old.order_by(requests.c.at).limit(limit)
            query = query.where(requests.c.key.in_(old.scalar_subquery()))
        return self.conn.execute(query).rowcount or 0
