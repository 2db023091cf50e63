"""`queuedesk simulate`: simulated business days without windows, and what a manager
asks of them.

It never touches a live hall: it simulates a sample, or a copy of the hall at `--db`
(its business types and counters, read only), in memory or — with `--engine database`
or `--save FILE` — on the real engine in a database of its own.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from queuedesk.commandline import CliError, finite, output, shown, whole, whole_file
from queuedesk.domain import routing
from queuedesk.domain.errors import QueueError
from queuedesk.domain.numbering import business_date
from queuedesk.operations import lazy, samples
from queuedesk.operations.hall import Hall
from queuedesk.simulation.customers import DISTRIBUTIONS, MAX_RATE
from queuedesk.store import migrate

history = lazy("history")     # loaded by the commands that use it (operations.lazy)

MAX_COUNTERS = 500
MAX_REPLICATIONS = 1000
#: Customers one simulated day may expect, and a whole study, in memory and on the engine:
#: beyond these a run would take hours; refused before it starts.
MAX_DAY_CUSTOMERS = 20_000
MAX_CUSTOMERS = {"memory": 2_000_000, "database": 20_000}
OPENING = "08:30"
MMC = "mmc"


def register(sub) -> None:
    p = sub.add_parser("simulate", help="simulated business days of a sample or a copy of the hall, "
                                         "with the report a manager asks for")
    p.add_argument("--sample", choices=sorted(samples.SAMPLES),
                   help="a sample hall (default: bank; with --db, a copy of that hall instead)")
    p.add_argument("--counters", type=whole(1, MAX_COUNTERS, "counters"),
                   help="counters open (default: all of the hall's; more adds universal counters)")
    p.add_argument("--policy", choices=routing.POLICIES, help="calling policy (default: hall.policy)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--arrivals", metavar="R/h", help="a flat arrival rate, e.g. 45/h (with --hours, --open)")
    source.add_argument("--profile", metavar="FILE", help="customers per hour and business type (CSV)")
    source.add_argument("--from-log", action="store_true",
                        help="arrivals and service times learned from the hall's own last --days days (--db)")
    p.add_argument("--hours", type=finite(0.1, 24, "hours"), help="with --arrivals: hours of arrivals (default 8)")
    p.add_argument("--open", metavar="HH:MM", help=f"with --arrivals: when the day starts (default {OPENING})")
    p.add_argument("--days", type=whole(1, 366, "days"), help="with --from-log: business days to learn from (default 20)")
    p.add_argument("--service-dist", choices=DISTRIBUTIONS, default="lognormal",
                   help="service times around each business type's mean (default lognormal)")
    p.add_argument("--model", choices=("hall", MMC), default="hall",
                   help="mmc: one queue, --counters identical counters, Poisson arrivals at --rate, exponential "
                        "service of --mean-service minutes, from its steady state (checks against Erlang C)")
    p.add_argument("--rate", metavar="R/h", help="with --model mmc: arrivals an hour")
    p.add_argument("--mean-service", type=finite(0.1, 600, "mean service minutes"), metavar="MIN",
                   help="with --model mmc: mean service minutes")
    p.add_argument("--replications", type=whole(1, MAX_REPLICATIONS, "replications"), default=1,
                   help="simulated days; over several, every figure with its 95%% confidence interval")
    p.add_argument("--seed", type=whole(0, 2 ** 31, "a seed"), default=1)
    p.add_argument("--engine", choices=("memory", "database"),
                   help="memory (the default: the domain's rules, fast) or database (the real engine on a "
                        "SQLite database of its own; --save implies it)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--save", metavar="FILE", type=output("the simulated days"),
                   help="keep the simulated hall as a new SQLite database FILE (one business day per "
                        "replication), to report on: queuedesk --db sqlite:///FILE report --date DATE")
    p.set_defaults(func=run, schema=False)


def parse_rate(text: str) -> float:
    """Customers an hour: "120/h" or "120", at most MAX_RATE."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*h)?\s*", text or "")
    if not match or not 0 < float(match.group(1)) <= MAX_RATE:
        raise QueueError(f"bad arrival rate {text!r}; use e.g. 120/h")
    return float(match.group(1))


