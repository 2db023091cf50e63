"""Staff accounts (password hashes never leave this repository but to be checked)."""
from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa

from queuedesk.domain.errors import UnknownStaff
from queuedesk.domain.model import Role, Staff
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import staff


def _member(row) -> Staff:
    return Staff(row.user, row.name, Role(row.role), row.staff_number)


class StaffRepository(Repository):
    def get(self, user: str) -> tuple[Staff, str]:
        """An active member and their password hash."""
        row = self.conn.execute(sa.select(staff).where(staff.c.user == user, staff.c.active)).first()
        if row is None:
            raise UnknownStaff(user)
        return _member(row), row.password_hash

    def all(self, branches: Collection[str] | None = None) -> list[Staff]:
        """Every member (head office: of some branches)."""
        query = sa.select(staff).order_by(staff.c.user)
        if branches is not None:
            query = query.where(staff.c.branch.in_(list(branches)))
        return [_member(r) for r in self.conn.execute(query)]

    def exists(self, user: str) -> bool:
        return self._exists(staff.c.user, user)

    def add(self, s: Staff, password_hash: str) -> None:
        self.conn.execute(staff.insert().values(user=s.user, name=s.name, staff_number=s.staff_number,
                                                role=s.role.value, password_hash=password_hash))
