"""Counters: their services, state, the teller signed in, and their names."""
from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa

from queuedesk.domain.errors import UnknownCounter
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Counter, CounterState
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import counter_names, counters


def _counter(row, names: LocalText) -> Counter:
    return Counter(number=row.number, services=[c for c in row.services.split(",") if c], names=names,
                   state=CounterState(row.state), pause_reason=row.pause_reason, staff=row.staff,
                   lease_until=row.lease_until)


class CounterRepository(Repository):
    def all(self, branches: Collection[str] | None = None) -> list[Counter]:
        """Every counter (head office: of some branches)."""
        names = self._texts(counter_names, "counter", "name", branches=branches)
        query = sa.select(counters).order_by(counters.c.number)
        if branches is not None:
            query = query.where(counters.c.branch.in_(list(branches)))
        rows = self.conn.execute(query)
        return [_counter(r, names.get(r.number, LocalText())) for r in rows]

    def get(self, number: int, lock: bool = False) -> Counter:
        if (row := self._row(counters.c.number, number, lock)) is None:
            raise UnknownCounter(number)
        return _counter(row, self._texts_of(counter_names, "counter", "name", number))

    def exists(self, number: int) -> bool:
        return self._exists(counters.c.number, number)

    def add(self, c: Counter) -> None:
        self.conn.execute(counters.insert().values(number=c.number, services=",".join(c.services),
                                                   state=c.state.value))
        self.set_names(c.number, c.names)

    def save(self, c: Counter) -> None:
        """State, services and the teller; names change only through set_names."""
        self.conn.execute(counters.update().where(counters.c.number == c.number).values(
            services=",".join(c.services), state=c.state.value, pause_reason=c.pause_reason, staff=c.staff,
            lease_until=c.lease_until))

    def set_names(self, number: int, names: LocalText) -> None:
        self._replace_texts(counter_names, "counter", "name", number, names)
