"""The engine is right: driven as an M/M/c queue (its double in memory, which
test_engines.py holds to the engine), its waits match Erlang C within the confidence
interval of many simulated days, at several sizes and loads."""
from datetime import date

import pytest

from queuedesk.config import Config
from queuedesk.simulation import plans, study
from queuedesk.simulation.report import summarise

MEAN_SERVICE = 5.0
CUSTOMERS = 16_000          # per case: a few seconds


@pytest.mark.parametrize("counters", [1, 3, 6])
@pytest.mark.parametrize("rho", [0.5, 0.8, 0.9])
def test_mean_wait_and_share_within_target_match_erlang_c(counters, rho):
    rate = rho * counters * 60 / MEAN_SERVICE
    days = 80
    hours = CUSTOMERS / days / rate
    plan, theory = plans.mmc(rate, MEAN_SERVICE, counters, hours=hours)
    runs = study.run_in_memory(study.Study(plan, days, seed=counters * 100 + int(rho * 100)), Config(),
                               date(2026, 11, 30))
    figures = summarise(study.figures_of(runs, study.Study(plan, days), Config()))
    mean, within = figures["mean_wait_min"], figures["within_target"]
    # The 95 % interval, and a little for the whole-minute rounding of nothing: waits are exact here.
    assert abs(mean.mean - theory["mean_wait_min"]) <= mean.ci95, (mean, theory["mean_wait_min"])
    assert abs(within.mean - theory["within_target"]) <= within.ci95 + 0.005, (within, theory["within_target"])
    # …and the interval is narrow enough to mean something.
    assert mean.ci95 < 0.25 * theory["mean_wait_min"] + 0.2
