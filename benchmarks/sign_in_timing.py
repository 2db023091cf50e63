"""Whether the time a refused sign-in takes tells which user names exist: a wrong password
for a real teller beside a name nobody has, at the real scrypt work (N=2^17, r=8, p=1).
The right password is the baseline: what a teller waits for at the start of a shift.

    .venv/bin/python benchmarks/sign_in_timing.py [--tries 15] [--postgresql]

The three kinds of try are interleaved (so a busy machine slows each alike); the gap is
(unknown − known) / known on the medians, and the target is within ±10 %.
"""
from __future__ import annotations

import argparse
import time

from _common import databases, summary_ms

from queuedesk.domain.access import Role
from queuedesk.domain.errors import NotAllowed
from queuedesk.operations import passwords, setup, staff
from queuedesk.operations.hall import Hall
from queuedesk.store import migrate
from queuedesk.store.database import Database

PASSWORD = "li-pass-2026"


def timed(fn) -> float:
    t0 = time.perf_counter()
    try:
        fn()
    except NotAllowed:
        pass
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tries", type=int, default=15)
    parser.add_argument("--postgresql", action="store_true", help="also on a throw-away PostgreSQL cluster")
    args = parser.parse_args()
    print(f"scrypt N=2^{passwords.N.bit_length() - 1}, r={passwords.R}, p={passwords.P}; {args.tries} tries each")
    kinds = ("sqlite", "postgresql") if args.postgresql else ("sqlite",)
    with databases(kinds) as dbs:
        for kind, new_url in dbs:
            db = Database(new_url())
            migrate.upgrade(db)
            hall = Hall(db)
            setup.add_staff(hall, "li", Role.TELLER, PASSWORD)
            timed(lambda: staff.authenticate(hall, "nobody", "warm-up-1"))   # the decoy hash is made once
            tries = {"right password": lambda: staff.authenticate(hall, "li", PASSWORD),
                     "wrong password": lambda: staff.authenticate(hall, "li", "not-hers-1"),
                     "unknown user": lambda: staff.authenticate(hall, "ghost", "not-hers-1")}
            times = {name: [] for name in tries}
            for _ in range(args.tries):               # the right one each round: never locked
                for name, attempt in tries.items():
                    times[name].append(timed(attempt))
            print(f"\n{kind}")
            for name, values in times.items():
                print(f"  {name:<15} {summary_ms(values)}")
            known, unknown = (sorted(times[k])[len(times[k]) // 2] for k in ("wrong password", "unknown user"))
            print(f"  unknown vs wrong password (medians): {100 * (unknown - known) / known:+.1f} %  (target ±10 %)")
            db.dispose()


if __name__ == "__main__":
    main()
