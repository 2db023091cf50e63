"""Idempotency keys: a repeated request (double tap, retried call) gets the first answer.

A key is bound to the request it was first used for (a fingerprint of the use case and
its arguments): the same key sent with another request is refused, never answered with
the first request's ticket.
"""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from queuedesk.domain.errors import QueueError
from queuedesk.store.repositories import Repository, dialect_insert
from queuedesk.store.schema import requests
from queuedesk.store.sql import Read, Sql, Step


def _claim(dialect: str):
    insert = dialect_insert(dialect)(requests)
    return (insert.values(key=sa.bindparam("key"), at=sa.bindparam("at", type_=requests.c.at.type),
                          fingerprint=sa.bindparam("fingerprint"))
            .on_conflict_do_nothing().returning(requests.c.key))


_CLAIM = Sql(_claim)
_FIRST = Sql(lambda d: sa.select(requests.c.ticket_id, requests.c.fingerprint)
             .where(requests.c.key == sa.bindparam("key")))
_SETTLE = Sql(lambda d: requests.update().where(requests.c.key == sa.bindparam("v_key"))
              .values(ticket_id=sa.bindparam("v_ticket_id")))


class KeyReused(QueueError):
    code = "key_reused"

    def __init__(self, key: str):
        super().__init__(f"key {key} was used for another request", key=key)


class RequestRepository(Repository):
    def claiming(self, key: str, at: datetime, fingerprint: str) -> Read[tuple[bool, int | None]]:
        """(True, None) if this key is new; (False, ticket id) if this same request was
        made with it before; KeyReused if another request was. To read with others.

        On PostgreSQL a concurrent duplicate waits here for the first to commit.
        """
        def parse(inserted, first):
            if inserted:
                return True, None
            ticket_id, used_for = first[0]
            if used_for != fingerprint:
                raise KeyReused(key)
            return False, ticket_id
        return Read([Step(_CLAIM, {"key": key, "at": at, "fingerprint": fingerprint}), Step(_FIRST, {"key": key})],
                    parse)

    def claim(self, key: str, at: datetime, fingerprint: str) -> tuple[bool, int | None]:
        return self.runner.read(self.claiming(key, at, fingerprint))[0]

    def settle(self, key: str, ticket_id: int | None) -> None:
        """The answer to the key (sent with the COMMIT)."""
        self.runner.later(_SETTLE, {"v_key": key, "v_ticket_id": ticket_id})

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
