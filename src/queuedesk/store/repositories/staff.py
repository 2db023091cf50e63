"""Staff accounts. Password hashes are read only by `account` (to check a password):
every other read names the public columns, which is all a lobby screen's PostgreSQL role
may select (store.pg_roles)."""
from __future__ import annotations

import sqlalchemy as sa

from queuedesk.domain.errors import UnknownStaff
from queuedesk.domain.model import Account, Role, Staff
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import staff

#: What any screen may know of a member (a counter screen shows the name and staff number).
PUBLIC = (staff.c.user, staff.c.name, staff.c.staff_number, staff.c.role, staff.c.active)


def _member(row) -> Staff:
    return Staff(row.user, row.name, Role(row.role), row.staff_number)


def _account(row) -> Account:
    return Account(_member(row), active=row.active, failed_signins=row.failed_signins,
                   locked_until=row.locked_until)


class StaffRepository(Repository):
    def get(self, user: str) -> Staff:
        """An active member."""
        row = self.conn.execute(sa.select(*PUBLIC).where(staff.c.user == user, staff.c.active)).first()
        if row is None:
            raise UnknownStaff(user)
        return _member(row)

    def account(self, user: str, lock: bool = False) -> tuple[Account, str] | None:
        """Any account, enabled or not, with its password hash; None if there is none."""
        row = self.conn.execute(self._locking(sa.select(staff).where(staff.c.user == user), lock)).first()
        return (_account(row), row.password_hash) if row else None

    def save_account(self, account: Account) -> None:
        self.conn.execute(staff.update().where(staff.c.user == account.member.user).values(
            active=account.active, failed_signins=account.failed_signins, locked_until=account.locked_until))

    def set_password(self, user: str, password_hash: str) -> None:
        self.conn.execute(staff.update().where(staff.c.user == user).values(password_hash=password_hash))

    def all(self) -> list[Staff]:
        return [_member(r) for r in self.conn.execute(sa.select(*PUBLIC).order_by(staff.c.user))]

    def accounts(self) -> list[Account]:
        columns = (*PUBLIC, staff.c.failed_signins, staff.c.locked_until)
        return [_account(r) for r in self.conn.execute(sa.select(*columns).order_by(staff.c.user))]

    def exists(self, user: str) -> bool:
        return self._exists(staff.c.user, user)

    def add(self, s: Staff, password_hash: str) -> None:
        self.conn.execute(staff.insert().values(user=s.user, name=s.name, staff_number=s.staff_number,
                                                role=s.role.value, password_hash=password_hash))
