"""The random parts of a simulated day: arrivals by the hour, service times, profiles."""
import random
import statistics

import pytest

from queuedesk.domain.errors import QueueError
from queuedesk.domain.model import Priority
from queuedesk.simulation import customers, layout, profile
from queuedesk.simulation.customers import Hour, Profile, ServiceTimes


def test_arrivals_follow_the_profile_hour_by_hour():
    day = Profile((Hour(9 * 60, 10 * 60, {"A": 100, "B": 20}), Hour(10 * 60, 11 * 60, {"A": 10}),
                   Hour(13 * 60, 14 * 60, {"B": 60})))
    counts = {"peak": [], "quiet": [], "lunch": [], "afternoon": [], "B at peak": []}
    for seed in range(40):
        arrivals = customers.arrivals(random.Random(seed), day, customers.ONLY_NORMAL)
        assert [a.at_min for a in arrivals] == sorted(a.at_min for a in arrivals)
        counts["peak"].append(sum(1 for a in arrivals if a.at_min < 600))
        counts["B at peak"].append(sum(1 for a in arrivals if a.at_min < 600 and a.service == "B"))
        counts["quiet"].append(sum(1 for a in arrivals if 600 <= a.at_min < 660))
        counts["lunch"].append(sum(1 for a in arrivals if 660 <= a.at_min < 780))
        counts["afternoon"].append(sum(1 for a in arrivals if 780 <= a.at_min))
        assert all(a.priority is Priority.NORMAL for a in arrivals)
    assert statistics.fmean(counts["peak"]) == pytest.approx(120, rel=0.05)
    assert statistics.fmean(counts["B at peak"]) == pytest.approx(20, rel=0.15)
    assert statistics.fmean(counts["quiet"]) == pytest.approx(10, rel=0.2)
    assert max(counts["lunch"]) == 0
    assert statistics.fmean(counts["afternoon"]) == pytest.approx(60, rel=0.08)


@pytest.mark.parametrize("distribution, spread", [("lognormal", (0.3, 0.7)), ("exponential", (0.9, 1.1)),
                                                  ("fixed", (0, 0))])
def test_service_times_average_the_mean_in_every_family(distribution, spread):
    rng = random.Random(5)
    times = [ServiceTimes({"A": 6.0}, distribution).draw(rng, "A") for _ in range(6000)]
    assert statistics.fmean(times) == pytest.approx(6.0, rel=0.04)
    cv = statistics.pstdev(times) / statistics.fmean(times)
    assert spread[0] <= cv <= spread[1]


def test_a_flat_day_is_the_rate_shared_by_the_mix():
    day = Profile.flat(60, {"A": 3, "B": 1}, 8 * 60 + 30, 2)
    assert (day.start_min, day.end_min, day.expected_customers()) == (510, 630, 120)
    assert day.hours[0].rates == {"A": 45, "B": 15}


def test_a_profile_file_is_read_per_business_type_or_as_a_total():
    bank = layout.from_sample("bank")
    day = profile.parse_profile("# a quiet Tuesday\nhour,A,b\n09:00,20,10\n10,5,0\n14:30,0,8\n", bank.services,
                                bank.mix)
    assert [(h.start_min, h.rates) for h in day.hours] == [
        (540, {"A": 20, "B": 10}), (600, {"A": 5, "B": 0}), (870, {"A": 0, "B": 8})]
    total = profile.parse_profile("hour,total\n09:00,100\n", bank.services, bank.mix)
    assert total.hours[0].rates["A"] == pytest.approx(35) and total.hours[0].total == pytest.approx(100)
    again = profile.parse_profile(profile.write_profile(day, ["A", "B"]), bank.services, bank.mix)
    assert again == day


@pytest.mark.parametrize("text, says", [
    ("hour,A\n", "at least one hour"),
    ("when,A\n09:00,1\n", "first column is 'hour'"),
    ("hour,Q\n09:00,1\n", "business type 'Q'"),
    ("hour,A\n25:00,1\n", "bad hour '25:00'"),
    ("hour,A\n9am,1\n", "bad hour '9am'"),
    ("hour,A\n09:00,lots\n", "is not a number"),
    ("hour,A\n09:00,nan\n", "from 0 to 5000"),
    ("hour,A\n09:00,-1\n", "from 0 to 5000"),
    ("hour,A\n10:00,1\n09:00,1\n", "before the hour above ends"),
    ("hour,A\n09:00,1,2\n", "has 3 fields"),
])
def test_a_bad_profile_is_refused_in_one_line(text, says):
    bank = layout.from_sample("bank")
    with pytest.raises(QueueError) as refused:
        profile.parse_profile(text, bank.services, bank.mix)
    assert says in str(refused.value) and "\n" not in str(refused.value)


def test_each_sample_has_its_own_day():
    for name in ("bank", "hospital", "government"):
        day = profile.sample_profile(name)
        assert set(day.services()) == set(layout.from_sample(name).served)
        assert 200 < day.expected_customers() < 500
    assert max(h.total for h in profile.sample_profile("bank").hours) == 72   # the bank's morning peak


def test_the_layout_pools_the_business_types_whose_counters_stand_in_for_one_another():
    pools = {tuple(services): tuple(counters) for services, counters in layout.from_sample("hospital").pools()}
    assert pools == {("R", "L", "Y"): (1, 2, 3, 8, 9), ("M",): (4, 5), ("S",): (6,), ("P",): (7,)}
    bank = layout.from_sample("bank").with_counters(8)
    assert [c.services for c in bank.counters[6:]] == [("A", "B", "C", "D", "V")] * 2
    assert [c.number for c in bank.counters] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert len(bank.pools()) == 1      # universal counters join every business type
