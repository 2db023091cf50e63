"""Several simulated days of one hall — replications — in memory or on the engine.

Day r is drawn from its own random stream (the seed and r), so two studies with the
same seed see the same customers: comparing calling policies or staffing on the same
days takes out most of the luck of the draw.
"""
from __future__ import annotations

import copy
import random
from dataclasses import dataclass
from datetime import date, timedelta

from queuedesk.config import Config
from queuedesk.operations.hall import Hall
from queuedesk.simulation.day import DayPlan, DayRun, VirtualClock, midnight, run_day
from queuedesk.simulation.engine import EngineHall, PinnedHall, prepare
from queuedesk.simulation.memory import MemoryHall
from queuedesk.simulation.report import DayFigures, day_figures
from queuedesk.store.database import Database


@dataclass(frozen=True)
class Study:
    plan: DayPlan
    replications: int = 1
    seed: int = 1


def with_policy(config: Config, policy: str | None) -> Config:
    """The configuration with another calling policy (None: as it is)."""
    if policy is None:
        return config
    changed = copy.deepcopy(config)
    changed.set("hall.policy", policy)
    return changed


def day_rng(seed: int, replication: int) -> random.Random:
    return random.Random(f"queuedesk-simulation:{seed}:{replication}")


def run_in_memory(study: Study, config: Config, first_day: date) -> list[DayRun]:
    tz = config.timezone
    runs = []
    policy = config.policy()
    for r in range(study.replications):
        day = first_day + timedelta(days=r)
        clock = VirtualClock(midnight(day, tz))
        hall = MemoryHall(study.plan.layout, clock, day, tz, policy, config["hall.max_recalls"],
                          config["hall.call_next_on_called"])
        runs.append(run_day(hall, study.plan, day_rng(study.seed, r), clock, day, tz))
    return runs


def run_on_engine(study: Study, config: Config, first_day: date, url: str) -> list[DayRun]:
    """The days on the real engine, in the (new, empty) database at `url`, one business
    day after another."""
    tz = config.timezone
    db = Database(url)
    try:
        prepare(Hall(db, config), study.plan.layout)
        runs = []
        for r in range(study.replications):
            day = first_day + timedelta(days=r)
            clock = VirtualClock(midnight(day, tz))
            hall = PinnedHall(db, config, clock, business_day=day)
            runs.append(run_day(EngineHall(hall), study.plan, day_rng(study.seed, r), clock, day, tz))
        return runs
    finally:
        db.dispose()


def figures_of(runs: list[DayRun], study: Study, config: Config) -> list[DayFigures]:
    targets = {code: s.target_wait_min for code, s in study.plan.layout.services.items()}
    return [day_figures(run, targets, config.timezone) for run in runs]
