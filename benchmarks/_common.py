"""Shared by the benchmark scripts: a database of each kind, and percentiles."""
from __future__ import annotations

import contextlib
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))          # tests.support.postgres: the same throw-away cluster

from queuedesk.config import Config  # noqa: E402
from queuedesk.domain.languages import LocalText  # noqa: E402
from queuedesk.domain.model import Service  # noqa: E402
from queuedesk.operations import counters, setup  # noqa: E402
from queuedesk.operations.hall import Hall  # noqa: E402
from queuedesk.store import migrate  # noqa: E402
from queuedesk.store.database import Database  # noqa: E402

#: The benchmarks' tellers call next straight after a call: the customer is taken as a
#: no-show (one transaction per call, as with a served one).
CALLING = {"hall.call_next_on_called": "no_show"}


@contextlib.contextmanager
def databases(kinds=("sqlite", "postgresql")):
    """Yield (kind, url-factory) for each kind; each factory call gives a fresh database."""
    from tests.support.postgres import Cluster, PostgresUnavailable

    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(1, 10_000))
        result = []
        cluster = None
        if "sqlite" in kinds:
            result.append(("sqlite", lambda: f"sqlite:///{tmp}/bench{next(counter)}.sqlite3"))
        if "postgresql" in kinds:
            try:
                cluster = Cluster().start()
                result.append(("postgresql", lambda: cluster.create_database(f"bench{next(counter)}")))
            except PostgresUnavailable as exc:
                print(f"(PostgreSQL skipped: {exc})")
        for kind, factory in result:
            factory.cluster = cluster if kind == "postgresql" else None
        try:
            yield result
        finally:
            if cluster:
                cluster.stop()


def prepared_hall(url: str, counters_n: int) -> Hall:
    db = Database(url)
    migrate.upgrade(db)
    hall = Hall(db, Config(CALLING))
    setup.add_service(hall, Service("A", LocalText({"zh_CN": "现金", "en": "Cash"}), "A"))
    for n in range(1, counters_n + 1):
        setup.add_counter(hall, n, ["A"])
        counters.open_counter(hall, n)
    return hall


def fill_waiting(hall: Hall, n: int, service: str = "A") -> None:
    """`n` plain tickets waiting in `service` today, written in bulk (oldest first, a
    tenth of a second apart, the newest just now), with the daily number and the kept
    waiting count to match."""
    import secrets
    from datetime import timedelta

    import sqlalchemy as sa

    from queuedesk.store.schema import daily_sequences, tickets

    now, day = hall.now(), hall.today()
    rows = [{"number": f"{service}{i:04d}", "service": service, "business_date": day, "sequence": i,
             "token": secrets.token_hex(16), "priority": "normal", "state": "waiting", "channel": "kiosk",
             "issued_at": now - timedelta(seconds=(n - i) / 10), "queued_at": now - timedelta(seconds=(n - i) / 10),
             "recalls": 0, "head_of_queue": False} for i in range(1, n + 1)]
    with hall.db.engine.begin() as conn:
        if rows:
            conn.execute(tickets.insert(), rows)
        conn.execute(daily_sequences.insert().values(service=service, business_date=day, last_number=n))
        if sa.inspect(conn).has_table("queue_counts"):
            conn.execute(sa.text("DELETE FROM queue_counts WHERE service = :s AND business_date = :d"),
                         {"s": service, "d": day})
            conn.execute(sa.text("INSERT INTO queue_counts (business_date, service, waiting) VALUES (:d, :s, :n)"),
                         {"s": service, "d": day, "n": n})


def timed_calls(hall: Hall, n: int, gap_s: tuple[float, float], counter: int = 1):
    """Call next `n` times at irregular intervals, as a teller would; return for each
    ticket number when the call started and when it had committed (time.time())."""
    import random
    import time

    from queuedesk.operations import calling

    rng = random.Random(7)
    started, committed = {}, {}
    for _ in range(n):
        t0 = time.time()
        info = calling.call_next(hall, counter)
        committed[info.number], started[info.number] = time.time(), t0
        time.sleep(rng.uniform(*gap_s))
    return started, committed


def percentile(values, p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary_ms(values) -> str:
    return (f"p50 {percentile(values, 50) * 1000:7.1f} ms  p95 {percentile(values, 95) * 1000:7.1f} ms  "
            f"max {max(values) * 1000:7.1f} ms  (n={len(values)}, mean {statistics.fmean(values) * 1000:.1f} ms)")
