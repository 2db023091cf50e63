"""The wait a customer is promised: one estimator for the ticket, the kiosk, the phone
page and the desk.

With `n` people ahead in the service, `f` open counters serving it that are free right
now, `s` counters' worth of service it can expect (`counter_share`) and a mean service
time `m`:

    no open counter serves it         → NO_COUNTER ("暂无窗口办理"): nothing to promise
    n < f (a free counter is theirs)  → NO_WAIT ("无需等候")
    otherwise                         → WAIT, about (n − f + ⅔) · m / s minutes

A customer waits for the n − f ahead of them to be called and then for one more
counter to come free, and the counters are busy: a remaining service counts about ⅔ of
a whole one (`RESIDUAL`). Counting n departures instead, as the first estimator did,
promised too little on every ticket (its mean error was 45 % of the mean wait; this
one's bias is within ±0.7 min — the closing note of issue 16 has the study).

One number cannot be right: with n people ahead a wait varies by about 1/√(n+1) of
itself. So customers are shown a range, the middle `COVERAGE` of a gamma distribution
around the estimate whose shape grows with the people ahead (`SHAPE_PER_PERSON`), so
that about four waits in five end inside it (`queuedesk simulate` measures it).

The mean service time `m` is that of the service's recent finished tickets today
(start of service to finish, the last `RECENT` of them); before there are
`MIN_HISTORY` of them the service's configured expected time. Counters are counted by
the share of their time the service can expect: an open counter serving three services
that all have people waiting gives each a third of a counter.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import NormalDist, fmean, pvariance

RECENT = 20
MIN_HISTORY = 3
#: What the service under way at a busy counter still takes, as a share of a whole one.
RESIDUAL = 2 / 3
#: The range shown runs between these points of the wait's distribution: about 80 % of
#: waits inside, a little more room above (waits run long more often than short).
LOW, HIGH = 0.10, 0.92
#: How unlike one another service times are (squared coefficient of variation) before
#: any have been measured: counter services are log-normal-like, about 0.25.
DEFAULT_SPREAD = 0.25

NO_WAIT = "no_wait"
WAIT = "wait"
NO_COUNTER = "no_counter"

_Z_LOW, _Z_HIGH = NormalDist().inv_cdf(LOW), NormalDist().inv_cdf(HIGH)


@dataclass(frozen=True)
class WaitEstimate:
    """What a customer is told. `minutes`: the estimate (0 for NO_WAIT; for NO_COUNTER
    what one counter would take, kept for the record but never shown); `low`–`high`:
    the range shown, in whole minutes (0–0 unless WAIT)."""

    kind: str
    minutes: float
    low: int = 0
    high: int = 0

    @property
    def shown(self) -> tuple[int, int] | None:
        """The range a customer sees, or None (no wait, or no counter)."""
        return (self.low, self.high) if self.kind == WAIT else None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "minutes": self.minutes, "low": self.low, "high": self.high}

    @classmethod
    def from_dict(cls, value) -> WaitEstimate | None:
        if not value:
            return None
        return cls(str(value.get("kind", WAIT)), float(value.get("minutes") or 0.0),
                   int(value.get("low") or 0), int(value.get("high") or 0))


def mean_service_min(recent_minutes: Sequence[float], expected_min: float) -> float:
    recent = list(recent_minutes)[-RECENT:]
    if len(recent) < MIN_HISTORY:
        return expected_min
    return fmean(recent)


def counter_share(open_counter_services: Iterable[Sequence[str]], busy_services: set[str],
                  code: str) -> float:
    """How many counters' worth of service `code` can expect: each open counter that serves
    it splits its time among its services that have people waiting (this one included)."""
    share = 0.0
    for services in open_counter_services:
        if code in services:
            share += 1 / len({s for s in services if s in busy_services or s == code})
    return share


def free_counters(open_counter_services: Iterable[Sequence[str]], busy_counters: Iterable[bool],
                  code: str) -> int:
    """Open counters serving `code` with nobody at them (`busy_counters`: one flag per
    open counter, in the same order)."""
    return sum(1 for services, busy in zip(open_counter_services, busy_counters, strict=True)
               if code in services and not busy)


def service_spread(recent_minutes: Sequence[float]) -> float | None:
    """The squared coefficient of variation of the recent service times (how unlike one
    another they are), or None before there are MIN_HISTORY of them."""
    recent = [m for m in list(recent_minutes)[-RECENT:] if m > 0]
    if len(recent) < MIN_HISTORY:
        return None
    mean = fmean(recent)
    return pvariance(recent, mean) / mean ** 2


def minutes(ahead: int, mean_service: float, counters: float, free: int = 0) -> tuple[str, float]:
    """What `wait` tells and the minutes a ticket keeps. Reckoned with float arithmetic in
    this order and rounded by `tenth`, so that SQL issuing a ticket reckons the same figure
    (store.repositories.issues; tests/store/test_issue_at_once.py proves them equal)."""
    if counters <= 0:
        return NO_COUNTER, tenth((max(0, ahead) + RESIDUAL) * mean_service)
    waiting_for = ahead - free
    if waiting_for < 0:
        return NO_WAIT, 0.0
    return WAIT, tenth((waiting_for + RESIDUAL) * mean_service / counters)


def tenth(minutes: float) -> float:
    """Minutes to one decimal, half up."""
    return math.floor(minutes * 10 + 0.5) / 10


def wait(ahead: int, mean_service: float, counters: float, free: int = 0, serving: int | None = None,
         spread: float | None = None) -> WaitEstimate:
    """The estimate for a customer with `ahead` people before them (see the module).
    `serving`: how many open counters serve the business type (`counters` is what share
    of them it can expect); `spread`: `service_spread` of its recent service times."""
    kind, shown = minutes(ahead, mean_service, counters, free)
    if kind != WAIT:
        return WaitEstimate(kind, shown)
    departures = ahead - free + RESIDUAL
    low, high = _range(departures * mean_service / counters, departures, counters, serving or math.ceil(counters),
                       DEFAULT_SPREAD if spread is None else spread)
    return WaitEstimate(WAIT, shown, low, high)


def _range(minutes: float, departures: float, counters: float, serving: int, spread: float) -> tuple[int, int]:
    """The range shown: the LOW and HIGH points of a gamma distribution with mean
    `minutes`, rounded to whole minutes, at least a minute apart.

    Its shape is one over the wait's relative variance. The wait is `departures` gaps
    between calls, each about mean ÷ counters long: for a few gaps at several counters
    they are as irregular as a Poisson stream's, for many they are as regular as the
    service times themselves (their spread). Counters shared with other business types
    make the share this one gets uncertain too, as irregular as a Poisson stream again.
    The mean service time itself is known only to within spread ÷ RECENT."""
    dedicated = min(1.0, counters / serving) if serving else 1.0
    irregular = spread + (1 - spread) * (1 - dedicated) if spread < 1 else spread
    variance = ((departures * irregular + counters) / (departures * (departures + counters))
                + spread / RECENT)
    shape = 1 / variance
    low = round(minutes * _gamma_point(shape, _Z_LOW) / shape)
    high = round(minutes * _gamma_point(shape, _Z_HIGH) / shape)
    return low, max(low + 1, high)


def _gamma_point(shape: float, z: float) -> float:
    """The quantile of Gamma(shape, 1) at the standard normal point z (Wilson–Hilferty:
    within a few per cent from shape 1 up, which is all a range in whole minutes needs)."""
    c = 1 / (9 * shape)
    return shape * max(0.0, 1 - c + z * math.sqrt(c)) ** 3