def _opening_min(text: str) -> float:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise CliError(f"--open takes HH:MM, e.g. 08:30, not {text!r}")
    return int(match.group(1)) * 60 + int(match.group(2))


def run(args, hall: Hall) -> int:
    from queuedesk.simulation import study as studies
    from queuedesk.simulation.output import json_report, text_report

    the_study, described, theory = build_study(args, hall)
    engine = "database" if args.save else (args.engine or "memory")
    expected = the_study.plan.profile.expected_customers()
    if expected > MAX_DAY_CUSTOMERS:
        raise CliError(f"a simulated day may expect at most {MAX_DAY_CUSTOMERS:,} customers, not {expected:,.0f}")
    if expected * the_study.replications > MAX_CUSTOMERS[engine]:
        raise CliError(f"{the_study.replications} days of about {expected:,.0f} customers is too much for the "
                       f"{engine} engine (at most {MAX_CUSTOMERS[engine]:,} customers in all)")
    config = studies.with_policy(hall.config, args.policy)
    first_day = business_date(datetime.now(timezone.utc), config.timezone)
    saved = _save_target(args)
    if engine == "memory":
        runs = studies.run_in_memory(the_study, config, first_day)
    elif saved:
        with whole_file(saved) as temp:     # the days saved whole, or no file at all
            try:
                runs = studies.run_on_engine(the_study, config, first_day, f"sqlite:///{temp}")
            except BaseException:
                _remove_beside(temp, "-wal", "-shm", "-journal")
                raise
            finally:
                _remove_beside(temp, "-writers")     # the writers' turns, taken afresh beside the saved file
    else:
        with tempfile.TemporaryDirectory(prefix="queuedesk-sim-") as tmp:
            url = f"sqlite:///{Path(tmp) / 'simulation.sqlite3'}"
            runs = studies.run_on_engine(the_study, config, first_day, url)
    days = studies.figures_of(runs, the_study, config)
    heading = dict(described, policy=config["hall.policy"], engine=engine, seed=args.seed,
                   replications=the_study.replications, saved=str(saved) if saved else None)
    if args.json:
        print(json.dumps(json_report(heading, days, theory), ensure_ascii=False, allow_nan=False))
    else:
        print(text_report(heading, days, theory))
        if saved:
            print(f"saved: {shown(saved, whole=True)}  (queuedesk --db {shown(f'sqlite:///{saved}', whole=True)} "
                  f"report --date {days[0].business_date}"
                  + (f" … {days[-1].business_date}" if len(days) > 1 else "") + ")")
    return 0


def build_study(args, hall: Hall):
    """The study the command line asks for, what to say about it, and (M/M/c) the theory."""
    from queuedesk.simulation import plans, profile
    from queuedesk.simulation.study import Study

    if args.model == MMC:
        return _mmc_study(args)
    if args.rate or args.mean_service:
        raise CliError("--rate and --mean-service go with --model mmc")
    if (args.hours is not None or args.open) and not args.arrivals:
        raise CliError("--hours and --open go with --arrivals")
    hall_layout, what = chosen_hall(args, hall, "simulate", "a copy of the hall")
    if not hall_layout.counters:
        raise CliError("the hall has no counters serving any business type")
    hall_layout = hall_layout.with_counters(args.counters)
    past = history.history(hall, args.days or 20) if args.from_log else None
    if args.arrivals:
        day = profile.Profile.flat(parse_rate(args.arrivals), hall_layout.mix or {c: 1.0 for c in hall_layout.served},
                                   _opening_min(args.open or OPENING), args.hours or 8.0)
        arrivals = f"{args.arrivals} flat"
    elif args.profile:
        day = profile.read_profile(args.profile, hall_layout.services, hall_layout.mix)
        arrivals = f"profile {args.profile}"
    elif past is not None:
        day = profile.history_profile(past)
        arrivals = f"learned from {len(past.days)} days of the log"
    elif hall_layout.sample:
        day = profile.sample_profile(hall_layout.sample)
        arrivals = "the sample's own day"
    else:
        raise CliError("say when customers come: --arrivals R/h, --profile FILE or --from-log")
    left_out = [c for c in day.services() if c not in hall_layout.served]
    day = day.only(hall_layout.served)
    if day.expected_customers() <= 0:
        raise CliError("no customers would come to the counters open")
    plan = plans.hall_day(hall_layout, day, profile.service_times(hall_layout.services, args.service_dist, past))
    described = {"hall": what, "counters": len(plan.counters), "arrivals": arrivals,
                 "day": [_clock(day.start_min), _clock(day.end_min)],
                 "expected_customers": round(day.expected_customers(), 1),
                 "service_dist": args.service_dist, "left_out": left_out}
    return Study(plan, args.replications, args.seed), described, None


