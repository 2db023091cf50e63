"""Business types and their names.

Read once per transaction: the first read of all of them is kept for the rest of it
(a set-up change in the same transaction forgets it).
"""
from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa

from queuedesk.domain.errors import UnknownService
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import OpeningHours, Service, ServiceGroup
from queuedesk.store.repositories import Repository, texts_by_owner
from queuedesk.store.schema import service_group_names, service_groups, service_names, services
from queuedesk.store.sql import Read, Sql, Step

FIELDS = ("code", "prefix", "number_width", "hours", "daily_cap", "target_wait_min", "max_wait_min",
           "expected_service_min", "enabled", "group_code")


def service_from_row(row, names: LocalText) -> Service:
    code, prefix, width, hours, cap, target, maximum, expected, enabled, group = row
    return Service(code=code, names=names, prefix=prefix, number_width=width, hours=OpeningHours.parse(hours),
                   daily_cap=cap, target_wait_min=target, max_wait_min=maximum, expected_service_min=expected,
                   enabled=enabled, group=group)


_ALL = Sql(lambda d: sa.select(*(services.c[f] for f in FIELDS)).order_by(services.c.sort_order, services.c.code))
_NAMES = Sql(lambda d: sa.select(service_names.c.service, service_names.c.lang, service_names.c.name))


class ServiceRepository(Repository):
    def __init__(self, conn, runner=None):
        super().__init__(conn, runner)
        self._all: dict[str, Service] | None = None

    def all_reading(self) -> Read[dict[str, Service]]:
        """Every service in the hall's order, to read with others (kept for `all`)."""
        def parse(rows, names):
            texts = texts_by_owner(names)
            self._all = {r[0]: service_from_row(r, texts.get(r[0], LocalText())) for r in rows}
            return dict(self._all)
        return Read([Step(_ALL), Step(_NAMES)], parse)

    def all(self, branches: Collection[str] | None = None) -> dict[str, Service]:
        """Every service, in the hall's order (head office: of some branches; a code two
        of them have comes once)."""
        if branches is not None:
            names = self._texts(service_names, "service", "name", branches=branches)
            query = (sa.select(*(services.c[f] for f in FIELDS)).where(services.c.branch.in_(list(branches)))
                     .order_by(services.c.sort_order, services.c.code))
            return {r[0]: service_from_row(r, names.get(r[0], LocalText())) for r in self.conn.execute(query)}
        if self._all is None:
            self.runner.read(self.all_reading())
        return dict(self._all)

    def get(self, code: str) -> Service:
        found = self.all().get(code)
        if found is None:
            raise UnknownService(code)
        return found

    def exists(self, code: str) -> bool:
        return self._exists(services.c.code, code)

    def add(self, s: Service) -> None:
        self._all = None
        order = self.conn.execute(sa.select(sa.func.count()).select_from(services)).scalar_one()
        self.conn.execute(services.insert().values(
            code=s.code, prefix=s.prefix, number_width=s.number_width,
            hours="" if s.hours == OpeningHours() else s.hours.describe(), daily_cap=s.daily_cap,
            target_wait_min=s.target_wait_min, max_wait_min=s.max_wait_min,
            expected_service_min=s.expected_service_min, enabled=s.enabled, sort_order=order, group_code=s.group))
        self.set_names(s.code, s.names)

    def set_enabled(self, code: str, enabled: bool) -> None:
        self._all = None
        self.conn.execute(services.update().where(services.c.code == code).values(enabled=enabled))

    def set_names(self, code: str, names: LocalText) -> None:
        self._all = None
        self._replace_texts(service_names, "service", "name", code, names)

    def set_group(self, code: str, group: str | None) -> None:
        self._all = None
        self.conn.execute(services.update().where(services.c.code == code).values(group_code=group))

    # -- groups (the kiosk's tabs) -----------------------------------------------------------

    def groups(self) -> list[ServiceGroup]:
        """Every group, in the hall's order."""
        names = self._texts(service_group_names, "group_code", "name")
        rows = self.conn.execute(sa.select(service_groups).order_by(service_groups.c.sort_order,
                                                                    service_groups.c.code))
        return [ServiceGroup(row.code, names.get(row.code, LocalText())) for row in rows]

    def group_exists(self, code: str) -> bool:
        return self._exists(service_groups.c.code, code)

    def add_group(self, group: ServiceGroup) -> None:
        order = self.conn.execute(sa.select(sa.func.count()).select_from(service_groups)).scalar_one()
        self.conn.execute(service_groups.insert().values(code=group.code, sort_order=order))
        self._replace_texts(service_group_names, "group_code", "name", group.code, group.names)
