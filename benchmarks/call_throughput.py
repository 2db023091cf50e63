"""Call-next throughput with 1, 4 and 16 counter processes, on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/call_throughput.py [--tickets 400]

Each process is one counter calling next (which also finishes its previous customer)
until the queue is empty; the queue is filled beforehand. Prints calls per second and
the per-call latency seen by the counters.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import time

from _common import CALLING, databases, percentile, prepared_hall

from queuedesk.config import Config
from queuedesk.operations import calling, tickets
from queuedesk.operations.hall import Hall
from queuedesk.store.database import Database


def counter_process(url, number, start, out):
    hall = Hall(Database(url), Config(CALLING))
    latencies = []
    start.wait()
    while True:
        t0 = time.perf_counter()
        info = calling.call_next(hall, number)
        latencies.append(time.perf_counter() - t0)
        if info is None:
            break
    out.put(latencies[:-1])


def run(url: str, processes: int, n_tickets: int):
    hall = prepared_hall(url, processes)
    for _ in range(n_tickets):
        tickets.issue_ticket(hall, "A")
    hall.db.dispose()
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=counter_process, args=(url, n, start, out)) for n in range(1, processes + 1)]
    for p in procs:
        p.start()
    time.sleep(1.5 + processes * 0.15)       # let every process import and connect
    t0 = time.perf_counter()
    start.set()
    latencies = []
    for _ in procs:
        latencies.extend(out.get(timeout=600))
    elapsed = time.perf_counter() - t0
    for p in procs:
        p.join()
    assert len(latencies) == n_tickets, f"{len(latencies)} calls for {n_tickets} tickets"
    return n_tickets / elapsed, latencies


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=400)
    parser.add_argument("--processes", default="1,4,16")
    args = parser.parse_args()
    print(f"call-next throughput, {args.tickets} tickets, one service, N counters (one process each)")
    print(f"{'database':<11} {'procs':>5} {'calls/s':>9} {'p50 ms':>8} {'p95 ms':>8}")
    with databases() as kinds:
        for kind, new_url in kinds:
            for n in (int(x) for x in args.processes.split(",")):
                rate, lat = run(new_url(), n, args.tickets)
                print(f"{kind:<11} {n:>5} {rate:>9.0f} {percentile(lat, 50) * 1000:>8.1f} "
                      f"{percentile(lat, 95) * 1000:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
