"""Branches: a hall's code among many, and how head office ranks them.

A branch code names one hall to head office ("0101", "SH012"): letters A–Z and digits,
as service codes are, so it goes unquoted into any system that receives it. Head
office keys every row it receives by (branch code, the branch's own id), so two
branches' ticket 7 never meet.

Ranking: branches in order of one figure, best first; ties share a rank (1, 2, 2, 4);
a branch without the figure (nobody called, no ratings yet) comes last, unranked.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from queuedesk.domain import limits
from queuedesk.domain.errors import QueueError
from queuedesk.domain.figures import Figures

CODE_MAX = 16

#: The figures branches are ranked by, and whether more is better.
RANKED: dict[str, bool] = {
    "mean_wait_min": False,
    "p90_wait_min": False,
    "within_target": True,
    "over_30": False,
    "abandonment_rate": False,
    "served": True,
    "utilisation": True,
    "satisfaction": True,
    "evaluation_rate": True,
    "complaints_on_time": True,
}


def check_code(value) -> str:
    """A branch code, upper-cased; refused with the field named otherwise."""
    return limits.code(value, "branch code", CODE_MAX)


class UnknownBranch(QueueError):
    code = "unknown_branch"

    def __init__(self, branch: str):
        super().__init__(f"no branch {branch!r} here", branch=branch)


@dataclass(frozen=True)
class Place:
    branch: str
    rank: int | None             # None: the branch has no such figure
    value: float | int | None


def rank(figures_of: Iterable[tuple[str, Figures]], figure: str) -> list[Place]:
    """Branches best first by `figure` (one of RANKED)."""
    if figure not in RANKED:
        raise QueueError(f"cannot rank by {figure!r}; use {', '.join(RANKED)}", "unknown_ranking", figure=figure)
    more_is_better = RANKED[figure]
    values = [(code, getattr(f, figure)) for code, f in figures_of]
    known = sorted(((c, v) for c, v in values if v is not None),
                   key=lambda cv: (-cv[1] if more_is_better else cv[1], cv[0]))
    places, previous, position = [], None, 0
    for n, (code, value) in enumerate(known, start=1):
        if value != previous:
            position, previous = n, value
        places.append(Place(code, position, value))
    return places + [Place(c, None, None) for c, v in sorted(values) if v is None]
