"""The hall a simulation runs: its business types and counters, as plain data.

Taken from a sample (`operations.samples.SAMPLES`) or read from a live hall (read only:
the simulation then runs on a copy, never in that hall), cut to the counters asked for
or extended with universal counters that serve every business type.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from queuedesk.domain.languages import LocalText
from queuedesk.domain.model import OpeningHours, Service
from queuedesk.operations import queries, samples
from queuedesk.operations.hall import Hall

_LANGS = ("zh_CN", "zh_TW", "en")


@dataclass(frozen=True)
class CounterPlan:
    number: int
    services: tuple[str, ...]        # in the counter's order of preference
    names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Layout:
    """What a simulated hall is made of. `sample`: the sample it comes from (its staff,
    texts and names are loaded too when the simulation runs in a database), or None for
    a copy of a live hall. `mix`: each business type's share of the arrivals, where known."""

    services: dict[str, Service]
    counters: tuple[CounterPlan, ...]
    sample: str | None = None
    mix: dict[str, float] = field(default_factory=dict)
    tellers: tuple[str, ...] = ()

    @property
    def served(self) -> list[str]:
        """The business types some counter serves, in the hall's order."""
        codes = {code for c in self.counters for code in c.services}
        return [code for code in self.services if code in codes]

    def with_counters(self, count: int | None) -> Layout:
        """The first `count` counters (all of them for None); more than the hall has adds
        universal counters, numbered on, serving every business type in the hall's order."""
        if count is None:
            return self
        counters = list(self.counters[:count])
        number = max((c.number for c in self.counters), default=0)
        while len(counters) < count:
            number += 1
            counters.append(CounterPlan(number, tuple(self.services)))
        return replace(self, counters=tuple(counters))

    def pools(self) -> list[tuple[list[str], list[int]]]:
        """Business types that share counters, directly or through others, with their
        counters: [(services, counters)], each a pool whose counters can stand in for
        one another. Services no counter serves are left out."""
        parent = {code: code for code in self.served}

        def root(code: str) -> str:
            while parent[code] != code:
                parent[code] = parent[parent[code]]
                code = parent[code]
            return code

        for counter in self.counters:
            codes = [c for c in counter.services if c in parent]
            for other in codes[1:]:
                parent[root(other)] = root(codes[0])
        groups: dict[str, tuple[list[str], list[int]]] = {}
        for code in self.served:
            groups.setdefault(root(code), ([], []))[0].append(code)
        for counter in self.counters:
            codes = [c for c in counter.services if c in parent]
            if codes:
                groups[root(codes[0])][1].append(counter.number)
        return list(groups.values())


def from_sample(name: str) -> Layout:
    sample = samples.SAMPLES[name]
    services = {}
    for code, names, prefix, target, maximum, expected in sample["services"]:
        services[code] = Service(code=code, names=LocalText(zip(_LANGS, names)), prefix=prefix,
                                 target_wait_min=target, max_wait_min=maximum, expected_service_min=expected)
    counters = tuple(
        CounterPlan(number, tuple(codes.split(",")),
                    dict(zip(_LANGS, sample["counter_names"][number])) if number in sample["counter_names"] else {})
        for number, codes in sample["counters"])
    return Layout(services, counters, sample=name, mix=dict(sample.get("mix") or {}),
                  tellers=tuple(user for user, _name, _number in sample["staff"]))


def from_hall(hall: Hall) -> Layout:
    """A live hall's business types and counters (read only), every service enabled and
    open all day: a simulation asks what the counters could do, not what today allows."""
    services = {code: replace(s, enabled=True, daily_cap=None, hours=OpeningHours()) for code, s in queries.services(hall).items()}
    counters = tuple(CounterPlan(c.number, tuple(code for code in c.services if code in services), dict(c.names))
                     for c in queries.counters_status(hall))
    return Layout(services, tuple(c for c in counters if c.services))
