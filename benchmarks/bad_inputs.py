"""How queuedesk answers bad input: N hostile command lines on SQLite and on PostgreSQL.

    python benchmarks/bad_inputs.py [N]        # default 500 per database

Prints, per database: commands tried, refused with one line (exit 1 or 2), accepted,
refused in more than one line, and tracebacks (must be 0). The commands come from
tests/support/hostile.py, the generator the property-based test uses.
"""
from __future__ import annotations

import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support import hostile  # noqa: E402
from tests.support.postgres import Cluster, PostgresUnavailable  # noqa: E402


def tally(url: str, count: int, seed: int = 11) -> Counter:
    rng = random.Random(seed)
    assert hostile.run(url, ["init", "--sample", "bank"])[0] == 0
    seen: Counter = Counter()
    for _ in range(count):
        argv = hostile.one_command(rng)
        code, _out, err, escaped = hostile.run(url, argv)
        seen["tried"] += 1
        if escaped is not None:
            seen["tracebacks"] += 1
            print(f"  TRACEBACK {argv!r}: {escaped!r}")
        elif code == 0:
            seen["accepted"] += 1
        elif len(err.strip().splitlines()) == 1:
            seen["refused in one line"] += 1
        else:
            seen["refused in several lines"] += 1
            print(f"  SEVERAL LINES {argv!r}: {err!r}")
    return seen


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(("SQLite", tally(f"sqlite:///{tmp}/q.sqlite3", count)))
    try:
        cluster = Cluster().start()
        try:
            rows.append(("PostgreSQL", tally(cluster.create_database("bad"), count)))
        finally:
            cluster.stop()
    except PostgresUnavailable as exc:
        print(f"PostgreSQL skipped: {exc}")
    keys = ("tried", "refused in one line", "accepted", "refused in several lines", "tracebacks")
    print(f"{'database':<12}" + "".join(f"{k:>26}" for k in keys))
    for name, seen in rows:
        print(f"{name:<12}" + "".join(f"{seen[k]:>26}" for k in keys))
    return 1 if any(seen["tracebacks"] or seen["refused in several lines"] for _, seen in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
