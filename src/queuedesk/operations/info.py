"""What the use cases hand back to clients: plain values, ready for JSON.

Names are {language: text} dictionaries (domain.languages.LocalText as plain data); a
client asks `name(lang)` for the one to show. `to_dict()` also keeps the two fields
scripts read before names had languages (name_zh / name_en).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from queuedesk.domain.estimate import WaitEstimate
from queuedesk.domain.languages import EN, ZH_CN, LocalText
from queuedesk.domain.model import Counter, Service, Ticket


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _legacy(names: dict[str, str], prefix: str) -> dict[str, str]:
    local = LocalText(names)
    return {f"{prefix}_zh": local.text(ZH_CN.code), f"{prefix}_en": local.exact(EN.code)}


@dataclass(frozen=True)
class TicketInfo:
    id: int
    number: str
    service: str
    service_names: dict[str, str]
    priority: str
    state: str
    channel: str
    position: int | None          # people ahead while waiting
    estimated_wait_min: float | None
    token: str
    issued_at: str
    called_at: str | None
    started_at: str | None
    finished_at: str | None
    counter: int | None
    staff: str | None
    recalls: int
    note: str | None
    transferred_from: int | None
    waited_min: float
    #: While waiting, the promise as clients show it (domain.estimate.WaitEstimate as a
    #: dict: kind no_wait | wait | no_counter, minutes, and the range low–high); else None.
    wait: dict[str, Any] | None = None

    @classmethod
    def of(cls, t: Ticket, service: Service, now: datetime, position: int | None = None,
           estimate: WaitEstimate | None = None) -> "TicketInfo":
        return cls(id=t.id, number=t.number, service=t.service, service_names=dict(service.names),
                   priority=t.priority.value, state=t.state.value,
                   channel=t.channel.value, position=position,
                   estimated_wait_min=estimate.minutes if estimate is not None else t.estimated_wait_min,
                   wait=estimate.to_dict() if estimate is not None else None,
                   token=t.token, issued_at=_iso(t.issued_at), called_at=_iso(t.called_at),
                   started_at=_iso(t.started_at), finished_at=_iso(t.finished_at), counter=t.counter,
                   staff=t.staff, recalls=t.recalls, note=t.note, transferred_from=t.transferred_from,
                   waited_min=round(t.waited_min(now), 1))

    def service_name(self, lang: str) -> str:
        return LocalText(self.service_names).text(lang)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), **_legacy(self.service_names, "service_name")}


@dataclass(frozen=True)
class ServiceStatus:
    code: str
    names: dict[str, str]
    prefix: str
    enabled: bool
    hours: str
    daily_cap: int | None
    target_wait_min: float
    max_wait_min: float
    waiting: int
    longest_wait_min: float
    estimated_wait_min: float   # for a customer taking a ticket now
    open_counters: int
    refusal: str | None         # why a ticket cannot be taken now, or None
    refusal_kind: str | None    # disabled | hours | cap
    group: str | None = None    # its kiosk tab (a ServiceGroup's code)
    serving: tuple[int, ...] = ()   # the open counters that serve it, by number
    wait: dict[str, Any] | None = None   # the promise to a customer taking a ticket now (TicketInfo.wait)

    @classmethod
    def of(cls, s: Service, **figures) -> "ServiceStatus":
        return cls(code=s.code, names=dict(s.names), prefix=s.prefix,
                   enabled=s.enabled, hours=s.hours.describe(), daily_cap=s.daily_cap,
                   target_wait_min=s.target_wait_min, max_wait_min=s.max_wait_min, group=s.group, **figures)

    def name(self, lang: str) -> str:
        return LocalText(self.names).text(lang)

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), **_legacy(self.names, "name")}


@dataclass(frozen=True)
class GroupInfo:
    """A group of business types (a kiosk tab)."""

    code: str
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return LocalText(self.names).text(lang)


@dataclass(frozen=True)
class CounterStatus:
    number: int
    names: dict[str, str]        # the counter's own names; none: say "3号窗口" in the reader's words
    services: list[str]
    state: str
    pause_reason: str | None
    staff: str | None
    current: str | None          # ticket number at the counter
    current_state: str | None
    unattended: bool = False     # held by a desk that stopped renewing its lease

    @classmethod
    def of(cls, c: Counter, current: Ticket | None, now: datetime | None = None) -> "CounterStatus":
        return cls(number=c.number, names=dict(c.names), services=list(c.services), state=c.state.value,
                   pause_reason=c.pause_reason, staff=c.staff,
                   current=current.number if current else None,
                   current_state=current.state.value if current else None,
                   unattended=now is not None and c.unattended(now))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
