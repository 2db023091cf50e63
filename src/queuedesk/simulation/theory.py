"""Queueing theory for a pool of identical counters (M/M/c): what the simulator is checked
against and what `queuedesk plan` starts from.

    a = λ · m          offered load, in counters (arrivals a minute × mean service minutes)
    ρ = a / c          utilisation of c counters
    C(c, a)            Erlang C: the chance an arrival has to wait at all
    E[W] = C · m / (c − a)                       mean wait
    P(W > t) = C · exp(−(c − a) · t / m)          the wait's tail

Every function is plain arithmetic on floats; the Erlang C sum is evaluated by the
stable recursion on the Erlang B formula, so hundreds of counters are no trouble.
"""
from __future__ import annotations

import math
import random

from queuedesk.domain.lobby import erlang_c  # the chance an arrival waits (all c counters busy)


def mean_wait(c: int, a: float, mean_service: float) -> float:
    """E[W] in the units of `mean_service`; infinite when a ≥ c."""
    if a >= c:
        return math.inf
    return erlang_c(c, a) * mean_service / (c - a)


def share_within(c: int, a: float, mean_service: float, t: float) -> float:
    """P(W ≤ t): the share of customers called within t."""
    if a >= c:
        return 0.0
    return 1 - erlang_c(c, a) * math.exp(-(c - a) * t / mean_service)


def meets(c: int, a: float, mean_service: float, target_mean: float, within: float, share: float) -> bool:
    return mean_wait(c, a, mean_service) <= target_mean and share_within(c, a, mean_service, within) >= share


def counters_needed(a: float, mean_service: float, target_mean: float, within: float, share: float,
                    most: int = 10_000) -> int:
    """The fewest counters that meet both targets, searched up from the square-root
    staffing rule's neighbourhood (c ≈ a + β√a); at least one when anyone comes."""
    if a <= 0:
        return 0
    c = max(1, math.floor(a))     # below the load there is no steady state
    while c <= most:
        if meets(c, a, mean_service, target_mean, within, share):
            return c
        c += 1
    raise ValueError(f"more than {most} counters needed for a load of {a:g}")


def square_root_staffing(a: float, beta: float) -> int:
    """The square-root rule c = ⌈a + β·√a⌉: β ≈ 0.5–1.5 for halls that want short waits."""
    return max(1, math.ceil(a + beta * math.sqrt(a)))


def stationary_count(rng: random.Random, c: int, a: float) -> int:
    """How many customers are in an M/M/c system at a random moment of its steady state
    (waiting and being served): a draw from its stationary distribution. A simulated
    day that starts with them needs no warm-up."""
    if a >= c:
        raise ValueError("an M/M/c queue with a load of c or more has no steady state")
    rho = a / c
    terms = [1.0]
    for n in range(1, c):
        terms.append(terms[-1] * a / n)
    tail_first = terms[-1] * a / c     # p_c / p_0 = a^c / c!
    total = sum(terms) + tail_first / (1 - rho)
    u = rng.random() * total
    for n, weight in enumerate(terms):
        if u < weight:
            return n
        u -= weight
    # Beyond c the weights fall geometrically: p_{c+k} = p_c · ρ^k.
    if u >= tail_first / (1 - rho):
        return c
    return c + int(math.log(1 - u * (1 - rho) / tail_first) / math.log(rho))
