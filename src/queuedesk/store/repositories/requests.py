"""Idempotency keys: a repeated request (double tap, retried call) gets the first answer."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa

from queuedesk.store.repositories import Repository
from queuedesk.store.schema import requests


class RequestRepository(Repository):
    def claim(self, key: str, at: datetime) -> tuple[bool, int | None]:
        """(True, None) if this key is new; (False, ticket id) if it was seen before.

        On PostgreSQL a concurrent duplicate waits here for the first to commit.
        """
        inserted = self.conn.execute(self._insert(requests).values(key=key, at=at).on_conflict_do_nothing()
                                     .returning(requests.c.key)).first()
        if inserted is not None:
            return True, None
        return False, self.conn.execute(sa.select(requests.c.ticket_id).where(requests.c.key == key)).scalar()

    def settle(self, key: str, ticket_id: int | None) -> None:
        self.conn.execute(requests.update().where(requests.c.key == key).values(ticket_id=ticket_id))
