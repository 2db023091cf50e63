"""Business types and their names."""
from __future__ import annotations

from collections.abc import Collection

import sqlalchemy as sa

from queuedesk.domain.errors import UnknownService
from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import OpeningHours, Service, ServiceGroup
from queuedesk.store.repositories import Repository
from queuedesk.store.schema import service_group_names, service_groups, service_names, services


def _service(row, names: LocalText) -> Service:
    return Service(code=row.code, names=names, prefix=row.prefix, number_width=row.number_width,
                   hours=OpeningHours.parse(row.hours), daily_cap=row.daily_cap,
                   target_wait_min=row.target_wait_min, max_wait_min=row.max_wait_min,
                   expected_service_min=row.expected_service_min, enabled=row.enabled, group=row.group_code)


class ServiceRepository(Repository):
    def all(self, branches: Collection[str] | None = None) -> dict[str, Service]:
        """Every service, in the hall's order (head office: of some branches; a code two
        of them have comes once)."""
        names = self._texts(service_names, "service", "name", branches=branches)
        query = sa.select(services).order_by(services.c.sort_order, services.c.code)
        if branches is not None:
            query = query.where(services.c.branch.in_(list(branches)))
        rows = self.conn.execute(query)
        return {row.code: _service(row, names.get(row.code, LocalText())) for row in rows}

    def get(self, code: str) -> Service:
        if (row := self._row(services.c.code, code)) is None:
            raise UnknownService(code)
        return _service(row, self._texts_of(service_names, "service", "name", code))

    def exists(self, code: str) -> bool:
        return self._exists(services.c.code, code)

    def add(self, s: Service) -> None:
        order = self.conn.execute(sa.select(sa.func.count()).select_from(services)).scalar_one()
        self.conn.execute(services.insert().values(
            code=s.code, prefix=s.prefix, number_width=s.number_width,
            hours="" if s.hours == OpeningHours() else s.hours.describe(), daily_cap=s.daily_cap,
            target_wait_min=s.target_wait_min, max_wait_min=s.max_wait_min,
            expected_service_min=s.expected_service_min, enabled=s.enabled, sort_order=order, group_code=s.group))
        self.set_names(s.code, s.names)

    def set_enabled(self, code: str, enabled: bool) -> None:
        self.conn.execute(services.update().where(services.c.code == code).values(enabled=enabled))

    def set_names(self, code: str, names: LocalText) -> None:
        self._replace_texts(service_names, "service", "name", code, names)

    def set_group(self, code: str, group: str | None) -> None:
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
