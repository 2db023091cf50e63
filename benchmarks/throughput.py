"""queuedesk side by side with the raw-SQL floor (benchmarks/floor.py): call next and issue,
on SQLite and PostgreSQL, with 1, 4 and 16 processes, interleaved, in rounds.

    .venv/bin/python benchmarks/throughput.py [--rounds 3] [--ops 1500] [--processes 1,4,16]
                                             [--databases sqlite,postgresql] [--ops-kind call,issue]

Call next: the queue holds `--ops` plain tickets (plus one per process for a warm-up
call); each process is one open counter calling next — which finishes its previous
customer — until the queue is empty. Issue: each process is a kiosk issuing its share of
`--ops` tickets. Each run starts from a fresh copy of the same prepared database; within
a round queuedesk and the floor alternate which goes first, so a burst of load from the
other programs on the machine hits both alike. A share is queuedesk's throughput over
the floor's in the same round; the table shows the median and the lowest of the rounds.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import shutil
import statistics
import sys
import time

from _common import ROOT, percentile  # noqa: F401  (ROOT puts tests.support on the path)

OPS = ("call", "issue")
SYSTEMS = ("queuedesk", "floor")


# -- the worker processes (kept for the whole benchmark: imports cost seconds under load) --

def _runner(system: str, op: str, url: str, counter: int, day):
    if system == "floor":
        from floor import floor_for

        floor = floor_for(url, counter, "A", day)
        return (floor.call_next if op == "call" else floor.issue), floor.close
    from queuedesk.config import Config
    from queuedesk.domain.model import Channel
    from queuedesk.operations import calling, tickets
    from queuedesk.operations.hall import Hall
    from queuedesk.store.database import Database

    hall = Hall(Database(url), Config())
    hall.config.set("hall.call_next_on_called", "no_show")   # move on as the floor does, never asking
    if op == "call":
        return (lambda: calling.call_next(hall, counter)), hall.db.dispose
    return (lambda: tickets.issue_ticket(hall, "A", channel=Channel.KIOSK)), hall.db.dispose


def worker(index: int, jobs, out, go) -> None:
    sys.path.insert(0, os.path.dirname(__file__))
    while (job := jobs.get()) is not None:
        system, op, url, counter, count, day = job
        act, close = _runner(system, op, url, counter, day)
        act()                                   # warm-up: connections, statement caches
        out.put(("ready", index))
        go.wait()
        latencies = []
        cpu = time.process_time()
        while count is None or len(latencies) < count:
            t0 = time.perf_counter()
            result = act()
            if result is None:                  # the queue is empty
                break
            latencies.append(time.perf_counter() - t0)
        finished = time.time()
        cpu = time.process_time() - cpu       # this client's own CPU (the database server's is not in it)
        close()
        out.put(("done", index, latencies, finished, cpu))


class Workers:
    def __init__(self, n: int):
        ctx = mp.get_context("spawn")
        self.go, self.out = ctx.Event(), ctx.Queue()
        self.jobs = [ctx.Queue() for _ in range(n)]
        self.procs = [ctx.Process(target=worker, args=(i, self.jobs[i], self.out, self.go), daemon=True)
                      for i in range(n)]
        for p in self.procs:
            p.start()

    def run(self, jobs: list[tuple]) -> tuple[float, list[float], float]:
        """Run one job per worker, all starting at once; (operations per second, latencies,
        the clients' CPU seconds per operation)."""
        for i, job in enumerate(jobs):
            self.jobs[i].put(job)
        for _ in jobs:
            kind, *_ = self.out.get(timeout=600)
            assert kind == "ready"
        t0 = time.time()
        self.go.set()
        latencies, end, cpu = [], t0, 0.0
        for _ in jobs:
            kind, _i, lat, finished, used = self.out.get(timeout=1200)
            latencies += lat
            end = max(end, finished)
            cpu += used
        self.go.clear()
        return len(latencies) / (end - t0), latencies, cpu / max(1, len(latencies))

    def stop(self) -> None:
        for q in self.jobs:
            q.put(None)
        for p in self.procs:
            p.join(30)


# -- databases: one prepared template per set-up, a fresh copy per run ------------------------

class Databases:
    def __init__(self, kind: str, tmp: str, cluster=None):
        self.kind, self.tmp, self.cluster = kind, tmp, cluster
        self._n = 0

    def _name(self) -> str:
        self._n += 1
        return f"bench{self._n}"

    def prepare(self, counters: int, waiting: int):
        """A template hall: service A, `counters` open counters, `waiting` plain tickets."""
        from _common import fill_waiting, prepared_hall
        from floor import ensure_schema

        if self.kind == "sqlite":
            url = f"sqlite:///{self.tmp}/{self._name()}.sqlite3"
        else:
            url = self.cluster.create_database(self._name())
        hall = prepared_hall(url, counters)
        ensure_schema(hall.db.engine)
        fill_waiting(hall, waiting)
        if self.kind != "sqlite" and waiting:
            # The statistics autovacuum would gather soon after the queue filled, so that
            # both sides are planned knowing how many wait (copied with the template). Not
            # for an empty hall: planned for empty tables, statements slow down as the run
            # fills them, faster than autovacuum (a minute apart) would notice.
            with hall.db.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
        day = hall.today()
        hall.db.dispose()
        return url, day

    def copy(self, template: str) -> str:
        name = self._name()
        if self.kind == "sqlite":
            path = f"{self.tmp}/{name}.sqlite3"
            shutil.copyfile(template.split("///", 1)[1], path)
            return f"sqlite:///{path}"
        import psycopg

        source = template.rsplit("/", 1)[1]
        with psycopg.connect(self.cluster.url().replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {source}")
        return template.rsplit("/", 1)[0] + f"/{name}"

    def drop(self, url: str) -> None:
        if self.kind == "sqlite":
            path = url.split("///", 1)[1]
            for suffix in ("", "-wal", "-shm"):
                try:
                    os.remove(path + suffix)
                except FileNotFoundError:
                    pass
            return
        import psycopg

        with psycopg.connect(self.cluster.url().replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {url.rsplit('/', 1)[1]}")


def one_run(workers: Workers, dbs: Databases, template: str, day, system: str, op: str, procs: int, ops: int):
    url = dbs.copy(template)
    try:
        if op == "call":
            jobs = [(system, op, url, n, None, day) for n in range(1, procs + 1)]
        else:
            share = [ops // procs + (1 if i < ops % procs else 0) for i in range(procs)]
            jobs = [(system, op, url, n, share[n - 1], day) for n in range(1, procs + 1)]
        rate, latencies, cpu = workers.run(jobs)
        if op == "call":
            assert len(latencies) == ops, f"{system}: {len(latencies)} calls for {ops} tickets"
        return rate, latencies, cpu
    finally:
        dbs.drop(url)


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ops", type=int, default=1500, help="calls (or tickets issued) per run")
    parser.add_argument("--processes", default="1,4,16")
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--ops-kind", default="call,issue")
    args = parser.parse_args()
    counts = [int(x) for x in args.processes.split(",")]
    ops = [o for o in args.ops_kind.split(",") if o in OPS]
    from _common import databases

    results: dict[tuple, list] = {}
    print(f"queuedesk versus the raw-SQL floor: {args.ops} operations per run, {args.rounds} rounds "
          f"({load()} at the start)", flush=True)
    workers = Workers(max(counts))
    try:
        with databases(tuple(args.databases.split(","))) as kinds:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                pools = {}
                for kind, _new_url in kinds:
                    cluster = getattr(_new_url, "cluster", None)
                    dbs = Databases(kind, tmp, cluster)
                    for procs in counts:
                        for op in ops:
                            waiting = args.ops + procs if op == "call" else 0
                            pools[(kind, procs, op)] = (dbs, *dbs.prepare(procs, waiting))
                for r in range(args.rounds):
                    print(f"round {r + 1} ({load()})", flush=True)
                    for (kind, procs, op), (dbs, template, day) in pools.items():
                        order = SYSTEMS if (r + procs) % 2 == 0 else SYSTEMS[::-1]
                        line = []
                        for system in order:
                            rate, lat, cpu = one_run(workers, dbs, template, day, system, op, procs, args.ops)
                            results.setdefault((kind, procs, op, system), []).append((rate, lat, cpu))
                            line.append(f"{system} {rate:7.0f}/s p50 {percentile(lat, 50) * 1000:6.2f} "
                                        f"p95 {percentile(lat, 95) * 1000:6.2f} ms cpu {cpu * 1e6:5.0f} us")
                        print(f"  {kind:<10} {op:<5} {procs:>2} procs: " + " | ".join(line), flush=True)
    finally:
        workers.stop()
    report(results, counts, ops, args)


def report(results, counts, ops, args) -> None:
    print(f"\nmedians of {args.rounds} rounds ({load()} at the end); share = queuedesk / floor, same round; "
          f"cpu = the clients' own CPU per action in microseconds (on SQLite that is all of it; "
          f"the PostgreSQL server's is not counted)")
    print(f"{'database':<10} {'action':<9} {'procs':>5} | {'floor/s':>8} {'p50':>6} {'p95':>6} {'cpu':>5} | "
          f"{'queuedesk/s':>11} {'p50':>6} {'p95':>6} {'p99':>7} {'cpu':>5} | {'share':>6} {'min':>5}")
    for kind in ("sqlite", "postgresql"):
        for op in ops:
            for procs in counts:
                floor = results.get((kind, procs, op, "floor"))
                mine = results.get((kind, procs, op, "queuedesk"))
                if not floor or not mine:
                    continue
                shares = [m[0] / f[0] for m, f in zip(mine, floor)]

                def med(runs, p):
                    return statistics.median(percentile(lat, p) for _, lat, _ in runs) * 1000

                def rate(runs):
                    return statistics.median(r for r, _, _ in runs)

                def cpu(runs):
                    return statistics.median(c for _, _, c in runs) * 1e6

                p99 = f"{med(mine, 99):6.1f}" if procs >= 16 else ""
                print(f"{kind:<10} {'call next' if op == 'call' else 'issue':<9} {procs:>5} | "
                      f"{rate(floor):>8.0f} {med(floor, 50):>6.2f} {med(floor, 95):>6.2f} {cpu(floor):>5.0f} | "
                      f"{rate(mine):>11.0f} {med(mine, 50):>6.2f} {med(mine, 95):>6.2f} {p99:>7} {cpu(mine):>5.0f} | "
                      f"{statistics.median(shares):>5.0%} {min(shares):>5.0%}")
    print("(latencies in ms; p99 of queuedesk at 16 processes; the floor's p99 at 16: "
          + ", ".join(f"{kind} {op} {med_p99(results[(kind, 16, op, 'floor')]):.1f} ms"
                      for kind in ("sqlite", "postgresql") for op in ops if (kind, 16, op, "floor") in results)
          + ")")


def med_p99(runs) -> float:
    return statistics.median(percentile(lat, 99) for _, lat, _ in runs) * 1000


if __name__ == "__main__":
    main()
