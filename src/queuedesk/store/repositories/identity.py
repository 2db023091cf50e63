"""Which database this is, and which copy of it (see schema.identity)."""
from __future__ import annotations

import sqlalchemy as sa

from queuedesk.store import head_office
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import identity


class IdentityRepository(Repository):
    def get(self) -> tuple[str, int] | None:
        row = self.conn.execute(sa.select(identity.c.id, identity.c.generation)).first()
        return (row.id, row.generation) if row else None

    def branch(self) -> str:
        """This hall's branch code ('' until `init --branch` gives one)."""
        return head_office.branch_code(self.conn)

    def next_generation(self) -> int:
        """A restored copy is a new generation of the same database."""
        self.conn.execute(identity.update().values(generation=identity.c.generation + 1))
        return self.get()[1]
