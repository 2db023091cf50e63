"""Counters: their services, state, the teller signed in, and their names."""
from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa

from queuedesk.domain.errors import UnknownCounter
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import Counter, CounterState
from queuedesk.store.repositories import Repository, texts_by_owner
from queuedesk.store.schema import counter_names, counters
from queuedesk.store.sql import Read, Sql, Step

_FIELDS = ("number", "services", "state", "pause_reason", "staff", "lease_until")


def _counter(row, names: LocalText) -> Counter:
    number, services, state, pause_reason, staff, lease_until = row
    return Counter(number=number, services=[c for c in services.split(",") if c], names=names,
                   state=CounterState(state), pause_reason=pause_reason, staff=staff, lease_until=lease_until)


def _row(dialect: str, lock: bool = False):
    row = sa.select(*(counters.c[f] for f in _FIELDS)).where(counters.c.number == sa.bindparam("number"))
    return row.with_for_update() if lock and dialect == "postgresql" else row


_ONE = Sql(_row)
_ONE_LOCKED = Sql(lambda d: _row(d, lock=True))
_ALL = Sql(lambda d: sa.select(*(counters.c[f] for f in _FIELDS)).order_by(counters.c.number))
_NAMES = Sql(lambda d: sa.select(counter_names.c.counter, counter_names.c.lang, counter_names.c.name))
_NAMES_OF = Sql(lambda d: sa.select(counter_names.c.counter, counter_names.c.lang, counter_names.c.name)
                .where(counter_names.c.counter == sa.bindparam("number")))
_SAVE = Sql(lambda d: counters.update().where(counters.c.number == sa.bindparam("v_number")).values(
    services=sa.bindparam("v_services"), state=sa.bindparam("v_state"),
    pause_reason=sa.bindparam("v_pause_reason"), staff=sa.bindparam("v_staff"),
    lease_until=sa.bindparam("v_lease_until", type_=counters.c.lease_until.type)))


class CounterRepository(Repository):
    def reading(self, number: int, lock: bool = False, names: bool = True) -> Read[Counter]:
        """Counter `number` (its row locked on PostgreSQL if asked; without its names if
        they are not needed), to read with others."""
        def parse(rows, texts=()):
            if not rows:
                raise UnknownCounter(number)
            return _counter(rows[0], texts_by_owner(texts).get(number, LocalText()))
        steps = [Step(_ONE_LOCKED if lock else _ONE, {"number": number})]
        if names:
            steps.append(Step(_NAMES_OF, {"number": number}))
        return Read(steps, parse)

    def all_reading(self) -> Read[list[Counter]]:
        def parse(rows, names):
            by_number = texts_by_owner(names)
            return [_counter(r, by_number.get(r[0], LocalText())) for r in rows]
        return Read([Step(_ALL), Step(_NAMES)], parse)

    def all(self, branches: Collection[str] | None = None) -> list[Counter]:
        """Every counter (head office: of some branches)."""
        if branches is None:
            return self.runner.read(self.all_reading())[0]
        names = self._texts(counter_names, "counter", "name", branches=branches)
        query = (sa.select(*(counters.c[f] for f in _FIELDS)).where(counters.c.branch.in_(list(branches)))
                 .order_by(counters.c.number))
        return [_counter(r, names.get(r[0], LocalText())) for r in self.conn.execute(query)]

    def get(self, number: int, lock: bool = False) -> Counter:
        return self.runner.read(self.reading(number, lock))[0]

    def exists(self, number: int) -> bool:
        return self._exists(counters.c.number, number)

    def add(self, c: Counter) -> None:
        self.conn.execute(counters.insert().values(number=c.number, services=",".join(c.services),
                                                   state=c.state.value))
        self.set_names(c.number, c.names)

    def save(self, c: Counter) -> None:
        """State, services and the teller; names change only through set_names."""
        self.runner.later(_SAVE, {"v_number": c.number, "v_services": ",".join(c.services), "v_state": c.state.value,
                                  "v_pause_reason": c.pause_reason, "v_staff": c.staff,
                                  "v_lease_until": c.lease_until})

    def set_names(self, number: int, names: LocalText) -> None:
        self._replace_texts(counter_names, "counter", "name", number, names)
