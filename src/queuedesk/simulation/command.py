"""`queuedesk simulate`: a business day without windows, and its report."""
from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from queuedesk.commandline import CliError, finite, whole
from queuedesk.domain.errors import QueueError
from queuedesk.operations import queries, setup
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database


def register(sub) -> None:
    p = sub.add_parser("simulate", help="run a simulated business day through the real engine")
    p.add_argument("--sample", default="bank", choices=sorted(setup.SAMPLES))
    p.add_argument("--hours", type=finite(0.1, 24, "hours"), default=8.0)
    p.add_argument("--arrivals", default="120/h", help="customers per hour, e.g. 120/h")
    p.add_argument("--counters", type=whole(1, 60, "counters"), default=4, help="how many of the sample's counters open")
    p.add_argument("--seed", type=whole(0, 2 ** 31, "a seed"), default=1)
    p.add_argument("--json", action="store_true")
    p.add_argument("--save", metavar="FILE",
                   help="keep the simulated hall as a new SQLite database FILE, to report on: "
                        "queuedesk --db sqlite:///FILE report --date DATE")
    # Without --db a fresh database in a temporary directory: a simulation never mixes
    # invented customers into a real hall.
    p.set_defaults(func=run, schema=False)


MAX_RATE = 5000   # customers an hour: a very large hall's whole day in one hour


def parse_rate(text: str) -> float:
    """Customers an hour: "120/h" or "120", at most MAX_RATE."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*h)?\s*", text)
    if not match or not 0 < float(match.group(1)) <= MAX_RATE:
        raise QueueError(f"bad arrival rate {text!r}; use e.g. 120/h")
    return float(match.group(1))


def run(args, hall: Hall) -> int:
    from queuedesk.simulation.day import simulate_day

    per_hour = parse_rate(args.arrivals)
    saved = _save_target(args)
    with tempfile.TemporaryDirectory(prefix="queuedesk-sim-") as tmp:
        if not args.db:
            hall = Hall(Database(f"sqlite:///{saved or Path(tmp) / 'simulation.sqlite3'}"), hall.config)
        migrate.upgrade(hall.db)
        setup.load_sample(hall, args.sample)
        numbers = [c.number for c in queries.counters_status(hall)]
        if not 1 <= args.counters <= len(numbers):
            raise QueueError(f"--counters must be 1..{len(numbers)} for the {args.sample} sample")
        sample = setup.SAMPLES[args.sample]
        result = simulate_day(hall, numbers[:args.counters], per_hour, args.hours, seed=args.seed,
                              mix=sample.get("mix"), tellers=[user for user, _name, _number in sample["staff"]])
        hall.db.dispose()
    if args.json:
        print(json.dumps({**result.to_dict(), "saved": str(saved) if saved else None}, ensure_ascii=False))
    else:
        print(f"simulated {args.hours:g} h of the {args.sample} sample, {per_hour:g} customers/h, "
              f"{args.counters} counters")
        print(result.text())
        if saved:
            print(f"saved: {saved}  (queuedesk --db sqlite:///{saved} report "
                  f"--date {result.business_date.isoformat()})")
    return 0


def _save_target(args) -> Path | None:
    """--save FILE: a new file (a simulation never writes into an existing hall)."""
    if not args.save:
        return None
    if args.db:
        raise CliError("--save makes a new SQLite database; leave out --db")
    path = Path(args.save).expanduser().resolve()
    if path.exists():
        raise CliError(f"{path} exists; --save makes a new database, give another file")
    if not path.parent.is_dir():
        raise CliError(f"no folder {path.parent} for --save")
    return path
