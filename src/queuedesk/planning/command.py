"""`queuedesk plan`: counters needed per hour and business type (or pool of them) to meet
a waiting target, from an hourly arrival profile and the service times, each staffing
checked by simulation beside the same with one counter fewer.

    queuedesk plan --sample bank
    queuedesk --db URL plan --from-log --days 20 [--by service] [--json]
"""
from __future__ import annotations

import json
import math

from queuedesk.commandline import CliError, finite, whole
from queuedesk.domain import routing
from queuedesk.operations import lazy, samples
from queuedesk.operations.hall import Hall
from queuedesk.simulation.customers import DISTRIBUTIONS

history = lazy("history")     # loaded by the command (operations.lazy)

MAX_REPLICATIONS = 200
GROUPING_WORDS = {"pool": "pooled as the hall shares them", "service": "dedicated to each business type",
                  "hall": "all universal, the whole hall one pool"}


def register(sub) -> None:
    p = sub.add_parser("plan", help="counters needed per hour to meet a waiting target (Erlang C, checked by "
                                     "simulation)")
    p.add_argument("--sample", choices=sorted(samples.SAMPLES),
                   help="plan a sample hall's own day (default: bank; with --db, that hall)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--profile", metavar="FILE", help="customers per hour and business type (CSV; see "
                                                          "queuedesk simulate)")
    source.add_argument("--from-log", action="store_true",
                        help="arrivals and service times from the hall's own last --days days (--db)")
    p.add_argument("--days", type=whole(1, 366, "days"), help="with --from-log: business days to learn from (default 20)")
    p.add_argument("--by", choices=("pool", "service", "hall"), default="pool",
                   help="pool: business types whose counters stand in for one another, as the hall shares them "
                        "(default); service: dedicated counters for each business type; hall: every counter "
                        "universal, the whole hall one pool")
    p.add_argument("--target-mean", type=finite(0.5, 240, "target mean wait minutes"), default=10.0, metavar="MIN",
                   help="mean wait at most (default 10)")
    p.add_argument("--within", type=finite(0.5, 480, "minutes"), default=20.0, metavar="MIN",
                   help="… and --share of customers called within this (default 20)")
    p.add_argument("--share", type=finite(50, 99.9, "a share in %"), default=95.0, metavar="PERCENT",
                   help="(default 95)")
    p.add_argument("--service-dist", choices=DISTRIBUTIONS, default="lognormal",
                   help="service times in the checks (default lognormal)")
    p.add_argument("--policy", choices=routing.POLICIES, help="calling policy in the checks (default: hall.policy)")
    p.add_argument("--replications", type=whole(1, MAX_REPLICATIONS, "replications"), default=20,
                   help="simulated stretches per staffing checked (default 20)")
    p.add_argument("--seed", type=whole(0, 2 ** 31, "a seed"), default=1)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run, schema=False)


def run(args, hall: Hall) -> int:
    from queuedesk.planning import staffing
    from queuedesk.simulation import profile, study
    from queuedesk.simulation.command import chosen_hall

    hall_layout, what = chosen_hall(args, hall, "plan", "the hall")
    past = history.history(hall, args.days or 20) if args.from_log else None
    if args.profile:
        day, source = profile.read_profile(args.profile, hall_layout.services, hall_layout.mix), args.profile
    elif past is not None:
        day, source = profile.history_profile(past), f"{len(past.days)} days of its log"
    elif hall_layout.sample:
        day, source = profile.sample_profile(hall_layout.sample), "its own day"
    else:
        raise CliError("say when customers come: --profile FILE or --from-log")
    day = day.only(hall_layout.served)
    if day.expected_customers() <= 0:
        raise CliError("no customers would come to the hall's counters")
    peak = max(h.total for h in day.hours)
    if peak * staffing.CHECK_HOURS * args.replications * 2 > 2_000_000:
        raise CliError("too many customers to check: fewer --replications, or a smaller profile")
    target = staffing.Target(args.target_mean, args.within, args.share / 100)
    config = study.with_policy(hall.config, args.policy)
    times = profile.service_times(hall_layout.services, args.service_dist, past)
    result = staffing.plan(hall_layout, day, times, target, config, by=args.by,
                           replications=args.replications, seed=args.seed)
    heading = {"hall": what, "arrivals": source, "service_dist": args.service_dist, "by": args.by}
    if args.json:
        print(json.dumps({**heading, **result.to_dict()}, ensure_ascii=False, allow_nan=False))
    else:
        print(text(result, heading))
    return 0


def _mean(value: float) -> str:
    return f"{value:.1f}" if math.isfinite(value) else "∞"


def _estimate(e, share: bool = False) -> str:
    if e is None:
        return "-"
    if share:
        return f"{e.mean:.1%} ±{e.ci95:.1%}" if e.ci95 is not None else f"{e.mean:.1%}"
    return f"{e.mean:.1f} ±{e.ci95:.1f}" if e.ci95 is not None else f"{e.mean:.1f}"


def text(result, heading: dict) -> str:
    from queuedesk.planning.staffing import CHECK_HOURS

    t = result.target
    lines = [f"staffing plan for {heading['hall']}, arrivals from {heading['arrivals']} — target: {t.describe()}",
             f"counters {GROUPING_WORDS[heading['by']]}; "
             f"each staffing checked by {result.replications} simulated stretches of {CHECK_HOURS:g} h of that hour's "
             f"customers ({heading['service_dist']} service times, policy {result.policy}); ±: 95% confidence"]
    within = f"≤{t.within_min:g} min"
    for index, pool in enumerate(result.pools):
        rows = [h for h in result.hours if h.pool == index]
        if not rows:
            continue
        lines.append("")
        lines.append(f"{'business type' if len(pool.services) == 1 else 'pool'} {' '.join(pool.services)}: "
                     f"the hall has {len(pool.counters)} counter{'s' if len(pool.counters) != 1 else ''} for it"
                     + (f" ({' '.join(map(str, pool.counters))})" if pool.counters else "")
                     + f"; {result.peak(index)} needed at the peak")
        header = (f"{'hour':<6}{'cust/h':>7}{'load':>7}{'need':>6}  {'Erlang C mean / ' + within:<24}"
                  f"{'simulated mean / ' + within:<32}{'one fewer: simulated mean / ' + within}")
        lines.append(header)
        for h in rows:
            minute = int(h.start_min)
            n = h.needed
            theory = f"{_mean(n.theory_mean_min)} / {n.theory_within:.1%}"
            simulated = f"{_estimate(n.mean_min)} / {_estimate(n.within, share=True)}"
            if h.one_fewer is None:
                fewer = "-"
            else:
                f = h.one_fewer
                fewer = f"{_estimate(f.mean_min)} / {_estimate(f.within, share=True)}"
                if not math.isfinite(f.theory_mean_min):
                    fewer += "  (overloaded: the queue grows)"
            lines.append(f"{minute // 60:02d}:{minute % 60:02d} {h.arrivals:>7.1f}{h.load:>7.2f}{n.counters:>6}  "
                         f"{theory:<24}{simulated:<32}{fewer}")
    return "\n".join(lines)
