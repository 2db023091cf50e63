"""The complaints register."""
from __future__ import annotations

import sqlalchemy as sa

from queuedesk.domain.complaints import Channel, Complaint, Grade
from queuedesk.domain.errors import QueueError
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import complaints

_FIELDS = [c.name for c in complaints.columns if c.name != "id"]


def _complaint(row) -> Complaint:
    values = dict(row._mapping)
    values["channel"], values["grade"] = Channel(values["channel"]), Grade(values["grade"])
    return Complaint(**values)


def _values(c: Complaint) -> dict:
    values = {name: getattr(c, name) for name in _FIELDS}
    values["channel"], values["grade"] = c.channel.value, c.grade.value
    return values


class ComplaintRepository(Repository):
    def add(self, c: Complaint) -> int:
        c.id = self.conn.execute(complaints.insert().values(**_values(c)).returning(complaints.c.id)).scalar_one()
        return c.id

    def get(self, complaint_id: int, lock: bool = False) -> Complaint:
        if (row := self._row(complaints.c.id, complaint_id, lock)) is None:
            raise QueueError(f"no complaint {complaint_id}", "unknown_complaint", complaint=complaint_id)
        return _complaint(row)

    def save(self, c: Complaint) -> None:
        self.conn.execute(complaints.update().where(complaints.c.id == c.id).values(**_values(c)))

    def all(self, open_only: bool = False) -> list[Complaint]:
        """The register, oldest first; `open_only`: those not answered yet."""
        query = sa.select(complaints)
        if open_only:
            query = query.where(complaints.c.answered_at.is_(None))
        return [_complaint(r) for r in self.conn.execute(query.order_by(complaints.c.id))]