def _mmc_study(args):
    from queuedesk.simulation import plans
    from queuedesk.simulation.study import Study

    if not (args.rate and args.mean_service and args.counters):
        raise CliError("--model mmc needs --rate R/h, --mean-service MIN and --counters C")
    if args.sample or args.arrivals or args.profile or args.from_log or args.db:
        raise CliError("--model mmc simulates its own queue: leave out --sample, --db and the arrivals")
    if args.service_dist != "lognormal":
        raise CliError("--model mmc has exponential service times")
    rate, mean, c = parse_rate(args.rate), args.mean_service, args.counters
    load = rate * mean / 60
    if load >= c:
        raise CliError(f"an M/M/c queue with {c} counters and a load of {load:g} (ρ = {load / c:.2f}) has no "
                       f"steady state: give more counters or fewer arrivals")
    hours = args.hours or 8.0
    opening = _opening_min(args.open or OPENING)
    plan, expected = plans.mmc(rate, mean, c, hours, opening)
    described = {"hall": f"M/M/{c}: {rate:g} customers an hour, {mean:g} min mean service", "counters": c,
                 "arrivals": f"{rate:g}/h flat, from the steady state",
                 "day": [_clock(opening), _clock(opening + hours * 60)],
                 "expected_customers": round(rate * hours, 1), "service_dist": "exponential", "left_out": []}
    return Study(plan, args.replications, args.seed), described, expected


def _clock(minute: float) -> str:
    minute = int(round(minute))
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _remove_beside(database: Path, *suffixes: str) -> None:
    for suffix in suffixes:
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _save_target(args) -> Path | None:
    """--save FILE: a new file (a simulation never writes into an existing hall)."""
    if not args.save:
        return None
    if args.save.endswith(("/", os.sep)):
        raise CliError(f"--save makes a new database file: give its name, not a folder ({shown(args.save)})")
    try:
        path = Path(args.save).expanduser().resolve()
        if path.exists():
            raise CliError(f"{shown(path, whole=True)} exists; --save makes a new database, give another file")
        if not path.parent.is_dir():
            raise CliError(f"no folder {shown(path.parent, whole=True)} for --save")
    except ValueError:          # a NUL character, which no file name may hold
        raise CliError(f"{shown(args.save)} cannot be a file name: give another to --save") from None
    except OSError as exc:      # a name too long for the file system, a folder that may not be read
        raise CliError(f"cannot save to {shown(args.save)}: {exc.strerror}") from None
    return path


def chosen_hall(args, hall: Hall, verb: str, of: str):
    """The hall `simulate` or `plan` works on and how to name it: the hall at --db (read
    only), else a sample; --db, --sample, --from-log and --days checked together."""
    from queuedesk.simulation import layout

    if args.days is not None and not args.from_log:
        raise CliError("--days goes with --from-log")
    if args.db and args.sample:
        raise CliError(f"{verb} a sample (--sample) or {of} at --db, not both")
    if args.from_log and not args.db:
        raise CliError("--from-log learns from a hall's log: give its --db")
    if args.db:
        migrate.require_current(hall.db)   # one line: no schema, older (run init) or newer
        return layout.from_hall(hall), f"{of} at {hall.db.safe_url}"
    hall_layout = layout.from_sample(args.sample or "bank")
    return hall_layout, f"the {hall_layout.sample} sample"
