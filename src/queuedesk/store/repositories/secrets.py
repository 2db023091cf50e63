"""The hall's other secrets, kept as hashes (operations.passwords): the kiosks' staff PIN."""
from __future__ import annotations

import sqlalchemy as sa

from queuedesk.store.repositories import Repository
from queuedesk.store.schema import secrets


class SecretRepository(Repository):
    def get(self, key: str) -> str | None:
        return self.conn.execute(sa.select(secrets.c.hash).where(secrets.c.key == key)).scalar()

    def set(self, key: str, hashed: str) -> None:
        stmt = self._insert(secrets).values(key=key, hash=hashed)
        self.conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"hash": hashed}))
